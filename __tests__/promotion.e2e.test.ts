import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { SEEDED_FLOW_ID, SEEDED_SECRET_VALUE, SEEDED_WORKFLOW_ID } from '../src/sandbox/emulators/koreai/seed.js'
import { everythingWritten, runBundle } from './helpers/action.js'
import { writeKoreaiPackage } from './helpers/koreai.js'
import { sent, useSandbox } from './helpers/sandbox.js'
import { VirtualClock } from './helpers/virtual-clock.js'
import { useTempDirs } from './helpers/workspace.js'

const sandbox = useSandbox()
const tempDir = useTempDirs()

interface SandboxState {
  workflows: { id: string; name: string; documents: { envVariables: { key: string; value: string }[] } }[]
}

async function state(url: string): Promise<SandboxState> {
  return (await (await fetch(`${url}/__sandbox/state`)).json()) as SandboxState
}

/** Two environments, each its own sandbox: staging (the seeded workflow) and production. */
async function environments() {
  const staging = await sandbox.platform('koreai', { jobs: { durationMs: 200, outcome: 'success' } })
  const production = await sandbox.platform('koreai', { jobs: { durationMs: 200, outcome: 'success' } })
  const artifacts = await sandbox.artifacts()
  const key = staging.app.inputs['api-key']!
  const env = { ...artifacts.env, GITHUB_REPOSITORY: 'acme/flows', GITHUB_RUN_ID: '9' }
  const common = { platform: 'koreai', 'api-key': key, 'poll-interval': '200ms' }
  return { staging, production, artifacts, env, common, key }
}

