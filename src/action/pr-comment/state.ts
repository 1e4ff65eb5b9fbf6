import { createHash } from 'node:crypto'
import { readEntries, type CommentEntry } from './entries.js'

/**
 * The two hidden lines of a comment (HTML comments: GitHub renders neither,
 * https://github.github.com/gfm/#html-blocks). The first, the marker, finds the comment again on a
 * later run: one per workflow file and platform. The last carries the run's entries, so that a
 * later job of the same run (one that `needs:` the first) adds its bundles to the comment instead
 * of replacing them; an entry read back from it is checked as any entry from outside is
 * (entries.ts). Both are written in characters that cannot end an HTML comment: the marker's
 * names are hashed when they hold anything else, the state is base64url.
 */

const MARKER_PREFIX = '<!-- flowferry:pr-comment '
const STATE_PREFIX = '<!-- flowferry:state '
const END = ' -->'

export function markerOf(workflow: string, platform: string): string {
  const safe = (value: string) => (/^[\w./-]{1,200}$/.test(value) ? value : `sha256-${createHash('sha256').update(value).digest('hex').slice(0, 32)}`)
  return `${MARKER_PREFIX}workflow=${safe(workflow)} platform=${safe(platform)}${END}`
}

/** Whether a comment's body is the one this marker names: the marker is its first line. */
export function hasMarker(body: unknown, marker: string): boolean {
  return typeof body === 'string' && (body === marker || body.startsWith(`${marker}\n`) || body.startsWith(`${marker}\r\n`))
}

interface State {
  run: string
  entries: unknown
}

export function stateLine(run: string | undefined, entries: readonly CommentEntry[]): string | undefined {
  if (!run) return undefined
  const json = JSON.stringify({ run, entries } satisfies State)
  return `${STATE_PREFIX}${Buffer.from(json, 'utf8').toString('base64url')}${END}`
}

/** The entries an earlier job of this same run left in the comment; none from another run. */
export function entriesFromState(body: string, run: string | undefined): CommentEntry[] {
  if (!run) return []
  const line = body.trimEnd().split('\n').at(-1) ?? ''
  if (!line.startsWith(STATE_PREFIX) || !line.endsWith(END)) return []
  const encoded = line.slice(STATE_PREFIX.length, -END.length)
  if (!/^[\w-]*$/.test(encoded)) return []
  try {
    const state = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as Partial<State> | null
    return state?.run === run ? readEntries(state.entries) : []
  } catch {
    return []
  }
}
