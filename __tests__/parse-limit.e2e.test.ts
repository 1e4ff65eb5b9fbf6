import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { createHash } from 'node:crypto'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { JSON_PARSE_LIMIT } from '../src/core/limits.js'
import { runBundle } from './helpers/action.js'
import { zuoraState } from './helpers/zuora.js'
import { useSandbox } from './helpers/sandbox.js'
import { useTempDirs } from './helpers/workspace.js'

const sandbox = useSandbox()
const tempDir = useTempDirs()

/** A Zuora export document of many small tasks, just over `bytes`, one of them holding a password. */
function largeWorkflow(bytes: number): string {
  const task = (i: number) =>
    `{"id":${i + 1},"name":"Task ${i}","action_type":"Data::Link","parameters":{"fields":[{"field":"Id","value":"{{Data.Invoice.Id}}"}]${i === 0 ? ',"password":"hunter2-not-redacted"' : ''}},"css":{"top":"${i}px","left":"0px"}}`
  const tasks: string[] = []
  let size = 0
  for (let i = 0; size <= bytes; i++) {
    const piece = task(i)
    tasks.push(piece)
    size += piece.length + 1
  }
  return `{"workflow":{"name":"Big"},"tasks":[${tasks.join(',')}],"linkages":[{"source_task_id":null,"target_task_id":1,"linkage_type":"Start"}]}`
}

describe('a JSON file over the parse limit is handled as an opaque one', () => {
  it('validates with a notice, imports unparsed, and exports kept as downloaded with a warning', async () => {
    const server = await sandbox.platform('zuora')
    const base = { platform: 'zuora', 'base-url': server.url, ...server.app.inputs, 'upload-artifact': 'false' }
    const workspace = await tempDir()
    const text = largeWorkflow(JSON_PARSE_LIMIT)
    const dir = path.join(workspace, 'big')
    await mkdir(dir)
    await writeFile(path.join(dir, 'workflow.json'), text)
    const files = [{ path: 'workflow.json', role: 'workflow', bytes: Buffer.byteLength(text), sha256: createHash('sha256').update(text).digest('hex') }]
    await writeFile(path.join(dir, 'flowferry.json'), JSON.stringify({ schema: 1, platform: 'zuora', name: 'Big', source: {}, files }))

    const validated = await runBundle({ workspace, inputs: { ...base, operation: 'validate', path: 'big' } })
    expect(validated.exitCode, validated.stdout).toBe(0)
    expect(validated.stdout).toContain(`too large to check offline: more than ${JSON_PARSE_LIMIT} bytes, the most flowferry parses; Zuora checks it on import`)

    const imported = await runBundle({ workspace, inputs: { ...base, operation: 'import', path: 'big', activate: 'true' } })
    expect(imported.exitCode, imported.stdout).toBe(0)
    const id = imported.outputs['workflow-id']!
    // Streamed from the file and gzipped on the way (not held whole), and it arrived whole.
    const state = await zuoraState(server)
    expect(state.gzippedRequests).toBe(1)
    const stored = state.workflows.find((w) => String(w.id) === id)!.versions[0]!.document
    const sentTasks = (JSON.parse(text) as typeof stored).tasks
    expect(stored.tasks.map((task) => task.name)).toEqual(sentTasks.map((task) => task.name))

    const exported = await runBundle({ workspace, inputs: { ...base, operation: 'export', 'workflow-id': id, path: 'exported' } })
    expect(exported.exitCode, exported.stdout).toBe(0)
    expect(exported.stdout).toContain(`redact-secrets could not search workflow.json (larger than ${JSON_PARSE_LIMIT} bytes, the most flowferry parses)`)
    const written = await readFile(path.join(workspace, 'exported', 'workflow.json'), 'utf8')
    // Not canonicalised (no indentation), not redacted: the bytes as Zuora gave them.
    expect(written.startsWith('{\n  ')).toBe(false)
    expect(written).toContain('hunter2-not-redacted')
  })
})
