import { createHash } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  AMBIGUOUS_NAME,
  SANDBOX_TOKEN,
  SEEDED_PLACEHOLDER,
  SEEDED_SECRET_VALUE,
  SEEDED_WORKFLOW_ID,
  SEEDED_WORKFLOW_NAME,
} from '../src/sandbox/emulators/secmaster/seed.js'
import { everythingWritten, runBundle } from './helpers/action.js'
import { sent, useSandbox } from './helpers/sandbox.js'
import { secmasterInputs, secmasterState } from './helpers/secmaster.js'
import { useTempDirs } from './helpers/workspace.js'

const sandbox = useSandbox()
const tempDir = useTempDirs()
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

async function secmaster(options: Parameters<ReturnType<typeof useSandbox>['platform']>[1] = {}) {
  const server = await sandbox.platform('secmaster', options)
  return { server, aksk: secmasterInputs(server, 'aksk'), token: secmasterInputs(server, 'token') }
}

describe.each(['aksk', 'token'] as const)('SecMaster through dist/index.js (%s)', (mode) => {
  it('exports by id byte for byte, imports the bundle unchanged, and finds the id by name', async () => {
    const { server, ...inputs } = await secmaster()
    const base = inputs[mode]
    const workspace = await tempDir()
    const exported = await runBundle({
      workspace,
      inputs: { ...base, operation: 'export', 'workflow-id': SEEDED_WORKFLOW_ID, 'upload-artifact': 'false', 'redact-secrets': 'false', path: 'exported' },
    })
    expect(exported.exitCode, exported.stdout).toBe(0)
    expect(exported.outputs).toMatchObject({ status: 'succeeded', 'workflow-id': SEEDED_WORKFLOW_ID, version: 'v3', path: 'exported' })
    const bytes = await readFile(path.join(workspace, 'exported/workflow.json'))
    const state = await secmasterState(server)
    expect(sha256(bytes)).toBe(state.lastExport!.sha256)
    expect(bytes.toString('utf8')).not.toMatch(/\n/) // SecMaster's compact bytes, not rewritten canonically
    const manifest = JSON.parse(await readFile(path.join(workspace, 'exported/flowferry.json'), 'utf8'))
    expect(manifest).toMatchObject({ platform: 'secmaster', name: SEEDED_WORKFLOW_NAME, files: [{ path: 'workflow.json', role: 'workflow', sha256: sha256(bytes) }] })
    expect(state.requests[mode === 'aksk' ? 'signed' : 'token']).toBeGreaterThan(0)
    expect(state.requests.refused).toBe(0)

    server.requests.length = 0
    const imported = await runBundle({ workspace, inputs: { ...base, operation: 'import', path: 'exported' } })
    expect(imported.exitCode, imported.stdout).toBe(0)
    expect(imported.outputs).toMatchObject({ status: 'succeeded', 'workflow-id': SEEDED_WORKFLOW_ID })
    expect(sent(server, 'POST', '/soc/workflows/import')).toHaveLength(1)
    const after = await secmasterState(server)
    expect(after.lastImport).toMatchObject({ field: 'uploadFile', bytes: bytes.length, sha256: sha256(bytes) })
    expect(after.requests.refused).toBe(0)
  })
})

