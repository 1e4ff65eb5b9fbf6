import { FlowferryError } from './errors.js'
import { MAX_JSON_DEPTH } from './limits.js'

/**
 * How deeply JSON nests, measured without recursion. Every recursive walk of JSON in core (the
 * jsonc-parser tree, canonical JSON, diff, redaction) checks this first, so a document nested past
 * core's limit (core/limits.ts) is refused in words, never with "Maximum call stack size exceeded".
 * Files are refused earlier, naming the file (core/json-text.ts); this is the walks' own guard.
 */

/** Where JSON text first nests deeper than `max` arrays and objects, or undefined. Strings are skipped. */
export function tooDeep(text: string, max = MAX_JSON_DEPTH): number | undefined {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 92) i++ // backslash: skip the escaped character
      else if (c === 34) inString = false
    } else if (c === 34) inString = true
    else if (c === 91 || c === 123) {
      if (++depth > max) return i
    } else if (c === 93 || c === 125) depth--
  }
  return undefined
}

/** Thrown by a walk that meets a value nested past the limit; callers that know the file name it. */
export class TooDeepError extends FlowferryError {
  constructor(max = MAX_JSON_DEPTH) {
    super(`a JSON document nests arrays and objects more than ${max} levels deep; flowferry reads at most ${max}`)
  }
}

/** For recursive walks over parsed values: throws once `depth` passes the limit. */
export function guardDepth(depth: number, max = MAX_JSON_DEPTH): void {
  if (depth > max) throw new TooDeepError(max)
}
