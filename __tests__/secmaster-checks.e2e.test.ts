import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { SEEDED_PLACEHOLDER, SEEDED_SECRET_VALUE, SEEDED_WORKFLOW_ID, SEEDED_WORKFLOW_NAME } from '../src/sandbox/emulators/secmaster/seed.js'
import { runBundle } from './helpers/action.js'
import { sent, useSandbox } from './helpers/sandbox.js'
import { secmasterInputs, secmasterState } from './helpers/secmaster.js'
import { useTempDirs } from './helpers/workspace.js'

const sandbox = useSandbox()
const tempDir = useTempDirs()
const SECRET_VAR = { [`FLOWFERRY_VAR_${SEEDED_PLACEHOLDER}`]: SEEDED_SECRET_VALUE }

async function exported() {
  const server = await sandbox.platform('secmaster')
  const base = secmasterInputs(server)
  const workspace = await tempDir()
  const run = await runBundle({ workspace, inputs: { ...base, operation: 'export', 'workflow-id': SEEDED_WORKFLOW_ID, 'upload-artifact': 'false', path: 'bundles/phishing' } })
  expect(run.exitCode, run.stdout).toBe(0)
  return { server, base, workspace, bundle: path.join(workspace, 'bundles/phishing') }
}

describe('SecMaster validate, dry run and diff', () => {
  it('validates offline: broken JSON at its line, and the 12 MB limit of signed bodies', async () => {
    const { workspace, bundle } = await exported()
    const ok = await runBundle({ workspace, inputs: { platform: 'secmaster', operation: 'validate', path: 'bundles/*' } })
    expect(ok.exitCode, ok.stdout).toBe(0)

    await writeFile(path.join(bundle, 'workflow.json'), '{"name": "Phishing email triage",\n "versions": [\n  {"id": }\n]}')
    // Not sealed (seal refuses invalid JSON): validate reports the syntax error beside the checksum drift.
    const broken = await runBundle({ workspace, inputs: { platform: 'secmaster', operation: 'validate', path: 'bundles/phishing' } })
    expect(broken.exitCode).toBe(1)
    expect(broken.stdout).toMatch(/::error title=flowferry json\.syntax,file=bundles\/phishing\/workflow\.json,line=3,col=10::not valid JSON/)

    const big = JSON.stringify({ name: 'Big playbook', versions: [{ taskflow: 'A'.repeat(12_100_000) }] })
    await writeFile(path.join(workspace, 'big.json'), big)
    const unsigned = await runBundle({ workspace, inputs: { platform: 'secmaster', operation: 'validate', path: 'big.json' } })
    expect(unsigned.exitCode, unsigned.stdout).toBe(0)
    expect(unsigned.stdout).toMatch(/::warning title=flowferry secmaster\.size,file=big\.json,line=1,col=1::workflow\.json is 12100\d+ bytes/)
    const signed = await runBundle({ workspace, inputs: { platform: 'secmaster', operation: 'validate', path: 'big.json', 'access-key-id': 'HPUAKEY0000', 'secret-access-key': 'sk-0000000000' } })
    expect(signed.exitCode).toBe(1)
    expect(signed.stdout).toMatch(/::error title=flowferry secmaster\.size,file=big\.json,line=1,col=1::.*use token instead/)
  })

  it('refuses to sign an import over 12 MB, sending nothing', async () => {
    const server = await sandbox.platform('secmaster')
    const workspace = await tempDir()
    await writeFile(path.join(workspace, 'big.json'), JSON.stringify({ name: 'Big playbook', versions: [{ taskflow: 'A'.repeat(12_100_000) }] }))
    const run = await runBundle({ workspace, inputs: { ...secmasterInputs(server), operation: 'import', path: 'big.json' } })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(/::error title=flowferry secmaster\.size,file=big\.json,line=1,col=1::.*so this import cannot be signed: use token/)
    expect(sent(server, 'POST')).toEqual([])
    const withToken = await runBundle({ workspace, inputs: { ...secmasterInputs(server, 'token'), operation: 'import', path: 'big.json' } })
    expect(withToken.exitCode, withToken.stdout).toBe(0)
    expect(withToken.outputs['workflow-id']).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('dry-runs an import: credentials, free or taken name, expected workflow; changes nothing', async () => {
    const { server, base, workspace } = await exported()
    server.requests.length = 0
    const taken = await runBundle({ workspace, env: SECRET_VAR, inputs: { ...base, operation: 'import', path: 'bundles/phishing', 'dry-run': 'true' } })
    expect(taken.exitCode, taken.stdout).toBe(0)
    expect(taken.outputs.status).toBe('skipped')
    expect(taken.stdout).toMatch(/checked: a workflow named "Phishing email triage" exists \(c19470f3-/)
    // What an import of a taken name does is not documented: said as not checked, in the headline too.
    expect(taken.stdout).toMatch(/not checked: whether the import updates workflow c19470f3-[^ ]+ or is refused/)
    expect(JSON.parse(taken.outputs.result!).message).toMatch(/— not checked: whether the import updates workflow/)
    const expected = await runBundle({ workspace, env: SECRET_VAR, inputs: { ...base, operation: 'import', path: 'bundles/phishing', 'dry-run': 'true', 'workflow-id': SEEDED_WORKFLOW_ID } })
    expect(expected.exitCode, expected.stdout).toBe(0)
    expect(expected.stdout).toMatch(/exists and is named "Phishing email triage", as expected/)
    const wrong = await runBundle({ workspace, env: SECRET_VAR, inputs: { ...base, operation: 'import', path: 'bundles/phishing', 'dry-run': 'true', 'workflow-id': '00000000-0000-4000-8000-000000000000' } })
    expect(wrong.exitCode).toBe(1)
    expect(wrong.stdout).toMatch(/workflow-id 00000000-0000-4000-8000-000000000000 is not a workflow named "Phishing email triage"/)
    const renamed = await runBundle({ workspace, env: SECRET_VAR, inputs: { ...base, operation: 'import', path: 'bundles/phishing', 'dry-run': 'true', 'workflow-name': 'Brand new' } })
    // The file is sent unchanged, so SecMaster names the workflow after the file: that name is looked up.
    expect(renamed.exitCode, renamed.stdout).toBe(0)
    expect(renamed.stdout).toContain('workflow-name "Brand new" differs from the name in workflow.json, "Phishing email triage"')
    const refused = await runBundle({ workspace, env: SECRET_VAR, inputs: { ...base, 'secret-access-key': 'sk-wrong-secret-000', operation: 'import', path: 'bundles/phishing', 'dry-run': 'true' } })
    expect(refused.exitCode).toBe(1)
    expect(refused.stdout).toMatch(/SecMaster refused the credentials \(HTTP 401, APIG\.0301/)
    const noWorkspace = await runBundle({ workspace, env: SECRET_VAR, inputs: { ...base, 'workspace-id': 'ws-unknown', operation: 'import', path: 'bundles/phishing', 'dry-run': 'true' } })
    expect(noWorkspace.exitCode).toBe(1)
    expect(noWorkspace.stdout).toMatch(/does not know workspace ws-unknown .*SecMaster\.20011003/)
    expect(sent(server, 'POST')).toEqual([])
  })

  it('diffs against the live workflow, ignoring ids, owners, times and version numbers', async () => {
    const { server, base, workspace } = await exported()
    const same = await runBundle({ workspace, inputs: { ...base, operation: 'diff', path: 'bundles/phishing', 'fail-on-drift': 'true' } })
    expect(same.exitCode, same.stdout).toBe(0)
    expect(same.outputs).toMatchObject({ changed: 'false', 'workflow-id': SEEDED_WORKFLOW_ID })

    // The same workflow as another environment holds it: other ids, owner, times, version.
    const live = (await secmasterState(server)).workflows.find((w) => w.id === SEEDED_WORKFLOW_ID)!.document
    const elsewhere = structuredClone(live) as Record<string, unknown> & { versions: Record<string, unknown>[] }
    Object.assign(elsewhere, { id: 'other-id', project_id: 'other-project', creator_name: 'someone', update_time: '2027-01-01T00:00:00Z', version: 'v9' })
    Object.assign(elsewhere.versions[0]!, { id: 'other-version-id', version: 'v9', create_time: '2027-01-01T00:00:00Z' })
    await writeFile(path.join(workspace, 'elsewhere.json'), JSON.stringify(elsewhere))
    const byName = await runBundle({ workspace, inputs: { ...base, operation: 'diff', path: 'elsewhere.json', 'workflow-name': SEEDED_WORKFLOW_NAME } })
    expect(byName.exitCode, byName.stdout).toBe(0)
    expect(byName.outputs.changed).toBe('false')

    // Someone edits the live workflow's description.
    const edited = { ...live, description: 'Quarantines phishing at once' }
    await writeFile(path.join(workspace, 'edited.json'), JSON.stringify(edited))
    expect((await runBundle({ workspace, inputs: { ...base, operation: 'import', path: 'edited.json' } })).exitCode).toBe(0)
    const drift = await runBundle({ workspace, inputs: { ...base, operation: 'diff', path: 'bundles/phishing', 'workflow-id': SEEDED_WORKFLOW_ID, 'fail-on-drift': 'true' } })
    expect(drift.exitCode).toBe(1)
    expect(drift.outputs.changed).toBe('true')
    expect(drift.summary).toContain('`description` | `"Quarantines phishing at once"`')
    expect(drift.summary.match(/\| (➕|➖|✏️) /g)).toHaveLength(1)
    expect(await readFile(path.join(workspace, 'bundles/phishing/workflow.json'), 'utf8')).toContain(`\${flowferry.${SEEDED_PLACEHOLDER}}`)
  })
})
