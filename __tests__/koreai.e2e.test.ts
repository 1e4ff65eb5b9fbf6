import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { SEEDED_FLOW_ID, SEEDED_SECRET_VALUE, SEEDED_WORKFLOW_ID } from '../src/sandbox/emulators/koreai/seed.js'
import { writeKoreaiPackage } from './helpers/koreai.js'
import { everythingWritten, runBundle } from './helpers/action.js'
import { sent, useSandbox } from './helpers/sandbox.js'
import { useTempDirs } from './helpers/workspace.js'

const sandbox = useSandbox()
const tempDir = useTempDirs()

async function koreai(options: Parameters<ReturnType<typeof useSandbox>['platform']>[1] = {}) {
  const server = await sandbox.platform('koreai', { jobs: { durationMs: 300, outcome: 'success' }, ...options })
  const base = { platform: 'koreai', 'base-url': server.url, 'api-key': server.app.inputs['api-key']!, 'poll-interval': '200ms' }
  return { server, base }
}

/** The value for the placeholder an export leaves where the seeded workflow's secure variable was. */
const SECRET_VAR = { FLOWFERRY_VAR_ERP_API_TOKEN: SEEDED_SECRET_VALUE }

async function exportSeeded(base: Record<string, string>, workspace: string, extra: Record<string, string> = {}) {
  return runBundle({
    workspace,
    inputs: { ...base, operation: 'export', 'workflow-id': SEEDED_WORKFLOW_ID, 'flow-id': SEEDED_FLOW_ID, 'upload-artifact': 'false', path: 'exported', ...extra },
  })
}

