import { findNodeAtLocation, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser'
import { tooDeep } from './json-depth.js'
import { MAX_JSON_DEPTH } from './limits.js'

/**
 * Line and column (from 1) of places in a JSON text, so that a finding becomes an annotation on
 * the right line of the right file. jsonc-parser keeps offsets that JSON.parse throws away.
 */
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

/** Where strict JSON parsing first fails, and why; undefined when the text is valid JSON. */
export function jsonSyntaxError(text: string): (TextPosition & { message: string }) | undefined {
  // jsonc-parser parses recursively: a text nested past core's limit is reported, not parsed (core/json-depth.ts).
  const deep = tooDeep(text)
  if (deep !== undefined) return { ...positionAt(text, deep), message: `nested more than ${MAX_JSON_DEPTH} levels deep` }
  const errors: ParseError[] = []
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false })
  const first = errors[0]
  if (!first) return undefined
  return { ...positionAt(text, first.offset), message: describeCode(printParseErrorCode(first.error)) }
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
  return pathLocator(text)(path)
}

/**
 * `locatePath` for many paths of one text: the text is parsed once and its lines indexed once,
 * so a check that reports a finding per task costs the document's length, not that times the
 * number of findings.
 */
export function pathLocator(text: string): (path: readonly (string | number)[]) => TextPosition | undefined {
  const root = tooDeep(text) === undefined ? parseTree(text, [], { disallowComments: true }) : undefined
  let lineStarts: number[] | undefined
  const position = (offset: number): TextPosition => {
    lineStarts ??= [0, ...[...text.matchAll(/\n/g)].map((match) => match.index + 1)]
    let low = 0
    let high = lineStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (lineStarts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return { line: low + 1, col: offset - lineStarts[low]! + 1 }
  }
  return (path) => {
    if (!root) return undefined
    for (let depth = path.length; depth >= 0; depth--) {
      const node = findNodeAtLocation(root, path.slice(0, depth) as (string | number)[])
      if (node) {
        // Point at the key of a property rather than its value, where there is one.
        const anchor = node.parent?.type === 'property' ? node.parent : node
        return position(anchor.offset)
      }
    }
    return undefined
  }
}

function describeCode(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()
}
