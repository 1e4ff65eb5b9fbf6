import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { SEEDED_FLOW_ID, SEEDED_WORKFLOW_ID } from '../src/sandbox/emulators/koreai/seed.js'
import { runBundle } from './helpers/action.js'
import { writeKoreaiPackage } from './helpers/koreai.js'
import { sent, useSandbox } from './helpers/sandbox.js'
import { useTempDirs } from './helpers/workspace.js'

const sandbox = useSandbox()
const SECRET_VAR = { FLOWFERRY_VAR_ERP_API_TOKEN: 'erp-token-for-tests' }
const tempDir = useTempDirs()

async function exported() {
  const server = await sandbox.platform('koreai', { jobs: { durationMs: 200, outcome: 'success' } })
  const base = { platform: 'koreai', 'base-url': server.url, 'api-key': server.app.inputs['api-key']!, 'poll-interval': '200ms' }
  const workspace = await tempDir()
  const run = await runBundle({
    workspace,
    inputs: { ...base, operation: 'export', 'workflow-id': SEEDED_WORKFLOW_ID, 'flow-id': SEEDED_FLOW_ID, 'upload-artifact': 'false', path: 'bundles/triage' },
  })
  expect(run.exitCode, run.stdout).toBe(0)
  return { server, base, workspace, bundle: path.join(workspace, 'bundles/triage') }
}

