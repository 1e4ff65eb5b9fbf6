import { readdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import yazl from 'yazl'
import { createWriteStream } from 'node:fs'
import { pipeline } from 'node:stream/promises'
import { SEEDED_FLOW_ID, SEEDED_FLOW_TITLE } from '../src/sandbox/emulators/leapwork/seed.js'
import { runBundle } from './helpers/action.js'
import { sent, useSandbox } from './helpers/sandbox.js'
import { useTempDirs } from './helpers/workspace.js'
import { writeRawZip } from './helpers/zip.js'

const sandbox = useSandbox()
const tempDir = useTempDirs()
const PACKAGE = `${SEEDED_FLOW_TITLE}.zip`

async function exported() {
  const server = await sandbox.platform('leapwork')
  const base = { platform: 'leapwork', 'base-url': server.url, 'api-key': server.app.inputs['api-key']! }
  const workspace = await tempDir()
  const run = await runBundle({ workspace, inputs: { ...base, operation: 'export', 'workflow-id': SEEDED_FLOW_ID, 'upload-artifact': 'false', path: 'bundles/login' } })
  expect(run.exitCode, run.stdout).toBe(0)
  return { server, base, workspace, bundle: path.join(workspace, 'bundles/login') }
}

/** A package like the sandbox's own, with other steps: the "live" item after someone edited it. */
async function editedPackage(file: string): Promise<void> {
  const zip = new yazl.ZipFile()
  zip.addBuffer(Buffer.from(JSON.stringify({ Id: SEEDED_FLOW_ID, Title: SEEDED_FLOW_TITLE, Type: 'Flow' }, null, 2)), 'sandbox-manifest.json')
  zip.addBuffer(Buffer.from(JSON.stringify({ Title: SEEDED_FLOW_TITLE, Blocks: [{ Id: 1, Title: 'Navigate to the new login page', Type: 'Action' }] })), `Flows/${SEEDED_FLOW_TITLE}.flow`)
  zip.end()
  await pipeline(zip.outputStream, createWriteStream(file))
}

describe('Leapwork validate, dry run, backup and diff', () => {
  it('validates offline; unsafe entries and a damaged zip are annotated on the zip', async () => {
    const { workspace } = await exported()
    const ok = await runBundle({ workspace, inputs: { platform: 'leapwork', operation: 'validate', path: 'bundles/*' } })
    expect(ok.exitCode, ok.stdout).toBe(0)
    expect(ok.outputs.status).toBe('succeeded')

    await writeRawZip(path.join(workspace, 'evil.zip'), [
      { name: '../outside.txt', data: 'x' },
      { name: '/etc/cron.d/job', data: 'x' },
      { name: 'Flows/link', data: '/etc/passwd', mode: 0o120777 },
    ])
    const evil = await runBundle({ workspace, inputs: { platform: 'leapwork', operation: 'validate', path: 'evil.zip' } })
    expect(evil.exitCode).toBe(1)
    expect(evil.stdout).toMatch(/::error title=flowferry zip\.path,file=evil\.zip::entry "\.\.\/outside\.txt": "\.\." would write outside/)
    expect(evil.stdout).toMatch(/::error title=flowferry zip\.path,file=evil\.zip::entry "\/etc\/cron\.d\/job": absolute paths are not accepted/)
    expect(evil.stdout).toMatch(/::error title=flowferry zip\.symlink,file=evil\.zip::entry "Flows\/link" is a symbolic link/)

    await writeFile(path.join(workspace, 'broken.zip'), Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(64)]))
    const broken = await runBundle({ workspace, inputs: { platform: 'leapwork', operation: 'validate', path: 'broken.zip' } })
    expect(broken.exitCode).toBe(1)
    expect(broken.stdout).toMatch(/::error title=flowferry zip\.format,file=broken\.zip::not a readable zip archive/)

    // The import refuses the same package before sending anything.
    const server = await sandbox.platform('leapwork')
    const refused = await runBundle({ workspace, inputs: { platform: 'leapwork', operation: 'import', 'base-url': server.url, 'api-key': server.app.inputs['api-key']!, path: 'evil.zip', 'target-folder': 'Team A/Smoke' } })
    expect(refused.exitCode).toBe(1)
    expect(refused.stdout).toContain('problems found before sending anything')
    expect(server.requests).toEqual([])
  })

  it('dry-runs an import: key, folder (or the folders it would create), a title collision in advance', async () => {
    const { server, base, workspace } = await exported()
    server.requests.length = 0
    const colliding = await runBundle({ workspace, inputs: { ...base, operation: 'import', path: 'bundles/login', 'target-folder': 'Team A/Regression', 'dry-run': 'true' } })
    expect(colliding.exitCode, colliding.stdout).toBe(0)
    expect(colliding.outputs.status).toBe('skipped')
    expect(colliding.stdout).toMatch(new RegExp(`::warning title=flowferry leapwork\\.collision,file=bundles/login/flowferry\\.json::title collision: folder 'Team A/Regression' \\(id [0-9a-f-]+\\) already has Flow "${SEEDED_FLOW_TITLE}" \\(id ${SEEDED_FLOW_ID}\\)`))

    const create = await runBundle({ workspace, inputs: { ...base, operation: 'import', path: 'bundles/login', 'target-folder': 'Team A/Nightly/Edge', 'create-folders': 'true', 'dry-run': 'true' } })
    expect(create.exitCode, create.stdout).toBe(0)
    expect(create.stdout).toContain("the import would create the folder(s) 'Nightly/Edge' under 'Team A'")

    const missing = await runBundle({ workspace, inputs: { ...base, operation: 'import', path: 'bundles/login', 'target-folder': 'Team A/Nightly', 'dry-run': 'true' } })
    expect(missing.exitCode).toBe(1)
    expect(missing.stdout).toContain("the target folder 'Team A/Nightly' does not exist ('Nightly' is missing under 'Team A'); set create-folders: true")

    const wrongKey = await runBundle({ workspace, inputs: { ...base, 'api-key': 'WrongKey00000000', operation: 'import', path: 'bundles/login', 'target-folder': 'Team A', 'dry-run': 'true' } })
    expect(wrongKey.exitCode).toBe(1)
    expect(wrongKey.stdout).toContain('the Controller refused the access key (HTTP 401)')

    expect(sent(server, 'POST')).toEqual([])
    expect(sent(server, 'PUT')).toEqual([])
  })

  it('backs up the item an import replaces, and nothing when it replaces nothing', async () => {
    const { server, base, workspace } = await exported()
    await editedPackage(path.join(workspace, `${SEEDED_FLOW_TITLE}.zip`))
    const artifacts = await sandbox.artifacts()
    server.requests.length = 0
    const run = await runBundle({
      workspace,
      env: { ...artifacts.env, GITHUB_REPOSITORY: 'acme/flows', GITHUB_RUN_ID: '9' },
      inputs: { ...base, operation: 'import', path: PACKAGE, 'target-folder': 'Team A/Regression', backup: 'true' },
    })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs['backup-artifact-id']).toBe(String(artifacts.artifacts[0]!.id))
    expect(artifacts.artifacts[0]!.name).toMatch(new RegExp(`^backup-leapwork-${SEEDED_FLOW_ID}-`))
    const order = server.requests.map((r) => `${r.method} ${r.path.split('/').slice(0, 4).join('/')}`).filter((r) => !r.includes('hierarchy'))
    expect(order).toEqual(['GET /api/v4/export', 'POST /api/v4/import'])
    const backupDir = path.join(workspace, 'flowferry-backup', (await readdir(path.join(workspace, 'flowferry-backup')))[0]!)
    expect((await readdir(backupDir)).sort()).toEqual([PACKAGE, 'flowferry.json'])

    const fresh = await runBundle({ workspace, env: artifacts.env, inputs: { ...base, operation: 'import', path: PACKAGE, 'target-folder': 'Team A/Smoke', backup: 'true' } })
    expect(fresh.exitCode, fresh.stdout).toBe(0)
    expect(fresh.stdout).toContain('nothing to back up')
  })

  it('diffs a bundle against the live item by its zip entries', async () => {
    const { base, workspace } = await exported()
    const same = await runBundle({ workspace, inputs: { ...base, operation: 'diff', path: 'bundles/login', 'fail-on-drift': 'true' } })
    expect(same.exitCode, same.stdout).toBe(0)
    expect(same.outputs['workflow-id']).toBe(SEEDED_FLOW_ID)
    expect(same.outputs.changed).toBe('false')

    await editedPackage(path.join(workspace, PACKAGE))
    const edit = await runBundle({ workspace, inputs: { ...base, operation: 'import', path: PACKAGE, 'target-folder': 'Team A/Regression' } })
    expect(edit.exitCode, edit.stdout).toBe(0)
    const drift = await runBundle({ workspace, inputs: { ...base, operation: 'diff', path: 'bundles/login', 'fail-on-drift': 'true' } })
    expect(drift.exitCode).toBe(1)
    expect(drift.outputs.changed).toBe('true')
    // The flow document inside the zip is JSON: the change shows as the value that changed.
    expect(drift.summary).toContain(`| ✏️ changed | \`Flows/${SEEDED_FLOW_TITLE}.flow.content.Blocks[0].Title\` | \`"Navigate to the new login page"\` | \`"Navigate to login page"\` |`)
    expect(drift.summary).toContain('DataFiles/users.csv')
  })
})
