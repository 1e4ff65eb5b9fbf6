import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { canonicalJson } from '../src/core/canonical-json.js'
import { SANDBOX_STATIC_TOKEN, SEEDED_DEFINITION_ID } from '../src/sandbox/emulators/zuora/seed.js'
import { everythingWritten, runBundle } from './helpers/action.js'
import { sent, useSandbox } from './helpers/sandbox.js'
import { useTempDirs } from './helpers/workspace.js'
import { zuoraState, zuoraVarsEnv } from './helpers/zuora.js'

const sandbox = useSandbox()
const tempDir = useTempDirs()
const SEEDED = String(SEEDED_DEFINITION_ID)

async function zuora(options: Parameters<ReturnType<typeof useSandbox>['platform']>[1] = {}) {
  const server = await sandbox.platform('zuora', options)
  const base = { platform: 'zuora', 'base-url': server.url, ...server.app.inputs, 'upload-artifact': 'false' }
  return { server, base, vars: zuoraVarsEnv(server) }
}

async function exportTo(base: Record<string, string>, workspace: string, target: string, extra: Record<string, string> = {}) {
  const run = await runBundle({ workspace, inputs: { ...base, operation: 'export', 'workflow-id': SEEDED, path: target, ...extra } })
  expect(run.exitCode, run.stdout).toBe(0)
  return run
}

