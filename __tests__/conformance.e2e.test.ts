import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { SEEDED_FLOW_ID, SEEDED_SECRET_VALUE, SEEDED_WORKFLOW_ID, SANDBOX_API_KEY } from '../src/sandbox/emulators/koreai/seed.js'
import { SEEDED_DEFINITION_ID } from '../src/sandbox/emulators/zuora/seed.js'
import { runBundle } from './helpers/action.js'
import { writeKoreaiPackage } from './helpers/koreai.js'
import { sent, useSandbox } from './helpers/sandbox.js'
import { useTempDirs } from './helpers/workspace.js'
import { zuoraVarsEnv } from './helpers/zuora.js'

/**
 * Details the vendors document that flowferry once missed: Zuora's Workflow API at the host's
 * root whatever version prefix the user copied, Kore.ai's JSON content type on the export POST,
 * and Kore.ai's deployed-parent precondition for an import as a version.
 */
const sandbox = useSandbox()
const tempDir = useTempDirs()

describe('Zuora: a base-url copied from the /v1 APIs', () => {
  it('is read as the host root, said once as a warning naming base-url, before any request', async () => {
    const server = await sandbox.platform('zuora')
    const workspace = await tempDir()
    const base = { platform: 'zuora', ...server.app.inputs, 'upload-artifact': 'false' }
    const exported = await runBundle({
      workspace,
      inputs: { ...base, 'base-url': `${server.url}/v1`, operation: 'export', 'workflow-id': String(SEEDED_DEFINITION_ID), path: 'staging' },
    })
    expect(exported.exitCode, exported.stdout).toBe(0)
    expect(exported.stdout).toContain(`::warning::\`base-url\` '${server.url}/v1' ends in '/v1', the version prefix of Zuora's other REST APIs`)
    expect(exported.stdout).toContain(`Set base-url: ${server.url} to silence this.`)
    expect(exported.stdout.match(/version prefix of Zuora/g)).toHaveLength(1)
    expect(server.requests.map((r) => r.path).filter((p) => p.startsWith('/v1'))).toEqual([])
    expect(sent(server, 'POST', '/oauth/token')).toEqual(['POST /oauth/token'])
    const manifest = JSON.parse(await readFile(path.join(workspace, 'staging/flowferry.json'), 'utf8'))
    expect(manifest.source.origin).toBe(server.url)

    const imported = await runBundle({
      workspace,
      env: zuoraVarsEnv(server),
      inputs: { ...base, 'base-url': `${server.url}/v2/`, operation: 'import', path: 'staging' },
    })
    expect(imported.exitCode, imported.stdout).toBe(0)
    expect(imported.stdout).toContain("ends in '/v2'")
    expect(sent(server, 'POST', '/workflows/import')).toEqual(['POST /workflows/import'])
  })

  it('keeps a path that only looks like a version (a proxy prefix)', async () => {
    const server = await sandbox.platform('zuora')
    const workspace = await tempDir()
    const run = await runBundle({
      workspace,
      inputs: { platform: 'zuora', ...server.app.inputs, 'base-url': `${server.url}/v10`, operation: 'export', 'workflow-id': String(SEEDED_DEFINITION_ID), path: 'x', 'upload-artifact': 'false' },
    })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).not.toContain('version prefix')
    expect(sent(server, 'POST', '/v10/oauth/token')).toEqual(['POST /v10/oauth/token'])
  })
})

describe('Kore.ai: the export POST as the export page shows it', () => {
  it('carries Content-Type: application/json, which the sandbox (like a strict gateway) requires', async () => {
    const server = await sandbox.platform('koreai', { jobs: { durationMs: 200, outcome: 'success' } })
    const workspace = await tempDir()
    const bare = await fetch(`${server.url}/api/public/workflows/${SEEDED_WORKFLOW_ID}/export?flowId=${SEEDED_FLOW_ID}`, {
      method: 'POST',
      headers: { 'x-api-key': SANDBOX_API_KEY },
    })
    expect(bare.status).toBe(415)
    expect(await bare.text()).toContain('expected application/json, got none')
    server.requests.length = 0

    const run = await runBundle({
      workspace,
      inputs: {
        platform: 'koreai',
        'base-url': server.url,
        ...server.app.inputs,
        operation: 'export',
        'workflow-id': SEEDED_WORKFLOW_ID,
        'flow-id': SEEDED_FLOW_ID,
        path: 'exported',
        'upload-artifact': 'false',
        'poll-interval': '200ms',
      },
    })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(sent(server, 'POST', '/export')).toEqual([`POST /api/public/workflows/${SEEDED_WORKFLOW_ID}/export`])
    expect(server.requests.filter((r) => r.path.endsWith('/export')).map((r) => r.status)).toEqual([200])
  })
})

