import { describe, expect, it } from 'vitest'
import {
  REGRESSION_ID,
  SEEDED_FLOW_ID,
  SEEDED_FLOW_TITLE,
  TEAM_FLOW_OPENED_BY,
  TEAM_LOGIN_FLOW_ID,
  TEAM_QA_ID,
  TEAM_QA_NAME,
  TEAM_REGRESSION_ID,
} from '../src/sandbox/emulators/leapwork/seed.js'
import type { SandboxStartOptions } from '../src/sandbox/server.js'
import { runBundle } from './helpers/action.js'
import { sent, useSandbox } from './helpers/sandbox.js'
import { useTempDirs } from './helpers/workspace.js'

/**
 * Leapwork Enterprise teams through dist/index.js: Import To Team by team id or name, into the
 * team's own folders (created with Create Team Folder Hierarchy), and force mode for a title
 * collision with a flow someone has open in Studio.
 */
const sandbox = useSandbox()
const tempDir = useTempDirs()

interface TeamItem {
  id: string
  path: string
  type: string
  openedBy?: string
}
interface State {
  teams: { id: string; name: string; items: TeamItem[] }[]
  imports: { target: string; teamId?: string; force?: boolean; forced?: string[]; outcome: string }[]
  folderRequests: { parentId: string | null; folder: string | null; status: number; teamId?: string }[]
}

async function leapworkWithBundle(options: SandboxStartOptions = {}) {
  const server = await sandbox.platform('leapwork', options)
  const base = { platform: 'leapwork', 'base-url': server.url, 'api-key': server.app.inputs['api-key']! }
  const workspace = await tempDir()
  const exported = await runBundle({ workspace, inputs: { ...base, operation: 'export', 'workflow-id': SEEDED_FLOW_ID, 'upload-artifact': 'false', path: 'login' } })
  expect(exported.exitCode, exported.stdout).toBe(0)
  server.requests.length = 0
  const state = async () => (await (await fetch(`${server.url}/__sandbox/state`)).json()) as State
  const qaItems = async () => (await state()).teams.find((team) => team.id === TEAM_QA_ID)!.items
  const importing = (inputs: Record<string, string>) => runBundle({ workspace, inputs: { ...base, operation: 'import', path: 'login', ...inputs } })
  return { server, base, workspace, state, qaItems, importing }
}

