import { printParseErrorCode, visit, type JSONPath } from 'jsonc-parser'
import { tooDeep, TooDeepError } from './json-depth.js'

/**
 * Walks over JSON text that build no tree. jsonc-parser's `visit` reports each token with its
 * offset as it scans, and keeps nothing; a syntax tree of the same text (`parseTree`) holds an
 * object per value, about ten times the text in memory, which is what a 32 MiB document made
 * 1.4 GiB of. So these walks only run where offsets are needed: to place a syntax error JSON.parse
 * found, to place findings, and to edit string values where the bytes around them must stay.
 * https://github.com/microsoft/node-jsonc-parser#api
 */

const STRICT = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false }

/** Stops a visit early: thrown from a callback and caught by the walk that threw it. */
const STOP = Symbol('stop')

export interface SyntaxErrorAt {
  offset: number
  /** From 1, as editors count. */
  line: number
  col: number
  message: string
}

/** Where strict JSON parsing first fails, and why; undefined when the text is JSON. */
export function firstSyntaxError(text: string): SyntaxErrorAt | undefined {
  // visit recurses per nesting level: a text nested past core's limit is refused before it.
  if (tooDeep(text) !== undefined) throw new TooDeepError()
  let found: SyntaxErrorAt | undefined
  try {
    visit(
      text,
      {
        onError(error, offset, _length, line, character) {
          found = { offset, line: line + 1, col: character + 1, message: describeCode(printParseErrorCode(error)) }
          throw STOP
        },
      },
      STRICT,
    )
  } catch (error) {
    if (error !== STOP) throw error
  }
  return found
}

export interface StringAt {
  value: string
  offset: number
  /** The literal's length in the text, its quotes and escapes included. */
  length: number
  /** Where it starts, from 1. */
  line: number
  col: number
}

/**
 * Every string value (not key) of a JSON text, in text order. `wanted` says, from the value's
 * own key (a property name, or an array index), whether the value's path is needed: the path is
 * built only then, so a walk over a million values that wants a handful allocates a handful.
 * Returns false when the text is not JSON (the walk then stops at the first error).
 */
export function visitStringValues(
  text: string,
  onString: (string: StringAt, path: () => JSONPath) => void,
  wanted?: (key: string | number) => boolean,
): boolean {
  if (tooDeep(text) !== undefined) throw new TooDeepError()
  // Whether each open container is an object, and the last property name seen in it.
  const inObject: boolean[] = []
  let property = ''
  let valid = true
  try {
    visit(
      text,
      {
        onObjectBegin: () => void inObject.push(true),
        onObjectEnd: () => void inObject.pop(),
        onArrayBegin: () => void inObject.push(false),
        onArrayEnd: () => void inObject.pop(),
        onObjectProperty: (name) => void (property = name),
        onLiteralValue(value, offset, length, line, character, pathSupplier) {
          if (typeof value !== 'string') return
          let path: JSONPath | undefined
          const pathOf = () => (path ??= pathSupplier())
          if (wanted) {
            const parentIsObject = inObject.at(-1)
            const key = parentIsObject === undefined ? undefined : parentIsObject ? property : (pathOf().at(-1) as number)
            if (key !== undefined && !wanted(key)) return
          }
          onString({ value, offset, length, line: line + 1, col: character + 1 }, pathOf)
        },
        onError() {
          valid = false
          throw STOP
        },
      },
      STRICT,
    )
  } catch (error) {
    if (error !== STOP) throw error
  }
  return valid
}

/**
 * Offsets of the values at `paths` (or of their nearest existing ancestor), in one pass: a
 * property's offset is its key's, so a finding points at the line that names it.
 */
export function offsetsOf(text: string, paths: readonly (readonly (string | number)[])[]): (number | undefined)[] {
  const pointers = paths.map(pointerOf)
  const wanted = new Set<string>()
  for (const path of paths) for (let depth = 0; depth <= path.length; depth++) wanted.add(pointerOf(path.slice(0, depth)))
  const found = new Map<string, number>()
  if (tooDeep(text) !== undefined) return paths.map(() => undefined)
  const note = (path: JSONPath, offset: number) => {
    const pointer = pointerOf(path)
    if (wanted.has(pointer) && !found.has(pointer)) found.set(pointer, offset)
  }
  // Values inside an array are placed by their own offset; properties by their key's.
  const inArray: boolean[] = []
  const element = (offset: number, pathSupplier: () => JSONPath) => {
    if (inArray.at(-1) !== false) note(pathSupplier(), offset)
  }
  visit(
    text,
    {
      onObjectBegin(offset, _length, _line, _character, pathSupplier) {
        element(offset, pathSupplier)
        inArray.push(false)
      },
      onObjectEnd: () => void inArray.pop(),
      onArrayBegin(offset, _length, _line, _character, pathSupplier) {
        element(offset, pathSupplier)
        inArray.push(true)
      },
      onArrayEnd: () => void inArray.pop(),
      onLiteralValue: (_value, offset, _length, _line, _character, pathSupplier) => element(offset, pathSupplier),
      onObjectProperty: (name, offset, _length, _line, _character, pathSupplier) => note([...pathSupplier(), name], offset),
    },
    { disallowComments: true },
  )
  return pointers.map((_pointer, i) => {
    const path = paths[i]!
    for (let depth = path.length; depth >= 0; depth--) {
      const offset = found.get(pointerOf(path.slice(0, depth)))
      if (offset !== undefined) return offset
    }
    return undefined
  })
}

/**
 * The leading fields of a JSON text that may be cut short (the head of a file too large to parse):
 * its scalar values down to `maxDepth` levels (the root's own fields, and those of the objects it
 * holds), as a skeleton of the document, up to where the text ends or stops being JSON. Enough to
 * read a name or a version an export records among its first fields, without the rest. Objects
 * have no prototype and `__proto__` is skipped: the text is untrusted.
 */
export function leadingFields(text: string, maxDepth = 3): unknown {
  if (tooDeep(text) !== undefined) return undefined
  let root: Record<string | number, unknown> | undefined
  const container = (next: string | number): Record<string | number, unknown> => (typeof next === 'number' ? ([] as unknown as Record<number, unknown>) : Object.create(null))
  const put = (path: JSONPath, value: unknown) => {
    root ??= container(path[0]!)
    let node = root
    for (let i = 0; i < path.length - 1; i++) {
      const next = (node[path[i]!] ??= container(path[i + 1]!))
      if (next === null || typeof next !== 'object') return
      node = next as Record<string | number, unknown>
    }
    node[path.at(-1)!] = value
  }
  try {
    visit(
      text,
      {
        onLiteralValue(value, _offset, _length, _line, _character, pathSupplier) {
          const path = pathSupplier()
          if (path.length === 0 || path.length > maxDepth || path.includes('__proto__')) return
          put(path, value)
        },
        onError() {
          throw STOP
        },
      },
      STRICT,
    )
  } catch (error) {
    if (error !== STOP) throw error
  }
  return root
}

/** RFC 6901 pointer of a path: `/env/3/value`. https://www.rfc-editor.org/rfc/rfc6901 */
export function pointerOf(path: readonly (string | number)[]): string {
  return path.map((segment) => `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('')
}

function describeCode(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()
}
