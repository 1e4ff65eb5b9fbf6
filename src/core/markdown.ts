import { oneLine, shown } from './untrusted-text.js'

/**
 * Text from outside (a platform's message, a workflow name, a bundle's file name, a finding)
 * placed into GitHub-flavoured Markdown — the job summary, a pull-request comment — must show as
 * the text it is: no HTML, no links or images, no emphasis, headings or table breaks of its
 * own, no @mention that notifies someone. (GitHub sanitises the HTML it renders, but still
 * renders images, links and details; the job summary is shown to everyone who can read the run.)
 * https://github.github.com/gfm/ · https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions#adding-a-job-summary
 */

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

/**
 * Running text: secrets masked and foreign URLs without their query first (escaping would change
 * their spelling), then one line with visible escapes, HTML characters as entities, and the
 * Markdown punctuation that can start something inline backslash-escaped: code, emphasis,
 * strikethrough, math, links and images (`[`; `(` and `!` mean nothing without it), a heading,
 * a table cell (`\|`); CommonMark allows a backslash before any ASCII punctuation. Last, a
 * zero-width space (`&#8203;`, invisible when rendered) after `@`, after the `:` of `://` and
 * after `www.`, so that neither an autolink nor an @mention forms.
 */
export function markdownText(text: string): string {
  return oneLine(shown(text))
    .replace(/[&<>"]/g, (c) => HTML[c]!)
    .replace(/[\\`*_[\]#|~$]/g, '\\$&')
    .replace(/@/g, '@&#8203;')
    .replace(/:\/\//g, ':&#8203;//')
    .replace(/\b(www)\./gi, '$1.&#8203;')
}

/**
 * A value as inline code (an id, a path, a file name): the fence is longer than any run of
 * backticks inside, as CommonMark requires, and nothing inside is interpreted. In a table cell,
 * `|` must still be escaped (GFM splits cells before it reads code spans).
 */
export function markdownCode(text: string, options: { table?: boolean } = {}): string {
  let body = oneLine(shown(text))
  if (body === '') return ''
  if (options.table) body = body.replace(/\|/g, '\\|')
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  // A leading or trailing backtick (or space) needs a space between it and the fence.
  const pad = /^[` ]|[` ]$/.test(body) ? ' ' : ''
  return `${fence}${pad}${body}${pad}${fence}`
}

/**
 * Lines shown as they are, in a fenced block (a multi-line hint): the fence is longer than any
 * run of backticks inside, so the text cannot close it; each line is made printable on its own.
 */
export function markdownBlock(text: string, language = ''): string {
  const lines = shown(text).split(/\r?\n/).map(oneLine)
  const longest = Math.max(2, ...lines.flatMap((line) => line.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  return [`${fence}${language}`, ...lines, fence].join('\n')
}

/** A link only to an http(s) URL, its text escaped; anything else is shown as text. */
export function markdownLink(text: string, url: string | undefined): string {
  if (!url) return markdownText(text)
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return markdownText(text)
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return markdownText(text)
  return `[${markdownText(text)}](<${parsed.href.replace(/[<>\s]/g, encodeURIComponent)}>)`
}
