import { isUtf8 } from 'node:buffer'
import { BundleError } from './errors.js'
import { tooDeep } from './json-depth.js'
import { MAX_JSON_DEPTH } from './limits.js'

/**
 * JSON text from a file's bytes, checked before anything parses or walks it: valid UTF-8 (RFC 8259
 * §8.1: "JSON text exchanged between systems that are not part of a closed ecosystem MUST be
 * encoded using UTF-8"), a leading byte order mark allowed and dropped, and nesting no deeper than
 * MAX_JSON_DEPTH, so no recursive walk (parser, canonical form, diff, redaction) runs out of stack.
 * https://www.rfc-editor.org/rfc/rfc8259#section-8.1
 */

const BOM = Buffer.from([0xef, 0xbb, 0xbf])

export interface TextProblem {
  rule: 'json.encoding' | 'json.depth'
  message: string
  line?: number
  col?: number
}

/** The bytes as text, or why they are not UTF-8 (naming the first bad byte's offset in the file). */
export function decodeUtf8(bytes: Buffer): { text: string } | { problem: TextProblem } {
  const bom = bytes.subarray(0, 3).equals(BOM) ? 3 : 0
  const body = bytes.subarray(bom)
  if (isUtf8(body)) return { text: body.toString('utf8') }
  if (bom === 0 && (bytes[0] === 0xff || bytes[0] === 0xfe) && (bytes[1] === 0xfe || bytes[1] === 0xff)) {
    return { problem: { rule: 'json.encoding', message: 'is UTF-16 (it starts with a UTF-16 byte order mark); only UTF-8 is accepted', line: 1, col: 1 } }
  }
  const offset = bom + firstInvalidUtf8(body)
  const before = bytes.subarray(bom, offset).toString('utf8')
  return {
    problem: { rule: 'json.encoding', message: `is not valid UTF-8: byte ${offset} (0x${bytes[offset]!.toString(16).padStart(2, '0')}) starts no UTF-8 character`, ...positionAt(before, before.length) },
  }
}

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence (Unicode 15, table 3-7). */
export function firstInvalidUtf8(bytes: Buffer): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    let need = 0
    let low = 0x80
    let high = 0xbf
    if (b < 0x80) need = 0
    else if (b >= 0xc2 && b <= 0xdf) need = 1
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2
      if (b === 0xe0) low = 0xa0
      if (b === 0xed) high = 0x9f
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3
      if (b === 0xf0) low = 0x90
      if (b === 0xf4) high = 0x8f
    } else return i
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]
      if (c === undefined || c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) return i
    }
    i += need + 1
  }
  return bytes.length
}

/** The depth problem of a JSON text, located, or undefined. */
export function depthProblem(text: string, max = MAX_JSON_DEPTH): TextProblem | undefined {
  const at = tooDeep(text, max)
  if (at === undefined) return undefined
  return { rule: 'json.depth', message: `nests arrays and objects more than ${max} levels deep; flowferry reads at most ${max}`, ...positionAt(text, at) }
}

/** A file's bytes as checked JSON text, or the problem with them. */
export function jsonTextOrProblem(bytes: Buffer, max = MAX_JSON_DEPTH): { text: string } | { problem: TextProblem } {
  const decoded = decodeUtf8(bytes)
  if ('problem' in decoded) return decoded
  const problem = depthProblem(decoded.text, max)
  return problem ? { problem } : decoded
}

const HINTS: Record<TextProblem['rule'], string> = {
  'json.encoding': 'Save the file as UTF-8 (with or without a byte order mark).',
  'json.depth': 'Flatten the document; no workflow export nests anywhere near this deep.',
}

/** The problem as a BundleError naming the file (as the user knows it) and what to do. */
export function textError(file: string, problem: TextProblem): BundleError {
  return BundleError.at({ file, line: problem.line, col: problem.col }, problem.rule, problem.message, HINTS[problem.rule])
}

/** Checked JSON text of a file's bytes; a BundleError naming `file` otherwise. */
export function jsonText(bytes: Buffer, file: string, max = MAX_JSON_DEPTH): string {
  const result = jsonTextOrProblem(bytes, max)
  if ('problem' in result) throw textError(file, result.problem)
  return result.text
}

/** Throws a BundleError naming `file` when a text already in memory nests too deeply. */
export function assertDepth(text: string, file: string, max = MAX_JSON_DEPTH): void {
  const problem = depthProblem(text, max)
  if (problem) throw textError(file, problem)
}

/** Line and column (from 1) of an offset in a text; here, not in json-location.ts, so that reading a file brings no JSON walker. */
export interface TextPosition {
  line: number
  col: number
}

export function positionAt(text: string, offset: number): TextPosition {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++
      lineStart = i + 1
    }
  }
  return { line, col: offset - lineStart + 1 }
}
