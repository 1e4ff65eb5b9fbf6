import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { SEEDED_DEFINITION_ID } from '../src/sandbox/emulators/zuora/emulator.js'
import { runBundle } from './helpers/action.js'
import { sent, useSandbox } from './helpers/sandbox.js'
import { useTempDirs } from './helpers/workspace.js'
import { zuoraVarsEnv } from './helpers/zuora.js'

/**
 * Details the vendors document that flowferry once missed: Zuora's Workflow API at the host's
 * root whatever version prefix the user copied, Kore.ai's JSON content type on the export POST,
 * and Kore.ai's deployed-parent precondition for an import as a version.
 */
const sandbox = useSandbox()
const tempDir = useTempDirs()

describe('Zuora: a base-url copied from the /v1 APIs', () => {
  it('is read as the host root, said once as a warning naming base-url, before any request', async () => {
    const server = await sandbox.platform('zuora')
    const workspace = await tempDir()
    const base = { platform: 'zuora', ...server.app.inputs, 'upload-artifact': 'false' }
    const exported = await runBundle({
      workspace,
      inputs: { ...base, 'base-url': `${server.url}/v1`, operation: 'export', 'workflow-id': String(SEEDED_DEFINITION_ID), path: 'staging' },
    })
    expect(exported.exitCode, exported.stdout).toBe(0)
    expect(exported.stdout).toContain(`::warning::\`base-url\` '${server.url}/v1' ends in '/v1', the version prefix of Zuora's other REST APIs`)
    expect(exported.stdout).toContain(`Set base-url: ${server.url} to silence this.`)
    expect(exported.stdout.match(/version prefix of Zuora/g)).toHaveLength(1)
    expect(server.requests.map((r) => r.path).filter((p) => p.startsWith('/v1'))).toEqual([])
    expect(sent(server, 'POST', '/oauth/token')).toEqual(['POST /oauth/token'])
    const manifest = JSON.parse(await readFile(path.join(workspace, 'staging/flowferry.json'), 'utf8'))
    expect(manifest.source.origin).toBe(server.url)

    const imported = await runBundle({
      workspace,
      env: zuoraVarsEnv(server),
      inputs: { ...base, 'base-url': `${server.url}/v2/`, operation: 'import', path: 'staging' },
    })
    expect(imported.exitCode, imported.stdout).toBe(0)
    expect(imported.stdout).toContain("ends in '/v2'")
    expect(sent(server, 'POST', '/workflows/import')).toEqual(['POST /workflows/import'])
  })

  it('keeps a path that only looks like a version (a proxy prefix)', async () => {
    const server = await sandbox.platform('zuora')
    const workspace = await tempDir()
    const run = await runBundle({
      workspace,
      inputs: { platform: 'zuora', ...server.app.inputs, 'base-url': `${server.url}/v10`, operation: 'export', 'workflow-id': String(SEEDED_DEFINITION_ID), path: 'x', 'upload-artifact': 'false' },
    })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).not.toContain('version prefix')
    expect(sent(server, 'POST', '/v10/oauth/token')).toEqual(['POST /v10/oauth/token'])
  })
})
