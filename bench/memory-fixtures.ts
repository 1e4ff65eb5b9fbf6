import { createHash, randomBytes } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import yazl from 'yazl'
import { SANDBOX_TOKEN } from '../src/sandbox/emulators/secmaster/seed.js'

/**
 * The bundles bench/memory.ts measures, one per platform: JSON shaped like real workflow exports
 * (many small nodes: short keys and values, nested objects and arrays, different from node to
 * node), and opaque files of random bytes. Each is written in pieces, hashed as it is written,
 * with the manifest a bundle needs.
 */
const MiB = 1024 * 1024

export type Kind = 'JSON' | 'opaque'

export interface Fixture {
  platform: string
  inputs?: Record<string, string>
  write(dir: string, size: number): Promise<{ path: string; importInputs: Record<string, string> }>
}

const TYPES = ['ai', 'api', 'script', 'condition', 'loop', 'human']
const WORDS = ['summarise', 'ticket', 'customer', 'invoice', 'route', 'escalate', 'priority', 'refund', 'agent', 'queue', 'retry', 'notify']
const word = (i: number, k: number) => WORDS[(i * 7 + k * 13) % WORDS.length]!

/** A node of a flow (Kore.ai, SecMaster): about 330 bytes of short keys and values, nested. */
function flowNode(i: number): string {
  return (
    `{"id":"node-${i}","type":"${TYPES[i % TYPES.length]}","name":"Step ${i} ${word(i, 1)}",` +
    `"position":{"x":${(i * 37) % 2400},"y":${(i * 91) % 1800}},` +
    `"config":{"timeout":${30 + (i % 90)},"retries":${i % 4},"enabled":${i % 3 !== 0},` +
    `"prompt":"${word(i, 2)} the ${word(i, 3)} for ${word(i, 4)} #${(i * 2654435761) % 1000003}",` +
    `"tags":["${word(i, 5)}","${word(i, 6)}"],"threshold":${((i % 97) / 97).toFixed(3)}},` +
    `"next":["node-${i + 1}"${i % 5 === 0 ? `,"node-${i + 7}"` : ''}]}`
  )
}

/** A Zuora task: id, name, action type, nested parameters with a callout header list. */
function zuoraTask(i: number): string {
  return (
    `{"id":${i + 1},"name":"Task ${i} ${word(i, 1)}","action_type":"${i % 3 === 0 ? 'Callout' : 'Data::Link'}",` +
    `"object":"Invoice","call_type":"SOAP","tags":["${word(i, 2)}"],` +
    `"parameters":{"fields":[{"field":"Id","value":"{{Data.Invoice.Id}}"},{"field":"Amount","value":"${(i * 13) % 9999}.00"}],` +
    `"headers":[{"name":"Content-Type","value":"application/json"}],"url":"https://erp.example/${word(i, 3)}/${i}"},` +
    `"css":{"top":"${(i * 37) % 2400}px","left":"${(i * 91) % 1800}px"},"task_id":${i === 0 ? 'null' : i},"status":"Active"}`
  )
}

/** JSON of about `size` bytes: `head`, then `items` (an array of generated nodes), then `tail`, written in pieces and hashed. */
async function writeJson(file: string, size: number, head: string, item: (i: number) => string, tail: (count: number) => string): Promise<{ bytes: number; sha256: string }> {
  const out = createWriteStream(file)
  const hash = createHash('sha256')
  let bytes = 0
  const put = async (text: string) => {
    const chunk = Buffer.from(text)
    hash.update(chunk)
    bytes += chunk.length
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', resolve))
  }
  await put(head)
  let batch: string[] = []
  let batchBytes = 0
  let count = 0
  // Up to `size` and not a byte over (a file at the parse limit is parsed); the tail grows with the count (Zuora's linkages).
  for (;;) {
    const piece = `${count === 0 ? '' : ',\n'}${item(count)}`
    if (bytes + batchBytes + Buffer.byteLength(piece) + tail(count + 1).length > size) break
    count++
    batch.push(piece)
    batchBytes += piece.length
    if (batchBytes >= MiB) {
      await put(batch.join(''))
      batch = []
      batchBytes = 0
    }
  }
  await put(batch.join('') + tail(count))
  out.end()
  await new Promise<void>((resolve, reject) => out.once('finish', resolve).once('error', reject))
  return { bytes, sha256: hash.digest('hex') }
}

/** Random (incompressible) bytes, written and hashed in 1 MiB pieces. */
async function writeOpaque(file: string, size: number): Promise<{ bytes: number; sha256: string }> {
  const out = createWriteStream(file)
  const hash = createHash('sha256')
  for (let done = 0; done < size; ) {
    const chunk = randomBytes(Math.min(MiB, size - done))
    hash.update(chunk)
    done += chunk.length
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', resolve))
  }
  out.end()
  await new Promise<void>((resolve, reject) => out.once('finish', resolve).once('error', reject))
  return { bytes: size, sha256: hash.digest('hex') }
}

async function manifest(dir: string, platform: string, name: string, files: { path: string; role: string; bytes: number; sha256: string }[]): Promise<void> {
  await writeFile(path.join(dir, 'flowferry.json'), `${JSON.stringify({ schema: 1, platform, name, source: {}, files }, null, 2)}\n`)
}

