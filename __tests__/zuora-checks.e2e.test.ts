import { execFileSync } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { SEEDED_DEFINITION_ID } from '../src/sandbox/emulators/zuora/seed.js'
import { CLI_ENTRY, runBundle } from './helpers/action.js'
import { sent, useSandbox } from './helpers/sandbox.js'
import { useTempDirs } from './helpers/workspace.js'
import { zuoraState, zuoraVarsEnv } from './helpers/zuora.js'

const sandbox = useSandbox()
const tempDir = useTempDirs()
const SEEDED = String(SEEDED_DEFINITION_ID)

async function exported() {
  const server = await sandbox.platform('zuora')
  const base = { platform: 'zuora', 'base-url': server.url, ...server.app.inputs, 'upload-artifact': 'false' }
  const workspace = await tempDir()
  const run = await runBundle({ workspace, inputs: { ...base, operation: 'export', 'workflow-id': SEEDED, path: 'bundles/reminders' } })
  expect(run.exitCode, run.stdout).toBe(0)
  return { server, base, workspace, bundle: path.join(workspace, 'bundles/reminders'), vars: zuoraVarsEnv(server) }
}

/** A hand edit of the bundle's workflow.json, sealed as a user seals a deliberate edit unless `seal` is false. */
async function edit(bundle: string, change: (document: { workflow: Record<string, unknown>; tasks: Record<string, unknown>[]; linkages: Record<string, unknown>[] }) => void, seal = true) {
  const file = path.join(bundle, 'workflow.json')
  const document = JSON.parse(await readFile(file, 'utf8'))
  change(document)
  await writeFile(file, `${JSON.stringify(document, null, 2)}\n`)
  if (seal) execFileSync(process.execPath, [CLI_ENTRY, 'seal', bundle])
}

