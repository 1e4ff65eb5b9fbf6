import { guardDepth } from './json-depth.js'

/**
 * JSON as flowferry writes it into bundles: keys sorted, two-space indent, a final newline. Two
 * exports of the same workflow then give the same bytes, and a change shows in git as the lines
 * that changed rather than a reshuffled file.
 */
export function canonicalJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`
}

export function sortKeys(value: unknown, depth = 0): unknown {
  guardDepth(depth)
  if (Array.isArray(value)) return value.map((item) => sortKeys(item, depth + 1))
  if (value !== null && typeof value === 'object') {
    const sorted: Record<string, unknown> = {}
    for (const key of Object.keys(value).sort()) sorted[key] = sortKeys((value as Record<string, unknown>)[key], depth + 1)
    return sorted
  }
  return value
}

/** A JSON value that is an object (not an array or null). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}