describe('Kore.ai through dist/index.js', () => {
  it('exports into a bundle and artifact, then imports that bundle as a new workflow', async () => {
    const { server, base } = await koreai()
    const artifacts = await sandbox.artifacts()
    const workspace = await tempDir()
    const env = { ...artifacts.env, GITHUB_REPOSITORY: 'acme/flows', GITHUB_RUN_ID: '77', GITHUB_SHA: 'abc123' }

    const exported = await exportSeeded(base, workspace, { 'upload-artifact': 'true' })
    expect(exported.exitCode, exported.stdout).toBe(0)
    expect(exported.outputs).toMatchObject({ status: 'succeeded', 'platform-status': 'SUCCESS', 'workflow-id': SEEDED_WORKFLOW_ID, path: 'exported' })
    expect(exported.outputs['job-id']).toMatch(/^ds-/)
    expect(exported.outputs['download-url']).toContain('/api/v1/account/exports/')
    expect(JSON.parse(exported.outputs.files!)).toEqual([
      'exported/flowferry.json',
      'exported/flow_definition.json',
      'exported/app_definition.json',
      'exported/env_variables.json',
    ])
    const manifest = JSON.parse(await readFile(path.join(workspace, 'exported/flowferry.json'), 'utf8'))
    expect(manifest).toMatchObject({ schema: 1, platform: 'koreai', name: 'Invoice triage', source: { workflowId: SEEDED_WORKFLOW_ID, origin: server.url } })
    expect(manifest.files.map((f: { role: string }) => f.role)).toEqual(['flowData', 'workflowData', 'envVariables'])
    expect(exported.summary).toContain('flowferry export · koreai · succeeded')
    expect(artifacts.artifacts).toHaveLength(0)

    const withArtifact = await runBundle({
      workspace,
      env,
      inputs: { ...base, operation: 'export', 'workflow-id': SEEDED_WORKFLOW_ID, path: 'archived', 'artifact-name': 'invoice-triage', 'retention-days': '7' },
    })
    expect(withArtifact.exitCode, withArtifact.stdout).toBe(0)
    expect(artifacts.artifacts.map((a) => a.name)).toEqual(['invoice-triage'])
    expect(withArtifact.outputs['artifact-id']).toBe(String(artifacts.artifacts[0]!.id))
    expect(withArtifact.outputs['artifact-url']).toBe(`https://github.com/acme/flows/actions/runs/77/artifacts/${artifacts.artifacts[0]!.id}`)
    const provenance = JSON.parse(await readFile(path.join(workspace, 'archived/flowferry.json'), 'utf8')).source
    expect(provenance).toMatchObject({ run: 'https://github.com/acme/flows/actions/runs/77', commit: 'abc123' })

    const imported = await runBundle({ workspace, env: SECRET_VAR, inputs: { ...base, operation: 'import', path: 'exported', 'workflow-name': 'Invoice triage (prod)' } })
    expect(imported.exitCode, imported.stdout).toBe(0)
    expect(imported.outputs.status).toBe('succeeded')
    expect(imported.outputs['workflow-id']).toMatch(/^a-/)
    expect(imported.outputs['workflow-id']).not.toBe(SEEDED_WORKFLOW_ID)
    expect(sent(server, 'POST', '/api/public/files')).toHaveLength(3)
    const state = (await (await fetch(`${server.url}/__sandbox/state`)).json()) as { workflows: { id: string; name: string; documents: unknown }[] }
    const created = state.workflows.find((w) => w.id === imported.outputs['workflow-id'])!
    expect(created.name).toBe('Invoice triage (prod)')
    expect(created.documents).toEqual(state.workflows.find((w) => w.id === SEEDED_WORKFLOW_ID)!.documents)
    expect(JSON.parse(imported.outputs.result!)).toMatchObject({ operation: 'import', status: 'succeeded', workflowName: 'Invoice triage (prod)' })
  })

  it('imports into an existing workflow, whose reply is already SUCCESS', async () => {
    const { server, base } = await koreai()
    const workspace = await tempDir()
    expect((await exportSeeded(base, workspace)).exitCode).toBe(0)
    server.requests.length = 0
    const run = await runBundle({ workspace, env: SECRET_VAR, inputs: { ...base, operation: 'import', path: 'exported', 'workflow-id': SEEDED_WORKFLOW_ID } })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs).toMatchObject({ status: 'succeeded', 'workflow-id': SEEDED_WORKFLOW_ID, 'platform-status': 'SUCCESS' })
    expect(sent(server, 'GET', '/dock-status/')).toHaveLength(0)
    expect(sent(server, 'POST', `/api/public/workflows/${SEEDED_WORKFLOW_ID}/import`)).toHaveLength(1)
  })

  it('accepts a bare Kore.ai export package as path', async () => {
    const { base } = await koreai()
    const workspace = await tempDir()
    await writeKoreaiPackage(path.join(workspace, 'Invoice triage.zip'), { flow: { nodes: [] }, app: { name: 'Invoice triage' }, env: [] })
    const run = await runBundle({ workspace, inputs: { ...base, operation: 'import', path: 'Invoice triage.zip', 'workflow-name': 'From zip' } })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.stdout).toContain('has no flowferry.json; read it as a Kore.ai AI for Process export')
  })

  it('names the inputs that get past a name already taken', async () => {
    const { base } = await koreai()
    const workspace = await tempDir()
    await writeKoreaiPackage(path.join(workspace, 'Invoice triage.zip'), { flow: { nodes: [] }, app: { name: 'Invoice triage' }, env: [] })
    const run = await runBundle({ workspace, inputs: { ...base, operation: 'import', path: 'Invoice triage.zip' } })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain('already exists')
    expect(run.stdout).toContain('Set `workflow-name` to a name not used in this account, or `workflow-id`')
  })

  it('fails the step when the platform job fails', async () => {
    const { base } = await koreai({ jobs: { durationMs: 300, outcome: 'failed' } })
    const workspace = await tempDir()
    await writeKoreaiPackage(path.join(workspace, 'p.zip'), { flow: {}, app: {} })
    const run = await runBundle({ workspace, inputs: { ...base, operation: 'import', path: 'p.zip', 'workflow-name': 'Doomed' } })
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({ status: 'failed', 'platform-status': 'FAILED' })
    expect(run.outputs['job-id']).toMatch(/^ds-/)
    expect(run.stdout).toMatch(/::error::the import of .* failed: Kore\.ai AI for Process reported FAILED/)
  })

  it('stops with timed-out at the timeout, naming the job and how to resume', async () => {
    const { base } = await koreai({ jobs: { durationMs: 300, outcome: 'endless' } })
    const workspace = await tempDir()
    await writeKoreaiPackage(path.join(workspace, 'p.zip'), { flow: {}, app: {} })
    const run = await runBundle({ workspace, inputs: { ...base, operation: 'import', path: 'p.zip', 'workflow-name': 'Slow', timeout: '4s' } })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.status).toBe('timed-out')
    const jobId = run.outputs['job-id']!
    expect(jobId).toMatch(/^ds-/)
    expect(run.stdout).toContain(`job-id: ${jobId}`)
    expect(run.stdout).toContain('operation: wait')
    expect(run.summary).toContain(`job-id: ${jobId}`)
    expect(run.durationMs).toBeLessThan(15_000)
  })

  it('returns in-progress with wait: false, and a later wait step picks the job up', async () => {
    const { base } = await koreai({ jobs: { durationMs: 1_000, outcome: 'success' } })
    const workspace = await tempDir()
    await writeKoreaiPackage(path.join(workspace, 'p.zip'), { flow: {}, app: {} })
    const started = await runBundle({ workspace, inputs: { ...base, operation: 'import', path: 'p.zip', 'workflow-name': 'Later', wait: 'false' } })
    expect(started.exitCode, started.stdout).toBe(0)
    expect(started.outputs.status).toBe('in-progress')
    const resumed = await runBundle({ workspace, inputs: { ...base, operation: 'wait', 'job-id': started.outputs['job-id']! } })
    expect(resumed.exitCode, resumed.stdout).toBe(0)
    expect(resumed.outputs).toMatchObject({ status: 'succeeded', 'workflow-id': started.outputs['workflow-id'] })
  })

  it('finishes an export started with wait: false in a later wait step', async () => {
    const { base } = await koreai({ jobs: { durationMs: 800, outcome: 'success' } })
    const workspace = await tempDir()
    const started = await exportSeeded(base, workspace, { wait: 'false' })
    expect(started.outputs.status).toBe('in-progress')
    const resumed = await runBundle({ workspace, inputs: { ...base, operation: 'wait', 'job-id': started.outputs['job-id']!, path: 'later', 'upload-artifact': 'false' } })
    expect(resumed.exitCode, resumed.stdout).toBe(0)
    expect(resumed.outputs.path).toBe('later')
    expect((await readdir(path.join(workspace, 'later'))).sort()).toEqual(['app_definition.json', 'env_variables.json', 'flow_definition.json', 'flowferry.json'])
  })

  it('retries an import refused with 429 after Retry-After', async () => {
    const { server, base } = await koreai({ faults: [{ kind: '429', method: 'POST', path: '/api/public/workflows/import', retryAfter: 1 }] })
    const workspace = await tempDir()
    await writeKoreaiPackage(path.join(workspace, 'p.zip'), { flow: {}, app: {} })
    const run = await runBundle({ workspace, inputs: { ...base, operation: 'import', path: 'p.zip', 'workflow-name': 'Throttled' } })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(server.requests.filter((r) => r.path === '/api/public/workflows/import').map((r) => r.fault ?? r.status)).toEqual(['429', 200])
  })

  it('does not import twice when the reply to the import is lost', async () => {
    const { server, base } = await koreai({ faults: [{ kind: 'reset-after-body', method: 'POST', path: '/api/public/workflows/import' }] })
    const workspace = await tempDir()
    await writeKoreaiPackage(path.join(workspace, 'p.zip'), { flow: {}, app: {} })
    const run = await runBundle({ workspace, inputs: { ...base, operation: 'import', path: 'p.zip', 'workflow-name': 'Lost' } })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.status).toBe('failed')
    expect(sent(server, 'POST', '/api/public/workflows/import')).toHaveLength(1)
    expect(run.stdout).toMatch(/did not send it again/)
    expect(run.stdout).toMatch(/Check the target environment/)
  })

  it('uploads files of 25 MB or more through an upload session, chunks several at a time, merged whole', async () => {
    // Every chunk's reply is held back 1.5 s: chunks sent one at a time would arrive 1.5 s apart.
    const { server, base } = await koreai({ faults: [{ kind: 'slow', method: 'POST', path: '/\\/files\\/session\\/[^/]+$/', times: -1, delayMs: 1_500 }] })
    const workspace = await tempDir()
    const big = { nodes: Array.from({ length: 260_000 }, (_, i) => ({ id: `node-${i}`, prompt: `${i}`.repeat(16) })) }
    await writeKoreaiPackage(path.join(workspace, 'big.zip'), { flow: big, app: { name: 'Big' } })
    const run = await runBundle({ workspace, inputs: { ...base, operation: 'import', path: 'big.zip', 'workflow-name': 'Big' } })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(sent(server, 'POST', '/session/start')).toHaveLength(1)
    const chunks = server.requests.filter((r) => r.method === 'POST' && /\/files\/session\/[^/]+$/.test(r.path) && !r.path.endsWith('/start'))
    expect(chunks).toHaveLength(5)
    // Four went out before the first was answered, and complete only after the last was.
    const arrivals = chunks.map((c) => c.at).sort((a, b) => a - b)
    expect(arrivals[3]! - arrivals[0]!).toBeLessThan(1_500)
    const complete = server.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/complete'))
    expect(complete).toHaveLength(1)
    expect(complete[0]!.at).toBeGreaterThanOrEqual(Math.min(...chunks.map((c) => c.at)) + 1_500)
    // The platform merged the chunks by number into the file sent: the workflow exports as it was.
    const exported = await runBundle({ workspace, inputs: { ...base, operation: 'export', 'workflow-id': run.outputs['workflow-id']!, path: 'back', 'upload-artifact': 'false' } })
    expect(exported.exitCode, exported.stdout).toBe(0)
    expect(JSON.parse(await readFile(path.join(workspace, 'back', 'flow_definition.json'), 'utf8'))).toEqual(big)
  })

  it('keeps the API key away from a download link on another origin', async () => {
    const { server, base } = await koreai({ config: { downloadOrigin: 'foreign' } })
    const workspace = await tempDir()
    const run = await exportSeeded(base, workspace)
    expect(run.exitCode, run.stdout).toBe(0)
    expect(server.foreignRequests).toHaveLength(1)
    expect(server.foreignRequests[0]!.headers['x-api-key']).toBeUndefined()
  })

  it('keeps the API key out of the log, the outputs, the summary and the bundle, with debug logging on', async () => {
    const { base } = await koreai()
    const workspace = await tempDir()
    const key = base['api-key']!
    const run = await exportSeeded(base, workspace, {})
    const debugRun = await runBundle({ workspace, debug: true, env: SECRET_VAR, inputs: { ...base, operation: 'import', path: 'exported', 'workflow-name': 'Copy' } })
    for (const r of [run, debugRun]) {
      expect(r.exitCode, r.stdout).toBe(0)
      expect(everythingWritten(r)).not.toContain(key)
    }
    expect(debugRun.stdout).toContain('::debug::')
    for (const file of await readdir(path.join(workspace, 'exported'))) {
      expect(await readFile(path.join(workspace, 'exported', file), 'utf8')).not.toContain(key)
    }
  })

  it('fails at once on a bad input, naming it', async () => {
    const workspace = await tempDir()
    const run = await runBundle({ workspace, inputs: { platform: 'koreai', operation: 'export', 'base-url': 'http://example.com', 'api-key': 'k-123456' } })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(/::error::Input 'base-url': 'http:\/\/example.com' uses plain http/)
    expect(run.outputs.status).toBe('failed')
  })
})
