import { stat } from 'node:fs/promises'
import { InputError } from '../core/errors.js'
import { exists } from '../core/fs.js'
import { decodeUtf8, depthProblem } from '../core/json-text.js'
import { MAX_VARS_DEPTH, MAX_VARS_FILE_BYTES } from '../core/limits.js'
import { confineInput } from '../core/paths.js'
import { readPlainFileUpTo } from '../core/plain-file.js'
import { Input } from '../input-names.js'

const EXAMPLE = 'environments/production.yml'

/**
 * The text of `vars-file`, held to the rules of every file flowferry reads: inside the workspace
 * (core/paths.ts), a plain file, not a link, FIFO or folder (core/plain-file.ts), within the size
 * limit, UTF-8 (a byte order mark allowed), and nested no deeper than MAX_VARS_DEPTH flow
 * collections, below where the YAML parser would run out of stack (core/limits.ts). Every
 * refusal is an InputError naming the file as given.
 */
export async function readVarsText(file: string): Promise<string> {
  const absolute = await confineInput(file, Input.VarsFile)
  if (!(await exists(absolute))) throw new InputError(Input.VarsFile, `'${file}' does not exist`, EXAMPLE)
  const bytes = await readPlainFileUpTo(absolute, { shown: file, input: Input.VarsFile }, MAX_VARS_FILE_BYTES)
  if (bytes === undefined) {
    const { size } = await stat(absolute)
    throw new InputError(Input.VarsFile, `'${file}' is ${size} bytes, more than the ${MAX_VARS_FILE_BYTES} a vars-file may have`, EXAMPLE)
  }
  const decoded = decodeUtf8(bytes)
  const problem = 'problem' in decoded ? decoded.problem : depthProblem(decoded.text, MAX_VARS_DEPTH)
  if (problem) {
    const where = problem.line === undefined ? '' : ` (line ${problem.line})`
    throw new InputError(Input.VarsFile, `'${file}' ${problem.message}${where}`).withHint(
      problem.rule === 'json.encoding' ? 'Save the vars-file as UTF-8.' : 'Placeholder values are plain values or small objects; flatten the nesting.',
    )
  }
  return 'text' in decoded ? decoded.text : ''
}