describe('Zuora validate, dry run, diff, backup and redaction', () => {
  it('validates the structure, each finding on its file, line and column', async () => {
    const { workspace, bundle } = await exported()
    const ok = await runBundle({ workspace, inputs: { platform: 'zuora', operation: 'validate', path: 'bundles/*' } })
    expect(ok.exitCode, ok.stdout).toBe(0)

    await edit(bundle, (document) => {
      document.linkages[1]!.target_task_id = 999
      document.linkages.push({ linkage_type: 'Start', source_task_id: null, target_task_id: document.tasks[0]!.id })
      document.tasks[1]!.action_type = 'Logic::Teleport'
    }, false) // seal refuses a bundle with errors; validate reports them beside the checksum drift
    const text = await readFile(path.join(bundle, 'workflow.json'), 'utf8')
    const lineOf = (needle: string, from = 0) => text.slice(0, text.indexOf(needle, from)).split('\n').length
    const broken = await runBundle({ workspace, inputs: { platform: 'zuora', operation: 'validate', path: 'bundles/reminders' } })
    expect(broken.exitCode).toBe(1)
    expect(broken.outputs.status).toBe('failed')
    expect(broken.stdout).toContain(`::error title=flowferry zuora.linkage,file=bundles/reminders/workflow.json,line=${lineOf('"target_task_id": 999')},col=7::linkage 1: target_task_id 999 names no task of this workflow`)
    const secondStart = text.indexOf('"linkage_type": "Start"', text.indexOf('"linkage_type": "Start"') + 1)
    expect(broken.stdout).toContain(`::error title=flowferry zuora.start,file=bundles/reminders/workflow.json,line=${lineOf('"linkage_type": "Start"', secondStart)},col=7::a second Start linkage`)
    expect(broken.stdout).toContain(`::warning title=flowferry zuora.action-type,file=bundles/reminders/workflow.json,line=${lineOf('"Logic::Teleport"')},col=7::action_type "Logic::Teleport" is not one Zuora documents`)

    await writeFile(path.join(workspace, 'bare.json'), '{"workflow": {"name": "Bare"}, "tasks": [{"id": 1, "name": "A", "action_type": "Email"}]}\n')
    const bare = await runBundle({ workspace, inputs: { platform: 'zuora', operation: 'validate', path: 'bare.json' } })
    expect(bare.exitCode).toBe(1)
    expect(bare.stdout).toContain('::error title=flowferry zuora.linkages,file=bare.json,line=1,col=1::"linkages" (an array) is missing')
  })

  it('dry-runs a version import: credentials and version checked, nothing changed', async () => {
    const { server, base, workspace, vars } = await exported()
    server.requests.length = 0
    const good = await runBundle({ workspace, env: vars, inputs: { ...base, operation: 'import', path: 'bundles/reminders', 'workflow-id': SEEDED, version: '0.1.0', 'dry-run': 'true' } })
    expect(good.exitCode, good.stdout).toBe(0)
    expect(good.outputs.status).toBe('skipped')
    expect(good.summary).toContain('the import would create version 0.1.0 of workflow 19080 (highest existing: 0.0.3)')
    expect(JSON.parse(good.outputs.result!).dryRun.checked).toEqual([
      "the bundle: manifest, checksums and Zuora Workflow's rules",
      'Zuora accepts the credentials',
      'the import would create version 0.1.0 of workflow 19080 (highest existing: 0.0.3)',
    ])
    expect(sent(server, 'POST').filter((r) => !r.includes('/oauth/token'))).toEqual([])

    const stale = await runBundle({ workspace, env: vars, inputs: { ...base, operation: 'import', path: 'bundles/reminders', 'workflow-id': SEEDED, version: '0.0.2', 'dry-run': 'true' } })
    expect(stale.exitCode).toBe(1)
    expect(stale.stdout).toMatch(/version 0\.0\.2 is not greater than the existing versions of workflow 19080 \(highest: 0\.0\.3\)/)

    const refused = await runBundle({ workspace, env: vars, inputs: { ...base, 'client-secret': 'zs-wrong-0000', operation: 'import', path: 'bundles/reminders', 'dry-run': 'true' } })
    expect(refused.exitCode).toBe(1)
    expect(refused.stdout).toMatch(/Zuora refused the credentials \(HTTP 401: Invalid client credentials\)/)
    const unknown = await runBundle({ workspace, env: vars, inputs: { ...base, operation: 'import', path: 'bundles/reminders', 'workflow-id': '4242', 'dry-run': 'true' } })
    expect(unknown.exitCode).toBe(1)
    expect(unknown.stdout).toContain('Zuora has no workflow 4242 (HTTP 404)')
    expect((await zuoraState(server)).workflows[0]!.versions).toHaveLength(3)
  })

  it('diffs by task name: ids, timestamps and order do not count; changed parameters and linkages do', async () => {
    const { base, workspace, vars } = await exported()
    const same = await runBundle({ workspace, inputs: { ...base, operation: 'diff', path: 'bundles/reminders', 'fail-on-drift': 'true' } })
    expect(same.exitCode, same.stdout).toBe(0)
    expect(same.outputs.changed).toBe('false')

    // The same workflow imported elsewhere gets new ids everywhere: still no change.
    const copy = await runBundle({ workspace, env: vars, inputs: { ...base, operation: 'import', path: 'bundles/reminders', activate: 'true' } })
    expect(copy.exitCode, copy.stdout).toBe(0)
    const copyId = copy.outputs['workflow-id']!
    const renumbered = await runBundle({ workspace, inputs: { ...base, operation: 'diff', path: 'bundles/reminders', 'workflow-id': copyId } })
    expect(renumbered.outputs.changed, renumbered.summary).toBe('false')

    // Someone edits the live copy: a subject, the order of tasks, a linkage's type.
    await runBundle({ workspace, inputs: { ...base, operation: 'export', 'workflow-id': copyId, path: 'live', 'redact-secrets': 'false' } })
    await edit(path.join(workspace, 'live'), (document) => {
      const email = document.tasks.find((t) => t.name === 'Email the customer')!
      ;(email.parameters as Record<string, unknown>).subject = 'Pay now'
      document.tasks.reverse()
      document.linkages.find((l) => l.linkage_type === 'Finish')!.linkage_type = 'Success'
      document.workflow.updated_at = '2026-11-29T00:00:00Z'
    })
    const edited = await runBundle({ workspace, inputs: { ...base, operation: 'import', path: 'live', 'workflow-id': copyId, activate: 'true' } })
    expect(edited.exitCode, edited.stdout).toBe(0)
    const drift = await runBundle({ workspace, inputs: { ...base, operation: 'diff', path: 'bundles/reminders', 'workflow-id': copyId } })
    expect(drift.exitCode, drift.stdout).toBe(0)
    expect(drift.outputs.changed).toBe('true')
    expect(drift.summary).toContain('`tasks[name=Email the customer].parameters.subject` | `"Pay now"`')
    expect(drift.summary).toContain('`linkages[edge=Email the customer -Finish→ Notify ERP]`')
    expect(drift.summary).toContain('`linkages[edge=Email the customer -Success→ Notify ERP]`')
    expect(drift.summary).not.toMatch(/updated_at|\.id`|task_id/)
    expect(drift.summary.match(/\| (➕|➖|✏️) /g)).toHaveLength(3)
  })

  it('backs up the active version before a version import, and restores redacted secrets from the vars', async () => {
    const { server, base, workspace, vars } = await exported()
    const artifacts = await sandbox.artifacts()
    const manifest = JSON.parse(await readFile(path.join(workspace, 'bundles/reminders/flowferry.json'), 'utf8'))
    expect(manifest.placeholders.map((p: { name: string }) => p.name)).toEqual(['NOTIFY_ERP_AUTHORIZATION', 'TASKS_NOTIFY_ERP_PARAMETERS_SFTP_PASSWORD'])
    const bundled = await readFile(path.join(workspace, 'bundles/reminders/workflow.json'), 'utf8')
    for (const secret of server.app.secrets!()) expect(bundled).not.toContain(secret)

    const run = await runBundle({
      workspace,
      env: { ...vars, ...artifacts.env, GITHUB_REPOSITORY: 'acme/flows', GITHUB_RUN_ID: '3' },
      inputs: { ...base, operation: 'import', path: 'bundles/reminders', 'workflow-id': SEEDED, version: '0.1.0', activate: 'true', backup: 'true' },
    })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs['backup-artifact-id']).toBe(String(artifacts.artifacts[0]!.id))
    expect(artifacts.artifacts[0]!.name).toMatch(/^backup-zuora-19080-/)
    expect(run.stdout).toContain('exported version 0.0.2 of workflow 19080')
    const state = await zuoraState(server)
    const versions = state.workflows[0]!.versions
    expect(versions.map((v) => v.version)).toEqual(['0.0.1', '0.0.2', '0.0.3', '0.1.0'])
    expect(JSON.stringify(versions[3]!.document)).toContain(server.app.demo!.vars!.NOTIFY_ERP_AUTHORIZATION)
    expect(JSON.stringify(versions[3]!.document)).toContain(server.app.demo!.vars!.TASKS_NOTIFY_ERP_PARAMETERS_SFTP_PASSWORD)
    expect(JSON.stringify(versions[3]!.document)).not.toContain('${flowferry.')
  })
})
