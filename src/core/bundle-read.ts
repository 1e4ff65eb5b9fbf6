import { lstat } from 'node:fs/promises'
import path from 'node:path'
import { MANIFEST, shownPath, type Bundle } from './bundle.js'
import { manifestSchema, type Manifest } from './manifest.js'
import { loadSchemas } from './schema.js'
import { canonicalJson } from './canonical-json.js'
import { BundleError, type Finding } from './errors.js'
import { displayPath, writeFileAtomic } from './fs.js'
import { jsonText } from './json-text.js'
import { MAX_MANIFEST_BYTES, MAX_MANIFEST_FILES } from './limits.js'
import { sameNames, unsafeManifestPath } from './names.js'
import { confineInBundle, realDirectory } from './paths.js'
import { checkPlainFile, digestPlainFile, readPlainFile } from './plain-file.js'
import { input, setting } from './phrasing.js'

/**
 * Reads `<dir>/flowferry.json` and checks the manifest against the files: each listed file is a
 * plain file (core/plain-file.ts) inside the bundle, reached under its own name (core/paths.ts),
 * listed once, and has the recorded size and SHA-256. Every mismatch is reported, not just the first.
 */
export async function readBundle(dir: string, expectedPlatform: string): Promise<Bundle> {
  const { manifest, shown } = await readManifest(dir)
  if (manifest.platform !== expectedPlatform) {
    throw BundleError.at(
      { file: shown },
      'manifest.platform',
      `the bundle is for platform '${manifest.platform}', but the step's platform is '${expectedPlatform}'`,
      `Set ${setting('platform', manifest.platform)}, or point ${input('path')} at a ${expectedPlatform} bundle.`,
    )
  }
  const bundle: Bundle = { dir, manifest, location: displayPath(dir), adopted: false }
  const { findings, hints } = await verifyFiles(bundle)
  if (findings.length > 0) {
    // A checksum can be sealed; a link, a FIFO or a path out of the bundle cannot: each says its own fix.
    if (findings.some((f) => f.rule === 'manifest.checksum' || f.rule === 'manifest.missing')) {
      hints.add(`If the change was deliberate, record the new checksums with \`npx flowferry seal ${bundle.location}\` and commit flowferry.json; otherwise re-export the bundle or restore the files.`)
    }
    if (findings.some((f) => f.rule === 'manifest.path')) hints.add('List each file once, by its path inside the bundle (folder/file.json).')
    const sealable = findings.every((f) => f.rule === 'manifest.checksum' || f.rule === 'manifest.missing')
    throw new BundleError(
      `${bundle.location}: ${sealable ? 'the files do not match the manifest' : 'refused the files the manifest lists'}: ${findings.map((f) => `${f.file}: ${f.message}`).join('; ')}`,
      findings,
      { hint: [...hints].join(' ') },
    )
  }
  return bundle
}

const TOO_MANY = `A bundle is one workflow, and its manifest lists at most ${MAX_MANIFEST_FILES} files: export each workflow into a bundle of its own.`

/** The manifest, read as a plain file within the limits (core/limits.ts) and checked against schema 1. */
export async function readManifest(dir: string): Promise<{ manifest: Manifest; shown: string }> {
  const manifestFile = path.join(dir, MANIFEST)
  const shown = displayPath(manifestFile)
  const bytes = await readPlainFile(manifestFile, { shown }, MAX_MANIFEST_BYTES, { message: 'is too large for a manifest', hint: TOO_MANY })
  const text = jsonText(bytes, shown)
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    // Its walk (jsonc-parser) is loaded to place an error only: a valid manifest needs none.
    const where = (await import('./json-location.js')).locateJsonError(text)
    throw BundleError.at({ file: shown, ...where }, 'manifest.json', `the manifest is not valid JSON (${(error as Error).message})`)
  }
  const files = (data as { files?: unknown } | null)?.files
  if (Array.isArray(files) && files.length > MAX_MANIFEST_FILES) {
    throw BundleError.at(
      { file: shown },
      'manifest.limit',
      `the manifest lists ${files.length} files; a bundle holds at most ${MAX_MANIFEST_FILES}`,
      TOO_MANY,
    )
  }
  // zod, for this schema and for the platform's rules that read the bundle after it (core/schema.ts).
  await loadSchemas()
  const parsed = manifestSchema.safeParse(data)
  if (!parsed.success) {
    const findings: Finding[] = parsed.error.issues.slice(0, 20).map((issue) => ({
      file: shown,
      severity: 'error',
      rule: 'manifest.schema',
      message: `${issue.path.join('.') || '(top)'}: ${issue.message}`,
    }))
    const more = parsed.error.issues.length > findings.length ? ` (and ${parsed.error.issues.length - findings.length} more)` : ''
    throw new BundleError(`${shown}: the manifest does not follow schema 1: ${findings.map((f) => f.message).join('; ')}${more}`, findings)
  }
  return { manifest: parsed.data, shown }
}

