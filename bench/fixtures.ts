import { createHash } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdir, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import yazl from 'yazl'

/**
 * What the large-file benchmarks move: workflow documents shaped like the real ones (many small
 * nodes: ids, names, positions, short prompts, flags, links), not a few long strings, so that a
 * parser, a walk or a redaction meets the structure it meets in use. The content varies from node
 * to node (no zip can shrink it to nothing) and is the same in every run.
 */
const MiB = 1024 * 1024
const TYPES = ['ai', 'api', 'script', 'condition', 'loop', 'human']
const WORDS = ['summarise', 'ticket', 'customer', 'invoice', 'route', 'escalate', 'priority', 'refund', 'agent', 'queue', 'retry', 'notify']

/** One node of a flow: about 330 bytes of the usual fields. */
function node(i: number): string {
  const word = (k: number) => WORDS[(i * 7 + k * 13) % WORDS.length]!
  return (
    `{"id":"node-${i}","type":"${TYPES[i % TYPES.length]}","name":"Step ${i} ${word(1)}",` +
    `"position":{"x":${(i * 37) % 2400},"y":${(i * 91) % 1800}},` +
    `"config":{"timeout":${30 + (i % 90)},"retries":${i % 4},"enabled":${i % 3 !== 0},` +
    `"prompt":"${word(2)} the ${word(3)} for ${word(4)} #${(i * 2654435761) % 1000003}",` +
    `"tags":["${word(5)}","${word(6)}"],"threshold":${((i % 97) / 97).toFixed(3)}},` +
    `"next":["node-${i + 1}"${i % 5 === 0 ? `,"node-${i + 7}"` : ''}]}`
  )
}

/**
 * A flow document of `size` bytes (within a node's length), written in pieces and hashed as it
 * is written. `head` is the document's first fields (a name, a secret to redact).
 */
export async function writeFlow(file: string, size: number, head = '"name":"Large"'): Promise<{ bytes: number; sha256: string }> {
  const out = createWriteStream(file)
  const hash = createHash('sha256')
  let bytes = 0
  const put = async (text: string) => {
    const chunk = Buffer.from(text)
    hash.update(chunk)
    bytes += chunk.length
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()))
  }
  await put(`{${head},"nodes":[\n`)
  const tail = '\n]}\n'
  let batch: string[] = []
  let batchBytes = 0
  for (let i = 0; bytes + batchBytes + tail.length < size; i++) {
    const piece = `${i === 0 ? '' : ',\n'}${node(i)}`
    batch.push(piece)
    batchBytes += piece.length
    if (batchBytes >= MiB) {
      await put(batch.join(''))
      batch = []
      batchBytes = 0
    }
  }
  await put(`${batch.join('')}${tail}`)
  out.end()
  await new Promise<void>((resolve, reject) => out.once('finish', resolve).once('error', reject))
  return { bytes, sha256: hash.digest('hex') }
}

export interface BenchBundle {
  /** What `path` names, relative to the workspace. */
  path: string
  /** The inputs an import of it needs beside the platform's own. */
  importInputs: Record<string, string>
  /** The file curl uploads for the same transfer (an absolute path). */
  upload?: string
}

/**
 * A Kore.ai bundle directory: flow_definition.json of `size` bytes (a JSON role: parsed, checked,
 * canonicalised and redacted up to the parse limit), the app definition and one secret variable.
 */
export async function koreaiBundle(workspace: string, name: string, size: number): Promise<BenchBundle> {
  const dir = path.join(workspace, name)
  await mkdir(dir, { recursive: true })
  const flow = await writeFlow(path.join(dir, 'flow_definition.json'), size)
  const app = await small(path.join(dir, 'app_definition.json'), `{"name":"${name}"}\n`)
  const env = await small(path.join(dir, 'env_variables.json'), '[{"key":"erpToken","value":"tok-3f9a","isSecured":true}]\n')
  await manifest(dir, 'koreai', name, [
    { path: 'flow_definition.json', role: 'flowData', ...flow },
    { path: 'app_definition.json', role: 'workflowData', ...app },
    { path: 'env_variables.json', role: 'envVariables', ...env },
  ])
  return { path: name, importInputs: { 'workflow-name': name }, upload: path.join(dir, 'flow_definition.json') }
}

/** A Kore.ai export package (a zip, stored: its flow does not shrink much) as the platform gives it. */
export async function koreaiPackage(workspace: string, name: string, size: number): Promise<BenchBundle> {
  const flow = path.join(workspace, `${name}.flow.json`)
  await writeFlow(flow, size)
  const zip = new yazl.ZipFile()
  zip.addFile(flow, 'flow_definition.json', { compress: false })
  zip.addBuffer(Buffer.from(`{"name":"${name}"}`), 'app_definition.json')
  zip.addBuffer(Buffer.from('[]'), 'env_variables.json')
  await writeZip(zip, path.join(workspace, `${name}.zip`))
  return { path: `${name}.zip`, importInputs: { 'workflow-name': name }, upload: flow }
}

/** A SecMaster bundle: workflow.json of `size` bytes, an opaque file whose bytes are kept (parsed up to the limit). */
export async function secmasterBundle(workspace: string, name: string, size: number): Promise<BenchBundle> {
  const dir = path.join(workspace, name)
  await mkdir(dir, { recursive: true })
  const file = path.join(dir, 'workflow.json')
  const digest = await writeFlow(file, size, `"name":"${name}","description":"bench","password":"p4ss-${name}"`)
  await manifest(dir, 'secmaster', name, [{ path: 'workflow.json', role: 'workflow', ...digest }])
  return { path: name, importInputs: { 'workflow-name': name }, upload: file }
}

/** A Leapwork package (a zip, kept byte for byte), holding a flow of `size` bytes, stored. */
export async function leapworkPackage(workspace: string, name: string, size: number): Promise<BenchBundle> {
  const flow = path.join(workspace, `${name}.flow.json`)
  await writeFlow(flow, size)
  const zip = new yazl.ZipFile()
  zip.addFile(flow, `${name}/flow.json`, { compress: false })
  const file = path.join(workspace, `${name}.zip`)
  await writeZip(zip, file)
  return { path: `${name}.zip`, importInputs: { 'target-folder': 'Bench', 'create-folders': 'true' }, upload: file }
}

async function small(file: string, text: string): Promise<{ bytes: number; sha256: string }> {
  await writeFile(file, text)
  return { bytes: Buffer.byteLength(text), sha256: createHash('sha256').update(text).digest('hex') }
}

async function manifest(dir: string, platform: string, name: string, files: { path: string; role: string; bytes: number; sha256: string }[]): Promise<void> {
  await writeFile(path.join(dir, 'flowferry.json'), `${JSON.stringify({ schema: 1, platform, name, source: {}, files }, null, 2)}\n`)
}

async function writeZip(zip: yazl.ZipFile, file: string): Promise<void> {
  zip.end()
  await pipeline(zip.outputStream, createWriteStream(file))
}

export async function sizeOf(file: string): Promise<number> {
  return (await stat(file)).size
}