describe('promoting a Kore.ai workflow with secure variables', () => {
  it('keeps the secret out of the artifact and restores it from the vars-file on import', async () => {
    const { staging, production, artifacts, env, common, key } = await environments()
    const workspace = await tempDir()
    const exported = await runBundle({
      workspace,
      env,
      inputs: { ...common, 'base-url': staging.url, operation: 'export', 'workflow-id': SEEDED_WORKFLOW_ID, 'flow-id': SEEDED_FLOW_ID, path: 'bundles/triage' },
    })
    expect(exported.exitCode, exported.stdout).toBe(0)
    for (const file of await readdir(path.join(workspace, 'bundles/triage'))) {
      expect(await readFile(path.join(workspace, 'bundles/triage', file), 'utf8')).not.toContain(SEEDED_SECRET_VALUE)
    }
    const artifact = await readFile(artifacts.artifacts[0]!.file)
    expect(artifact.includes(Buffer.from(SEEDED_SECRET_VALUE))).toBe(false)
    // The reason is text about the bundle: Markdown-escaped in the summary (core/markdown.ts).
    expect(exported.summary).toContain('`ERP_API_TOKEN` (env\\_variables.json /1/value: Kore.ai variable marked secure)')
    const manifest = JSON.parse(await readFile(path.join(workspace, 'bundles/triage/flowferry.json'), 'utf8'))
    expect(manifest.placeholders).toEqual([{ name: 'ERP_API_TOKEN', file: 'env_variables.json', pointer: '/1/value', reason: 'Kore.ai variable marked secure' }])

    // Without a value the import stops before sending anything, naming what is missing and where.
    production.requests.length = 0
    const missing = await runBundle({ workspace, env, inputs: { ...common, 'base-url': production.url, operation: 'import', path: 'bundles/triage' } })
    expect(missing.exitCode).toBe(1)
    expect(missing.stdout).toMatch(/::error title=flowferry vars\.missing,file=bundles\/triage\/env_variables\.json,line=\d+,col=\d+::no value for placeholder ERP_API_TOKEN/)
    expect(missing.stdout).toContain('FLOWFERRY_VAR_ERP_API_TOKEN')
    expect(sent(production, 'POST')).toEqual([])

    const productionSecret = 'erp-production-token-41f9'
    await mkdir(path.join(workspace, 'environments'))
    await writeFile(path.join(workspace, 'environments/production.yml'), `ERP_API_TOKEN: ${productionSecret}\n`)
    const imported = await runBundle({
      workspace,
      env,
      debug: true,
      inputs: { ...common, 'base-url': production.url, operation: 'import', path: 'bundles/triage', 'workflow-name': 'Invoice triage (new)', 'vars-file': 'environments/production.yml' },
    })
    expect(imported.exitCode, imported.stdout).toBe(0)
    expect(imported.stdout).toContain('filled 1 placeholder(s): ERP_API_TOKEN from environments/production.yml')
    expect(everythingWritten(imported)).not.toContain(productionSecret)
    const created = (await state(production.url)).workflows.find((w) => w.id === imported.outputs['workflow-id'])!
    expect(created.documents.envVariables.find((v) => v.key === 'ERP_API_TOKEN')!.value).toBe(productionSecret)
    expect(everythingWritten(imported)).not.toContain(key)

    // A dry run checks the filled copy, but annotates the bundle's own manifest, not a temporary file.
    const dry = await runBundle({
      workspace,
      env,
      inputs: { ...common, 'base-url': production.url, operation: 'import', path: 'bundles/triage', 'dry-run': 'true', 'vars-file': 'environments/production.yml' },
    })
    expect(dry.exitCode, dry.stdout).toBe(0)
    // What could not be checked is said as such, and the bundle is named as the workspace holds it.
    expect(dry.stdout).toMatch(/not checked: whether the name "Invoice triage" is free: Kore\.ai has no API that lists workflows/)
    expect(JSON.parse(dry.outputs.result!).path).toBe('bundles/triage')
    expect(dry.stdout).not.toContain('flowferry-filled-')
    const refused = await runBundle({
      workspace,
      env,
      inputs: { ...common, 'api-key': 'kg-wrong-key-000', 'base-url': production.url, operation: 'import', path: 'bundles/triage', 'dry-run': 'true', 'vars-file': 'environments/production.yml' },
    })
    expect(refused.stdout).toMatch(/::error title=flowferry koreai\.credentials,file=bundles\/triage\/flowferry\.json/)
    expect(refused.stdout).not.toContain('flowferry-filled-')
  })

  it('round-trips: export redacted, import with the staging value, and the document is the original', async () => {
    const { staging, env, common } = await environments()
    const workspace = await tempDir()
    expect(
      (
        await runBundle({
          workspace,
          env,
          inputs: { ...common, 'base-url': staging.url, operation: 'export', 'workflow-id': SEEDED_WORKFLOW_ID, path: 'b', 'upload-artifact': 'false' },
        })
      ).exitCode,
    ).toBe(0)
    const imported = await runBundle({
      workspace,
      env: { ...env, FLOWFERRY_VAR_ERP_API_TOKEN: SEEDED_SECRET_VALUE },
      inputs: { ...common, 'base-url': staging.url, operation: 'import', path: 'b', 'workflow-name': 'Round trip' },
    })
    expect(imported.exitCode, imported.stdout).toBe(0)
    expect(everythingWritten(imported)).not.toContain(SEEDED_SECRET_VALUE)
    const all = (await state(staging.url)).workflows
    expect(all.find((w) => w.name === 'Round trip')!.documents).toEqual(all.find((w) => w.id === SEEDED_WORKFLOW_ID)!.documents)
  })

  it('keeps secrets in the bundle only when asked (redact-secrets: false)', async () => {
    const { staging, common } = await environments()
    const workspace = await tempDir()
    const run = await runBundle({
      workspace,
      inputs: { ...common, 'base-url': staging.url, operation: 'export', 'workflow-id': SEEDED_WORKFLOW_ID, path: 'b', 'upload-artifact': 'false', 'redact-secrets': 'false' },
    })
    expect(run.exitCode).toBe(0)
    expect(await readFile(path.join(workspace, 'b/env_variables.json'), 'utf8')).toContain(SEEDED_SECRET_VALUE)
  })

  it('backs up what an import replaces as its own artifact, and says how to roll back', async () => {
    const { staging, artifacts, env, common } = await environments()
    const workspace = await tempDir()
    await writeKoreaiPackage(path.join(workspace, 'next.zip'), { flow: { nodes: [{ id: 'start' }] }, app: { name: 'Invoice triage' }, env: [] })
    const run = await runBundle({
      workspace,
      env,
      inputs: { ...common, 'base-url': staging.url, operation: 'import', path: 'next.zip', 'workflow-id': SEEDED_WORKFLOW_ID, backup: 'true' },
    })
    expect(run.exitCode, run.stdout).toBe(0)
    const backup = artifacts.artifacts.find((a) => a.name.startsWith(`backup-koreai-${SEEDED_WORKFLOW_ID}`))!
    expect(backup).toBeDefined()
    expect(run.outputs['backup-artifact-id']).toBe(String(backup.id))
    expect(run.summary).toMatch(/backup of a-7d2c.* taken before the import: artifact backup-koreai-.*To roll back, import that bundle into a-7d2c/)
    // the backup holds the workflow as it was, without its secret
    const backupDir = path.join(workspace, 'flowferry-backup', backup.name)
    expect(JSON.parse(await readFile(path.join(backupDir, 'flow_definition.json'), 'utf8')).nodes).toHaveLength(5)
    expect(await readFile(path.join(backupDir, 'env_variables.json'), 'utf8')).not.toContain(SEEDED_SECRET_VALUE)
  })
})

