import { describe, expect, it } from 'vitest'
import { REGRESSION_ID, SEEDED_FLOW_ID, SEEDED_FLOW_TITLE } from '../src/sandbox/emulators/leapwork/seed.js'
import type { SandboxStartOptions } from '../src/sandbox/server.js'
import { runBundle } from './helpers/action.js'
import { sent, useSandbox } from './helpers/sandbox.js'
import { useTempDirs } from './helpers/workspace.js'

/**
 * Reply shapes the documentation allows but does not show: the hierarchy's nodes are linked by
 * ParentId as well as nested, and Json.NET may be configured with camelCase property names.
 * An independent emulator of the documented API found flowferry brittle against each of these.
 */

const sandbox = useSandbox()
const tempDir = useTempDirs()

interface State {
  items: { id: string; path: string; type: string }[]
  folderRequests: { parentId: string | null; folder: string | null; status: number }[]
}

async function leapwork(options: SandboxStartOptions = {}) {
  const server = await sandbox.platform('leapwork', options)
  const base = { platform: 'leapwork', 'base-url': server.url, 'api-key': server.app.inputs['api-key']! }
  const state = async () => (await (await fetch(`${server.url}/__sandbox/state`)).json()) as State
  return { server, base, state }
}

async function exported(base: Record<string, string>) {
  const workspace = await tempDir()
  const run = await runBundle({ workspace, inputs: { ...base, operation: 'export', 'workflow-id': SEEDED_FLOW_ID, 'upload-artifact': 'false', path: 'exported' } })
  expect(run.exitCode, run.stdout).toBe(0)
  return workspace
}

describe('Leapwork reply shapes through dist/index.js', () => {
  it('resolves a path in a flat hierarchy linked only by ParentId, and creates the missing tail', async () => {
    const { base, state, server } = await leapwork({ config: { hierarchyShape: 'flat' } })
    const workspace = await exported(base)
    const into = await runBundle({ workspace, inputs: { ...base, operation: 'import', path: 'exported', 'target-folder': 'Team A/Regression' } })
    expect(into.exitCode, into.stdout).toBe(0)
    const created = await runBundle({ workspace, inputs: { ...base, operation: 'import', path: 'exported', 'target-folder': 'Team A/Regression/Nightly/Edge', 'create-folders': 'true' } })
    expect(created.exitCode, created.stdout).toBe(0)
    const items = (await state()).items
    expect(created.outputs['workflow-id']).toBe(items.find((item) => item.path === `Team A/Regression/Nightly/Edge/${SEEDED_FLOW_TITLE}`)!.id)
    expect(sent(server, 'PUT')).toEqual([`PUT /api/v4/hierarchy/create/folder/${REGRESSION_ID}`])
    expect((await state()).folderRequests).toEqual([{ parentId: REGRESSION_ID, folder: 'Nightly/Edge', status: 200 }])
  })

  it('reads camelCase property names in the hierarchy, folder creation and import replies', async () => {
    const { base, state } = await leapwork({ config: { propertyCase: 'camel' } })
    const workspace = await exported(base)
    const run = await runBundle({ workspace, inputs: { ...base, operation: 'import', path: 'exported', 'target-folder': 'Team A/New', 'create-folders': 'true' } })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs).toMatchObject({ status: 'succeeded', 'platform-status': 'IsSuccessful=true' })
    expect(run.outputs['workflow-id']).toBe((await state()).items.find((item) => item.path === `Team A/New/${SEEDED_FLOW_TITLE}`)!.id)
  })

  it('reads a bare `true` import reply as success', async () => {
    const { base } = await leapwork({ config: { importReply: 'bare' } })
    const workspace = await exported(base)
    const run = await runBundle({ workspace, inputs: { ...base, operation: 'import', path: 'exported', 'target-folder': 'Team A/Regression' } })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs['platform-status']).toBe('IsSuccessful=true')
  })

  it('reads an import reply wrapped in an array, as Create Folder answers, and its IsSuccessful', async () => {
    const { base, state } = await leapwork({ config: { importReply: 'array' } })
    const workspace = await exported(base)
    const run = await runBundle({ workspace, inputs: { ...base, operation: 'import', path: 'exported', 'target-folder': 'Team A/Regression' } })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs).toMatchObject({ status: 'succeeded', 'platform-status': 'IsSuccessful=true' })
    expect(run.outputs['workflow-id']).toBe((await state()).items.find((item) => item.path === `Team A/Regression/${SEEDED_FLOW_TITLE}`)!.id)
  })

  it('says which input fixes a missing folder', async () => {
    const { base } = await leapwork()
    const workspace = await exported(base)
    const run = await runBundle({ workspace, inputs: { ...base, operation: 'import', path: 'exported', 'target-folder': 'Team A/Nope/Edge' } })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain("there is no folder 'Nope' under 'Team A'. Set create-folders: true")
    expect(run.stdout).not.toContain('target-folder: true')
  })
})