describe('SecMaster through dist/index.js', () => {
  it('exports by name through the paged list, and refuses an ambiguous or unknown name listing candidates', async () => {
    const { server, aksk } = await secmaster()
    const workspace = await tempDir()
    const byName = await runBundle({ workspace, inputs: { ...aksk, operation: 'export', 'workflow-name': SEEDED_WORKFLOW_NAME, 'upload-artifact': 'false', path: 'by-name' } })
    expect(byName.exitCode, byName.stdout).toBe(0)
    expect(byName.outputs['workflow-id']).toBe(SEEDED_WORKFLOW_ID)
    expect(sent(server, 'GET', '/soc/workflows').length).toBeGreaterThan(0)

    const ambiguous = await runBundle({ workspace, inputs: { ...aksk, operation: 'export', 'workflow-name': AMBIGUOUS_NAME, 'upload-artifact': 'false', path: 'amb' } })
    expect(ambiguous.exitCode).toBe(1)
    expect(ambiguous.stdout).toMatch(/Input 'workflow-name': 2 workflows in workspace .* are named "Block malicious IP": 8a1f2b3c-\S+ \(version v3, updated [^)]+\), 9b2e3c4d-/)

    const unknown = await runBundle({ workspace, inputs: { ...aksk, operation: 'export', 'workflow-name': 'Nope', 'upload-artifact': 'false', path: 'nope' } })
    expect(unknown.exitCode).toBe(1)
    expect(unknown.stdout).toMatch(/no workflow named "Nope"/)
  })

  it('pages through the list when the name filter matches more than one page', async () => {
    const { server, aksk } = await secmaster({ config: { extraWorkflows: 150 } })
    const workspace = await tempDir()
    const run = await runBundle({ workspace, inputs: { ...aksk, operation: 'export', 'workflow-name': SEEDED_WORKFLOW_NAME, 'upload-artifact': 'false', path: 'paged' } })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs['workflow-id']).toBe(SEEDED_WORKFLOW_ID)
    // 152 loose matches (the seeded one, its copy, 150 archives): two pages of 100.
    expect(sent(server, 'GET', '/soc/workflows')).toHaveLength(2)
  })

  it('uploads the export as an artifact, and backs up the workflow an import meets by name', async () => {
    const { aksk } = await secmaster()
    const artifacts = await sandbox.artifacts()
    const workspace = await tempDir()
    const env = { ...artifacts.env, GITHUB_REPOSITORY: 'acme/soc', GITHUB_RUN_ID: '9' }
    const exported = await runBundle({ workspace, env, inputs: { ...aksk, operation: 'export', 'workflow-id': SEEDED_WORKFLOW_ID, path: 'exported' } })
    expect(exported.exitCode, exported.stdout).toBe(0)
    expect(artifacts.artifacts.map((a) => a.name)).toEqual(['secmaster-Phishing-email-triage'])
    expect(exported.outputs['artifact-id']).toBe(String(artifacts.artifacts[0]!.id))

    await writeFile(path.join(workspace, 'vars.yml'), `${SEEDED_PLACEHOLDER}: ${SEEDED_SECRET_VALUE}\n`)
    const imported = await runBundle({ workspace, env, inputs: { ...aksk, operation: 'import', path: 'exported', backup: 'true', 'vars-file': 'vars.yml' } })
    expect(imported.exitCode, imported.stdout).toBe(0)
    expect(imported.outputs['backup-artifact-id']).toBeTruthy()
    expect(artifacts.artifacts.map((a) => a.name)[1]).toMatch(new RegExp(`^backup-secmaster-${SEEDED_WORKFLOW_ID}-`))
  })

  it('promotes from staging to a fresh production workspace: a new workflow, found by name, no drift after', async () => {
    const staging = await secmaster()
    const production = await secmaster({ config: { empty: true } })
    const workspace = await tempDir()
    const exported = await runBundle({ workspace, inputs: { ...staging.aksk, operation: 'export', 'workflow-id': SEEDED_WORKFLOW_ID, 'upload-artifact': 'false', path: 'bundle' } })
    expect(exported.exitCode, exported.stdout).toBe(0)
    await writeFile(path.join(workspace, 'prod.yml'), `${SEEDED_PLACEHOLDER}: ti-production-token-0000\n`)
    const dry = await runBundle({ workspace, inputs: { ...production.token, operation: 'import', path: 'bundle', 'vars-file': 'prod.yml', 'dry-run': 'true' } })
    expect(dry.stdout).toMatch(/the name "Phishing email triage" is free/)
    const imported = await runBundle({ workspace, inputs: { ...production.token, operation: 'import', path: 'bundle', 'vars-file': 'prod.yml' } })
    expect(imported.exitCode, imported.stdout).toBe(0)
    const created = (await secmasterState(production.server)).workflows
    expect(created).toHaveLength(1)
    expect(imported.outputs['workflow-id']).toBe(created[0]!.id)
    expect(created[0]!.id).not.toBe(SEEDED_WORKFLOW_ID)
    expect(JSON.stringify(created[0]!.document)).toContain('ti-production-token-0000')
    const diff = await runBundle({ workspace, inputs: { ...production.token, operation: 'diff', path: 'bundle', 'workflow-id': created[0]!.id, 'fail-on-drift': 'true' } })
    expect(diff.exitCode, diff.stdout).toBe(0)
    expect(diff.outputs.changed).toBe('false')
  })

  it('answers an unknown id with the documented 400 and says what to check', async () => {
    const { aksk } = await secmaster()
    const workspace = await tempDir()
    const run = await runBundle({ workspace, inputs: { ...aksk, operation: 'export', 'workflow-id': '00000000-0000-4000-8000-000000000000', 'upload-artifact': 'false' } })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.status).toBe('failed')
    expect(run.stdout).toMatch(/failed with HTTP 400, code SecMaster\.20040611: The workflow 00000000-0000-4000-8000-000000000000 does not exist\. \(request id [0-9a-f]+\)/)
    expect(run.stdout).toMatch(/does not know this workflow id/)
  })

  it('redacts the secret on export, and a vars-file import restores the original bytes', async () => {
    const { server, aksk } = await secmaster()
    const workspace = await tempDir()
    const exported = await runBundle({ workspace, inputs: { ...aksk, operation: 'export', 'workflow-id': SEEDED_WORKFLOW_ID, 'upload-artifact': 'false', path: 'redacted' } })
    expect(exported.exitCode, exported.stdout).toBe(0)
    const original = (await secmasterState(server)).lastExport!
    const text = await readFile(path.join(workspace, 'redacted/workflow.json'), 'utf8')
    expect(text).not.toContain(SEEDED_SECRET_VALUE)
    expect(text).toContain(`\${flowferry.${SEEDED_PLACEHOLDER}}`)
    const manifest = JSON.parse(await readFile(path.join(workspace, 'redacted/flowferry.json'), 'utf8'))
    expect(manifest.placeholders).toEqual([expect.objectContaining({ name: SEEDED_PLACEHOLDER, file: 'workflow.json', pointer: '/versions/0/taskconfig/threat_intel/api_token' })])

    await writeFile(path.join(workspace, 'vars.yml'), `${SEEDED_PLACEHOLDER}: ${SEEDED_SECRET_VALUE}\n`)
    const imported = await runBundle({ workspace, inputs: { ...aksk, operation: 'import', path: 'redacted', 'vars-file': 'vars.yml' } })
    expect(imported.exitCode, imported.stdout).toBe(0)
    expect((await secmasterState(server)).lastImport).toMatchObject({ sha256: original.sha256, bytes: original.bytes })
  })

  it('says so when the imported workflow cannot be told apart by name', async () => {
    const { aksk } = await secmaster({ config: { sameName: 'duplicate' } })
    const workspace = await tempDir()
    await writeFile(path.join(workspace, 'ip.json'), JSON.stringify({ name: AMBIGUOUS_NAME, versions: [] }))
    const run = await runBundle({ workspace, inputs: { ...aksk, operation: 'import', path: 'ip.json' } })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs['workflow-id'] ?? '').toBe('')
    expect(run.stdout).toMatch(/3 workflows are named "Block malicious IP" .*so workflow-id is not set/)
  })

  it('reports a refused import with SecMaster\'s code when the name is taken and the tenant rejects duplicates', async () => {
    const { aksk } = await secmaster({ config: { sameName: 'reject' } })
    const workspace = await tempDir()
    await writeFile(path.join(workspace, 'ip.json'), JSON.stringify({ name: AMBIGUOUS_NAME, versions: [] }))
    const run = await runBundle({ workspace, inputs: { ...aksk, operation: 'import', path: 'ip.json' } })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(/POST \/v1\/\S+\/soc\/workflows\/import failed with HTTP 400, code SecMaster\.20048004: A workflow named Block malicious IP already exists \(request id \w+\)/)
  })

  it('retries APIG.0308 throttling after a pause, and never sends an import twice after a lost reply', async () => {
    const { server, aksk } = await secmaster({ config: { throttleNext: 1 } })
    const workspace = await tempDir()
    await writeFile(path.join(workspace, 'new.json'), JSON.stringify({ name: 'Fresh playbook', versions: [] }))
    const throttled = await runBundle({ workspace, inputs: { ...aksk, operation: 'import', path: 'new.json' } })
    expect(throttled.exitCode, throttled.stdout).toBe(0)
    expect(throttled.stdout).toMatch(/HTTP 429 APIG\.0308; retrying in 2(\.\d+)?s as the platform's documentation advises \(no Retry-After\) \(attempt 2/)
    expect(sent(server, 'POST', '/soc/workflows/import')).toHaveLength(2)

    server.requests.length = 0
    server.faults.add({ kind: 'reset-after-body', method: 'POST', path: '/soc/workflows/import' })
    const lost = await runBundle({ workspace, inputs: { ...aksk, operation: 'import', path: 'new.json' } })
    expect(lost.exitCode).toBe(1)
    expect(sent(server, 'POST', '/soc/workflows/import')).toHaveLength(1)
    expect(lost.stdout).toMatch(/did not send it again/)
  })

  it('refuses a bad signature or token with the gateway code, and never logs a secret', async () => {
    const { server, aksk, token } = await secmaster()
    const workspace = await tempDir()
    const badSk = await runBundle({ workspace, inputs: { ...aksk, 'secret-access-key': 'sk-wrong-0000000000', operation: 'export', 'workflow-id': SEEDED_WORKFLOW_ID, 'upload-artifact': 'false' } })
    expect(badSk.exitCode).toBe(1)
    expect(badSk.stdout).toMatch(/HTTP 401, code APIG\.0301: Incorrect IAM authentication information: verify aksk signature fail/)
    server.app.configure!({ tokenExpired: true })
    const expired = await runBundle({ workspace, debug: true, inputs: { ...token, operation: 'export', 'workflow-id': SEEDED_WORKFLOW_ID, 'upload-artifact': 'false' } })
    expect(expired.exitCode).toBe(1)
    expect(expired.stdout).toMatch(/APIG\.0307: The token must be updated/)
    for (const run of [badSk, expired]) {
      for (const secret of [SANDBOX_TOKEN, aksk['secret-access-key']!, 'sk-wrong-0000000000']) expect(everythingWritten(run)).not.toContain(secret)
    }
  })

  it('fails at once on missing inputs, naming them', async () => {
    const { aksk } = await secmaster()
    const workspace = await tempDir()
    const { 'workspace-id': _, ...noWorkspace } = aksk
    const run = await runBundle({ workspace, inputs: { ...noWorkspace, operation: 'export', 'workflow-id': SEEDED_WORKFLOW_ID } })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(/Input 'workspace-id': is missing/)
    const noTarget = await runBundle({ workspace, inputs: { ...aksk, operation: 'export' } })
    expect(noTarget.exitCode).toBe(1)
    expect(noTarget.stdout).toMatch(/Input 'workflow-id': is missing: export on Huawei Cloud SecMaster needs 'workflow-id', or 'workflow-name'/)
  })
})
