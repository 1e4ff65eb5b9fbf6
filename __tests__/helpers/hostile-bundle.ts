import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { link, mkdir, rm, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { writeRawZip, type RawEntry } from './zip.js'

/**
 * Hand-made bundles that try to break flowferry the way a pull request could: files that are
 * links to the rest of the runner, folders that are links, hard links, FIFOs, folders where files
 * belong, names listed twice under another case or Unicode form, paths that climb out, documents
 * nested 200,000 deep, bytes that are not UTF-8 behind a byte order mark, manifests of 600,000
 * files. Each is sealed (checksums that match what is on disk), so only the defence under test
 * stands between it and an upload.
 */

export interface BundleFile {
  path: string
  role: string
  data: Buffer | string
}

/** A sound Kore.ai bundle's files: the base every hostile bundle starts from. */
export function koreaiFiles(name = 'Hostile'): BundleFile[] {
  return [
    { path: 'flow_definition.json', role: 'flowData', data: `${JSON.stringify({ nodes: [{ id: 'start', type: 'start' }] }, null, 2)}\n` },
    { path: 'app_definition.json', role: 'workflowData', data: `${JSON.stringify({ name }, null, 2)}\n` },
    { path: 'env_variables.json', role: 'envVariables', data: '[]\n' },
  ]
}

export function sha256(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex')
}

export interface ManifestEntry {
  path: string
  role: string
  bytes: number
  sha256: string
}

export function entryOf(file: { path: string; role: string; data: Buffer | string }): ManifestEntry {
  return { path: file.path, role: file.role, bytes: Buffer.byteLength(file.data), sha256: sha256(file.data) }
}

/** Writes `files` into `dir` with a manifest whose checksums match them (or `entries`, when given). */
export async function writeSealed(dir: string, files: BundleFile[], options: { platform?: string; name?: string; entries?: ManifestEntry[] } = {}): Promise<void> {
  await mkdir(dir, { recursive: true })
  for (const file of files) {
    await mkdir(path.dirname(path.join(dir, file.path)), { recursive: true })
    await writeFile(path.join(dir, file.path), file.data)
  }
  const manifest = { schema: 1, platform: options.platform ?? 'koreai', name: options.name ?? 'Hostile', source: {}, files: options.entries ?? files.map(entryOf) }
  await writeFile(path.join(dir, 'flowferry.json'), `${JSON.stringify(manifest, null, 2)}\n`)
}

/** What a scenario built: the `path` input to give, and the file its error must name. */
export interface Built {
  path: string
  names: RegExp
}

export interface Scenario {
  name: string
  /** The rule the refusal carries (its annotation title). */
  rule: RegExp
  build(workspace: string, outside: string): Promise<Built>
}

/** The secret a link would leak: it must never reach a platform, a log or an output. */
export const OUTSIDE_SECRET = 'runner-private-key-do-not-upload'

const outsideFile = async (outside: string, name: string, data: string) => {
  await mkdir(outside, { recursive: true })
  const file = path.join(outside, name)
  await writeFile(file, data)
  return file
}

/** A JSON document that holds the outside secret, so that a leak is visible wherever it lands. */
const leakDocument = `${JSON.stringify({ nodes: [{ id: 'start', prompt: OUTSIDE_SECRET }] })}\n`

/** Every hostile bundle; each must end in a clear refusal naming its file, and nothing sent. */
export const scenarios: Scenario[] = [
  {
    name: 'a bundle file that is a symbolic link to a file outside the workspace',
    rule: /path\.link/,
    async build(workspace, outside) {
      const dir = path.join(workspace, 'bundles/linked')
      const files = koreaiFiles()
      files[0] = { ...files[0]!, data: leakDocument }
      await writeSealed(dir, files)
      await rm(path.join(dir, 'flow_definition.json'))
      await symlink(await outsideFile(outside, 'flow.json', leakDocument), path.join(dir, 'flow_definition.json'))
      return { path: 'bundles/linked', names: /bundles\/linked\/flow_definition\.json/ }
    },
  },
  {
    name: 'a folder of the bundle that is a symbolic link to a folder outside',
    rule: /path\.outside/,
    async build(workspace, outside) {
      const dir = path.join(workspace, 'bundles/linked-folder')
      const files = koreaiFiles().map((file) => (file.role === 'flowData' ? { ...file, path: 'flows/flow_definition.json', data: leakDocument } : file))
      await writeSealed(dir, files)
      await rm(path.join(dir, 'flows'), { recursive: true })
      await outsideFile(path.join(outside, 'flows'), 'flow_definition.json', leakDocument)
      await symlink(path.join(outside, 'flows'), path.join(dir, 'flows'))
      return { path: 'bundles/linked-folder', names: /bundles\/linked-folder\/flows\/flow_definition\.json/ }
    },
  },
  {
    name: 'a bundle file hard-linked to a file outside the workspace',
    rule: /path\.hardlink/,
    async build(workspace, outside) {
      const dir = path.join(workspace, 'bundles/hard')
      const files = koreaiFiles()
      files[0] = { ...files[0]!, data: leakDocument }
      await writeSealed(dir, files)
      await rm(path.join(dir, 'flow_definition.json'))
      await link(await outsideFile(outside, 'hard.json', leakDocument), path.join(dir, 'flow_definition.json'))
      return { path: 'bundles/hard', names: /bundles\/hard\/flow_definition\.json/ }
    },
  },
  {
    name: 'a bundle file that is a FIFO (it would block the run)',
    rule: /path\.type/,
    async build(workspace) {
      const dir = path.join(workspace, 'bundles/fifo')
      await writeSealed(dir, koreaiFiles())
      await rm(path.join(dir, 'app_definition.json'))
      execFileSync('mkfifo', [path.join(dir, 'app_definition.json')])
      return { path: 'bundles/fifo', names: /bundles\/fifo\/app_definition\.json/ }
    },
  },
  {
    name: 'a manifest entry that is a directory',
    rule: /path\.directory/,
    async build(workspace) {
      const dir = path.join(workspace, 'bundles/folder-entry')
      await writeSealed(dir, koreaiFiles())
      await rm(path.join(dir, 'env_variables.json'))
      await mkdir(path.join(dir, 'env_variables.json'))
      return { path: 'bundles/folder-entry', names: /bundles\/folder-entry\/env_variables\.json/ }
    },
  },
  {
    name: 'one file listed twice, under another case and Unicode form',
    rule: /manifest\.path/,
    async build(workspace) {
      const dir = path.join(workspace, 'bundles/twice')
      const files = koreaiFiles()
      const first = entryOf(files[0]!)
      await writeSealed(dir, files, { entries: [...files.map(entryOf), { ...first, path: 'FLOW_definition.json', role: 'extra' }] })
      return { path: 'bundles/twice', names: /bundles\/twice\/flowferry\.json/ }
    },
  },
  {
    name: 'a second file given the role of the flow, listed first (it would be taken instead)',
    rule: /manifest\.role/,
    async build(workspace) {
      const dir = path.join(workspace, 'bundles/two-roles')
      const files = [{ path: 'other.json', role: 'flowData', data: leakDocument }, ...koreaiFiles()]
      await writeSealed(dir, files)
      return { path: 'bundles/two-roles', names: /flow_definition\.json: has the role "flowData" that "other\.json" has already/ }
    },
  },
  {
    name: 'a manifest path that climbs out of the bundle',
    rule: /manifest\.path/,
    async build(workspace, outside) {
      const dir = path.join(workspace, 'bundles/climb')
      const files = koreaiFiles()
      await writeSealed(dir, files, { entries: [{ ...entryOf({ ...files[0]!, data: leakDocument }), path: `../../../${path.basename(outside)}/flow.json` }, ...files.slice(1).map(entryOf)] })
      await outsideFile(outside, 'flow.json', leakDocument)
      return { path: 'bundles/climb', names: /bundles\/climb\/flowferry\.json/ }
    },
  },
  {
    name: 'a JSON file nested 200,000 levels deep',
    rule: /json\.depth/,
    async build(workspace) {
      const dir = path.join(workspace, 'bundles/deep')
      const files = koreaiFiles()
      files[1] = { ...files[1]!, data: `${'['.repeat(200_000)}${']'.repeat(200_000)}` }
      await writeSealed(dir, files)
      return { path: 'bundles/deep', names: /bundles\/deep\/app_definition\.json/ }
    },
  },
  {
    name: 'a byte order mark followed by bytes that are not UTF-8',
    rule: /json\.encoding/,
    async build(workspace) {
      const dir = path.join(workspace, 'bundles/latin1')
      const files = koreaiFiles()
      files[1] = { ...files[1]!, data: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"name": "Caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]) }
      await writeSealed(dir, files)
      return { path: 'bundles/latin1', names: /bundles\/latin1\/app_definition\.json/ }
    },
  },
  {
    name: 'a manifest listing 600,000 files',
    rule: /path\.size|manifest\.limit/,
    async build(workspace) {
      const dir = path.join(workspace, 'bundles/huge')
      const files = koreaiFiles()
      const entry = entryOf(files[0]!)
      await writeSealed(dir, files, { entries: Array.from({ length: 600_000 }, (_, i) => ({ ...entry, path: `f${i}.json` })) })
      return { path: 'bundles/huge', names: /bundles\/huge\/flowferry\.json/ }
    },
  },
  {
    name: 'a directory of platform files (no manifest) holding a link to a file outside',
    rule: /path\.link/,
    async build(workspace, outside) {
      const dir = path.join(workspace, 'exports/raw')
      await mkdir(dir, { recursive: true })
      await writeFile(path.join(dir, 'app_definition.json'), '{"name":"Raw"}')
      await symlink(await outsideFile(outside, 'flow.json', leakDocument), path.join(dir, 'flow_definition.json'))
      return { path: 'exports/raw', names: /exports\/raw\/flow_definition\.json/ }
    },
  },
  {
    name: 'a path input that is a symbolic link to a platform file outside',
    rule: /Input 'path': 'export\.json' resolves \(through a symbolic link\) to a place outside the workspace/,
    async build(workspace, outside) {
      await symlink(await outsideFile(outside, 'export.json', leakDocument), path.join(workspace, 'export.json'))
      return { path: 'export.json', names: /export\.json/ }
    },
  },
  {
    name: 'a path input that climbs out of the workspace',
    rule: /Input 'path': '\.\.\/.*' is outside the workspace/,
    async build(workspace, outside) {
      await writeSealed(path.join(outside, 'bundle'), koreaiFiles())
      return { path: path.relative(workspace, path.join(outside, 'bundle')), names: /outside the workspace/ }
    },
  },
]

/** A Kore.ai export package whose entries clash: the same name in another case, or another Unicode form. */
export async function clashingPackage(file: string, kind: 'case' | 'nfd' | 'nested'): Promise<void> {
  const flow = (prompt: string) => JSON.stringify({ nodes: [{ id: 'start', prompt }] })
  const entries: RawEntry[] = [
    { name: 'flow_definition.json', data: flow('the real one') },
    { name: 'app_definition.json', data: '{"name":"Clash"}' },
  ]
  if (kind === 'case') entries.push({ name: 'FLOW_DEFINITION.json', data: flow(OUTSIDE_SECRET) })
  if (kind === 'nfd') entries.push({ name: 'caf\u00e9.json', data: '{}' }, { name: 'cafe\u0301.json', data: '{}' })
  if (kind === 'nested') entries.unshift({ name: 'nested/flow_definition.json', data: flow(OUTSIDE_SECRET) }, { name: 'nested/app_definition.json', data: '{"name":"Nested"}' })
  await writeRawZip(file, entries)
}
