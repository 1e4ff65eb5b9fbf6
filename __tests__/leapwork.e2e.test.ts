import { createHash } from 'node:crypto'
import { copyFile, mkdir, readFile } from 'node:fs/promises'
import { networkInterfaces } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { REGRESSION_ID, SEEDED_FLOW_ID, SEEDED_FLOW_TITLE } from '../src/sandbox/emulators/leapwork/seed.js'
import type { SandboxStartOptions } from '../src/sandbox/server.js'
import { everythingWritten, runBundle } from './helpers/action.js'
import { sent, useSandbox } from './helpers/sandbox.js'
import { useTempDirs } from './helpers/workspace.js'
import { writeRawZip } from './helpers/zip.js'

const sandbox = useSandbox()
const tempDir = useTempDirs()
const PACKAGE = `${SEEDED_FLOW_TITLE}.zip`

interface State {
  items: { id: string; path: string; type: string; parentId: string | null }[]
  imports: { target: string; timeoutMinutes: number; part: string; filename: string; contentType: string; bytes: number; sha256: string; outcome: string }[]
  folderRequests: { parentId: string | null; folder: string | null; status: number }[]
}

async function leapwork(options: SandboxStartOptions = {}) {
  const server = await sandbox.platform('leapwork', options)
  const base = { platform: 'leapwork', 'base-url': server.url, 'api-key': server.app.inputs['api-key']! }
  const state = async () => (await (await fetch(`${server.url}/__sandbox/state`)).json()) as State
  const configure = (config: Record<string, unknown>) => server.app.configure!(config)
  return { server, base, state, configure }
}

async function exportSeeded(base: Record<string, string>, workspace: string, extra: Record<string, string> = {}, env: Record<string, string> = {}) {
  return runBundle({ workspace, env, inputs: { ...base, operation: 'export', 'workflow-id': SEEDED_FLOW_ID, 'upload-artifact': 'false', path: 'exported', ...extra } })
}

const sha256 = async (file: string) => createHash('sha256').update(await readFile(file)).digest('hex')

