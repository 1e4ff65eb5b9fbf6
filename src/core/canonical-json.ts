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

/**
 * `canonicalJson(value)` as pieces of about `chunk` characters, built without a sorted copy of the
 * document and without the whole text at once: a 16 MiB document is written with a few hundred
 * kilobytes beside the parsed value. The bytes are JSON.stringify's with two-space indentation,
 * keys in the order `canonicalJson` gives them (array-index keys first, ascending, as JavaScript
 * enumerates them, then the others sorted). It walks with a stack of its own, not by recursion.
 */
export function* canonicalPieces(value: unknown, chunk = 64 * 1024): Generator<string> {
  interface Frame {
    indent: string
    items?: unknown[]
    object?: Record<string, unknown>
    keys?: string[]
    next: number
  }
  const stack: Frame[] = []
  let out = ''
  // A value's text, or the opening of its container (whose frame is pushed).
  const open = (node: unknown, indent: string): string => {
    guardDepth(stack.length)
    if (Array.isArray(node)) {
      if (node.length === 0) return '[]'
      stack.push({ indent, items: node, next: 0 })
      return '['
    }
    if (node !== null && typeof node === 'object') {
      const object = node as Record<string, unknown>
      const keys = canonicalKeys(object)
      if (keys.length === 0) return '{}'
      stack.push({ indent, object, keys, next: 0 })
      return '{'
    }
    return serializable(node) ? JSON.stringify(node) : 'null'
  }
  out += open(value, '')
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!
    const length = frame.keys ? frame.keys.length : frame.items!.length
    if (frame.next < length) {
      const inner = `${frame.indent}  `
      const i = frame.next++
      if (frame.keys) {
        const key = frame.keys[i]!
        out += `${i === 0 ? '\n' : ',\n'}${inner}${JSON.stringify(key)}: ${open(frame.object![key], inner)}`
      } else {
        out += `${i === 0 ? '\n' : ',\n'}${inner}${open(frame.items![i], inner)}`
      }
    } else {
      stack.pop()
      out += `\n${frame.indent}${frame.keys ? '}' : ']'}`
    }
    if (out.length >= chunk) {
      yield out
      out = ''
    }
  }
  yield `${out}\n`
}

/** Whether JSON.stringify writes a value (an object's property it would skip: undefined, a function, a symbol). */
function serializable(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol'
}

/** An array index as ECMAScript defines it (a canonical integer below 2^32 - 1), which objects enumerate first. */
function isArrayIndex(key: string): boolean {
  const first = key.charCodeAt(0)
  return first >= 48 && first <= 57 && /^(?:0|[1-9]\d{0,9})$/.test(key) && Number(key) < 4_294_967_295
}

/**
 * The order in which `canonicalJson` writes an object's keys, and only those it writes. Object.keys
 * lists array-index keys first and ascending already (ECMAScript's OrdinaryOwnPropertyKeys:
 * https://tc39.es/ecma262/#sec-ordinaryownpropertykeys); the other keys are sorted.
 */
function canonicalKeys(object: Record<string, unknown>): string[] {
  const indexes: string[] = []
  const names: string[] = []
  for (const key of Object.keys(object)) {
    if (serializable(object[key])) (isArrayIndex(key) ? indexes : names).push(key)
  }
  names.sort()
  return indexes.length === 0 ? names : indexes.concat(names)
}