describe('batches', () => {
  it('imports 20 bundles four at a time: 18 succeed, the 2 bad ones fail alone, and the step fails', async () => {
    const server = await sandbox.platform('koreai', { jobs: { durationMs: 300, outcome: 'success' } })
    const workspace = await tempDir()
    await mkdir(path.join(workspace, 'bundles'))
    for (let i = 1; i <= 20; i++) {
      const name = `flow-${String(i).padStart(2, '0')}`
      if (i === 7) await writeFile(path.join(workspace, 'bundles', `${name}.zip`), 'not a zip at all')
      else if (i === 13) await writeKoreaiPackage(path.join(workspace, 'bundles', `${name}.zip`), { flow: [], app: { name } })
      else await writeKoreaiPackage(path.join(workspace, 'bundles', `${name}.zip`), { flow: { nodes: [] }, app: { name } })
    }
    const run = await runBundle({
      workspace,
      inputs: { platform: 'koreai', operation: 'import', 'base-url': server.url, 'api-key': server.app.inputs['api-key']!, path: 'bundles/*.zip', 'poll-interval': '200ms' },
    })
    expect(run.exitCode).toBe(1)
    const results = JSON.parse(run.outputs.result!) as { path: string; status: string; message?: string }[]
    expect(results).toHaveLength(20)
    expect(results.filter((r) => r.status === 'succeeded')).toHaveLength(18)
    expect(results.filter((r) => r.status === 'failed').map((r) => r.path)).toEqual(['bundles/flow-07.zip', 'bundles/flow-13.zip'])
    expect(run.outputs.status).toBe('failed')
    expect(run.outputs['workflow-id']).toBe('')
    expect(run.stdout).toMatch(/::error::2 of 20 bundles failed:/)
    expect(run.summary.match(/\| `bundles\/flow-\d\d\.zip` \|/g)).toHaveLength(20)
    expect(sent(server, 'POST', '/api/public/workflows/import')).toHaveLength(18)
    // Each package was unpacked into RUNNER_TEMP; every one of those directories is gone at the end.
    expect((await readdir(path.join(workspace, '.runner'))).filter((name) => name.startsWith('flowferry-adopt-'))).toEqual([])
  })

  it("sends the next bundle's files while the job before it runs, and imports each bundle once", async () => {
    // The sandbox's jobs end only when the test moves its clock: what arrives before that arrived while job 1 ran.
    const clock = new VirtualClock()
    const server = await sandbox.platform('koreai', { clock, jobs: { durationMs: 1_000, outcome: 'success' } })
    const workspace = await tempDir()
    await mkdir(path.join(workspace, 'bundles'))
    for (const name of ['flow-1', 'flow-2']) await writeKoreaiPackage(path.join(workspace, 'bundles', `${name}.zip`), { flow: { nodes: [] }, app: { name } })
    const running = runBundle({
      workspace,
      inputs: { platform: 'koreai', operation: 'import', 'base-url': server.url, 'api-key': server.app.inputs['api-key']!, path: 'bundles/*.zip', concurrency: '1', 'poll-interval': '200ms' },
    })
    const uploads = () => server.requests.filter((r) => r.path === '/api/public/files' && r.status === 200).length
    const imports = () => sent(server, 'POST', '/api/public/workflows/import').length
    await until(() => uploads() === 6)
    expect(imports()).toBe(1)
    clock.advance(1_000)
    await until(() => imports() === 2)
    clock.advance(1_000)
    const run = await running
    expect(run.exitCode, run.stdout).toBe(0)
    expect(imports()).toBe(2)
    expect(uploads()).toBe(6)
    expect(run.stdout).toContain('Send the files of bundles/flow-2.zip to Kore.ai')
  })
})

/** Resolves once `condition` holds, looking again after each turn of the event loop's timers. */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10))
}
