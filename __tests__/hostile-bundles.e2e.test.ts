import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { SEEDED_FLOW_ID, SEEDED_WORKFLOW_ID } from '../src/sandbox/emulators/koreai/seed.js'
import { SEEDED_FLOW_ID as LEAPWORK_FLOW_ID } from '../src/sandbox/emulators/leapwork/seed.js'
import { everythingWritten, runBundle } from './helpers/action.js'
import { clashingPackage, koreaiFiles, OUTSIDE_SECRET, scenarios, writeSealed } from './helpers/hostile-bundle.js'
import { writeRawZip } from './helpers/zip.js'
import { sent, useSandbox } from './helpers/sandbox.js'
import { useTempDirs } from './helpers/workspace.js'

const sandbox = useSandbox()
const tempDir = useTempDirs()

async function koreai() {
  const server = await sandbox.platform('koreai', { jobs: { durationMs: 100, outcome: 'success' } })
  const base = { platform: 'koreai', 'base-url': server.url, 'api-key': server.app.inputs['api-key']!, 'poll-interval': '100ms', 'upload-artifact': 'false' }
  return { server, base }
}

describe('hostile bundles through dist/index.js: refused by name, nothing read from outside, nothing sent', () => {
  it('a sound hand-made bundle passes, so the refusals below are the defences at work', async () => {
    const { server, base } = await koreai()
    const workspace = await tempDir()
    await writeSealed(path.join(workspace, 'bundles/sound'), koreaiFiles('Sound'))
    const validated = await runBundle({ workspace, inputs: { platform: 'koreai', operation: 'validate', path: 'bundles/sound' } })
    expect(validated.outputs.status, validated.stdout).toBe('succeeded')
    const imported = await runBundle({ workspace, inputs: { ...base, operation: 'import', path: 'bundles/sound', 'workflow-name': 'Sound copy' } })
    expect(imported.outputs.status, imported.stdout).toBe('succeeded')
    expect(sent(server, 'POST', '/api/public/files')).toHaveLength(3)
  })

  for (const scenario of scenarios) {
    it(`${scenario.name}: validate, import and diff fail naming it`, async () => {
      const { server, base } = await koreai()
      const workspace = await tempDir()
      const outside = await tempDir()
      const built = await scenario.build(workspace, outside)
      server.requests.length = 0
      const runs = {
        validate: await runBundle({ workspace, inputs: { platform: 'koreai', operation: 'validate', path: built.path } }),
        import: await runBundle({ workspace, inputs: { ...base, operation: 'import', path: built.path, 'workflow-name': 'Hostile copy' } }),
        diff: await runBundle({ workspace, inputs: { ...base, operation: 'diff', path: built.path, 'workflow-id': SEEDED_WORKFLOW_ID } }),
      }
      for (const [operation, run] of Object.entries(runs)) {
        const where = `${operation}:\n${run.stdout}\n${run.stderr}`
        expect(run.outputs.status, where).toBe('failed')
        expect(run.exitCode, where).toBe(1)
        expect(run.stdout, where).toMatch(scenario.rule)
        expect(run.stdout, where).toMatch(built.names)
        expect(run.stdout, where).not.toMatch(/Unexpected error|Maximum call stack|EISDIR|ELOOP/)
        expect(everythingWritten(run), where).not.toContain(OUTSIDE_SECRET)
      }
      // Not one file reached the platform; diff may have exported the live workflow, nothing more.
      expect(sent(server, 'POST').filter((line) => !line.includes('/export')), server.requests.map((r) => r.path).join('\n')).toEqual([])
    })
  }

  it('export: a path that leaves the workspace, or is the workspace, fails and creates nothing', async () => {
    const { server, base } = await koreai()
    const root = await tempDir()
    const workspace = path.join(root, 'workspace')
    await mkdir(workspace)
    await mkdir(path.join(root, 'elsewhere'))
    await symlink(path.join(root, 'elsewhere'), path.join(workspace, 'linked'))
    const exportTo = (target: string) =>
      runBundle({ workspace, inputs: { ...base, operation: 'export', 'workflow-id': SEEDED_WORKFLOW_ID, 'flow-id': SEEDED_FLOW_ID, path: target } })
    for (const [target, message] of [
      ['../escaped', /Input 'path': '\.\.\/escaped' is outside the workspace/],
      ['../../somewhere', /outside the workspace/],
      [path.join(root, 'absolute'), /outside the workspace/],
      ['linked/bundle', /goes through linked, a symbolic link to a place outside the workspace/],
      ['linked', /is a symbolic link/],
      ['.', /is the workspace itself/],
    ] as const) {
      const run = await exportTo(target)
      expect(run.outputs.status, run.stdout).toBe('failed')
      expect(run.exitCode).toBe(1)
      expect(run.stdout).toMatch(message)
    }
    expect((await readdir(root)).sort()).toEqual(['elsewhere', 'workspace'])
    expect(await readdir(path.join(root, 'elsewhere'))).toEqual([])
    expect(sent(server, 'POST')).toEqual([])
    const inside = await exportTo('exports/ok')
    expect(inside.outputs.status, inside.stdout).toBe('succeeded')
  })

  it('a glob that reaches outside the workspace, directly or through a linked folder, fails naming the match', async () => {
    const root = await tempDir()
    const workspace = path.join(root, 'workspace')
    await writeSealed(path.join(root, 'outside/bundle'), koreaiFiles())
    await writeSealed(path.join(workspace, 'bundles/fine'), koreaiFiles())
    await symlink(path.join(root, 'outside'), path.join(workspace, 'bundles/linked'))
    for (const pattern of ['../outside/*', 'bundles/*']) {
      const run = await runBundle({ workspace, inputs: { platform: 'koreai', operation: 'validate', path: pattern } })
      expect(run.outputs.status, run.stdout).toBe('failed')
      expect(run.stdout).toMatch(/Input 'path': '.*' (is|resolves \(through a symbolic link\) to a place) outside the workspace/)
    }
  })

  it('export packages with clashing or nested entries: refused, or the top-level files taken', async () => {
    const { server, base } = await koreai()
    const workspace = await tempDir()
    await clashingPackage(path.join(workspace, 'case.zip'), 'case')
    await clashingPackage(path.join(workspace, 'nfd.zip'), 'nfd')
    await clashingPackage(path.join(workspace, 'nested.zip'), 'nested')
    const caseRun = await runBundle({ workspace, inputs: { platform: 'koreai', operation: 'validate', path: 'case.zip' } })
    expect(caseRun.outputs.status).toBe('failed')
    expect(caseRun.stdout).toMatch(/entries "flow_definition\.json" and "FLOW_DEFINITION\.json" name the same file/)
    const nfdRun = await runBundle({ workspace, inputs: { ...base, operation: 'import', path: 'nfd.zip', 'workflow-name': 'NFD' } })
    expect(nfdRun.outputs.status).toBe('failed')
    expect(nfdRun.stdout).toMatch(/entries "caf(é|e\u0301)\.json" and "caf(é|e\u0301)\.json" name the same file/u)
    expect(sent(server, 'POST')).toEqual([])
    const nested = await runBundle({ workspace, inputs: { ...base, operation: 'import', path: 'nested.zip', 'workflow-name': 'Top level' } })
    expect(nested.outputs.status, nested.stdout).toBe('succeeded')
    const state = (await (await fetch(`${server.url}/__sandbox/state`)).json()) as { workflows: { name: string; documents: Record<string, unknown> }[] }
    const imported = state.workflows.find((workflow) => workflow.name === 'Top level')
    expect(JSON.stringify(imported?.documents.flowData)).toContain('the real one')
    expect(JSON.stringify(state)).not.toContain(OUTSIDE_SECRET)
  })

  it('a sealed Leapwork bundle whose package holds one entry twice: validate, import and diff refuse it, nothing is sent', async () => {
    const server = await sandbox.platform('leapwork')
    const base = { platform: 'leapwork', 'base-url': server.url, 'api-key': server.app.inputs['api-key']!, 'upload-artifact': 'false' }
    const workspace = await tempDir()
    const dir = path.join(workspace, 'bundles/twice')
    await mkdir(dir, { recursive: true })
    await writeRawZip(path.join(dir, 'Login.zip'), [
      { name: 'Flows/Login.flow', data: '{"Title":"Login"}' },
      { name: 'flows/login.FLOW', data: JSON.stringify({ Title: OUTSIDE_SECRET }) },
    ])
    const data = await readFile(path.join(dir, 'Login.zip'))
    await writeSealed(dir, [{ path: 'Login.zip', role: 'package', data }], { platform: 'leapwork', name: 'Login' })
    server.requests.length = 0
    for (const inputs of [
      { platform: 'leapwork', operation: 'validate', path: 'bundles/twice' },
      { ...base, operation: 'import', path: 'bundles/twice', 'target-folder': 'Team A' },
      { ...base, operation: 'diff', path: 'bundles/twice', 'workflow-id': LEAPWORK_FLOW_ID },
    ]) {
      const run = await runBundle({ workspace, inputs })
      expect(run.outputs.status, run.stdout).toBe('failed')
      expect(run.stdout).toMatch(/entries "Flows\/Login\.flow" and "flows\/login\.FLOW" name the same file/)
      expect(run.stdout).toMatch(/bundles\/twice\/Login\.zip/)
    }
    expect(sent(server, 'POST')).toEqual([])
  })

  it('a vars-file that is a link to a file outside the workspace is refused by name; its values go nowhere', async () => {
    const { server, base } = await koreai()
    const workspace = await tempDir()
    const outside = await tempDir()
    const files = koreaiFiles()
    files[0] = { ...files[0]!, data: '{"nodes":[{"id":"start","prompt":"${flowferry.LEAK}"}]}' }
    await writeSealed(path.join(workspace, 'bundles/vars'), files)
    await writeFile(path.join(outside, 'prod.yml'), `LEAK: ${OUTSIDE_SECRET}\n`)
    await symlink(path.join(outside, 'prod.yml'), path.join(workspace, 'prod.yml'))
    server.requests.length = 0
    const run = await runBundle({ workspace, inputs: { ...base, operation: 'import', path: 'bundles/vars', 'workflow-name': 'Vars', 'vars-file': 'prod.yml' } })
    expect(run.outputs.status, run.stdout).toBe('failed')
    expect(run.stdout).toMatch(/Input 'vars-file': 'prod\.yml' resolves \(through a symbolic link\) to a place outside the workspace/)
    expect(everythingWritten(run)).not.toContain(OUTSIDE_SECRET)
    expect(sent(server, 'POST')).toEqual([])
  })

  it('a workspace reached through a symbolic link (as /tmp is on macOS) works for export, validate and import', async () => {
    const { base } = await koreai()
    const root = await tempDir()
    await mkdir(path.join(root, 'private-tmp/workspace'), { recursive: true })
    await symlink(path.join(root, 'private-tmp'), path.join(root, 'tmp'))
    const workspace = path.join(root, 'tmp/workspace')
    const exported = await runBundle({ workspace, inputs: { ...base, operation: 'export', 'workflow-id': SEEDED_WORKFLOW_ID, 'flow-id': SEEDED_FLOW_ID, path: 'bundles/linked-root' } })
    expect(exported.outputs.status, exported.stdout).toBe('succeeded')
    expect(exported.outputs.path).toBe('bundles/linked-root')
    const validated = await runBundle({ workspace, inputs: { platform: 'koreai', operation: 'validate', path: 'bundles/*' } })
    expect(validated.outputs.status, validated.stdout).toBe('succeeded')
    const imported = await runBundle({ workspace, env: { FLOWFERRY_VAR_ERP_API_TOKEN: 'token-for-the-test' }, inputs: { ...base, operation: 'import', path: 'bundles/linked-root', 'workflow-name': 'Through a link' } })
    expect(imported.outputs.status, imported.stdout).toBe('succeeded')
  })
})
