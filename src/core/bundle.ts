import { copyFile, mkdir, readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import { canonicalJson } from './canonical-json.js'
import type { DiffRules } from './diff.js'
import { redactSecrets, type RoleRedaction } from './redaction.js'
import { BundleError, type Finding } from './errors.js'
import { digestFile, displayPath, exists, isEmptyDir, replaceDir, writeFileAtomic } from './fs.js'
import { locateJsonError } from './json-location.js'
import { IN_MEMORY_DOCUMENT_LIMIT } from './limits.js'
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

/**
 * Reads `<dir>/flowferry.json` and checks the manifest against the files: each listed file
 * exists, stays inside the bundle, and has the recorded size and SHA-256. Every mismatch is
 * reported, not just the first.
 */
export async function readBundle(dir: string, expectedPlatform: string): Promise<Bundle> {
  const manifestFile = path.join(dir, MANIFEST)
  const shown = displayPath(manifestFile)
  const text = await readFile(manifestFile, 'utf8')
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    const where = locateJsonError(text)
    throw BundleError.at({ file: shown, ...where }, 'manifest.json', `the manifest is not valid JSON (${(error as Error).message})`)
  }
  const parsed = manifestSchema.safeParse(data)
  if (!parsed.success) {
    const findings: Finding[] = parsed.error.issues.map((issue) => ({
      file: shown,
      severity: 'error',
      rule: 'manifest.schema',
      message: `${issue.path.join('.') || '(top)'}: ${issue.message}`,
    }))
    throw new BundleError(`${shown}: the manifest does not follow schema 1: ${findings.map((f) => f.message).join('; ')}`, findings)
  }
  const manifest = parsed.data
  if (manifest.platform !== expectedPlatform) {
    throw BundleError.at(
      { file: shown },
      'manifest.platform',
      `the bundle is for platform '${manifest.platform}', but the step's platform is '${expectedPlatform}'`,
      `Set platform: ${manifest.platform}, or point path at a ${expectedPlatform} bundle.`,
    )
  }
  const bundle: Bundle = { dir, manifest, location: displayPath(dir), adopted: false }
  const findings = await verifyFiles(bundle)
  if (findings.length > 0) {
    throw new BundleError(
      `${bundle.location}: the files do not match the manifest: ${findings.map((f) => `${f.file}: ${f.message}`).join('; ')}`,
      findings,
      {
        hint:
          'If the change was deliberate, record the new checksums with `npx flowferry seal ' +
          bundle.location +
          '` and commit flowferry.json; otherwise re-export the bundle or restore the files.',
      },
    )
  }
  return bundle
}

async function verifyFiles(bundle: Bundle): Promise<Finding[]> {
  const findings: Finding[] = []
  const seen = new Set<string>()
  for (const entry of bundle.manifest.files) {
    const problem = (message: string, rule: string) =>
      findings.push({ file: shownPath(bundle, MANIFEST), severity: 'error', rule, message: `${entry.path}: ${message}` })
    if (entry.path.startsWith('/') || entry.path.includes('\\') || entry.path.split('/').includes('..')) {
      problem('file paths must stay inside the bundle directory', 'manifest.path')
      continue
    }
    if (seen.has(entry.path)) problem('listed twice', 'manifest.path')
    seen.add(entry.path)
    const file = path.join(bundle.dir, ...entry.path.split('/'))
    if (!(await exists(file))) {
      problem('listed in the manifest but missing', 'manifest.missing')
      continue
    }
    const digest = await digestFile(file)
    if (digest.sha256 !== entry.sha256 || digest.bytes !== entry.bytes) {
      findings.push({
        file: shownPath(bundle, entry),
        severity: 'error',
        rule: 'manifest.checksum',
        message: `changed since export: sha256 ${digest.sha256.slice(0, 12)}… (${digest.bytes} bytes), manifest says ${entry.sha256.slice(0, 12)}… (${entry.bytes} bytes)`,
      })
    }
  }
  return findings
}

/**
 * Records the current size and SHA-256 of every file a bundle's manifest lists, after a
 * deliberate edit (`flowferry seal`). Everything else in the manifest stays as it was.
 */
export async function sealBundle(dir: string): Promise<{ changed: string[] }> {
  const manifestFile = path.join(dir, MANIFEST)
  const manifest = manifestSchema.parse(JSON.parse(await readFile(manifestFile, 'utf8')))
  const changed: string[] = []
  for (const entry of manifest.files) {
    const digest = await digestFile(path.join(dir, ...entry.path.split('/')))
    if (digest.sha256 !== entry.sha256 || digest.bytes !== entry.bytes) changed.push(entry.path)
    Object.assign(entry, digest)
  }
  if (changed.length > 0) await writeFileAtomic(manifestFile, canonicalJson(manifest))
  return { changed }
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
    const absolute = path.join(options.staging, ...file.path.split('/'))
    const rule = options.rules.find((r) => r.role === file.role)
    // A document too big to parse in memory keeps its bytes: streamed through, not canonicalised.
    const json = rule?.format === 'json' && (await stat(absolute)).size <= IN_MEMORY_DOCUMENT_LIMIT
    const unsearchable = options.redact && !json ? await whyUnsearchable(absolute) : undefined
    if (unsearchable) options.onUnsearched?.(file.path, unsearchable)
    if (json || (options.redact && !unsearchable)) {
      let text = await readFile(absolute, 'utf8')
      if (options.redact) {
        const result = redactSecrets(text, rule?.redact)
        text = result.text
        for (const found of result.redacted) placeholders.push({ ...found, file: file.path })
      }
      if (json) {
        let document: unknown
        try {
          document = JSON.parse(text)
        } catch (error) {
          throw BundleError.at(
            { file: file.path, ...locateJsonError(text) },
            'json.syntax',
            `the platform exported a file that is not valid JSON (${(error as Error).message})`,
          )
        }
        text = canonicalJson(document)
      }
      // Opaque files are rewritten only where a value was redacted: every other byte stays.
      await writeFileAtomic(absolute, text)
    }
    entries.push({ ...file, ...(await digestFile(absolute)) })
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
  for (const file of files) entries.push({ ...file, ...(await digestFile(path.join(dir, ...file.path.split('/')))) })
  return {
    dir,
    manifest: { schema: 1, platform, name, source: {}, files: entries },
    location,
    adopted: true,
  }
}

/** Copies a file into a bundle directory under `name`, for platforms whose export is one file. */
export async function copyInto(dir: string, file: string, name: string): Promise<void> {
  await mkdir(dir, { recursive: true })
  await copyFile(file, path.join(dir, name))
}

export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = []
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
  }
  return out.sort()
}