describe('Zuora Workflow through dist/index.js', () => {
  it('exports the active version, a numbered one and the latest, as canonical workflow.json bundles with an artifact', async () => {
    const { server, base } = await zuora()
    const artifacts = await sandbox.artifacts()
    const workspace = await tempDir()

    const active = await runBundle({
      workspace,
      env: { ...artifacts.env, GITHUB_REPOSITORY: 'acme/flows', GITHUB_RUN_ID: '9' },
      inputs: { ...base, operation: 'export', 'workflow-id': SEEDED, path: 'active', 'upload-artifact': 'true' },
    })
    expect(active.exitCode, active.stdout).toBe(0)
    expect(active.outputs).toMatchObject({ status: 'succeeded', 'workflow-id': SEEDED, version: '0.0.2', path: 'active' })
    expect(JSON.parse(active.outputs.files!)).toEqual(['active/flowferry.json', 'active/workflow.json'])
    expect(artifacts.artifacts.map((a) => a.name)).toEqual(['zuora-Invoice-reminders'])
    const text = await readFile(path.join(workspace, 'active/workflow.json'), 'utf8')
    const document = JSON.parse(text)
    expect(text).toBe(canonicalJson(document))
    expect(Object.keys(document)).toEqual(['linkages', 'tasks', 'workflow'])
    expect(document.linkages.map((l: { linkage_type: string }) => l.linkage_type)).toEqual(['Start', 'Success', 'True', 'Finish'])
    const manifest = JSON.parse(await readFile(path.join(workspace, 'active/flowferry.json'), 'utf8'))
    expect(manifest).toMatchObject({ platform: 'zuora', name: 'Invoice reminders', source: { workflowId: SEEDED, version: '0.0.2', origin: server.url } })

    expect((await exportTo(base, workspace, 'first', { version: '0.0.1' })).outputs.version).toBe('0.0.1')
    expect((await exportTo(base, workspace, 'latest', { version: 'latest' })).outputs.version).toBe('0.0.3')
    expect(sent(server, 'GET', '/export')).toHaveLength(3)
    // Each export document is over 1,000 bytes, so Zuora sent it gzipped, as flowferry asked.
    expect((await zuoraState(server)).gzippedReplies).toBe(3)

    const missing = await runBundle({ workspace, inputs: { ...base, operation: 'export', 'workflow-id': SEEDED, path: 'none', version: '9.9.9' } })
    expect(missing.exitCode).toBe(1)
    expect(missing.stdout).toMatch(/HTTP 404: Version 9\.9\.9 of workflow 19080 not found \(request id [0-9a-f-]{36}\)/)
    const bad = await runBundle({ workspace, inputs: { ...base, operation: 'export', 'workflow-id': SEEDED, path: 'none', version: 'newest' } })
    expect(bad.stdout).toMatch(/Input 'version': 'newest' is neither a version number nor 'latest'/)
  })

  it('imports as a new definition (activated) and as a new version, sending the document unchanged and gzipped', async () => {
    const { server, base, vars } = await zuora()
    const workspace = await tempDir()
    await exportTo(base, workspace, 'staging')

    const created = await runBundle({ workspace, env: vars, inputs: { ...base, operation: 'import', path: 'staging', activate: 'true' } })
    expect(created.exitCode, created.stdout).toBe(0)
    expect(created.outputs).toMatchObject({ status: 'succeeded', version: '0.0.2', 'platform-status': 'Active' })
    const newId = created.outputs['workflow-id']!
    expect(newId).not.toBe(SEEDED)
    expect(sent(server, 'POST', '/workflows/import')).toEqual(['POST /workflows/import'])

    let state = await zuoraState(server)
    const definition = state.workflows.find((w) => String(w.id) === newId)!
    expect(definition).toMatchObject({ name: 'Invoice reminders', status: 'Active', active_version: { version: '0.0.2' } })
    const stored = definition.versions[0]!.document
    // Unknown enum values and snake_case keys arrive as they were; secrets were filled from the vars.
    expect(stored.linkages.map((l) => l.linkage_type)).toEqual(['Start', 'Success', 'True', 'Finish'])
    expect(stored.workflow.ondemand_trigger).toBe(true)
    expect(JSON.stringify(stored)).toContain(server.app.demo!.vars!.NOTIFY_ERP_AUTHORIZATION)
    expect(state.gzippedRequests).toBe(1)

    const version = await runBundle({ workspace, env: vars, inputs: { ...base, operation: 'import', path: 'staging', 'workflow-id': newId, version: '0.1.0' } })
    expect(version.exitCode, version.stdout).toBe(0)
    expect(version.outputs).toMatchObject({ status: 'succeeded', 'workflow-id': newId, version: '0.1.0', 'platform-status': 'Inactive' })
    const activated = await runBundle({ workspace, env: vars, inputs: { ...base, operation: 'import', path: 'staging', 'workflow-id': newId, activate: 'true' } })
    expect(activated.exitCode, activated.stdout).toBe(0)
    expect(activated.outputs).toMatchObject({ version: '0.1.1', 'platform-status': 'Active' })
    expect(activated.stdout).toContain('no version given: importing as 0.1.1, the next after 0.1.0')
    expect(sent(server, 'POST', `/workflows/${newId}/versions/import`)).toHaveLength(2)
    state = await zuoraState(server)
    expect(state.workflows.find((w) => String(w.id) === newId)!.active_version!.version).toBe('0.1.1')
    const reexported = await exportTo(base, workspace, 'prod', { 'workflow-id': newId })
    expect(reexported.outputs.version).toBe('0.1.1')
  })

  it('refuses a version that is not greater than the existing ones, naming the highest, before sending the import', async () => {
    const { server, base, vars } = await zuora()
    const workspace = await tempDir()
    await exportTo(base, workspace, 'staging')
    server.requests.length = 0
    const run = await runBundle({ workspace, env: vars, inputs: { ...base, operation: 'import', path: 'staging', 'workflow-id': SEEDED, version: '0.0.3' } })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.status).toBe('failed')
    expect(run.stdout).toMatch(/version 0\.0\.3 is not greater than the existing versions of workflow 19080 \(highest: 0\.0\.3\)/)
    expect(run.stdout).toContain('version: 0.0.4')
    expect(sent(server, 'POST', '/versions/import')).toEqual([])
  })

  it('leaves the version check to Zuora when it will not list the versions', async () => {
    const { server, base, vars } = await zuora()
    const workspace = await tempDir()
    await exportTo(base, workspace, 'staging')
    server.app.configure!({ listVersions: false })
    const given = await runBundle({ workspace, env: vars, inputs: { ...base, operation: 'import', path: 'staging', 'workflow-id': SEEDED, version: '0.2.0' } })
    expect(given.exitCode, given.stdout).toBe(0)
    expect(given.stdout).toContain('Zuora did not list the versions of workflow 19080')
    const stale = await runBundle({ workspace, env: vars, inputs: { ...base, operation: 'import', path: 'staging', 'workflow-id': SEEDED, version: '0.1.0' } })
    expect(stale.exitCode).toBe(1)
    expect(stale.stdout).toMatch(/HTTP 400: version 0\.1\.0 is not greater than the existing versions of workflow 19080; Zuora only accepts .*Zuora said: Version 0\.1\.0 must be greater than the latest version 0\.2\.0/)
    // Refused as a conflict (409), the version is an answer at once, not a wait.
    server.app.configure!({ versionConflictStatus: 409 })
    server.requests.length = 0
    const conflict = await runBundle({ workspace, env: vars, inputs: { ...base, operation: 'import', path: 'staging', 'workflow-id': SEEDED, version: '0.1.5' } })
    expect(conflict.exitCode).toBe(1)
    expect(conflict.stdout).toMatch(/HTTP 409: version 0\.1\.5 is not greater .*latest version 0\.2\.0/)
    expect(sent(server, 'POST', '/versions/import')).toHaveLength(1)
    const none = await runBundle({ workspace, env: vars, inputs: { ...base, operation: 'import', path: 'staging', 'workflow-id': SEEDED } })
    expect(none.stdout).toContain("Input 'version': Zuora did not list the versions of workflow 19080")
    const missing = await runBundle({ workspace, env: vars, inputs: { ...base, operation: 'import', path: 'staging', 'workflow-id': '4242', version: '1.0.0' } })
    expect(missing.stdout).toMatch(/GET \/workflows\/4242 failed with HTTP 404: Workflow 4242 not found/)
  })

  it('retries 429 and 503 after Retry-After with the same Idempotency-Key, and takes a replayed reply as the one result', async () => {
    const { server, base, vars } = await zuora()
    const workspace = await tempDir()
    await exportTo(base, workspace, 'staging')
    server.faults.add({ kind: '429', method: 'POST', path: '/workflows/import', retryAfter: 1 })
    server.faults.add({ kind: '503', method: 'POST', path: '/workflows/import', retryAfter: 1 })
    server.faults.add({ kind: 'reset-after-body', method: 'POST', path: '/workflows/import' })
    const started = Date.now()
    const run = await runBundle({ workspace, env: vars, inputs: { ...base, operation: 'import', path: 'staging' } })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(Date.now() - started).toBeGreaterThanOrEqual(2000)
    expect(run.stdout).toMatch(/HTTP 429; retrying in 1(\.\d+)? ?s as the platform asked \(Retry-After\)/)
    expect(run.stdout).toMatch(/HTTP 503; retrying in 1(\.\d+)? ?s as the platform asked/)
    expect(sent(server, 'POST', '/workflows/import')).toHaveLength(4)
    const state = await zuoraState(server)
    const posts = state.requests.filter((r) => r.path === '/workflows/import')
    expect(posts.map((p) => p.outcome)).toEqual(['handled', 'replayed'])
    expect(posts[0]!.key).toMatch(/^[0-9a-f-]{36}$/)
    expect(posts[1]!.key).toBe(posts[0]!.key)
    // One new definition, not two.
    expect(state.workflows).toHaveLength(2)
    expect(run.outputs['workflow-id']).toBe(String(state.workflows[1]!.id))
  })

  it('accepts a replay answered as 409 with the original result (one reading of the guides)', async () => {
    const { server, base, vars } = await zuora({ config: { replayStatus: 409 } })
    const workspace = await tempDir()
    await exportTo(base, workspace, 'staging')
    server.faults.add({ kind: 'reset-after-body', method: 'POST', path: '/workflows/import' })
    const run = await runBundle({ workspace, env: vars, inputs: { ...base, operation: 'import', path: 'staging' } })
    expect(run.exitCode, run.stdout).toBe(0)
    expect((await zuoraState(server)).workflows).toHaveLength(2)
  })

  it('tries again while Zuora answers 409 for a first attempt still in progress, then takes its result', async () => {
    const { server, base, vars } = await zuora()
    const workspace = await tempDir()
    await exportTo(base, workspace, 'staging')
    // The first attempt outlasts the read timeout and finishes only once a retry has met the 409:
    // an event, not a 2.5 s import the retry had to beat (under load it came 1.2-1.4 s after).
    server.app.configure!({ importUntilRetried: true })
    const run = await runBundle({ workspace, env: { ...vars, FLOWFERRY_READ_TIMEOUT: '800ms' }, inputs: { ...base, operation: 'import', path: 'staging' } })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.stdout).toMatch(/HTTP 409; retrying in 1(\.\d+)? ?s as the platform asked/)
    const state = await zuoraState(server)
    const outcomes = state.requests.filter((r) => r.path === '/workflows/import').map((r) => r.outcome)
    expect(outcomes[0]).toBe('handled')
    expect(outcomes).toContain('in-progress')
    expect(outcomes.at(-1)).toBe('replayed')
    expect(new Set(state.requests.filter((r) => r.path === '/workflows/import').map((r) => r.key)).size).toBe(1)
    expect(state.workflows).toHaveLength(2)
  })

  it('fetches a new token once when the one it holds has expired, then repeats the request', async () => {
    const { server, base } = await zuora({ config: { expireNextTokens: 1 } })
    const workspace = await tempDir()
    const run = await exportTo(base, workspace, 'b')
    expect(run.stdout).toContain('the platform refused the credentials (401); retrying once with fresh ones')
    expect(sent(server, 'POST', '/oauth/token')).toHaveLength(2)
    expect(sent(server, 'GET', '/export')).toHaveLength(2)
    const state = await zuoraState(server)
    expect(state.tokensRefused).toBe(1)

    // A token that dies again after the refresh is an error, not a loop.
    server.app.configure!({ expireNextTokens: 2 })
    const again = await runBundle({ workspace, inputs: { ...base, operation: 'export', 'workflow-id': SEEDED, path: 'c' } })
    expect(again.exitCode).toBe(1)
    expect(again.stdout).toMatch(/HTTP 401, code 90000011: Authentication error \(request id [0-9a-f-]{36}\)/)
  })

  it('refreshes a token shortly before it expires, without waiting for a 401', async () => {
    const { server, base, vars } = await zuora({ config: { tokenLifetimeSeconds: 2 } })
    const workspace = await tempDir()
    await exportTo(base, workspace, 'staging')
    server.requests.length = 0
    // The versions look-up takes 1.5 s: by the import, the token is past the half of its life.
    server.faults.add({ kind: 'slow', method: 'GET', path: '/versions', delayMs: 1500 })
    const run = await runBundle({ workspace, env: vars, inputs: { ...base, operation: 'import', path: 'staging', 'workflow-id': SEEDED, version: '0.1.0' } })
    expect(run.exitCode, run.stdout).toBe(0)
    // At least one refresh; a machine slow enough to let the new token pass its half-life too
    // rightly fetches another. What matters is that Zuora never had to refuse one.
    expect(sent(server, 'POST', '/oauth/token').length).toBeGreaterThanOrEqual(2)
    expect((await zuoraState(server)).tokensRefused).toBe(0)
  })

  it('uses a ready token, and says which input to fix when Zuora refuses one', async () => {
    const { server } = await zuora()
    const workspace = await tempDir()
    const base = { platform: 'zuora', 'base-url': server.url, 'upload-artifact': 'false' }
    const ok = await runBundle({ workspace, inputs: { ...base, token: SANDBOX_STATIC_TOKEN, operation: 'export', 'workflow-id': SEEDED, path: 'b' } })
    expect(ok.exitCode, ok.stdout).toBe(0)
    expect(sent(server, 'POST', '/oauth/token')).toEqual([])
    const refused = await runBundle({ workspace, inputs: { ...base, token: 'zt-not-a-token-0000', operation: 'export', 'workflow-id': SEEDED, path: 'c' } })
    expect(refused.exitCode).toBe(1)
    expect(refused.stdout).toMatch(/GET \/workflows\/19080\/export failed with HTTP 401, code 90000011: Authentication error \(request id [0-9a-f-]{36}\)/)
    expect(refused.stdout).toContain('Check the credential inputs')
    expect(everythingWritten(refused)).not.toContain('zt-not-a-token-0000')
  })

  it('turns a refused client secret into one message with the status and request id, and never shows the secret', async () => {
    const { server, base } = await zuora()
    const workspace = await tempDir()
    const run = await runBundle({ workspace, debug: true, inputs: { ...base, 'client-secret': 'zs-wrong-secret-1234', operation: 'export', 'workflow-id': SEEDED, path: 'b' } })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(/POST \/oauth\/token failed with HTTP 401, code 90000011: Invalid client credentials \(request id [0-9a-f-]{36}\)/)
    expect(run.stdout).toContain('Check client-id and client-secret')
    expect(everythingWritten(run)).not.toContain('zs-wrong-secret-1234')
    expect(everythingWritten(run)).not.toContain(server.app.inputs['client-secret'])
  })

  it('sends one Zuora-Track-Id per run, logs it, and gets it echoed', async () => {
    const { server, base } = await zuora()
    const workspace = await tempDir()
    const run = await exportTo(base, workspace, 'b')
    const state = await zuoraState(server)
    expect(state.trackIds).toHaveLength(1)
    expect(state.trackIds[0]).toMatch(/^flowferry-[0-9a-f]{16}$/)
    expect(run.stdout).toContain(`Zuora-Track-Id: ${state.trackIds[0]}`)

    const reply = await fetch(`${server.url}/workflows`, { headers: { 'zuora-track-id': 'support-case-42' } })
    expect(reply.status).toBe(401)
    expect(reply.headers.get('zuora-track-id')).toBe('support-case-42')
    expect(reply.headers.get('zuora-request-id')).toMatch(/^[0-9a-f-]{36}$/)
    expect(reply.headers.get('ratelimit-limit')).toBe('2500, 2500;w=60')
    expect(Number(reply.headers.get('ratelimit-remaining'))).toBeLessThan(2500)
    const refused = await fetch(`${server.url}/workflows`, { headers: { 'zuora-track-id': 'a:b' } })
    expect(refused.status).toBe(400)
  })

  it('slows down when the rate-limit budget runs low', async () => {
    const { server, base } = await zuora({ rateLimit: { requests: 3, windowSeconds: 4 } })
    const workspace = await tempDir()
    await exportTo(base, workspace, 'a')
    const started = Date.now()
    const run = await exportTo(base, workspace, 'b', { version: '0.0.1' })
    // The token's reply says the window is spent: the export waits for the reset instead of meeting a 429.
    expect(run.stdout).toMatch(/pacing for the platform's rate limit \(\d/)
    expect(Date.now() - started).toBeGreaterThanOrEqual(500)
    expect(server.requests.filter((r) => r.status === 429)).toEqual([])
  })
})
