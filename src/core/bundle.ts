import { mkdir, readdir } from 'node:fs/promises'
import path from 'node:path'
import type { DiffRules } from './diff.js'
import type { Manifest, ManifestFile } from './manifest.js'
import type { RoleRedaction } from './redaction.js'
import { displayPath, type FileDigest } from './fs.js'
import { copyPlainFile, digestPlainFile, rememberWritten } from './plain-file.js'
import type { StoredEntry } from './zip-stored.js'

/** The manifest's file name inside a bundle directory. */
export const MANIFEST = 'flowferry.json'

// The manifest's schema (zod) lives in manifest.ts: a run that never reads a manifest (an export)
// does not load zod for it.
export type { Manifest, ManifestFile, ManifestSource, Placeholder } from './manifest.js'

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
  /**
   * Files of an adopted package that were left in it (core/zip.ts, `unpackZip`), by manifest path:
   * no file is at their path in `dir`; their bytes are read from the archive as they are sent, and
   * their CRC-32 checked as they pass (core/zip-stored.ts). Only files no step reads before the
   * upload are left: larger than any file flowferry parses or searches for placeholders. Their
   * manifest entries carry no SHA-256 (''): an adopted bundle's manifest is never written or compared.
   */
  packed?: Readonly<Record<string, StoredEntry>>
}

/** The file of a role when it was left in its package (Bundle.packed). */
export function packedOf(bundle: Bundle, role: string): StoredEntry | undefined {
  const entry = bundle.manifest.files.find((file) => file.role === role)
  return entry && bundle.packed?.[entry.path]
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

/** A file an export produced or an adoption copied. */
export interface ExportedFile {
  path: string
  role: string
  /** The checksum taken as the file was written (downloaded, unpacked, copied), if it was. */
  digest?: FileDigest
  /** Where its bytes are when it was left in its package instead (Bundle.packed). */
  packed?: StoredEntry
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
  const packed: Record<string, StoredEntry> = {}
  for (const file of files) {
    if (file.packed) {
      packed[file.path] = file.packed
      entries.push({ path: file.path, role: file.role, bytes: file.packed.bytes, sha256: '' })
      continue
    }
    const digest = await digestOf(dir, file)
    entries.push({ path: file.path, role: file.role, bytes: digest.bytes, sha256: digest.sha256 })
  }
  return {
    dir,
    manifest: { schema: 1, platform, name, source: {}, files: entries },
    location,
    adopted: true,
    ...(Object.keys(packed).length > 0 ? { packed } : {}),
  }
}

/**
 * The checksum of a file in `dir`: the one taken as it was written, checked against the file on
 * disk (`rememberWritten`), else read now (`digestPlainFile`). Either way the file is remembered
 * for the upload (core/plain-file.ts).
 */
export async function digestOf(dir: string, file: ExportedFile): Promise<FileDigest> {
  const absolute = path.join(dir, ...file.path.split('/'))
  const subject = { shown: file.path }
  return file.digest ? rememberWritten(absolute, file.digest, subject) : digestPlainFile(absolute, subject)
}

/**
 * Copies a user's file into a bundle directory under `name` (adopting a platform file, or one of
 * a directory of them): a plain file only (core/plain-file.ts), named to the user as `shown`.
 */
export async function copyInto(dir: string, file: string, name: string, shown = displayPath(file)): Promise<FileDigest> {
  await mkdir(dir, { recursive: true })
  return copyPlainFile(file, path.join(dir, name), { shown })
}

export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = []
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
  }
  return out.sort()
}
