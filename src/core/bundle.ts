import { mkdir, readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import { canonicalJson } from './canonical-json.js'
import type { DiffRules } from './diff.js'
import { redactSecrets, type Redacted, type RoleRedaction } from './redaction.js'
import { BundleError } from './errors.js'
import { displayPath, exists, isEmptyDir, replaceDir, writeFileAtomic } from './fs.js'
import { locateJsonError } from './json-location.js'
import { jsonTextOrProblem, textError } from './json-text.js'
import { IN_MEMORY_DOCUMENT_LIMIT } from './limits.js'
import { unsafeManifestPath } from './names.js'
import { copyPlainFile, digestPlainFile, readPlainFile } from './plain-file.js'
import { isZipFile } from './zip.js'

/** The manifest's file name inside a bundle directory. */
export const MANIFEST = 'flowferry.json'

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a lowercase hex SHA-256')

const fileEntry = z.object({
  path: z.string().min(1),
  role: z.string().min(1),
  bytes: z.number().int().nonnegative(),
  sha256,
})

/** A value `redact-secrets` took out of a file on export; an import must supply it again. */
const placeholder = z.object({
  name: z.string().min(1),
  file: z.string().min(1),
  /** JSON pointer to the value within the file. */
  pointer: z.string(),
  reason: z.string().optional(),
})

export const manifestSchema = z.looseObject({
  schema: z.literal(1),
  platform: z.string().min(1),
  name: z.string(),
  source: z
    .looseObject({
      origin: z.string().nullable().optional(),
      workflowId: z.string().nullable().optional(),
      version: z.string().nullable().optional(),
      jobId: z.string().nullable().optional(),
      exportedAt: z.string().nullable().optional(),
      run: z.string().nullable().optional(),
      commit: z.string().nullable().optional(),
    })
    .optional(),
  files: z.array(fileEntry).min(1),
  placeholders: z.array(placeholder).optional(),
})

export type Manifest = z.infer<typeof manifestSchema>
export type ManifestFile = z.infer<typeof fileEntry>
export type Placeholder = z.infer<typeof placeholder>
export type ManifestSource = NonNullable<Manifest['source']>

/** A platform file's place in a bundle, as a platform's bundle rules declare it. */
export interface RoleRule {
  role: string
  /** The file name an export writes. */
  file: string
  /** `json` files are parsed and written canonically; `opaque` ones keep their bytes. */
  format: 'json' | 'opaque'
  /** Whether an import cannot do without it. */
  required: boolean
  /** How `operation: diff` compares this file with the live workflow's. */
  diff?: RoleDiff
  /** Secrets the platform marks in this file, for `redact-secrets` (credential-named keys are found anyway). */
  redact?: RoleRedaction
}

export interface RoleDiff extends DiffRules {
  /** Rewrites a document before comparing, e.g. linkages by task name instead of by id. */
  normalize?: (document: unknown) => unknown
}

/** A bundle ready to use: the files are on disk in `dir` and match the manifest. */
export interface Bundle {
  /** Absolute directory holding the files. */
  dir: string
  manifest: Manifest
  /** What the user pointed at, workspace-relative, for messages. */
  location: string
  /** True when flowferry made the manifest itself, from a bare platform file. */
  adopted: boolean
  /**
   * Where the files are shown to the user when `dir` is a working copy (the placeholders filled
   * in a temporary directory): messages and annotations point at the bundle the user has.
   */
  shownDir?: string
}

export function fileOf(bundle: Bundle, role: string): string | undefined {
  const entry = bundle.manifest.files.find((file) => file.role === role)
  return entry ? path.join(bundle.dir, ...entry.path.split('/')) : undefined
}

/** Where a bundle file is, for messages and annotations (workspace-relative). */
export function shownPath(bundle: Bundle, file: ManifestFile | string): string {
  const relative = typeof file === 'string' ? file : file.path
  return displayPath(path.join(bundle.shownDir ?? bundle.dir, ...relative.split('/')))
}

/** A file an export produced, before it has a checksum. */
export interface ExportedFile {
  path: string
  role: string
}

export interface WriteBundleOptions {
  /** A directory (from `stagingDirFor(target)`) already holding the exported files. */
  staging: string
  target: string
  platform: string
  name: string
  source: ManifestSource
  files: ExportedFile[]
  rules: readonly RoleRule[]
  /** Replace secret-looking values by placeholders (`redact-secrets`). */
  redact: boolean
  /** Told of each file `redact` could not search (a zip, a file too large), so the user can be. */
  onUnsearched?: (file: string, reason: string) => void
}


/**
 * Finishes an export: JSON files rewritten canonically, checksums taken, the manifest written,
 * and the staging directory moved into place in one rename. `target` is only replaced when it is
 * a previous bundle or empty, never an unrelated directory.
 */
export async function writeBundle(options: WriteBundleOptions): Promise<Manifest> {
  await assertReplaceable(options.target)
  const entries: ManifestFile[] = []
  const placeholders: Placeholder[] = []
  for (const file of options.files) {
    // A name derived from a platform's reply (a Leapwork item title) must be one a bundle can hold.
    const unsafe = unsafeManifestPath(file.path)
    if (unsafe) throw BundleError.at({ file: file.path }, 'manifest.path', `the platform's export gives a file a name flowferry cannot write: ${unsafe}`)
    const absolute = path.join(options.staging, ...file.path.split('/'))
    const rule = options.rules.find((r) => r.role === file.role)
    // A document too big to parse in memory keeps its bytes: streamed through, not canonicalised.
    const json = rule?.format === 'json' && (await stat(absolute)).size <= IN_MEMORY_DOCUMENT_LIMIT
    const unsearchable = options.redact && !json ? await whyUnsearchable(absolute) : undefined
    if (unsearchable) options.onUnsearched?.(file.path, unsearchable)
    if (json || (options.redact && !unsearchable)) {
      const redacted = await rewriteExported(absolute, file.path, json, options.redact ? { rules: rule?.redact } : undefined, options.onUnsearched)
      for (const found of redacted) placeholders.push({ ...found, file: file.path })
    }
    entries.push({ ...file, ...(await digestPlainFile(absolute, { shown: file.path })) })
  }
  const manifest: Manifest = {
    schema: 1,
    platform: options.platform,
    name: options.name,
    source: options.source,
    files: entries,
    ...(placeholders.length > 0 ? { placeholders } : {}),
  }
  await writeFileAtomic(path.join(options.staging, MANIFEST), canonicalJson(manifest))
  await replaceDir(options.staging, options.target)
  return manifest
}

/**
 * An exported file made ready for the bundle: a JSON role's document written canonically, and
 * with `redaction` (redact-secrets) credential values replaced by placeholders. Text that is not
 * UTF-8 or nests past core's limit (core/json-text.ts) fails a JSON role, and leaves an opaque
 * file as it is, reported as unsearched. Opaque files change only where a value was redacted.
 */
async function rewriteExported(
  absolute: string,
  name: string,
  json: boolean,
  redaction: { rules?: RoleRedaction } | undefined,
  onUnsearched: WriteBundleOptions['onUnsearched'],
): Promise<Redacted[]> {
  const bytes = await readPlainFile(absolute, { shown: name }, IN_MEMORY_DOCUMENT_LIMIT)
  const checked = jsonTextOrProblem(bytes)
  if ('problem' in checked) {
    if (json) throw textError(name, { ...checked.problem, message: `the platform exported a file that ${checked.problem.message}` })
    onUnsearched?.(name, checked.problem.rule === 'json.encoding' ? 'not UTF-8 text' : 'nested too deeply to search')
    return []
  }
  let text = checked.text
  const result = redaction ? redactSecrets(text, redaction.rules) : { text, redacted: [] }
  text = result.text
  if (json) {
    let document: unknown
    try {
      document = JSON.parse(text)
    } catch (error) {
      throw BundleError.at({ file: name, ...locateJsonError(text) }, 'json.syntax', `the platform exported a file that is not valid JSON (${(error as Error).message})`)
    }
    await writeFileAtomic(absolute, canonicalJson(document))
  } else if (result.redacted.length > 0) {
    // Every other byte stays, the byte order mark included.
    await writeFileAtomic(absolute, (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? '\uFEFF' : '') + text)
  }
  return result.redacted
}

/** Why redaction cannot search a file: too large to hold, or a zip (the opaque format flowferry meets). */
async function whyUnsearchable(file: string): Promise<string | undefined> {
  if ((await stat(file)).size > IN_MEMORY_DOCUMENT_LIMIT) return 'too large to search in memory'
  return (await isZipFile(file)) ? 'a zip archive, kept byte for byte' : undefined
}

async function assertReplaceable(target: string): Promise<void> {
  if (!(await exists(target))) return
  const info = await stat(target)
  if (!info.isDirectory()) {
    throw new BundleError(`path '${displayPath(target)}' is a file; export writes a directory`, [], {
      hint: 'Set path to a new or empty directory, e.g. path: flowferry-export',
    })
  }
  if (!(await isEmptyDir(target)) && !(await exists(path.join(target, MANIFEST)))) {
    throw new BundleError(`path '${displayPath(target)}' is a directory that holds other files, not a flowferry bundle`, [], {
      hint: 'Export replaces the directory it writes; point path at a new directory or an earlier export.',
    })
  }
}

/**
 * Builds a bundle around files that came without a manifest (an export zip unpacked, a platform
 * JSON file): the checksums are taken now, so later steps can rely on them as on any bundle.
 */
export async function adoptFiles(
  dir: string,
  platform: string,
  name: string,
  files: ExportedFile[],
  location: string,
): Promise<Bundle> {
  const entries: ManifestFile[] = []
  for (const file of files) entries.push({ ...file, ...(await digestPlainFile(path.join(dir, ...file.path.split('/')), { shown: file.path })) })
  return {
    dir,
    manifest: { schema: 1, platform, name, source: {}, files: entries },
    location,
    adopted: true,
  }
}

/**
 * Copies a user's file into a bundle directory under `name` (adopting a platform file, or one of
 * a directory of them): a plain file only (core/plain-file.ts), named to the user as `shown`.
 */
export async function copyInto(dir: string, file: string, name: string, shown = displayPath(file)): Promise<void> {
  await mkdir(dir, { recursive: true })
  await copyPlainFile(file, path.join(dir, name), { shown })
}

export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = []
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
  }
  return out.sort()
}
