import { rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { copyInto, fileOf, packedOf, shownPath, type Bundle, type ExportedFile, type RoleRule } from '../../core/bundle.js'
import { isJsonObject } from '../../core/canonical-json.js'
import type { SecretSpot } from '../../core/redaction.js'
import { BundleError, type Finding } from '../../core/errors.js'
import { displayPath, exists } from '../../core/fs.js'
import { checkJsonFile, readJsonFile, tooLargeToCheck } from '../../core/json-file.js'
import { IN_MEMORY_DOCUMENT_LIMIT } from '../../core/limits.js'
import { locateInPackage } from '../../core/names.js'
import { isZipFile, unpackZip } from '../../core/zip.js'
import type { BundleRules, RulesContext } from '../platform.js'

/**
 * The three files of a Kore.ai export package and their roles. Which file is the import call's
 * `workflowDataFileId` is not documented; flowferry assumes app_definition.json (the README's
 * "Kore.ai assumptions" lists this and the other guesses).
 */
/**
 * For diff: timestamps are volatile wherever they appear (the documents' schema is not published,
 * so these are the usual names); nodes are matched by `id` and environment variables by `key`
 * when every element has a unique one, so a reordering is not a change.
 */
const volatile = ['**.createdAt', '**.updatedAt', '**.modifiedAt', '**.lastModified', '**.lastModifiedAt', '**.createdOn', '**.modifiedOn']

const FLOW_FILE = 'flow_definition.json'
const KOREAI = { rulePrefix: 'koreai', title: 'Kore.ai' }

export const roles: readonly RoleRule[] = [
  { role: 'flowData', file: FLOW_FILE, format: 'json', required: true, diff: { ignore: volatile, matchBy: { nodes: 'id' } } },
  { role: 'workflowData', file: 'app_definition.json', format: 'json', required: true, diff: { ignore: volatile } },
  {
    role: 'envVariables',
    file: 'env_variables.json',
    format: 'json',
    required: false,
    diff: { ignore: volatile, matchBy: { '': 'key', variables: 'key' } },
    redact: { secrets: secureVariables },
  },
]

const SECURE_FLAGS = ['isSecured', 'isSecure', 'secured', 'secure', 'isSecret', 'masked']

/**
 * Environment variables Kore.ai marks secure (the flag's exact name is not documented; these are
 * the spellings flowferry accepts), as an array or under `variables`; each becomes a placeholder
 * named after the variable's key.
 */
function secureVariables(document: unknown): SecretSpot[] {
  const list = Array.isArray(document) ? document : isJsonObject(document) && Array.isArray(document.variables) ? document.variables : []
  const prefix: (string | number)[] = Array.isArray(document) ? [] : ['variables']
  const spots: SecretSpot[] = []
  list.forEach((variable: unknown, i: number) => {
    if (!isJsonObject(variable) || !SECURE_FLAGS.some((flag) => variable[flag] === true)) return
    const name = typeof variable.key === 'string' ? variable.key : typeof variable.name === 'string' ? variable.name : `VARIABLE_${i}`
    spots.push({ path: [...prefix, i, 'value'], name, reason: 'Kore.ai variable marked secure' })
  })
  return spots
}

export const koreaiRules: BundleRules = {
  roles,

  async adopt(location, dir, context) {
    const info = await stat(location)
    if (info.isFile() && (await isZipFile(location))) {
      // An import sends the large files as they are in the package: unpacking a gigabyte only to
      // read it back cost a step as long as the upload itself (docs/performance.md, Large files).
      const files = await unpackPackage(location, dir, { leaveLarge: context.settings.operation === 'import' })
      return { name: path.basename(location).replace(/\.zip$/i, '').replace(/^Exported_/, ''), files }
    }
    if (info.isDirectory()) {
      const files: ExportedFile[] = []
      for (const rule of roles) {
        if (await exists(path.join(location, rule.file))) {
          const digest = await copyInto(dir, path.join(location, rule.file), rule.file)
          files.push({ path: rule.file, role: rule.role, digest })
        }
      }
      if (files.length === 0) {
        throw new BundleError(`${displayPath(location)}: neither a flowferry bundle nor a Kore.ai export (no flow_definition.json)`, [], {
          hint: 'Point path at a bundle directory (with flowferry.json), a Kore.ai export .zip, or a directory with its JSON files.',
        })
      }
      return { name: await nameFromDefinitions(dir), files }
    }
    throw new BundleError(`${displayPath(location)}: not a Kore.ai export package (a .zip) or a directory of its files`)
  },

  async check(bundle: Bundle, context: RulesContext): Promise<Finding[]> {
    const findings: Finding[] = []
    for (const rule of roles) {
      const file = fileOf(bundle, rule.role)
      if (!file) {
        if (rule.required) {
          findings.push({
            file: shownPath(bundle, 'flowferry.json'),
            severity: 'error',
            rule: 'koreai.required',
            message: `the bundle has no ${rule.file} (role ${rule.role}); Kore.ai's import needs it`,
          })
        } else if (context.settings.operation === 'import' && context.settings.workflowId) {
          findings.push({
            file: shownPath(bundle, 'flowferry.json'),
            severity: 'error',
            rule: 'koreai.required',
            message: `importing into an existing workflow needs ${rule.file} (role ${rule.role}); Kore.ai requires envVariablesFileId there`,
          })
        }
        continue
      }
      const shown = displayPath(file)
      if (packedOf(bundle, rule.role)) {
        // Left in its package for being larger than anything parsed (unpackPackage).
        findings.push(tooLargeToCheck(shown, KOREAI))
        continue
      }
      const parsed = await checkJsonFile(file, shown, KOREAI)
      if ('finding' in parsed) {
        findings.push(parsed.finding)
        continue
      }
      const { document } = parsed
      const acceptsArray = rule.role === 'envVariables'
      if (!isJsonObject(document) && !(acceptsArray && Array.isArray(document))) {
        findings.push({
          file: shown,
          line: 1,
          col: 1,
          severity: 'error',
          rule: 'koreai.shape',
          message: `${rule.file} must hold a JSON object${acceptsArray ? ' or array' : ''}`,
        })
      }
    }
    return findings
  },
}

/**
 * Unpacks an export package into `dir`: the three files by name, from the folder holding the
 * shallowest flow_definition.json (core/names.ts `locateInPackage`), wherever that is in the zip.
 * A file of the same name in a subfolder is never taken instead; two at the same depth are refused.
 *
 * With `leaveLarge` (an import), a stored file larger than any file a step reads before sending
 * it (IN_MEMORY_DOCUMENT_LIMIT: placeholders are searched up to it, JSON parsed up to less) stays
 * in the package: the upload reads it from there (core/bundle.ts, Bundle.packed).
 */
export async function unpackPackage(zipFile: string, dir: string, options: { leaveLarge?: boolean } = {}): Promise<ExportedFile[]> {
  const unpacked = path.join(dir, '.unpacked')
  await rm(unpacked, { recursive: true, force: true })
  const leave = options.leaveLarge ? ({ bytes }: { bytes: number }) => bytes > IN_MEMORY_DOCUMENT_LIMIT : undefined
  const { written: digests, left } = await unpackZip(zipFile, unpacked, { leave })
  const names = [...digests.keys(), ...left.keys()]
  const located = locateInPackage(names, FLOW_FILE)
  if (located && 'ambiguous' in located) {
    await rm(unpacked, { recursive: true, force: true })
    const [first, second] = located.ambiguous
    throw BundleError.at(
      { file: displayPath(zipFile) },
      'koreai.package',
      `the package holds two ${FLOW_FILE} at the same depth, ${JSON.stringify(first)} and ${JSON.stringify(second)}; which one is the workflow is ambiguous`,
      'Use the package exactly as Kore.ai exported it, with one workflow in it.',
    )
  }
  const files: ExportedFile[] = []
  for (const rule of located ? roles : []) {
    const match = located!.pick(rule.file)
    if (!match) continue
    const packed = left.get(match)
    if (packed) {
      files.push({ path: rule.file, role: rule.role, packed })
      continue
    }
    await rename(path.join(unpacked, ...match.split('/')), path.join(dir, rule.file))
    files.push({ path: rule.file, role: rule.role, digest: digests.get(match) })
  }
  await rm(unpacked, { recursive: true, force: true })
  if (!files.some((file) => file.role === 'flowData')) {
    throw new BundleError(
      `${displayPath(zipFile)}: the package has no ${FLOW_FILE} (it holds ${names.slice(0, 20).join(', ') || 'nothing'}${names.length > 20 ? `, and ${names.length - 20} more` : ''})`,
    )
  }
  return files
}

/** The workflow's name as the app definition records it, where it does (the schema is not documented). */
export async function nameFromDefinitions(dir: string): Promise<string> {
  try {
    // Read within core's limit on documents: a package's app definition can be any size.
    const app = (await readJsonFile(path.join(dir, 'app_definition.json')))?.value
    if (isJsonObject(app)) {
      for (const key of ['name', 'workflowName', 'displayName', 'title']) {
        const value = app[key]
        if (typeof value === 'string' && value.trim()) return value.trim()
      }
    }
  } catch {
    // no app definition, or not readable JSON: the caller falls back to another name
  }
  return ''
}
