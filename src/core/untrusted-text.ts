import { longestSecretForm, redact } from './secrets.js'

/**
 * Text flowferry did not write — a platform's reply, a bundle's contents, a file name — must
 * never become a workflow command, and credentials must never be shown in any spelling. Every
 * way out (the log, annotations, outputs, the job summary, the CLI's stdout) goes through this
 * module, in two steps:
 *
 * - at the entrance, `untrustedText` makes a value one line with visible escapes (no control
 *   characters), masks secrets in the whole text and only then shortens it;
 * - at the exit, `forLog` is the last line of defence on every line written to stdout/stderr,
 *   whatever it contains.
 *
 * How the runner reads a step's output (actions/runner, ActionCommandManager/ActionCommand):
 * stdout and stderr line by line, a line ending at \n, \r or \r\n; a line is a command when,
 * after TrimStart(), it starts with `::` (`::set-output name=x::y`, `::stop-commands::token`),
 * and the older `##[name]data` form is recognised anywhere in a line.
 * https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions
 */

let homeOrigin: string | undefined

/** The `base-url` origin: URLs there keep their query in what is shown; others lose it. */
export function setHomeOrigin(url: URL | undefined): void {
  homeOrigin = url?.origin
}

/**
 * Characters the runner's TrimStart() skips before it looks for `::` (.NET's char.IsWhiteSpace:
 * JavaScript's \s plus U+0085), taken generously: also every other control and invisible
 * format character, so that no leading character can hide a command from this check.
 */
const LEADING_SKIPPED = /^[\s\u0085\p{Cc}\p{Cf}]*/u

/**
 * The last line of defence for text about to be written to stdout or stderr (log lines,
 * annotations, group names, the failure message). Secrets are masked and foreign URLs lose their
 * query first (`shown`). Then, on every line: a line that would start with `::` has its first
 * colon written `%3A`; every `##[` becomes `##%5B`; a carriage return that does not end a line
 * (\r\n) becomes `%0D`; other control characters and bidi overrides become visible escapes. These are the escapes the runner itself uses for command values (the
 * documentation above: `%25`, `%0D`, `%0A`, and `%3A` in properties), so the text stays readable
 * and says plainly what was neutralised, and the runner sees no command in it. Fencing the text
 * with `::stop-commands::` would also work, but it costs two lines per message and stops
 * flowferry's own annotations in between.
 */
export function forLog(text: string): string {
  return neutraliseCommands(shown(text))
}

/**
 * Controls other than tab and line ends, line separators and bidi overrides: a terminal or the
 * log viewer would act on them (move the cursor, reorder the text), so they are shown escaped.
 */
const INVISIBLE_IN_LOG = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

/** `forLog` without the masking: for text already masked, or for tests of the rule itself. */
export function neutraliseCommands(text: string): string {
  return text
    .replace(/\r(?!\n)/g, '%0D')
    .replace(INVISIBLE_IN_LOG, (c) => escapeCodePoint(c.charCodeAt(0)))
    .split(/(\r?\n)/)
    .map((part) => {
      const lead = LEADING_SKIPPED.exec(part)![0].length
      return part.startsWith('::', lead) ? `${part.slice(0, lead)}%3A${part.slice(lead + 1)}` : part
    })
    .join('')
    .replaceAll('##[', '##%5B')
}

/**
 * JSON for a stream the runner reads (the CLI's `result` on stdout). JSON text can only hold
 * `##[` inside a string, where `\u005b` is the same character: the document decodes to the same
 * value and the runner sees no command. It is one line, starting with `{` or `[`.
 */
export function jsonForStream(text: string): string {
  return shown(text).replaceAll('##[', '##\\u005b')
}

