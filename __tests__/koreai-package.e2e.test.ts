import { createHash } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { IN_MEMORY_DOCUMENT_LIMIT } from '../src/core/limits.js'
import { writeKoreaiPackage } from './helpers/koreai.js'
import { runBundle } from './helpers/action.js'
import { sent, useSandbox } from './helpers/sandbox.js'
import { useTempDirs } from './helpers/workspace.js'

const sandbox = useSandbox()
const tempDir = useTempDirs()

/** A flow past the size anything reads before the upload, so an import leaves it in its package. */
function largeFlow(): Buffer {
  const nodes: string[] = []
  for (let i = 0, bytes = 0; bytes <= IN_MEMORY_DOCUMENT_LIMIT; i++) {
    const node = `{"id":"node-${i}","prompt":"step ${i} of the flow"}`
    nodes.push(node)
    bytes += node.length + 2
  }
  return Buffer.from(`{"name":"Large","nodes":[\n${nodes.join(',\n')}\n]}\n`)
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

describe('Kore.ai import of a package with a large stored flow, through dist/index.js', () => {
  const flow = largeFlow()

  it('sends the flow from its byte range of the package, unpacked nowhere, and it arrives whole', async () => {
    // One chunk is refused with a 429 and sent again: its bytes are checked as sent the second time, not counted twice.
    const chunk = '/\\/files\\/session\\/(?!start$)[^/]+$/'
    const server = await sandbox.platform('koreai', { jobs: { durationMs: 100, outcome: 'success' }, faults: [{ kind: '429', method: 'POST', path: chunk, retryAfter: 1 }] })
    const base = { platform: 'koreai', 'base-url': server.url, 'api-key': server.app.inputs['api-key']!, 'poll-interval': '200ms' }
    const workspace = await tempDir()
    await writeKoreaiPackage(path.join(workspace, 'large.zip'), { flow: undefined, app: { name: 'Large' } }, { storeFlow: flow })
    const run = await runBundle({ workspace, inputs: { ...base, operation: 'import', path: 'large.zip', 'workflow-name': 'Large' } })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.stdout).toMatch(/flow_definition\.json::too large to check offline/)
    expect(run.stdout).toContain('uploaded flow_definition.json straight from the package as file')
    expect(sent(server, 'POST', '/complete')).toHaveLength(1)
    const chunks = server.requests.filter((r) => r.method === 'POST' && /\/files\/session\/(?!start$)[^/]+$/.test(r.path))
    expect(chunks).toHaveLength(Math.ceil(flow.length / (8 * 1024 * 1024)) + 1)
    // The platform joined the chunks into the flow's very bytes: it exports them back unchanged.
    const back = await runBundle({ workspace, inputs: { ...base, operation: 'export', 'workflow-id': run.outputs['workflow-id']!, path: 'back', 'upload-artifact': 'false' } })
    expect(back.exitCode, back.stdout).toBe(0)
    const manifest = JSON.parse(await readFile(path.join(workspace, 'back', 'flowferry.json'), 'utf8')) as { files: { path: string; sha256: string }[] }
    expect(manifest.files.find((file) => file.path === 'flow_definition.json')?.sha256).toBe(sha256(flow))
  })

  it('refuses a package whose stored flow does not match its CRC-32 before the upload is completed: nothing imported', async () => {
    const server = await sandbox.platform('koreai', { jobs: { durationMs: 100, outcome: 'success' } })
    const base = { platform: 'koreai', 'base-url': server.url, 'api-key': server.app.inputs['api-key']!, 'poll-interval': '200ms' }
    const workspace = await tempDir()
    const file = path.join(workspace, 'damaged.zip')
    await writeKoreaiPackage(file, { flow: undefined, app: { name: 'Damaged' } }, { storeFlow: flow })
    // One byte of the flow's data changed, its headers and recorded CRC-32 left as they were.
    const bytes = await readFile(file)
    const at = bytes.indexOf('"node-123456"')
    bytes[at + 6] = '9'.charCodeAt(0)
    await writeFile(file, bytes)
    const run = await runBundle({ workspace, inputs: { ...base, operation: 'import', path: 'damaged.zip', 'workflow-name': 'Damaged' } })
    expect(run.exitCode, run.stdout).toBe(1)
    expect(run.stdout).toMatch(/entry "flow_definition\.json" does not match its checksum \(CRC-32\): the archive is damaged/)
    expect(run.outputs.status).toBe('failed')
    expect(sent(server, 'POST', '/complete')).toHaveLength(0)
    expect(sent(server, 'POST', '/api/public/workflows/import')).toHaveLength(0)
  })
})
