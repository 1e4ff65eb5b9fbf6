import { isJsonObject } from './canonical-json.js'
import { guardDepth } from './json-depth.js'
import { markdownCode, markdownText } from './markdown.js'
import { untrustedValue } from './untrusted-text.js'

/**
 * A semantic diff of two JSON documents: key order and formatting never count, volatile paths
 * (timestamps, ids the server assigns) are ignored, and arrays can be matched by a key (Zuora
 * tasks by name) rather than by position, so that the same workflow exported from two
 * environments compares equal.
 */
export interface DiffRules {
  /**
   * Paths whose values are ignored, as dot-separated patterns: `*` matches one segment (a key or
   * an array element), `**` any number of them. `tasks.*.id`, `**.updatedAt`.
   */
  ignore?: readonly string[]
  /** Arrays whose elements are matched by a key instead of by position: path pattern → key. */
  matchBy?: Readonly<Record<string, string>>
  /** A bundle-side value that stands for any live value it fits (a placeholder for a redacted secret). */
  fits?: (bundleValue: unknown, liveValue: unknown) => boolean
}

export interface Change {
  /** `tasks[name=Send invoice].parameters.to`, `nodes[2].prompt`. */
  path: string
  kind: 'added' | 'removed' | 'changed'
  /** The value in the target environment (live). */
  before?: unknown
  /** The value in the bundle. */
  after?: unknown
}

type Segment = string

export function diffDocuments(before: unknown, after: unknown, rules: DiffRules = {}): Change[] {
  const ignore = (rules.ignore ?? []).map(compile)
  const matchBy = Object.entries(rules.matchBy ?? {}).map(([pattern, key]) => ({ pattern: compile(pattern), key }))
  const changes: Change[] = []

  const walk = (a: unknown, b: unknown, path: Segment[]) => {
    guardDepth(path.length)
    if (ignore.some((pattern) => matches(pattern, path))) return
    if (isJsonObject(a) && isJsonObject(b)) {
      for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
        const child = [...path, key]
        if (!(key in b)) record('removed', child, a[key], undefined)
        else if (!(key in a)) record('added', child, undefined, b[key])
        else walk(a[key], b[key], child)
      }
      return
    }
    if (Array.isArray(a) && Array.isArray(b)) {
      const key = matchBy.find((m) => matches(m.pattern, path))?.key
      if (key && keyed(a, key) && keyed(b, key)) {
        const left = new Map(a.map((item) => [String((item as Record<string, unknown>)[key]), item]))
        const right = new Map(b.map((item) => [String((item as Record<string, unknown>)[key]), item]))
        for (const id of [...new Set([...left.keys(), ...right.keys()])].sort()) {
          const child = [...path, `[${key}=${id}]`]
          if (!right.has(id)) record('removed', child, left.get(id), undefined)
          else if (!left.has(id)) record('added', child, undefined, right.get(id))
          else walk(left.get(id), right.get(id), child)
        }
        return
      }
      for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const child = [...path, `[${i}]`]
        if (i >= b.length) record('removed', child, a[i], undefined)
        else if (i >= a.length) record('added', child, undefined, b[i])
        else walk(a[i], b[i], child)
      }
      return
    }
    if (!Object.is(a, b) && !rules.fits?.(b, a)) record('changed', path, a, b)
  }

  const record = (kind: Change['kind'], path: Segment[], a: unknown, b: unknown) => {
    if (ignore.some((pattern) => matches(pattern, path))) return
    changes.push({ path: formatPath(path), kind, ...(kind !== 'added' ? { before: a } : {}), ...(kind !== 'removed' ? { after: b } : {}) })
  }

  walk(before, after, [])
  return changes
}

/** Every element is an object with a unique string or number under `key`. */
function keyed(items: unknown[], key: string): boolean {
  const seen = new Set<string>()
  for (const item of items) {
    if (!isJsonObject(item)) return false
    const value = item[key]
    if (typeof value !== 'string' && typeof value !== 'number') return false
    if (seen.has(String(value))) return false
    seen.add(String(value))
  }
  return true
}

function compile(pattern: string): string[] {
  return pattern.split('.').filter(Boolean)
}

/** Whether a concrete path matches a pattern; `*` is one segment, `**` any number (also none). */
export function matches(pattern: readonly string[], path: readonly string[]): boolean {
  if (pattern.length === 0) return path.length === 0
  const [head, ...rest] = pattern
  if (head === '**') return rest.length === 0 || path.some((_, i) => matches(rest, path.slice(i))) || matches(rest, [])
  if (path.length === 0) return false
  return (head === '*' || head === path[0]) && matches(rest, path.slice(1))
}

function formatPath(path: Segment[]): string {
  if (path.length === 0) return '(document)'
  return path.map((segment, i) => (segment.startsWith('[') || i === 0 ? segment : `.${segment}`)).join('')
}

/** A Markdown table of changes, old (live) → new (bundle), values shortened. */
export function renderChanges(title: string, changes: readonly Change[], limit = 200): string {
  if (changes.length === 0) return `**${title}:** no changes`
  const rows = changes.slice(0, limit).map((change) => {
    const icon = change.kind === 'added' ? '➕' : change.kind === 'removed' ? '➖' : '✏️'
    return `| ${icon} ${change.kind} | ${markdownCode(change.path, { table: true })} | ${value(change.before, change.kind === 'added')} | ${value(change.after, change.kind === 'removed')} |`
  })
  const more = changes.length > limit ? [`| … | ${changes.length - limit} more changes | | |`] : []
  return [`**${markdownText(title)}** (${changes.length} change${changes.length > 1 ? 's' : ''})`, '', '| | Path | Live | Bundle |', '|---|---|---|---|', ...rows, ...more].join('\n')
}

/** A value from the bundle or the live workflow: masked whole before it is shortened, then inline code. */
function value(v: unknown, absent: boolean): string {
  if (absent) return '—'
  return markdownCode(untrustedValue(v, 80), { table: true })
}