/** Characters JSON.stringify leaves as they are but a reader's screen would act on (bidi, separators, invisible). */
const INVISIBLE_IN_JSON = /[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g

/**
 * JSON for an output or a stream: JSON.stringify, which escapes control characters, and the
 * same `\uXXXX` escape for line separators, bidi overrides and invisible characters it leaves
 * raw. The value decodes to the same data; the text shows every character for what it is.
 */
export function jsonText(value: unknown): string {
  return JSON.stringify(value).replace(INVISIBLE_IN_JSON, (c) => escapeCodePoint(c.charCodeAt(0)))
}

/** What may be shown of a text: secrets masked in every spelling, foreign URLs without their query. */
export function shown(text: string): string {
  return withoutForeignQueries(redact(text))
}

/** Anything but the text itself: line breaks, controls, invisible format and bidi characters, lone surrogates. */
const UNPRINTABLE = /[\p{Cc}\p{Zl}\p{Zp}]|(?![\u200c\u200d])\p{Cf}|[\ud800-\udfff]/gu
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' }

/**
 * One line, without control characters: each is written as a visible escape (`\n`, `\r`, `\t`,
 * `\u001b`, `\u202e`). Joiners (U+200C, U+200D) stay: they are part of scripts and emoji.
 */
export function oneLine(text: string): string {
  return text.replace(UNPRINTABLE, (c) => NAMED[c] ?? escapeCodePoint(c.codePointAt(0)!))
}

function escapeCodePoint(code: number): string {
  return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`
}

/**
 * A value from outside, ready to be put into a message: secrets masked in the whole text first,
 * foreign URLs without their query, one line with visible escapes, then at most `max`
 * characters (an escape is never cut in two).
 */
export function untrustedText(text: string, max = 500): string {
  // Only the start is shown; it is masked with room for a secret that begins inside it.
  const window = text.length > max + longestSecretForm() + 64 ? text.slice(0, max + longestSecretForm() + 64) : text
  return cut(oneLine(shown(window)), max, window.length < text.length)
}

/** `untrustedText` of a parsed value, shown as JSON (for "the reply was …" messages). */
export function untrustedValue(value: unknown, max = 200): string {
  let text: string
  try {
    text = JSON.stringify(value) ?? String(value)
  } catch {
    // A value too deep or cyclic to serialise says what it is by its type.
    text = Array.isArray(value) ? '[…]' : typeof value === 'object' && value !== null ? '{…}' : String(value)
  }
  return untrustedText(text, max)
}

function cut(text: string, max: number, shortened: boolean): string {
  if (text.length <= max && !shortened) return text
  let end = Math.min(max, text.length)
  // Back off to the start of an escape the cut would split, and off a high surrogate.
  const escape = text.lastIndexOf('\\', end - 1)
  if (escape >= 0 && escape >= end - 10) {
    const whole = /^\\(?:[nrt]|u\{[0-9a-f]+\}|u[0-9a-f]{4})/.exec(text.slice(escape))
    if (whole && escape + whole[0].length > end) end = escape
  }
  if (end > 0 && /[\ud800-\udbff]/.test(text[end - 1]!)) end--
  return `${text.slice(0, end)}…`
}

const PLAIN_ANCHOR = /^#[A-Za-z][\w-]{0,99}$/

/** http(s) URLs in free text; one ends where JSON, Markdown or prose would end it. */
const URL_IN_TEXT = /\bhttps?:\/\/[^\s"'<>`\\|)\]}]+/gi

/**
 * URLs on another origin than `base-url` (a presigned download link, a redirect) lose their
 * query, fragment and user info: that is where signatures and tokens travel (a fragment too,
 * as OAuth's `#access_token=`). A fragment that is one plain name stays.
 */
export function withoutForeignQueries(text: string): string {
  if (!text.includes('://')) return text
  return text.replace(URL_IN_TEXT, (found) => {
    let url: URL
    try {
      url = new URL(found)
    } catch {
      return found
    }
    if (url.origin === homeOrigin && !url.username && !url.password) return found
    if (!url.search && !url.hash && !url.username && !url.password) return found
    // A plain anchor (`#issuecomment-123`, `#L4`) names a place on the page, never a key=value.
    if (!url.search && PLAIN_ANCHOR.test(url.hash) && !url.username && !url.password) return found
    return `${url.origin}${url.pathname}${url.search || url.hash ? '?…' : ''}`
  })
}

/** A URL as an output may carry it: no query, fragment or user info, whatever its origin. */
export function withoutQuery(text: string): string {
  try {
    const url = new URL(text)
    return oneLine(`${url.origin}${url.pathname}`)
  } catch {
    return oneLine(text.split(/[?#]/)[0]!)
  }
}