describe('Kore.ai validate, dry run and diff', () => {
  it('validates offline, and annotates a broken JSON file at its line', async () => {
    const { workspace, bundle } = await exported()
    const ok = await runBundle({ workspace, inputs: { platform: 'koreai', operation: 'validate', path: 'bundles/*' } })
    expect(ok.exitCode, ok.stdout).toBe(0)
    expect(ok.outputs.status).toBe('succeeded')

    await writeFile(path.join(bundle, 'app_definition.json'), '{\n  "name": "Invoice triage",\n  "version": \n}\n')
    // Not sealed (seal refuses invalid JSON): validate reports the syntax error beside the checksum drift.
    const broken = await runBundle({ workspace, inputs: { platform: 'koreai', operation: 'validate', path: 'bundles/*' } })
    expect(broken.exitCode).toBe(1)
    expect(broken.stdout).toMatch(/::error title=flowferry json\.syntax,file=bundles\/triage\/app_definition\.json,line=4,col=1::not valid JSON/)
    expect(broken.stdout).toMatch(/::error title=flowferry manifest\.checksum,file=bundles\/triage\/app_definition\.json::changed since export/)
    expect(broken.summary).toMatch(/\| ❌ \| `bundles\/triage\/app_definition\.json:4:1` \| not valid JSON/)
    expect(JSON.parse(broken.outputs.result!)).toHaveLength(1)
  })

  it('reports files changed since export, and how to seal a deliberate edit', async () => {
    const { workspace, bundle } = await exported()
    await writeFile(path.join(bundle, 'flow_definition.json'), '{"nodes": []}\n')
    const run = await runBundle({ workspace, inputs: { platform: 'koreai', operation: 'validate', path: 'bundles/triage' } })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(/::error title=flowferry manifest\.checksum,file=bundles\/triage\/flow_definition\.json::changed since export/)
    expect(run.stdout).toContain('npx flowferry seal bundles/triage')
  })

  it('dry-runs an import: checks bundle and key, says what it could not check, changes nothing, status skipped', async () => {
    const { server, base, workspace } = await exported()
    server.requests.length = 0
    const run = await runBundle({ workspace, env: SECRET_VAR, inputs: { ...base, operation: 'import', path: 'bundles/triage', 'dry-run': 'true' } })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs.status).toBe('skipped')
    expect(sent(server, 'POST')).toEqual([])
    // The name is taken (the workflow was exported from this sandbox): the headline must not say the
    // target accepts the import, but that the name could not be checked; log, result and summary alike.
    const unchecked = 'whether the name "Invoice triage" is free: Kore.ai has no API that lists workflows, and refuses an import under a name that is taken'
    const result = JSON.parse(run.outputs.result!)
    expect(result.dryRun).toEqual({
      checked: ["the bundle: manifest, checksums and Kore.ai AI for Process's rules", 'Kore.ai accepts the API key'],
      unchecked: [unchecked, "whether Kore.ai AI for Process accepts the workflow's content: only the import itself checks it"],
    })
    expect(result.message).toMatch(/^dry run, nothing imported: checked the bundle: .*; Kore\.ai accepts the API key — not checked: whether the name "Invoice triage" is free/)
    expect(`${run.stdout}\n${run.summary}`).not.toMatch(/accepts it|target accepts/)
    expect(run.stdout).toContain(`not checked: ${unchecked}`)
    expect(run.summary).toContain('- ✔️ checked: Kore.ai accepts the API key')
    expect(run.summary).toContain('- ❔ not checked: whether the name &quot;Invoice triage&quot; is free')
    expect(run.summary).not.toContain('What went wrong')
    // And indeed the import is what finds out.
    const real = await runBundle({ workspace, env: SECRET_VAR, inputs: { ...base, operation: 'import', path: 'bundles/triage' } })
    expect(real.outputs.status).toBe('failed')
    expect(real.stdout).toMatch(/already exists/)
    const refused = await runBundle({ workspace, env: SECRET_VAR, inputs: { ...base, 'api-key': 'kg-wrong-key-000', operation: 'import', path: 'bundles/triage', 'dry-run': 'true' } })
    expect(refused.exitCode).toBe(1)
    expect(refused.stdout).toMatch(/refused the API key \(HTTP 401\)/)
  })

  it('diffs a bundle against the live workflow: no change, then exactly the changed fields', async () => {
    const { base, workspace } = await exported()
    // No workflow-id: the bundle was exported from this same environment, so its manifest names the workflow.
    const same = await runBundle({ workspace, inputs: { ...base, operation: 'diff', path: 'bundles/triage', 'fail-on-drift': 'true' } })
    expect(same.exitCode, same.stdout).toBe(0)
    expect(same.outputs['workflow-id']).toBe(SEEDED_WORKFLOW_ID)
    expect(same.outputs.changed).toBe('false')
    expect(same.summary).toContain('No changes')

    // Someone changes the live workflow: a prompt edited, a variable added, a timestamp moved.
    const flow = JSON.parse(await readFile(path.join(workspace, 'bundles/triage/flow_definition.json'), 'utf8'))
    flow.nodes.find((n: { id: string }) => n.id === 'classify').prompt = 'Classify: {{input.text}}'
    flow.nodes.reverse()
    const app = JSON.parse(await readFile(path.join(workspace, 'bundles/triage/app_definition.json'), 'utf8'))
    app.updatedAt = '2026-11-25T00:00:00Z'
    const env = JSON.parse(await readFile(path.join(workspace, 'bundles/triage/env_variables.json'), 'utf8'))
    env.push({ key: 'REGION', value: 'eu', isSecured: false })
    await writeKoreaiPackage(path.join(workspace, 'live.zip'), { flow, app, env })
    const edit = await runBundle({ workspace, env: SECRET_VAR, inputs: { ...base, operation: 'import', path: 'live.zip', 'workflow-id': SEEDED_WORKFLOW_ID } })
    expect(edit.exitCode, edit.stdout).toBe(0)

    const drift = await runBundle({ workspace, inputs: { ...base, operation: 'diff', path: 'bundles/triage', 'workflow-id': SEEDED_WORKFLOW_ID } })
    expect(drift.exitCode, drift.stdout).toBe(0)
    expect(drift.outputs.changed).toBe('true')
    const result = JSON.parse(drift.outputs.result!)
    expect(result.diff).toBeUndefined()
    expect(drift.summary).toContain('`nodes[id=classify].prompt` | `"Classify: {{input.text}}"` | `"Classify the invoice: {{input.text}}"`')
    expect(drift.summary).toContain('`[key=REGION]`')
    expect(drift.summary).not.toContain('updatedAt')
    expect(drift.summary.match(/\| (➕|➖|✏️) /g)).toHaveLength(2)

    const elsewhere = await runBundle({ workspace, inputs: { ...base, 'base-url': base['base-url']!.replace('127.0.0.1', 'localhost'), operation: 'diff', path: 'bundles/triage' } })
    expect(elsewhere.exitCode).toBe(1)
    expect(elsewhere.stdout).toMatch(/Input 'workflow-id': diff needs the live workflow's id: bundles\/triage was exported from http:\/\/127\.0\.0\.1/)

    const failing = await runBundle({ workspace, inputs: { ...base, operation: 'diff', path: 'bundles/triage', 'workflow-id': SEEDED_WORKFLOW_ID, 'fail-on-drift': 'true' } })
    expect(failing.exitCode).toBe(1)
    expect(failing.outputs.status).toBe('failed')
    expect(failing.stdout).toMatch(/differs from the bundle in 2 place/)
  })
})
