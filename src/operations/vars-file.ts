import { InputError } from '../core/errors.js'
import { MAX_VARS_FILE_BYTES } from '../core/limits.js'
import { Input } from '../input-names.js'
import { readVarsText } from './vars-text.js'

/** Limits for a vars-file: per-environment values are a page of settings, not a data set. */
export const VARS_FILE_LIMIT = { bytes: MAX_VARS_FILE_BYTES, entries: 10_000 }

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/
const EXAMPLE = 'environments/production.yml'

/**
 * The values of a vars-file (YAML, or JSON, which is YAML): a mapping of placeholder names to
 * values, within VARS_FILE_LIMIT. Every problem is an InputError naming the file.
 *
 * The yaml library's duplicate-key check compares every key with every other (10,000 keys: 3 s;
 * 20,000: 14 s), so it is switched off and done here with a set, in one pass over every mapping.
 * A key given twice stays an error: which of two values is meant cannot be guessed.
 */
export async function readVarsFile(file: string): Promise<Record<string, unknown>> {
  // Inside the workspace, a plain file, within the size limit, UTF-8, not nested too deeply.
  const text = await readVarsText(file)
  // The YAML parser is loaded only by runs that have a vars-file.
  const { parseDocument, isMap, isScalar, visit } = await import('yaml')
  let parsed: unknown
  try {
    const document = parseDocument(text, { uniqueKeys: false })
    const problem = document.errors[0]
    if (problem) {
      const where = problem.linePos ? ` at line ${problem.linePos[0].line}` : ''
      throw new InputError(Input.VarsFile, `'${file}' is not valid YAML or JSON${where}: ${problem.message.split('\n')[0]}`, EXAMPLE)
    }
    const top = document.contents
    if (isMap(top) && top.items.length > VARS_FILE_LIMIT.entries) {
      throw new InputError(Input.VarsFile, `'${file}' has ${top.items.length} entries, more than the ${VARS_FILE_LIMIT.entries} a vars-file may have`, EXAMPLE)
    }
    visit(document, {
      Map(_, map) {
        const seen = new Set<unknown>()
        for (const { key } of map.items) {
          const name = isScalar(key) ? key.value : String(key)
          if (seen.has(name)) {
            const range = isScalar(key) ? key.range : undefined
            const line = range ? lineOf(text, range[0]) : undefined
            throw new InputError(Input.VarsFile, `'${file}' gives ${JSON.stringify(name)} twice${line ? ` (again at line ${line})` : ''}; keep one`, EXAMPLE)
          }
          seen.add(name)
        }
      },
    })
    parsed = document.toJS({ maxAliasCount: 100 })
  } catch (error) {
    if (error instanceof InputError) throw error
    throw new InputError(Input.VarsFile, `'${file}' could not be read as YAML or JSON: ${(error as Error).message.split('\n')[0]}`, EXAMPLE)
  }
  if (parsed === null || parsed === undefined) return {}
  if (typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new InputError(Input.VarsFile, `'${file}' must be a mapping of names to values, such as ERP_BASE_URL: https://erp.example.com`)
  }
  const bad = Object.keys(parsed).filter((key) => !NAME.test(key))
  if (bad.length > 0) {
    const shown = bad.slice(0, 10).map((k) => JSON.stringify(k)).join(', ') + (bad.length > 10 ? ` and ${bad.length - 10} more` : '')
    throw new InputError(Input.VarsFile, `'${file}': ${shown} cannot be placeholder names (letters, digits and _ only)`)
  }
  return parsed as Record<string, unknown>
}

function lineOf(text: string, offset: number): number {
  let line = 1
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++
  return line
}
