import { tooDeep } from './json-depth.js'
import { firstSyntaxError, offsetsOf } from './json-walk.js'
import { MAX_JSON_DEPTH } from './limits.js'
import { positionAt, type TextPosition } from './json-text.js'

/**
 * Line and column (from 1) of places in a JSON text, so that a finding becomes an annotation on
 * the right line of the right file. JSON.parse keeps no offsets; the walks of core/json-walk.ts
 * find them without building a syntax tree, and only where a place is to be shown.
 */
/** Where strict JSON parsing first fails, and why; undefined when the text is valid JSON. */
export function jsonSyntaxError(text: string): (TextPosition & { message: string }) | undefined {
  // The walk recurses per level: a text nested past core's limit is reported, not walked (core/json-depth.ts).
  const deep = tooDeep(text)
  if (deep !== undefined) return { ...positionAt(text, deep), message: `nested more than ${MAX_JSON_DEPTH} levels deep` }
  const error = firstSyntaxError(text)
  return error && { line: error.line, col: error.col, message: error.message }
}

/** Best-effort position of a JSON syntax error, for files JSON.parse rejected. */
export function locateJsonError(text: string): Partial<TextPosition> {
  const error = jsonSyntaxError(text)
  return error ? { line: error.line, col: error.col } : {}
}

/**
 * Position of the value at `path` (keys and array indexes), or of the nearest ancestor that
 * exists, so a finding about a missing key still points into the right object.
 */
export function locatePath(text: string, path: readonly (string | number)[]): TextPosition | undefined {
  return locatePaths(text, [path])[0]
}

/**
 * `locatePath` for many paths of one text, in one walk and with the lines indexed once: a check
 * that reports a finding per task costs the document's length, not that times the findings.
 */
export function locatePaths(text: string, paths: readonly (readonly (string | number)[])[]): (TextPosition | undefined)[] {
  if (paths.length === 0) return []
  const offsets = offsetsOf(text, paths)
  let lineStarts: number[] | undefined
  return offsets.map((offset) => {
    if (offset === undefined) return undefined
    lineStarts ??= [0, ...[...text.matchAll(/\n/g)].map((match) => match.index + 1)]
    let low = 0
    let high = lineStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (lineStarts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return { line: low + 1, col: offset - lineStarts[low]! + 1 }
  })
}
