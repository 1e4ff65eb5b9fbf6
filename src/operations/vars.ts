import { chmod, mkdir, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { shownPath, type Bundle, type ManifestFile } from '../core/bundle.js'
import { BundleError, type Finding } from '../core/errors.js'
import { writeHashed } from '../core/hashed-write.js'
import type { TextEdit } from '../core/json-edit.js'
import type { StringAt } from '../core/json-walk.js'
import { assertDepth, decodeUtf8 } from '../core/json-text.js'
import { PLACEHOLDER, PLACEHOLDER_START } from '../core/placeholders.js'
import { IN_MEMORY_DOCUMENT_LIMIT } from '../core/limits.js'
import { copyPlainFile, plainFileContains, readPlainFileUpTo } from '../core/plain-file.js'
import { MIN_VALUE_SECRET_LENGTH, registerValueSecret } from '../core/secrets.js'
import { startsLikeZip } from '../core/zip.js'
import type { RunContext } from './context.js'
import { readVarsFile } from './vars-file.js'

/** What every placeholder starts with, in a file's bytes. */
const PLACEHOLDER_MARK = Buffer.from(PLACEHOLDER_START)

/** How many missing placeholders an error names, each with its place. */
const MISSING_SHOWN = 50

/** Values for placeholders: the `vars-file`, overridden by `FLOWFERRY_VAR_<NAME>` variables. */
export interface Vars {
  lookup(name: string): { value: unknown; source: string } | undefined
  /** The vars-file as given, if any: errors name it. */
  readonly file?: string
}

/** Reads `vars-file` once per run (a batch shares it). */
export async function loadVars(context: RunContext, env: NodeJS.ProcessEnv = process.env): Promise<Vars> {
  const file = context.settings.varsFile
  let values: Record<string, unknown> = {}
  if (file) {
    values = await readVarsFile(file)
  }
  return {
    file,
    // Own keys only: `in` would find `constructor`, `toString` or `__proto__` on every object's
    // prototype and "fill" ${flowferry.constructor} with a function.
    lookup(name) {
      const variable = `FLOWFERRY_VAR_${name}`
      if (Object.hasOwn(env, variable) && env[variable] !== undefined) return { value: env[variable], source: variable }
      if (Object.hasOwn(values, name)) return { value: values[name], source: file! }
      return undefined
    },
  }
}

/**
 * Fills a bundle's placeholders for an import. The bundle's files are not touched: the filled
 * copy goes to a private temporary directory (removed at the end of the run, since it holds
 * secrets), and the import reads that. A placeholder without a value fails the import before
 * anything is sent, with every missing name and where it is used.
 */
export async function fillPlaceholders(context: RunContext, bundle: Bundle, vars: Vars, cleanup: string[]): Promise<Bundle> {
  const secretNames = new Set((bundle.manifest.placeholders ?? []).map((p) => p.name))
  const plans: { entry: ManifestFile; text: string; edits: TextEdit[] }[] = []
  const missing: Finding[] = []
  const missingNames = new Set<string>()
  /** Values too short to mask without hiding ordinary words, by placeholder: said once each. */
  const unmasked = new Map<string, string>()
  const filled = new Map<string, string>()

  for (const entry of bundle.manifest.files) {
    const file = path.join(bundle.dir, ...entry.path.split('/'))
    // A file left in its package is past the size searched here (core/bundle.ts, Bundle.packed).
    if (bundle.packed?.[entry.path]) continue
    const subject = { shown: shownPath(bundle, entry) }
    // Most files hold no placeholder: a search of the bytes as they stream past says so without
    // holding the file (a 32 MiB flow held twice, as bytes and as text, took an import to 184 MB).
    // A file past the size read whole below, or a zip (a platform's package), is not searched.
    if (!(await plainFileContains(file, subject, PLACEHOLDER_MARK, { maxBytes: IN_MEMORY_DOCUMENT_LIMIT, skip: startsLikeZip }))) continue
    const bytes = await readPlainFileUpTo(file, subject, IN_MEMORY_DOCUMENT_LIMIT)
    const decoded = bytes && decodeUtf8(bytes)
    // Bytes that are not UTF-8 text hold no placeholder flowferry could fill.
    if (!decoded || !('text' in decoded) || !decoded.text.includes(PLACEHOLDER_START)) continue
    const text = decoded.text
    assertDepth(text, shownPath(bundle, entry))
    // The strings that hold a placeholder, from one walk of the text; a text that is not JSON holds none.
    // The walk (jsonc-parser) is loaded by the first file that holds a placeholder: most hold none.
    const { visitStringValues } = await import('../core/json-walk.js')
    const holders: StringAt[] = []
    if (!visitStringValues(text, (value) => void (value.value.includes(PLACEHOLDER_START) && holders.push(value)))) continue
    const edits: TextEdit[] = []
    for (const value of holders) {
      const names = [...value.value.matchAll(PLACEHOLDER)].map((m) => m[1]!)
      if (names.length === 0) continue
      let unresolved = false
      for (const name of names) {
        const found = vars.lookup(name)
        if (!found) {
          unresolved = true
          missingNames.add(name)
          // Every name is reported; places only up to a limit: a file can hold a million placeholders.
          if (missing.length < MISSING_SHOWN) missing.push({ line: value.line, col: value.col, file: shownPath(bundle, entry), severity: 'error', rule: 'vars.missing', message: `no value for placeholder ${name}` })
          continue
        }
        filled.set(name, found.source)
        if ((found.source.startsWith('FLOWFERRY_VAR_') || secretNames.has(name)) && !registerValueSecret(asText(found.value))) unmasked.set(name, found.source)
      }
      if (!unresolved) edits.push({ offset: value.offset, length: value.length, text: substitute(value.value, vars) })
    }
    plans.push({ entry, text, edits })
  }
  for (const [name, source] of unmasked) {
    const where = source.startsWith('FLOWFERRY_VAR_') ? source : `${name} (${source})`
    const length = asText(vars.lookup(name)!.value).trim().length
    context.log.info(`${where}: its value is ${length} characters long, too short to mask without hiding every such word in the job's log, so it is not masked; a secret should have at least ${MIN_VALUE_SECRET_LENGTH}`)
  }
  if (missingNames.size > 0) {
    const all = [...missingNames]
    const names = all.slice(0, MISSING_SHOWN)
    const more = all.length > names.length ? ` and ${all.length - names.length} more` : ''
    throw new BundleError(`${bundle.location}: no value for placeholder${all.length > 1 ? 's' : ''} ${names.join(', ')}${more}; nothing was imported`, missing, {
      hint: `Give each a value in ${vars.file ? `the vars-file '${vars.file}'` : 'a vars-file'}, or as an environment variable ${names.map((n) => `FLOWFERRY_VAR_${n}`).join(', ')}${more} (from a secret, for secrets).`,
    })
  }
  if (plans.length === 0) return bundle

  const dir = await mkdtemp(path.join(process.env.RUNNER_TEMP ?? tmpdir(), 'flowferry-filled-'))
  cleanup.push(dir)
  await chmod(dir, 0o700)
  const { editedPieces } = await import('../core/json-edit.js')
  const files: ManifestFile[] = []
  for (const entry of bundle.manifest.files) {
    // Read from its package when sent, as it was: the filled bundle keeps `packed`.
    if (bundle.packed?.[entry.path]) {
      files.push(entry)
      continue
    }
    const target = path.join(dir, ...entry.path.split('/'))
    await mkdir(path.dirname(target), { recursive: true })
    const plan = plans.find((p) => p.entry === entry)
    // Hashed as it is written or copied: the filled copy is not read again for its checksum.
    const digest = plan
      ? await writeHashed(target, editedPieces(plan.text, plan.edits), 0o600)
      : await copyPlainFile(path.join(bundle.dir, ...entry.path.split('/')), target, { shown: shownPath(bundle, entry) })
    files.push({ ...entry, ...digest })
  }
  context.log.info(`${bundle.location}: filled ${filled.size} placeholder(s): ${[...filled].map(([name, source]) => `${name} from ${source}`).join(', ')}`)
  return { ...bundle, dir, shownDir: bundle.shownDir ?? bundle.dir, manifest: { ...bundle.manifest, files } }
}

/**
 * The JSON text that replaces a string holding placeholders. A string that is exactly one
 * placeholder takes the value as it is typed in the vars file (a number stays a number);
 * otherwise the values are written into the string.
 */
function substitute(template: string, vars: Vars): string {
  const whole = /^\$\{flowferry\.([A-Za-z_][A-Za-z0-9_]*)\}$/.exec(template)
  if (whole) {
    const value = vars.lookup(whole[1]!)!.value
    return JSON.stringify(value === null || value === undefined ? '' : value)
  }
  return JSON.stringify(template.replace(PLACEHOLDER, (_, name: string) => asText(vars.lookup(name)!.value)))
}

function asText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value)
}
