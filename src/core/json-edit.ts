import { pointerOf } from './json-walk.js'

/**
 * Edits inside a JSON text at exact offsets, leaving every other byte as it was. Redaction and
 * placeholder filling go through here, so an opaque platform file (a SecMaster export) changes
 * only where a value was replaced, and a canonical JSON file stays canonical. The offsets come
 * from core/json-walk.ts, which finds them without a syntax tree.
 */
export interface TextEdit {
  offset: number
  length: number
  text: string
}

/**
 * Applies non-overlapping edits in one pass: the text between them and their replacements are
 * joined once, so a file with a million placeholders costs its length, not its length squared.
 * (Files are written from the pieces instead, core/hashed-write.ts, without this whole copy.)
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
  return pointerOf(path)
}