describe('Leapwork Controller through dist/index.js', () => {
  it('exports an item into a bundle holding its zip byte for byte', async () => {
    const { server, base } = await leapwork()
    const workspace = await tempDir()
    const run = await exportSeeded(base, workspace)
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs).toMatchObject({ status: 'succeeded', 'workflow-id': SEEDED_FLOW_ID, path: 'exported' })
    expect(JSON.parse(run.outputs.files!)).toEqual(['exported/flowferry.json', `exported/${PACKAGE}`])
    const manifest = JSON.parse(await readFile(path.join(workspace, 'exported/flowferry.json'), 'utf8'))
    expect(manifest).toMatchObject({ platform: 'leapwork', name: SEEDED_FLOW_TITLE, files: [{ path: PACKAGE, role: 'package' }] })
    expect(sent(server, 'GET', '/api/v4/export/')).toEqual([`GET /api/v4/export/30/${SEEDED_FLOW_ID}`])
    // The package is kept byte for byte, so redact-secrets cannot look inside it, and says so.
    expect(run.stdout).toContain(`::warning::redact-secrets could not search ${PACKAGE} (a zip archive, kept byte for byte)`)
    const direct = Buffer.from(await (await fetch(`${server.url}/api/v4/export/30/${SEEDED_FLOW_ID}`, { headers: { AccessKey: base['api-key']! } })).arrayBuffer())
    expect(await readFile(path.join(workspace, 'exported', PACKAGE))).toEqual(direct)
  })

  it('imports into a folder given by path: the zip unchanged, as the part "zip file", timeoutMinutes from timeout', async () => {
    const { server, base, state } = await leapwork()
    const workspace = await tempDir()
    expect((await exportSeeded(base, workspace)).exitCode).toBe(0)
    server.requests.length = 0
    const run = await runBundle({ workspace, inputs: { ...base, operation: 'import', path: 'exported', 'target-folder': 'Team A/Smoke', timeout: '90s' } })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs).toMatchObject({ status: 'succeeded', 'platform-status': 'IsSuccessful=true' })
    const after = await state()
    const imported = after.items.find((item) => item.path === `Team A/Smoke/${SEEDED_FLOW_TITLE}`)!
    expect(imported.type).toBe('Flow')
    expect(run.outputs['workflow-id']).toBe(imported.id)
    expect(after.imports).toEqual([
      {
        target: after.items.find((item) => item.path === 'Team A/Smoke')!.id,
        timeoutMinutes: 2,
        part: 'zip file',
        filename: PACKAGE,
        contentType: 'application/x-zip-compressed',
        bytes: (await readFile(path.join(workspace, 'exported', PACKAGE))).length,
        sha256: await sha256(path.join(workspace, 'exported', PACKAGE)),
        outcome: 'imported',
      },
    ])
    expect(sent(server, 'POST')).toHaveLength(1)
    expect(sent(server, 'PUT')).toEqual([])
    // The tree is read once to find the folder and once more after the import, to name the new item.
    expect(sent(server, 'GET', '/hierarchy')).toHaveLength(2)
  })

  it('creates only the missing tail of the path with create-folders, and refuses without it', async () => {
    const { server, base, state } = await leapwork()
    const workspace = await tempDir()
    expect((await exportSeeded(base, workspace)).exitCode).toBe(0)
    server.requests.length = 0
    const refused = await runBundle({ workspace, inputs: { ...base, operation: 'import', path: 'exported', 'target-folder': 'Team A/Regression/Nightly/Edge' } })
    expect(refused.exitCode).toBe(1)
    expect(refused.stdout).toContain("Input 'target-folder': 'Team A/Regression/Nightly/Edge' does not exist: there is no folder 'Nightly' under 'Team A/Regression'. Set create-folders: true")
    expect(sent(server, 'PUT')).toEqual([])
    expect(sent(server, 'POST')).toEqual([])

    const run = await runBundle({ workspace, inputs: { ...base, operation: 'import', path: 'exported', 'target-folder': '/Team A/Regression/Nightly/Edge/', 'create-folders': 'true' } })
    expect(run.exitCode, run.stdout).toBe(0)
    const after = await state()
    expect(after.folderRequests).toEqual([{ parentId: REGRESSION_ID, folder: 'Nightly/Edge', status: 200 }])
    const edge = after.items.find((item) => item.path === 'Team A/Regression/Nightly/Edge')!
    expect(after.imports[0]!.target).toBe(edge.id)
    expect(after.items.some((item) => item.path === `Team A/Regression/Nightly/Edge/${SEEDED_FLOW_TITLE}`)).toBe(true)

    // A second run finds the folders and creates nothing.
    const again = await runBundle({ workspace, inputs: { ...base, operation: 'import', path: 'exported', 'target-folder': 'Team A/Regression/Nightly/Edge', 'create-folders': 'true' } })
    expect(again.exitCode, again.stdout).toBe(0)
    expect((await state()).folderRequests).toHaveLength(1)

    const top = await runBundle({ workspace, inputs: { ...base, operation: 'import', path: 'exported', 'target-folder': 'Production', 'create-folders': 'true' } })
    expect(top.exitCode, top.stdout).toBe(0)
    expect((await state()).folderRequests[1]).toEqual({ parentId: null, folder: 'Production', status: 200 })
  })

  it('imports a glob of packages into one new folder at once, creating it once', async () => {
    const { base, state } = await leapwork()
    const workspace = await tempDir()
    await mkdir(path.join(workspace, 'bundles'))
    // Packages without the sandbox's manifest: each item is titled after its file.
    for (const name of ['One', 'Two', 'Three']) await writeRawZip(path.join(workspace, 'bundles', `${name}.zip`), [{ name: `Flows/${name}.flow`, data: `{"Title":"${name}"}` }])
    const run = await runBundle({ workspace, inputs: { ...base, operation: 'import', path: 'bundles/*.zip', 'target-folder': 'Release/2026-12', 'create-folders': 'true', concurrency: '3' } })
    expect(run.exitCode, run.stdout).toBe(0)
    const after = await state()
    expect(after.imports.map((i) => i.outcome)).toEqual(['imported', 'imported', 'imported'])
    expect(after.items.filter((item) => item.path.startsWith('Release/2026-12/')).map((item) => item.path).sort()).toEqual(['Release/2026-12/One', 'Release/2026-12/Three', 'Release/2026-12/Two'])
    expect(after.items.filter((item) => item.path === 'Release')).toHaveLength(1)
    expect(after.folderRequests.filter((r) => r.status === 200)).toEqual([{ parentId: null, folder: 'Release/2026-12', status: 200 }])
    expect(JSON.parse(run.outputs.result!).map((r: { workflowName: string; workflowId: string }) => r.workflowId)).toEqual(
      ['One', 'Three', 'Two'].map((name) => after.items.find((item) => item.path === `Release/2026-12/${name}`)!.id),
    )
  })

  it('takes a folder id, and stops clearly at an ambiguous title, a flow, or an unknown id', async () => {
    const { server, base, state } = await leapwork()
    const workspace = await tempDir()
    expect((await exportSeeded(base, workspace)).exitCode).toBe(0)
    const byId = await runBundle({ workspace, inputs: { ...base, operation: 'import', path: 'exported', 'target-folder': REGRESSION_ID } })
    expect(byId.exitCode, byId.stdout).toBe(0)
    expect((await state()).imports[0]!.target).toBe(REGRESSION_ID)
    // A folder the whole tree leaves out is looked up by its id.
    server.app.configure!({ hidden: [REGRESSION_ID] })
    const hidden = await runBundle({ workspace, inputs: { ...base, operation: 'import', path: 'exported', 'target-folder': REGRESSION_ID } })
    expect(hidden.exitCode, hidden.stdout).toBe(0)
    expect(hidden.outputs['workflow-id']).toBe(SEEDED_FLOW_ID)
    expect(sent(server, 'GET', `/api/v4/hierarchy/${REGRESSION_ID}`)).toHaveLength(2)
    server.app.configure!({ hidden: [] })
    server.requests.length = 0

    const ambiguous = await runBundle({ workspace, inputs: { ...base, operation: 'import', path: 'exported', 'target-folder': 'Archive/Old' } })
    expect(ambiguous.exitCode).toBe(1)
    expect(ambiguous.stdout).toMatch(/Input 'target-folder': 'Archive' is ambiguous: 2 folders titled 'Archive' at the top level \(ids [0-9a-f-]+, [0-9a-f-]+\); give the folder's id instead/)

    const flow = await runBundle({ workspace, inputs: { ...base, operation: 'import', path: 'exported', 'target-folder': `Team A/Regression/${SEEDED_FLOW_TITLE}`, 'create-folders': 'true' } })
    expect(flow.exitCode).toBe(1)
    expect(flow.stdout).toContain(`Input 'target-folder': 'Team A/Regression/${SEEDED_FLOW_TITLE}' is a Flow (id ${SEEDED_FLOW_ID}), not a folder`)

    const flowId = await runBundle({ workspace, inputs: { ...base, operation: 'import', path: 'exported', 'target-folder': SEEDED_FLOW_ID } })
    expect(flowId.exitCode).toBe(1)
    expect(flowId.stdout).toContain(`${SEEDED_FLOW_ID} is a Flow ("${SEEDED_FLOW_TITLE}"), not a folder`)

    const unknown = await runBundle({ workspace, inputs: { ...base, operation: 'import', path: 'exported', 'target-folder': '00000000-0000-4000-8000-000000000000' } })
    expect(unknown.exitCode).toBe(1)
    expect(unknown.stdout).toContain("no item with id 00000000-0000-4000-8000-000000000000 in the Controller's asset hierarchy")
    expect(sent(server, 'POST')).toEqual([])
    expect(sent(server, 'PUT')).toEqual([])
  })

  it('replaces an item of the same title, and explains a 409 title collision', async () => {
    const { server, base, state, configure } = await leapwork()
    const workspace = await tempDir()
    expect((await exportSeeded(base, workspace)).exitCode).toBe(0)
    const replaced = await runBundle({ workspace, inputs: { ...base, operation: 'import', path: 'exported', 'target-folder': 'Team A/Regression' } })
    expect(replaced.exitCode, replaced.stdout).toBe(0)
    expect(replaced.outputs['workflow-id']).toBe(SEEDED_FLOW_ID)
    expect((await state()).items.filter((item) => item.path === `Team A/Regression/${SEEDED_FLOW_TITLE}`)).toHaveLength(1)

    configure({ locked: [SEEDED_FLOW_ID] })
    server.requests.length = 0
    const run = await runBundle({ workspace, inputs: { ...base, operation: 'import', path: 'exported', 'target-folder': 'Team A/Regression' } })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.status).toBe('failed')
    expect(run.stdout).toMatch(/failed with HTTP 409: title collision: the package's "Login smoke test" \(or an item in it\) has the title of an item in folder 'Team A\/Regression' \(id [0-9a-f-]+\) that the Controller cannot replace \(Title collision: /)
    expect(run.stdout).toContain('Rename, move or delete that item in Studio')
    expect(sent(server, 'POST', '/api/v4/import/')).toHaveLength(1)
  })

  it('gives 404, 401, 446 and 455 each their own message', async () => {
    const { base, configure } = await leapwork()
    const workspace = await tempDir()
    expect((await exportSeeded(base, workspace)).exitCode).toBe(0)
    const importInto = (extra: Record<string, string> = {}) =>
      runBundle({ workspace, inputs: { ...base, operation: 'import', path: 'exported', 'target-folder': 'Team A/Smoke', ...extra } })

    configure({ importStatus: 404 })
    const gone = await importInto()
    expect(gone.exitCode).toBe(1)
    expect(gone.stdout).toMatch(/failed with HTTP 404: the target folder 'Team A\/Smoke' \(id [0-9a-f-]+\) was not found, or is not a folder/)
    expect(gone.stdout).toContain('Check `target-folder`')

    configure({ importStatus: 446 })
    const disk = await importInto()
    expect(disk.stdout).toMatch(/failed with HTTP 446: the Controller does not have enough disk space/)
    expect(disk.stdout).toContain("Free disk space on the Controller's machine")

    configure({ importStatus: 455 })
    const database = await importInto()
    expect(database.stdout).toMatch(/failed with HTTP 455: the Controller's database is not responding/)

    configure({ importStatus: null })
    const wrongKey = await importInto({ 'api-key': 'WrongKey00000000' })
    expect(wrongKey.exitCode).toBe(1)
    expect(wrongKey.stdout).toMatch(/failed with HTTP 401: the Controller refused the access key/)
    expect(wrongKey.stdout).toContain('Check api-key')
  })

  it('does not import twice when the reply is lost', async () => {
    const { server, base, state } = await leapwork()
    const workspace = await tempDir()
    expect((await exportSeeded(base, workspace)).exitCode).toBe(0)
    server.faults.add({ kind: 'reset-after-body', method: 'POST', path: '/api/v4/import/' })
    const run = await runBundle({ workspace, inputs: { ...base, operation: 'import', path: 'exported', 'target-folder': 'Team A/Smoke' } })
    expect(run.exitCode).toBe(1)
    expect(sent(server, 'POST', '/api/v4/import/')).toHaveLength(1)
    expect((await state()).imports).toHaveLength(1)
    expect(run.stdout).toMatch(/did not send it again/)
  })

  it('waits for a slow synchronous import beyond the read timeout', async () => {
    const { base, configure } = await leapwork()
    const workspace = await tempDir()
    expect((await exportSeeded(base, workspace)).exitCode).toBe(0)
    configure({ importDelayMs: 2_500 })
    const run = await runBundle({
      workspace,
      env: { FLOWFERRY_READ_TIMEOUT: '1s' },
      inputs: { ...base, operation: 'import', path: 'exported', 'target-folder': 'Team A/Smoke', timeout: '20s' },
    })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs.status).toBe('succeeded')
  })

  it('reads the hierarchy on the documented v3 path when the Controller has no v4 one', async () => {
    const { server, base } = await leapwork({ config: { v4Hierarchy: false } })
    const workspace = await tempDir()
    expect((await exportSeeded(base, workspace)).exitCode).toBe(0)
    const run = await runBundle({ workspace, inputs: { ...base, operation: 'import', path: 'exported', 'target-folder': 'Team A/Smoke' } })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(sent(server, 'GET', '/hierarchy').slice(-2)).toEqual(['GET /api/v3/hierarchy', 'GET /api/v3/hierarchy'])
  })

  it('exports on another path when FLOWFERRY_LEAPWORK_EXPORT_PATH says so, and points to it on a 404', async () => {
    const route = 'POST /api/v4/items/{itemId}/export'
    const { base } = await leapwork({ config: { exportRoute: route } })
    const workspace = await tempDir()
    const missing = await exportSeeded(base, workspace)
    expect(missing.exitCode).toBe(1)
    expect(missing.stdout).toContain('so this Controller most likely serves export at another path')
    expect(missing.stdout).toContain('set the environment variable FLOWFERRY_LEAPWORK_EXPORT_PATH')
    const run = await exportSeeded(base, workspace, {}, { FLOWFERRY_LEAPWORK_EXPORT_PATH: route })
    expect(run.exitCode, run.stdout).toBe(0)
    const bad = await exportSeeded(base, workspace, {}, { FLOWFERRY_LEAPWORK_EXPORT_PATH: 'GET /api/v4/export' })
    expect(bad.exitCode).toBe(1)
    expect(bad.stdout).toContain("FLOWFERRY_LEAPWORK_EXPORT_PATH 'GET /api/v4/export' must contain {itemId}")
  })

  it('accepts a bare exported .zip as path', async () => {
    const { base, state } = await leapwork()
    const workspace = await tempDir()
    expect((await exportSeeded(base, workspace)).exitCode).toBe(0)
    await copyFile(path.join(workspace, 'exported', PACKAGE), path.join(workspace, 'Nightly login.zip'))
    const run = await runBundle({ workspace, inputs: { ...base, operation: 'import', path: 'Nightly login.zip', 'target-folder': 'Team A/Smoke' } })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.stdout).toContain('has no flowferry.json; read it as a Leapwork Controller export')
    expect((await state()).imports[0]!.filename).toBe('Nightly login.zip')
  })

  it('refuses plain http to another host unless allow-http: true', async () => {
    const workspace = await tempDir()
    const inputs = { platform: 'leapwork', operation: 'export', 'base-url': 'http://leapwork-controller:9001', 'api-key': 'Mo87Nc4qDAtzJNDb', 'workflow-id': SEEDED_FLOW_ID }
    const refused = await runBundle({ workspace, inputs })
    expect(refused.exitCode).toBe(1)
    expect(refused.stdout).toContain("Input 'base-url': 'http://leapwork-controller:9001' uses plain http to a host that is not this machine")
    expect(refused.stdout).toContain('set allow-http: true')
    expect(everythingWritten(refused)).not.toContain('Mo87Nc4qDAtzJNDb')

    // With allow-http, a Controller on this machine's network address (not loopback) is reached over http.
    const address = Object.values(networkInterfaces()).flat().find((a) => a && a.family === 'IPv4' && !a.internal)?.address
    if (!address) return
    const { server, base } = await leapwork({ host: '0.0.0.0' })
    const url = server.url.replace('0.0.0.0', address)
    const withoutFlag = await exportSeeded({ ...base, 'base-url': url }, workspace)
    expect(withoutFlag.exitCode).toBe(1)
    expect(withoutFlag.stdout).toContain('set allow-http: true')
    const allowed = await exportSeeded({ ...base, 'base-url': url, 'allow-http': 'true' }, workspace)
    expect(allowed.exitCode, allowed.stdout).toBe(0)
  })

  it('keeps the access key out of the log, the outputs, the summary and the bundle, with debug logging on', async () => {
    const { base } = await leapwork()
    const workspace = await tempDir()
    const key = base['api-key']!
    const runs = [
      await runBundle({ workspace, debug: true, inputs: { ...base, operation: 'export', 'workflow-id': SEEDED_FLOW_ID, 'upload-artifact': 'false', path: 'exported' } }),
      await runBundle({ workspace, debug: true, inputs: { ...base, operation: 'import', path: 'exported', 'target-folder': 'New/Place', 'create-folders': 'true' } }),
    ]
    for (const r of runs) {
      expect(r.exitCode, r.stdout).toBe(0)
      expect(r.stdout).toContain('::debug::')
      expect(everythingWritten(r)).not.toContain(key)
    }
    expect(runs[1]!.stdout).toContain('AccessKey: ***')
    expect(await readFile(path.join(workspace, 'exported', PACKAGE))).not.toContain(key)
  })
})