describe('Kore.ai: an import as a version needs the parent workflow deployed', () => {
  it('says so when the import into an undeployed workflow fails, and succeeds once it is deployed', async () => {
    const server = await sandbox.platform('koreai', { jobs: { durationMs: 200, outcome: 'success' } })
    const workspace = await tempDir()
    const base = { platform: 'koreai', 'base-url': server.url, ...server.app.inputs, 'poll-interval': '200ms', 'upload-artifact': 'false' }
    const env = { FLOWFERRY_VAR_ERP_API_TOKEN: SEEDED_SECRET_VALUE }
    const exported = await runBundle({ workspace, inputs: { ...base, operation: 'export', 'workflow-id': SEEDED_WORKFLOW_ID, path: 'exported' } })
    expect(exported.exitCode, exported.stdout).toBe(0)
    // A new workflow lands "In Development": imported, not deployed.
    const created = await runBundle({ workspace, env, inputs: { ...base, operation: 'import', path: 'exported', 'workflow-name': 'Invoice triage (copy)' } })
    expect(created.exitCode, created.stdout).toBe(0)
    const copy = created.outputs['workflow-id']!

    const refused = await runBundle({ workspace, env, inputs: { ...base, operation: 'import', path: 'exported', 'workflow-id': copy } })
    expect(refused.exitCode).toBe(1)
    expect(refused.outputs).toMatchObject({ status: 'failed', 'platform-status': 'FAILED' })
    expect(refused.stdout).toContain(`Kore.ai imports a workflow as a version only when the parent workflow is deployed: deploy workflow ${copy}`)
    expect(refused.stdout).toContain('leave `workflow-id` empty and set `workflow-name`')
    expect(JSON.parse(refused.outputs.result!).hint).toContain('parent workflow is deployed')

    const deployed = await fetch(`${server.url}/api/public/workflows/${copy}/deploy`, {
      method: 'POST',
      headers: { 'x-api-key': SANDBOX_API_KEY, 'content-type': 'application/json' },
      body: JSON.stringify({ isAsync: false }),
    })
    expect(await deployed.json()).toMatchObject({ action: 'DEPLOY', status: 'SUCCESS', workflowId: copy })
    const accepted = await runBundle({ workspace, env, inputs: { ...base, operation: 'import', path: 'exported', 'workflow-id': copy } })
    expect(accepted.exitCode, accepted.stdout).toBe(0)
    expect(accepted.outputs).toMatchObject({ status: 'succeeded', 'workflow-id': copy, 'platform-status': 'SUCCESS' })
    expect(accepted.stdout).not.toContain('parent workflow is deployed')
  })

  it('gives no such hint when a new workflow fails to import', async () => {
    const server = await sandbox.platform('koreai', { jobs: { durationMs: 200, outcome: 'failed' } })
    const workspace = await tempDir()
    await writeKoreaiPackage(path.join(workspace, 'triage.zip'), { flow: { nodes: [] }, app: { name: 'Triage' } })
    const run = await runBundle({
      workspace,
      inputs: { platform: 'koreai', 'base-url': server.url, ...server.app.inputs, 'poll-interval': '200ms', operation: 'import', path: 'triage.zip', 'workflow-name': 'Fresh' },
    })
    expect(run.exitCode).toBe(1)
    expect(run.outputs['platform-status']).toBe('FAILED')
    expect(run.stdout).not.toContain('parent workflow is deployed')
  })
})
