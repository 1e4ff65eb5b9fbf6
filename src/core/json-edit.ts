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
 * Applies non-overlapping edits in one pass: the pieces of `editedPieces` joined once, so a file
 * with a million placeholders costs its length, not its length squared. (Files are written from
 * the pieces instead, core/hashed-write.ts, without this whole copy.)
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  return [...editedPieces(text, edits)].join('')
}

/** How long a piece of unedited text `editedPieces` gives at most, in UTF-16 units (about). */
const PIECE_CHARS = 256 * 1024

/**
 * The pieces of `text` with `edits` applied (non-overlapping, any order): the text between the
 * edits and their replacements, in order, so a file is edited in one pass without a second copy
 * of it in memory. `prefix` (a byte order mark to keep) comes first.
 */
export function* editedPieces(text: string, edits: readonly TextEdit[], prefix = ''): Generator<string> {
  if (prefix) yield prefix
  let at = 0
  for (const edit of [...edits].sort((a, b) => a.offset - b.offset)) {
    yield* slices(text, at, edit.offset)
    yield edit.text
    at = edit.offset + edit.length
  }
  yield* slices(text, at, text.length)
}

/**
 * `text` from `start` to `end` in slices of about PIECE_CHARS, so no piece is a second copy of a
 * large text. A slice never ends between the two halves of a surrogate pair: each piece is encoded
 * to UTF-8 alone, and half a pair would become U+FFFD.
 */
function* slices(text: string, start: number, end: number): Generator<string> {
  for (let from = start; from < end; ) {
    let to = Math.min(end, from + PIECE_CHARS)
    const last = text.charCodeAt(to - 1)
    if (to < end && last >= 0xd800 && last <= 0xdbff) to++
    yield text.slice(from, to)
    from = to
  }
}

/** RFC 6901 pointer of a path: `/env/3/value`. */
export function toPointer(path: readonly (string | number)[]): string {
  return pointerOf(path)
}