async function verifyFiles(bundle: Bundle): Promise<{ findings: Finding[]; hints: Set<string> }> {
  const findings: Finding[] = []
  const hints = new Set<string>()
  const manifestShown = shownPath(bundle, MANIFEST)
  const problem = (entry: string, message: string, rule: string) => findings.push({ file: manifestShown, severity: 'error', rule, message: `${entry}: ${message}` })
  const twice = new Set<string>()
  for (const [first, second] of sameNames(bundle.manifest.files.map((entry) => entry.path))) {
    problem(second, first === second ? 'listed twice' : `listed twice: "${first}" and "${second}" name the same file (case and Unicode form do not tell names apart)`, 'manifest.path')
    twice.add(second)
  }
  // Each role names one file: a platform takes the file of a role (fileOf), so a second file with
  // the same role would be either ignored or taken instead, depending on the order of the list.
  const roles = new Map<string, string>()
  for (const entry of bundle.manifest.files) {
    const first = roles.get(entry.role)
    if (first === undefined) roles.set(entry.role, entry.path)
    else problem(entry.path, `has the role "${entry.role}" that "${first}" has already; each role names one file`, 'manifest.role')
  }
  const realDir = await realDirectory(bundle.dir)
  for (const entry of bundle.manifest.files) {
    if (twice.has(entry.path)) continue
    const unsafe = unsafeManifestPath(entry.path)
    if (unsafe) {
      problem(entry.path, `file paths must stay inside the bundle directory: ${unsafe}`, 'manifest.path')
      continue
    }
    const subject = { shown: shownPath(bundle, entry) }
    try {
      const lexical = path.join(realDir, ...entry.path.split('/'))
      if (!(await lstat(lexical).catch(() => undefined))) {
        problem(entry.path, 'listed in the manifest but missing', 'manifest.missing')
        continue
      }
      const file = await plainBundleFile(realDir, entry.path, subject)
      const digest = await digestPlainFile(file, subject, [path.join(bundle.dir, ...entry.path.split('/'))])
      if (digest.sha256 !== entry.sha256 || digest.bytes !== entry.bytes) {
        findings.push({
          file: subject.shown,
          severity: 'error',
          rule: 'manifest.checksum',
          message: `changed since export: sha256 ${digest.sha256.slice(0, 12)}… (${digest.bytes} bytes), manifest says ${entry.sha256.slice(0, 12)}… (${entry.bytes} bytes)`,
        })
      }
    } catch (error) {
      if (!(error instanceof BundleError)) throw error
      findings.push(...error.findings)
      if (error.hint) hints.add(error.hint)
    }
  }
  return { findings, hints }
}

/** A bundle file's path, once it is known to be a plain file (no link, no FIFO) reached under its own name. */
async function plainBundleFile(realDir: string, relative: string, subject: { shown: string }): Promise<string> {
  await checkPlainFile(path.join(realDir, ...relative.split('/')), subject)
  return confineInBundle(realDir, relative, subject)
}

/**
 * Records the current size and SHA-256 of every file a bundle's manifest lists, after a
 * deliberate edit (`flowferry seal`). Everything else in the manifest stays as it was. The files
 * are held to the same rules as on reading: seal never records the checksum of a link's target.
 */
export async function sealBundle(dir: string): Promise<{ changed: string[] }> {
  const { manifest, shown } = await readManifest(dir)
  const realDir = await realDirectory(dir)
  const changed: string[] = []
  for (const entry of manifest.files) {
    const unsafe = unsafeManifestPath(entry.path)
    if (unsafe) throw BundleError.at({ file: shown }, 'manifest.path', `${entry.path}: file paths must stay inside the bundle directory: ${unsafe}`)
    const subject = { shown: displayPath(path.join(dir, ...entry.path.split('/'))) }
    const digest = await digestPlainFile(await plainBundleFile(realDir, entry.path, subject), subject)
    if (digest.sha256 !== entry.sha256 || digest.bytes !== entry.bytes) changed.push(entry.path)
    Object.assign(entry, digest)
  }
  if (changed.length > 0) await writeFileAtomic(path.join(dir, MANIFEST), canonicalJson(manifest))
  return { changed }
}
