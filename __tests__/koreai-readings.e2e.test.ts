import { describe, expect, it } from 'vitest'
import type { FaultRule } from '../src/sandbox/faults.js'
import { SEEDED_FLOW_ID, SEEDED_SECRET_VALUE, SEEDED_WORKFLOW_ID } from '../src/sandbox/emulators/koreai/seed.js'
import { everythingWritten, runBundle } from './helpers/action.js'
import { useSandbox } from './helpers/sandbox.js'
import { useTempDirs } from './helpers/workspace.js'

/**
 * Readings of Kore.ai's documentation that an independent emulator took and the sandbox's
 * defaults did not: `flowId` required for an export (as the parameter table says), and dock
 * records without a download link (the Get Dock Status page documents none).
 */
const sandbox = useSandbox()
const tempDir = useTempDirs()
/** The value for the placeholder an export leaves where the seeded workflow's secure variable was. */
const SECRET_VAR = { FLOWFERRY_VAR_ERP_API_TOKEN: SEEDED_SECRET_VALUE }

async function koreai(config: Record<string, unknown>, faults: FaultRule[] = []) {
  const server = await sandbox.platform('koreai', { jobs: { durationMs: 300, outcome: 'success' }, config, faults })
  const base = { platform: 'koreai', 'base-url': server.url, 'api-key': server.app.inputs['api-key']!, 'poll-interval': '200ms', 'upload-artifact': 'false' }
  return { server, base }
}

describe('Kore.ai against other readings of the documentation', () => {
  it('names the flow-id input when an export without it is refused', async () => {
    const { base } = await koreai({ requireFlowId: true })
    const workspace = await tempDir()
    const run = await runBundle({ workspace, inputs: { ...base, operation: 'export', 'workflow-id': SEEDED_WORKFLOW_ID, path: 'exported' } })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.status).toBe('failed')
    expect(run.stdout).toMatch(/HTTP 400/)
    expect(run.stdout).toMatch(/set the flow-id input/)
  })

  it('reports the download link of an export job picked up by operation: wait', async () => {
    const { base } = await koreai({})
    const workspace = await tempDir()
    const started = await runBundle({
      workspace,
      inputs: { ...base, operation: 'export', 'workflow-id': SEEDED_WORKFLOW_ID, 'flow-id': SEEDED_FLOW_ID, path: 'exported', wait: 'false' },
    })
    expect(started.outputs.status, started.stdout).toBe('in-progress')
    const waited = await runBundle({ workspace, inputs: { ...base, operation: 'wait', 'job-id': started.outputs['job-id']!, path: 'exported' } })
    expect(waited.exitCode, waited.stdout).toBe(0)
    expect(waited.outputs['download-url']).toContain('/api/v1/account/exports/')
    expect(JSON.parse(waited.outputs.files!)).toContain('exported/flow_definition.json')
  })

  it('says why no bundle was written when the dock record of an export carries no link', async () => {
    const { base } = await koreai({ recordDownloadUrl: false })
    const workspace = await tempDir()
    const exported = await runBundle({
      workspace,
      inputs: { ...base, operation: 'export', 'workflow-id': SEEDED_WORKFLOW_ID, 'flow-id': SEEDED_FLOW_ID, path: 'exported' },
    })
    // the link of the export's own reply is enough for a waiting export
    expect(exported.exitCode, exported.stdout).toBe(0)
    expect(exported.outputs['download-url']).toContain('/api/v1/account/exports/')

    const started = await runBundle({
      workspace,
      inputs: { ...base, operation: 'export', 'workflow-id': SEEDED_WORKFLOW_ID, 'flow-id': SEEDED_FLOW_ID, path: 'later', wait: 'false' },
    })
    const waited = await runBundle({ workspace, inputs: { ...base, operation: 'wait', 'job-id': started.outputs['job-id']!, path: 'later' } })
    expect(waited.outputs.status, waited.stdout).toBe('succeeded')
    expect(waited.stdout).toMatch(/::warning::.*gives no download link.*no bundle was written to later.*operation: export/)
    expect(everythingWritten(waited)).not.toContain(base['api-key'])
  })

  it('times out with the job id and the wait step when a 429 on the dock status asks for longer than the timeout', async () => {
    const { server, base } = await koreai({}, [{ kind: '429', method: 'GET', path: '/api/public/dock-status/', retryAfter: 120 }])
    const workspace = await tempDir()
    const bundle = await exportedBundle(workspace)
    const run = await runBundle({ workspace, env: SECRET_VAR, inputs: { ...base, operation: 'import', path: bundle, 'workflow-name': 'Copy', timeout: '20s' } })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.status).toBe('timed-out')
    expect(run.outputs['job-id']).toMatch(/^ds-/)
    expect(run.stdout).toContain(`job-id: ${run.outputs['job-id']}`)
    expect(run.stdout).toContain('operation: wait')
    expect(run.stdout).not.toMatch(/run the step again later/)
    expect(server.requests.filter((r) => r.path === '/api/public/workflows/import')).toHaveLength(1)
  })

  it('keeps the job id and says not to re-run when the dock status stays unreachable', async () => {
    const { base } = await koreai({}, [{ kind: 'reset-after-body', method: 'GET', path: '/api/public/dock-status/', times: -1 }])
    const workspace = await tempDir()
    const bundle = await exportedBundle(workspace)
    const run = await runBundle({ workspace, env: SECRET_VAR, inputs: { ...base, operation: 'import', path: bundle, 'workflow-name': 'Copy' } })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.status).toBe('failed')
    expect(run.outputs['job-id']).toMatch(/^ds-/)
    expect(run.stdout).toMatch(/re-running this step would start it again/)
    expect(run.stdout).toContain(`job-id: ${run.outputs['job-id']}`)
  })
})

/** A bundle exported from the seeded workflow through a second, fault-free sandbox. */
async function exportedBundle(workspace: string): Promise<string> {
  const { base } = await koreai({})
  const run = await runBundle({
    workspace,
    inputs: { ...base, operation: 'export', 'workflow-id': SEEDED_WORKFLOW_ID, 'flow-id': SEEDED_FLOW_ID, path: 'bundle' },
  })
  expect(run.exitCode, run.stdout).toBe(0)
  return 'bundle'
}
