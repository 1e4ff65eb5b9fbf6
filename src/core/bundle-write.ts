import { stat } from 'node:fs/promises'
import path from 'node:path'
import { digestOf, MANIFEST, type ExportedFile, type Manifest, type ManifestFile, type ManifestSource, type Placeholder, type RoleRule } from './bundle.js'
import { canonicalJson, canonicalPieces } from './canonical-json.js'
import { BundleError } from './errors.js'
import { displayPath, exists, isEmptyDir, replaceDir, writeFileAtomic, type FileDigest } from './fs.js'
import { writeHashed } from './hashed-write.js'
import { editedPieces } from './json-edit.js'
import { locateJsonError } from './json-location.js'
import { jsonTextOrProblem, textError } from './json-text.js'
import { JSON_PARSE_LIMIT } from './limits.js'
import { releaseGarbage } from './memory.js'
import { unsafeManifestPath } from './names.js'
import { readPlainFile } from './plain-file.js'
import { findSecrets, redactDocument, secretEdits, type Redacted, type RoleRedaction } from './redaction.js'
import { isZipFile } from './zip.js'
import { input, setting } from './phrasing.js'

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
 * a previous bundle or empty, never an unrelated directory. Each file is read at most once here:
 * a rewritten file is hashed as it is written, and a kept one comes with the checksum its
 * download or unpacking took (`ExportedFile.digest`), else is hashed once.
 */
export async function writeBundle(options: WriteBundleOptions): Promise<Manifest> {
  await assertReplaceable(options.target)
  // A client that parsed the download on its way (for a name, a version) is done with it.
  releaseGarbage()
  const entries: ManifestFile[] = []
  const placeholders: Placeholder[] = []
  for (const file of options.files) {
    // A name derived from a platform's reply (a Leapwork item title) must be one a bundle can hold.
    const unsafe = unsafeManifestPath(file.path)
    if (unsafe) throw BundleError.at({ file: file.path }, 'manifest.path', `the platform's export gives a file a name flowferry cannot write: ${unsafe}`)
    const absolute = path.join(options.staging, ...file.path.split('/'))
    const rule = options.rules.find((r) => r.role === file.role)
    const { size } = await stat(absolute)
    // A document too big to parse in memory keeps its bytes: streamed through, not canonicalised.
    const json = rule?.format === 'json' && size <= JSON_PARSE_LIMIT
    const unsearchable = options.redact && !json ? await whyUnsearchable(absolute, size) : undefined
    if (unsearchable) options.onUnsearched?.(file.path, unsearchable)
    let digest: FileDigest | undefined
    if (json || (options.redact && !unsearchable)) {
      const rewritten = await rewriteExported(absolute, file.path, json, options.redact ? { rules: rule?.redact } : undefined, options.onUnsearched)
      for (const found of rewritten.redacted) placeholders.push({ ...found, file: file.path })
      digest = rewritten.digest
      releaseGarbage()
    }
    digest ??= await digestOf(options.staging, file)
    entries.push({ path: file.path, role: file.role, bytes: digest.bytes, sha256: digest.sha256 })
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
 * The text is parsed once (JSON.parse); the secrets are found in the parsed value; a JSON role is
 * written from the value, an opaque file from its text with the secrets cut out, in one pass.
 * The digest is of what was written; none when the file was left as it was.
 */
async function rewriteExported(
  absolute: string,
  name: string,
  json: boolean,
  redaction: { rules?: RoleRedaction } | undefined,
  onUnsearched: WriteBundleOptions['onUnsearched'],
): Promise<{ redacted: Redacted[]; digest?: FileDigest }> {
  const read = await readText(absolute, name)
  if ('problem' in read) {
    if (json) throw textError(name, { ...read.problem, message: `the platform exported a file that ${read.problem.message}` })
    onUnsearched?.(name, read.problem.rule === 'json.encoding' ? 'not UTF-8 text' : 'nested too deeply to search')
    return { redacted: [] }
  }
  let document: unknown
  try {
    document = JSON.parse(read.text)
  } catch (error) {
    if (!json) return { redacted: [] }
    throw BundleError.at({ file: name, ...locateJsonError(read.text) }, 'json.syntax', `the platform exported a file that is not valid JSON (${(error as Error).message})`)
  }
  const found = redaction ? findSecrets(document, redaction.rules) : []
  const redacted = found.map(({ name: placeholder, pointer, reason }) => ({ name: placeholder, pointer, reason }))
  if (json) {
    redactDocument(document, found)
    return { redacted, digest: await writeHashed(absolute, canonicalPieces(document), 0o666) }
  }
  if (found.length === 0) return { redacted }
  // Every other byte stays, the byte order mark included.
  return { redacted, digest: await writeHashed(absolute, editedPieces(read.text, secretEdits(read.text, found), read.bom ? '\uFEFF' : ''), 0o666) }
}

/** A file's checked JSON text, and whether a byte order mark preceded it; its bytes are not kept. */
async function readText(file: string, name: string) {
  const bytes = await readPlainFile(file, { shown: name }, JSON_PARSE_LIMIT)
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  const checked = jsonTextOrProblem(bytes)
  return 'problem' in checked ? checked : { text: checked.text, bom }
}

/** Why redaction cannot search a file: a zip (the opaque format flowferry meets), or too large to parse. */
async function whyUnsearchable(file: string, size: number): Promise<string | undefined> {
  if (await isZipFile(file)) return 'a zip archive, kept byte for byte'
  return size > JSON_PARSE_LIMIT ? `larger than ${JSON_PARSE_LIMIT} bytes, the most flowferry parses` : undefined
}

async function assertReplaceable(target: string): Promise<void> {
  if (!(await exists(target))) return
  const info = await stat(target)
  if (!info.isDirectory()) {
    throw new BundleError(`path '${displayPath(target)}' is a file; export writes a directory`, [], {
      hint: `Point ${input('path')} at a new or empty directory, e.g. ${setting('path', 'flowferry-export')}.`,
    })
  }
  if (!(await isEmptyDir(target)) && !(await exists(path.join(target, MANIFEST)))) {
    throw new BundleError(`path '${displayPath(target)}' is a directory that holds other files, not a flowferry bundle`, [], {
      hint: `Export replaces the directory it writes; point ${input('path')} at a new directory or an earlier export.`,
    })
  }
}
