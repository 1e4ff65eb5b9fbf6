import { parseTree, type Node, type ParseError } from 'jsonc-parser'
import { tooDeep, TooDeepError } from './json-depth.js'

/**
 * Edits inside a JSON text at exact offsets, leaving every other byte as it was. Redaction and
 * placeholder filling go through here, so an opaque platform file (a SecMaster export) changes
 * only where a value was replaced, and a canonical JSON file stays canonical.
 */
export interface StringValue {
  /** Keys and array indexes from the root. */
  path: (string | number)[]
  value: string
  offset: number
  length: number
}

export interface TextEdit {
  offset: number
  length: number
  text: string
}

/** Every string value (not key) in a JSON text, with where it sits; undefined when the text is not JSON. */
export function stringValues(text: string): StringValue[] | undefined {
  // jsonc-parser builds the tree recursively: too deep a text is refused before it (core/json-depth.ts).
  if (tooDeep(text) !== undefined) throw new TooDeepError()
  const errors: ParseError[] = []
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false })
  if (!root || errors.length > 0) return undefined
  const out: StringValue[] = []
  const walk = (node: Node, path: (string | number)[]) => {
    if (node.type === 'object') {
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? []
        if (key && value) walk(value, [...path, String(key.value)])
      }
    } else if (node.type === 'array') {
      ;(node.children ?? []).forEach((child, i) => walk(child, [...path, i]))
    } else if (node.type === 'string') {
      out.push({ path, value: String(node.value), offset: node.offset, length: node.length })
    }
  }
  walk(root, [])
  return out
}

/**
 * Applies non-overlapping edits in one pass: the text between them and their replacements are
 * joined once, so a file with a million placeholders costs its length, not its length squared.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const parts: string[] = []
  let at = 0
  for (const edit of [...edits].sort((a, b) => a.offset - b.offset)) {
    parts.push(text.slice(at, edit.offset), edit.text)
    at = edit.offset + edit.length
  }
  parts.push(text.slice(at))
  return parts.join('')
}

/** RFC 6901 pointer of a path: `/env/3/value`. */
export function toPointer(path: readonly (string | number)[]): string {
  return path.map((segment) => `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('')
}