describe('Leapwork teams (Import To Team)', () => {
  it('imports into a team given by id, into a folder of its own hierarchy', async () => {
    const { server, qaItems, importing } = await leapworkWithBundle()
    const run = await importing({ team: TEAM_QA_ID, 'target-folder': 'Nightly' })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs.status).toBe('succeeded')
    const nightly = (await qaItems()).find((item) => item.path === 'Nightly')!
    const imported = (await qaItems()).find((item) => item.path === `Nightly/${SEEDED_FLOW_TITLE}`)!
    expect(run.outputs['workflow-id']).toBe(imported.id)
    // Read to resolve the folder, and again afterwards to report the imported item's id.
    expect(sent(server, 'GET', '/api/v4/hierarchy/team/')).toEqual(Array(2).fill(`GET /api/v4/hierarchy/team/${TEAM_QA_ID}`))
    expect(sent(server, 'POST')).toEqual([`POST /api/v4/import/${TEAM_QA_ID}/30/${nightly.id}`])
    expect(run.stdout).toContain(`team "${TEAM_QA_NAME}" (id ${TEAM_QA_ID}): found in the Controller's list of teams`)

    // A folder outside the team: the Controller refuses Import To Team there (404), and the hint says why.
    const outside = await importing({ team: TEAM_QA_ID, 'target-folder': REGRESSION_ID })
    expect(outside.exitCode).toBe(1)
    expect(outside.stdout).toContain(`failed with HTTP 404: the target folder 'Regression' (id ${REGRESSION_ID}) was not found in team ${TEAM_QA_ID}, or is not a folder`)
    expect(outside.stdout).toMatch(/with a team, the target must be a folder of that team/)
  })

  it('imports into a team given by name, creating the missing folders in the team', async () => {
    const { server, state, qaItems, importing } = await leapworkWithBundle()
    const run = await importing({ team: TEAM_QA_NAME, 'target-folder': 'Releases/2026', 'create-folders': 'true' })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(sent(server, 'GET', '/api/v4/team/all')).toEqual(['GET /api/v4/team/all'])
    expect(sent(server, 'PUT')).toEqual([`PUT /api/v4/hierarchy/create/folder/${TEAM_QA_ID}/`])
    expect((await state()).folderRequests).toEqual([{ parentId: null, folder: 'Releases/2026', status: 200, teamId: TEAM_QA_ID }])
    expect((await qaItems()).map((item) => item.path)).toContain(`Releases/2026/${SEEDED_FLOW_TITLE}`)
    // Nothing landed outside the team.
    expect((await state()).imports).toMatchObject([{ teamId: TEAM_QA_ID, force: false, outcome: 'imported' }])
  })

  it('refuses an unknown team before importing, listing the close names', async () => {
    const { server, importing } = await leapworkWithBundle()
    const run = await importing({ team: 'QA Platfrom', 'target-folder': 'Nightly' })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.status).toBe('failed')
    expect(run.stdout).toContain(`Input 'team': no team named 'QA Platfrom' on the Controller; close names: "QA Platform"`)
    expect(run.stdout).toContain('For example: team: QA Platform')
    const byId = await importing({ team: '00000000-1111-4222-8333-444444444444', 'target-folder': 'Nightly' })
    expect(byId.exitCode).toBe(1)
    expect(byId.stdout).toContain(`no team with id '00000000-1111-4222-8333-444444444444' on the Controller; the Controller's teams: "QA Platform", "QA Payments", "Mobile QA"`)
    expect(sent(server, 'POST')).toEqual([])
    expect(sent(server, 'PUT')).toEqual([])
  })

  it('explains a title collision with a flow open in Studio (409) by naming force, and force mode replaces it', async () => {
    const { server, state, qaItems, importing } = await leapworkWithBundle()
    const refused = await importing({ team: TEAM_QA_NAME, 'target-folder': 'Regression' })
    expect(refused.exitCode).toBe(1)
    expect(refused.stdout).toMatch(/failed with HTTP 409: title collision: .*cannot be replaced \(the flow is opened by a user\)\)/)
    expect(refused.stdout).toMatch(/Set `?force: true`? to replace the colliding flows: force mode locks flows that users have open in Studio/)
    expect((await qaItems()).find((item) => item.id === TEAM_LOGIN_FLOW_ID)!.openedBy).toBe(TEAM_FLOW_OPENED_BY)

    const forced = await importing({ team: TEAM_QA_NAME, 'target-folder': 'Regression', force: 'true' })
    expect(forced.exitCode, forced.stdout).toBe(0)
    expect(forced.outputs).toMatchObject({ status: 'succeeded', 'workflow-id': TEAM_LOGIN_FLOW_ID })
    expect(forced.stdout).toContain('(force mode)')
    expect(sent(server, 'POST')).toEqual([`POST /api/v4/import/${TEAM_QA_ID}/30/${TEAM_REGRESSION_ID}`, `POST /api/v4/import/${TEAM_QA_ID}/30/${TEAM_REGRESSION_ID}`])
    expect((await state()).imports).toMatchObject([
      { teamId: TEAM_QA_ID, force: false, outcome: 'HTTP 409' },
      { teamId: TEAM_QA_ID, force: true, forced: [TEAM_LOGIN_FLOW_ID], outcome: 'imported' },
    ])
    const replaced = (await qaItems()).find((item) => item.id === TEAM_LOGIN_FLOW_ID)!
    expect(replaced.openedBy).toBeUndefined()
  })

  it('backs up the team flow that force mode replaces, exported by its id', async () => {
    const { server, workspace, base } = await leapworkWithBundle()
    const artifacts = await sandbox.artifacts()
    const run = await runBundle({
      workspace,
      env: { ...artifacts.env, GITHUB_REPOSITORY: 'acme/flows', GITHUB_RUN_ID: '9' },
      inputs: { ...base, operation: 'import', path: 'login', team: TEAM_QA_NAME, 'target-folder': 'Regression', force: 'true', backup: 'true' },
    })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(artifacts.artifacts.map((a) => a.name)).toEqual([expect.stringMatching(new RegExp(`^backup-leapwork-${TEAM_LOGIN_FLOW_ID}-`))])
    expect(run.outputs['backup-artifact-id']).toBe(String(artifacts.artifacts[0]!.id))
    expect(sent(server, 'GET', '/api/v4/export/')).toEqual([`GET /api/v4/export/30/${TEAM_LOGIN_FLOW_ID}`])
  })

  it('dry-runs an import into a team: the team, its folder and the collision, nothing sent', async () => {
    const { server, importing } = await leapworkWithBundle()
    const run = await importing({ team: TEAM_QA_NAME, 'target-folder': 'Regression', 'dry-run': 'true' })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs.status).toBe('skipped')
    expect(run.stdout).toContain(`the target folder 'Regression' (id ${TEAM_REGRESSION_ID}) exists in team "${TEAM_QA_NAME}" (id ${TEAM_QA_ID})`)
    expect(run.stdout).toMatch(/leapwork\.collision.*title collision: folder 'Regression' .* already has Flow "Login smoke test" .*force mode with a team takes it over/)
    const unknown = await importing({ team: 'Nobody', 'target-folder': 'Regression', 'dry-run': 'true' })
    expect(unknown.exitCode).toBe(1)
    expect(unknown.stdout).toContain("leapwork.team")
    expect(unknown.stdout).toContain("no team named 'Nobody' on the Controller")
    expect(sent(server, 'POST')).toEqual([])
    expect(sent(server, 'PUT')).toEqual([])
  })

  it('refuses force without a team before sending anything', async () => {
    const { server, importing } = await leapworkWithBundle()
    const run = await importing({ 'target-folder': 'Team A/Regression', force: 'true' })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain("Input 'force': force mode is documented for Import To Team only (Leapwork Enterprise Edition); set `team`")
    expect(server.requests).toEqual([])
  })

  it('copes with a Controller whose team routes differ: another list path, no team hierarchy, no list at all', async () => {
    const { server, importing } = await leapworkWithBundle({ config: { teamsRoute: '/api/v4/teams', teamHierarchy: false } })
    const other = await importing({ team: TEAM_QA_NAME, 'target-folder': TEAM_REGRESSION_ID, force: 'true' })
    expect(other.exitCode, other.stdout).toBe(0)
    expect(sent(server, 'GET', '/api/v4/team')).toEqual(['GET /api/v4/team/all', 'GET /api/v4/teams'])
    // Asked once; the whole hierarchy serves the rest of the run, said once.
    expect(sent(server, 'GET', '/api/v4/hierarchy/team/')).toEqual([`GET /api/v4/hierarchy/team/${TEAM_QA_ID}`])
    expect(other.stdout.match(/so `target-folder` is looked up in the Controller's whole asset hierarchy/g)).toHaveLength(1)
    expect(other.stdout).toContain(`folder ${TEAM_REGRESSION_ID} is in no asset hierarchy this access key can read; it goes to Import To Team as given`)

    server.app.configure!({ teamsRoute: null })
    const byName = await importing({ team: TEAM_QA_NAME, 'target-folder': TEAM_REGRESSION_ID })
    expect(byName.exitCode).toBe(1)
    expect(byName.stdout).toContain("Input 'team': 'QA Platform' is a team name, and names are looked up in the Controller's list of teams, which could not be read")
    expect(byName.stdout).toContain('FLOWFERRY_LEAPWORK_TEAMS_PATH')
    const byId = await importing({ team: TEAM_QA_ID, 'target-folder': TEAM_REGRESSION_ID, force: 'true' })
    expect(byId.exitCode, byId.stdout).toBe(0)
    expect(byId.stdout).toContain(`team ${TEAM_QA_ID}: taken as given`)

    server.app.configure!({ teamsRoute: '/api/v4/team/all', teamsScope: false })
    const noScope = await importing({ team: TEAM_QA_NAME, 'target-folder': TEAM_REGRESSION_ID })
    expect(noScope.stdout).toContain('HTTP 403 on /api/v4/team/all: the access key lacks the scope to list teams')
  })
})