async function small(file: string, text: string): Promise<{ bytes: number; sha256: string }> {
  await writeFile(file, text)
  return { bytes: Buffer.byteLength(text), sha256: createHash('sha256').update(text).digest('hex') }
}

const koreai: Fixture = {
  platform: 'koreai',
  async write(workspace, size) {
    const dir = path.join(workspace, 'bundle')
    await mkdir(dir, { recursive: true })
    const flow = await writeJson(path.join(dir, 'flow_definition.json'), size, '{"name":"Large","apiKey":"sk-live-3f9a","nodes":[\n', flowNode, () => '\n]}\n')
    const app = await small(path.join(dir, 'app_definition.json'), '{"name":"Large"}\n')
    const env = await small(path.join(dir, 'env_variables.json'), '[{"key":"erpToken","value":"tok-3f9a","isSecured":true}]\n')
    await manifest(dir, 'koreai', 'Large', [
      { path: 'flow_definition.json', role: 'flowData', ...flow },
      { path: 'app_definition.json', role: 'workflowData', ...app },
      { path: 'env_variables.json', role: 'envVariables', ...env },
    ])
    return { path: 'bundle', importInputs: { 'workflow-name': 'Large' } }
  },
}

const zuora: Fixture = {
  platform: 'zuora',
  async write(workspace, size) {
    const dir = path.join(workspace, 'bundle')
    await mkdir(dir, { recursive: true })
    const linkages = (count: number) =>
      `\n],"linkages":[{"source_task_id":null,"target_task_id":1,"linkage_type":"Start"}${count > 1 ? `,{"source_task_id":1,"target_task_id":2,"linkage_type":"Success"}` : ''}]}\n`
    const head = '{"workflow":{"name":"Large","description":"memory bench","type":"Workflow::Setup","priority":"Medium"},"tasks":[\n'
    const file = await writeJson(path.join(dir, 'workflow.json'), size, head, zuoraTask, linkages)
    await manifest(dir, 'zuora', 'Large', [{ path: 'workflow.json', role: 'workflow', ...file }])
    return { path: 'bundle', importInputs: { activate: 'true' } }
  },
}

const secmaster: Fixture = {
  platform: 'secmaster',
  // Bodies over 12 MB cannot be AK/SK-signed through API Gateway: a large import signs in with a token.
  inputs: { token: SANDBOX_TOKEN, 'access-key-id': '', 'secret-access-key': '' },
  async write(workspace, size) {
    const dir = path.join(workspace, 'bundle')
    await mkdir(dir, { recursive: true })
    // Named as the sandbox names a document too large for it to parse: after its file.
    const file = await writeJson(path.join(dir, 'workflow.json'), size, '{"name":"workflow","description":"bench","password":"p4ss-large","nodes":[\n', flowNode, () => '\n]}\n')
    await manifest(dir, 'secmaster', 'workflow', [{ path: 'workflow.json', role: 'workflow', ...file }])
    return { path: 'bundle', importInputs: { 'workflow-name': 'workflow' } }
  },
}

/** Leapwork's package is a zip, kept byte for byte: `size` bytes of a stored flow (JSON) or of random data (opaque). */
function leapwork(kind: Kind): Fixture {
  return {
    platform: 'leapwork',
    async write(workspace, size) {
      const inner = path.join(workspace, 'inner')
      if (kind === 'JSON') await writeJson(inner, size, '{"name":"Large","nodes":[\n', flowNode, () => '\n]}\n')
      else await writeOpaque(inner, size)
      const zip = new yazl.ZipFile()
      zip.addFile(inner, kind === 'JSON' ? 'Large/flow.json' : 'Large/assets.bin', { compress: false })
      // The sandbox's Controller titles an imported package from this file (else from the zip's name).
      zip.addBuffer(Buffer.from('{"Title":"Large","Type":"Flow"}'), 'sandbox-manifest.json')
      zip.end()
      const dir = path.join(workspace, 'bundle')
      await mkdir(dir, { recursive: true })
      await pipeline(zip.outputStream, createWriteStream(path.join(dir, 'package.zip')))
      await rm(inner)
      const hash = createHash('sha256')
      let bytes = 0
            for await (const chunk of createReadStream(path.join(dir, 'package.zip')) as AsyncIterable<Buffer>) {
        hash.update(chunk)
        bytes += chunk.length
      }
      await manifest(dir, 'leapwork', 'Large', [{ path: 'package.zip', role: 'package', bytes, sha256: hash.digest('hex') }])
      return { path: 'bundle', importInputs: { 'target-folder': 'Bench', 'create-folders': 'true' } }
    },
  }
}

export const jsonFixtures: Fixture[] = [koreai, zuora, secmaster, leapwork('JSON')]
// SecMaster's workflow.json is an opaque role (its bytes are kept): past the parse limit it is streamed, never parsed.
export const opaqueFixtures: Fixture[] = [leapwork('opaque'), secmaster]

/** The fixtures of one kind by platform, for a script that runs one case. */
export function fixtures(kind: Kind): Record<string, Fixture> {
  return Object.fromEntries((kind === 'JSON' ? jsonFixtures : opaqueFixtures).map((f) => [f.platform, f]))
}

