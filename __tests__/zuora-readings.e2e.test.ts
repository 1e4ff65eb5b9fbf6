import { describe, expect, it } from 'vitest'
import { SEEDED_DEFINITION_ID } from '../src/sandbox/emulators/zuora/seed.js'
import { runBundle } from './helpers/action.js'
import { sent, useSandbox } from './helpers/sandbox.js'
import { useTempDirs } from './helpers/workspace.js'
import { zuoraState, zuoraVarsEnv } from './helpers/zuora.js'

/**
 * Readings of Zuora's documentation that an independent emulator took and flowferry's sandbox
 * did not: a version list whose items name no version, a vague or /v1-shaped refusal of a
 * version, and a 429 whose RateLimit-Reset says more than its Retry-After.
 */
const sandbox = useSandbox()
const tempDir = useTempDirs()
const SEEDED = String(SEEDED_DEFINITION_ID)

async function zuora() {
  const server = await sandbox.platform('zuora')
  const base = { platform: 'zuora', 'base-url': server.url, ...server.app.inputs, 'upload-artifact': 'false' }
  const workspace = await tempDir()
  const exported = await runBundle({ workspace, inputs: { ...base, operation: 'export', 'workflow-id': SEEDED, path: 'staging' } })
  expect(exported.exitCode, exported.stdout).toBe(0)
  server.requests.length = 0
  return { server, base, workspace, vars: zuoraVarsEnv(server) }
}

describe('Zuora: readings the docs leave open (cross-check)', () => {
  it('does not guess 0.0.1 from a version list whose items name no version', async () => {
    const { server, base, workspace, vars } = await zuora()
    server.app.configure!({ listVersionNumbers: false })
    const none = await runBundle({ workspace, env: vars, inputs: { ...base, operation: 'import', path: 'staging', 'workflow-id': SEEDED } })
    expect(none.exitCode).toBe(1)
    expect(none.stdout).toContain('none says its version number')
    expect(none.stdout).toContain("Input 'version': Zuora did not list the versions of workflow 19080")
    expect(sent(server, 'POST', '/versions/import')).toEqual([])
    // With a version given, Zuora checks it on import.
    const given = await runBundle({ workspace, env: vars, inputs: { ...base, operation: 'import', path: 'staging', 'workflow-id': SEEDED, version: '0.3.0' } })
    expect(given.exitCode, given.stdout).toBe(0)
    expect(given.outputs).toMatchObject({ status: 'succeeded', version: '0.3.0' })
  })

  it('restates a vague refusal of a version without inventing an example version', async () => {
    const { server, base, workspace, vars } = await zuora()
    server.app.configure!({ listVersions: false, versionConflictWording: 'vague', versionConflictStatus: 422 })
    const run = await runBundle({ workspace, env: vars, inputs: { ...base, operation: 'import', path: 'staging', 'workflow-id': SEEDED, version: '0.0.2' } })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(/HTTP 422: Zuora refused version 0\.0\.2: Version is invalid \(request id [0-9a-f-]{36}\)/)
    expect(run.stdout).toContain('Set version to one greater than every existing version of workflow 19080')
    expect(run.stdout).not.toContain('e.g. version: 0.0.1')
  })

  it('restates a version refusal that comes as {success:false, reasons} with HTTP 200', async () => {
    const { server, base, workspace, vars } = await zuora()
    server.app.configure!({ listVersions: false, versionConflictShape: 'reasons', versionConflictStatus: 200 })
    const run = await runBundle({ workspace, env: vars, inputs: { ...base, operation: 'import', path: 'staging', 'workflow-id': SEEDED, version: '0.0.2' } })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.status).toBe('failed')
    expect(run.stdout).toMatch(/version 0\.0\.2 is not greater than the existing versions of workflow 19080.*Zuora said: Version 0\.0\.2 must be greater than the latest version 0\.0\.3/)
    expect(sent(server, 'POST', '/versions/import')).toHaveLength(1)
  })

  it('retries a 429 after its Retry-After even when RateLimit-Reset names a later window end', async () => {
    const { server, base, workspace } = await zuora()
    server.faults.add({ kind: '429', method: 'GET', path: '/export', retryAfter: 1, rateLimitReset: 120 })
    const run = await runBundle({ workspace, inputs: { ...base, operation: 'export', 'workflow-id': SEEDED, path: 'again' } })
    expect(run.exitCode, run.stdout).toBe(0)
    // The gap the sandbox saw between the refused request and its retry: Retry-After's second,
    // nowhere near RateLimit-Reset's two minutes, however slow the machine is around it.
    const [refused, retried] = server.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/export'))
    expect(refused?.fault).toBe('429')
    expect(retried!.at - refused!.at).toBeGreaterThanOrEqual(1_000 - 5)
    expect(retried!.at - refused!.at).toBeLessThan(60_000)
    expect(run.stdout).not.toContain("pacing for the platform's rate limit")
  })

  it('keeps asking with the same key while Zuora is still processing the first attempt past the usual retries', async () => {
    const { server, base, workspace, vars } = await zuora()
    server.app.configure!({ importDelayMs: 12_000 })
    const run = await runBundle({ workspace, env: { ...vars, FLOWFERRY_READ_TIMEOUT: '800ms' }, inputs: { ...base, operation: 'import', path: 'staging' } })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.stdout).toContain('Zuora is still processing the first attempt (HTTP 409); asking again with the same Idempotency-Key')
    const state = await zuoraState(server)
    const keyed = state.requests.filter((r) => r.path === '/workflows/import')
    expect(new Set(keyed.map((r) => r.key)).size).toBe(1)
    expect(keyed.at(-1)?.outcome).toBe('replayed')
    expect(state.workflows).toHaveLength(2)
  })

  it('says what a 409 that is neither a result nor "in progress" may mean', async () => {
    const { server, base, workspace, vars } = await zuora()
    server.app.configure!({ listVersions: false, versionConflictWording: 'vague', replayStatus: 409, replayFailures: true })
    server.faults.add({ kind: 'reset-after-body', method: 'POST', path: '/versions/import' })
    const run = await runBundle({ workspace, env: vars, inputs: { ...base, operation: 'import', path: 'staging', 'workflow-id': SEEDED, version: '0.0.2' } })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(/HTTP 409: Version is invalid/)
    expect(run.stdout).toContain('either its refusal of the first attempt, replayed, or that attempt is still running')
    expect((await zuoraState(server)).workflows[0]!.versions).toHaveLength(3)
  })
})

