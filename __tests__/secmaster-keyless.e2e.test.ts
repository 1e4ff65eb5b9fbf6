import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { afterEach, describe, expect, it } from 'vitest'
import { KEYLESS_AUDIENCE } from '../src/sandbox/emulators/secmaster/emulator.js'
import { SEEDED_WORKFLOW_ID, SEEDED_WORKFLOW_NAME } from '../src/sandbox/emulators/secmaster/seed.js'
import { startIdTokenService, type IdTokenService, type IdTokenServiceSettings } from '../src/sandbox/github/id-token-service.js'
import type { PlatformSandboxServer } from '../src/sandbox/server.js'
import { CLI_ENTRY, everythingWritten, runBundle } from './helpers/action.js'
import { sent, useSandbox } from './helpers/sandbox.js'
import { secmasterInputs } from './helpers/secmaster.js'
import { useTempDirs } from './helpers/workspace.js'

/**
 * Keyless SecMaster end to end through dist/index.js: the runner's ID-token endpoint and IAM's
 * OpenID Connect federation are both the sandbox's (id-token-service.ts, federation.ts), IAM on
 * an origin of its own (the sandbox's second one), SecMaster's gateway checking the temporary
 * keys and their security token.
 */
const execFileAsync = promisify(execFile)
const sandbox = useSandbox()
const tempDir = useTempDirs()
const services: IdTokenService[] = []
afterEach(async () => {
  await Promise.all(services.splice(0).map((service) => service.close()))
})

interface KeylessState {
  requests: { signed: number; token: number; refused: number; temporary: number }
  iam: { idTokens: number; temporaryKeys: number; refusals: string[]; subjects: string[] }
}

async function keyless(options: { config?: Record<string, unknown>; idTokens?: Partial<IdTokenServiceSettings> } = {}) {
  const server = await sandbox.platform('secmaster', { config: options.config })
  const idTokens = await startIdTokenService({ settings: options.idTokens })
  services.push(idTokens)
  const inputs = { platform: 'secmaster', 'base-url': server.url, 'iam-endpoint': server.foreignUrl, ...server.app.keyless!(idTokens.issuer, idTokens.jwks) }
  return { server, idTokens, inputs, env: idTokens.env }
}

async function state(server: PlatformSandboxServer): Promise<KeylessState> {
  return (await (await fetch(`${server.url}/__sandbox/state`)).json()) as KeylessState
}

/** Every value the run must never show, in the spellings it could travel in. */
function spellings(values: string[]): string[] {
  return [...new Set(values.flatMap((value) => [value, encodeURIComponent(value), JSON.stringify(value).slice(1, -1)]))].filter((value) => value.length >= 8)
}

describe('keyless SecMaster through dist/index.js', () => {
  it('exports and imports with the runner ID token alone: IAM gets the token, SecMaster only signed requests, nothing leaks', async () => {
    const { server, idTokens, inputs, env } = await keyless()
    const workspace = await tempDir()
    const exported = await runBundle({ workspace, env, debug: true, inputs: { ...inputs, operation: 'export', 'workflow-id': SEEDED_WORKFLOW_ID, 'upload-artifact': 'false', 'redact-secrets': 'false', path: 'exported' } })
    expect(exported.exitCode, exported.stdout).toBe(0)
    expect(exported.outputs).toMatchObject({ status: 'succeeded', 'workflow-id': SEEDED_WORKFLOW_ID })
    expect(exported.stdout).toMatch(/keyless sign-in: the runner issued an ID token \(iss "http:\/\/127\.0\.0\.1:\d+", aud "flowferry-secmaster", sub "repo:flowferry-sandbox\/workflows:ref:refs\/heads\/main"/)
    const imported = await runBundle({ workspace, env, inputs: { ...inputs, operation: 'import', path: 'exported' } })
    expect(imported.exitCode, imported.stdout).toBe(0)
    expect(imported.outputs).toMatchObject({ status: 'succeeded', 'workflow-id': SEEDED_WORKFLOW_ID })

    expect(idTokens.issued.map((token) => token.audience)).toEqual([KEYLESS_AUDIENCE, KEYLESS_AUDIENCE])
    const after = await state(server)
    expect(after.iam).toMatchObject({ idTokens: 2, temporaryKeys: 2, refusals: [] })
    expect(after.requests).toMatchObject({ refused: 0, token: 0 })
    expect(after.requests.temporary).toBe(after.requests.signed)
    expect(after.requests.signed).toBeGreaterThan(2)
    // IAM's calls went to iam-endpoint alone, and no SecMaster signature went there.
    expect(server.foreignRequests.map((r) => r.path)).toEqual(['/v3.0/OS-AUTH/id-token/tokens', '/v3.0/OS-CREDENTIAL/securitytokens', '/v3.0/OS-AUTH/id-token/tokens', '/v3.0/OS-CREDENTIAL/securitytokens'])
    expect(server.foreignRequests.some((r) => String(r.headers.authorization ?? '').startsWith('SDK-HMAC'))).toBe(false)
    expect(sent(server).filter((line) => line.includes('/v3'))).toEqual([])

    const secrets = spellings([...idTokens.issued.map((token) => token.jwt), env.ACTIONS_ID_TOKEN_REQUEST_TOKEN!, ...server.app.secrets!()])
    expect(secrets.length).toBeGreaterThan(10)
    for (const run of [exported, imported]) {
      const written = everythingWritten(run)
      for (const secret of secrets) expect(written.includes(secret), `a secret appears in the run's output: ${secret.slice(0, 6)}…`).toBe(false)
    }
  })

  it('says which permissions lines to add when the job may not request an ID token', async () => {
    const { server, inputs } = await keyless()
    const run = await runBundle({ workspace: await tempDir(), inputs: { ...inputs, operation: 'export', 'workflow-id': SEEDED_WORKFLOW_ID, 'upload-artifact': 'false' } })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.status).toBe('failed')
    expect(run.stdout).toMatch(/ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set/)
    expect(run.stdout).toMatch(/permissions:\s+id-token: write/)
    expect(server.requests).toEqual([])
    expect(server.foreignRequests).toEqual([])
  })

  it.each([
    ['an audience the identity provider does not know', { 'oidc-audience': 'sts.example.com' }, {}, /audience \(aud\) "sts.example.com" does not match[\s\S]*requested for audience 'sts.example.com': set the Client ID of identity provider 'github-actions' to that value, or `oidc-audience`/],
    ['an expired ID token', {}, { lifetimeSeconds: -30 }, /The ID token has expired[\s\S]*IAM found the ID token expired/],
    ['an identity provider IAM does not have', { 'identity-provider': 'gitlab' }, {}, /HTTP 404[\s\S]*IAM has no identity provider 'gitlab' here: create it in the IAM console/],
  ])('explains %s in terms of what to configure, and ends with the status', async (_name, change, idTokenSettings, expected) => {
    const { server, inputs, env } = await keyless({ idTokens: idTokenSettings })
    const run = await runBundle({ workspace: await tempDir(), env, inputs: { ...inputs, ...change, operation: 'export', 'workflow-id': SEEDED_WORKFLOW_ID, 'upload-artifact': 'false' } })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.status).toBe('failed')
    expect(run.stdout).toMatch(expected)
    expect(run.summary).toMatch(/failed/)
    expect(sent(server).filter((line) => line.includes('/soc/'))).toEqual([])
  })

  it.each([
    ['without the security-token API: a project-scoped token instead', { missingApis: ['security-tokens'] }, 'token', /IAM offers no temporary access keys; asking for a token scoped to project-id instead/],
    ['that issues only scoped tokens: a project-scoped token', { scopeRequired: true }, 'token', /IAM issues only scoped federated tokens; asking for a token scoped to project-id/],
    ['without the id-token API: its federation API for the unscoped token', { missingApis: ['id-token'] }, 'keys', /trying its federation API/],
  ] as const)('signs in through an IAM %s', async (_name, config, via, said) => {
    const { server, inputs, env } = await keyless({ config })
    const run = await runBundle({ workspace: await tempDir(), env, inputs: { ...inputs, operation: 'export', 'workflow-name': SEEDED_WORKFLOW_NAME, 'upload-artifact': 'false' } })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.stdout).toMatch(said)
    const after = await state(server)
    expect(after.requests.refused).toBe(0)
    if (via === 'token') expect(after.requests).toMatchObject({ signed: 0, token: expect.any(Number) })
    else expect(after.requests.temporary).toBeGreaterThan(0)
    expect(server.foreignRequests.some((r) => String(r.headers.authorization ?? '').startsWith('SDK-HMAC'))).toBe(false)
  })

  it('renews the temporary keys before they expire during a long wait', async () => {
    // Keys that last 3 s (renewed after half of it), and two throttled answers, each followed by
    // the 2 s pause SecMaster's documentation advises: every retry finds its keys due for renewal.
    const { server, inputs, env } = await keyless({ config: { temporaryKeySeconds: 3, throttleNext: 2 } })
    const run = await runBundle({ workspace: await tempDir(), env, inputs: { ...inputs, operation: 'export', 'workflow-name': SEEDED_WORKFLOW_NAME, 'upload-artifact': 'false' } })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.stdout).toMatch(/IAM issued temporary access keys until .* \(renewed\)/)
    const after = await state(server)
    expect(after.iam.temporaryKeys).toBeGreaterThanOrEqual(2)
    expect(after.requests.temporary).toBe(after.requests.signed)
    // Renewed ahead of time: no request was refused for an expired key.
    expect(server.requests.filter((request) => request.status === 401)).toEqual([])
  })
})

describe('keyless SecMaster from the CLI inside a job', () => {
  it('asks the runner for the ID token over HTTP and keeps the result JSON on stdout clean', async () => {
    const { server, idTokens, inputs, env } = await keyless()
    const workspace = await tempDir()
    const flags = Object.entries({ ...inputs, 'workflow-id': SEEDED_WORKFLOW_ID, path: 'cli-export', 'redact-secrets': 'false' }).flatMap(([name, value]) => [`--${name}`, value])
    const { stdout, stderr } = await execFileAsync(process.execPath, [CLI_ENTRY, 'export', ...flags], {
      cwd: workspace,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    })
    const result = JSON.parse(stdout) as { status: string; workflowId?: string }
    expect(result.status).toBe('succeeded')
    expect(idTokens.issued).toHaveLength(1)
    expect((await state(server)).iam.temporaryKeys).toBe(1)
    for (const secret of spellings([idTokens.issued[0]!.jwt, ...server.app.secrets!()])) expect(`${stdout}${stderr}`).not.toContain(secret)
  })
})

describe('temporary AK/SK with security-token', () => {
  /** Temporary keys from the sandbox's IAM, as an earlier step (or an agency) would hand them over. */
  async function temporaryKeys(server: PlatformSandboxServer, idTokens: IdTokenService) {
    const id = (await (await fetch(idTokens.env.ACTIONS_ID_TOKEN_REQUEST_URL + `&audience=${KEYLESS_AUDIENCE}`, { headers: { authorization: `Bearer ${idTokens.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN}` } })).json()) as { value: string }
    const unscoped = await fetch(`${server.url}/v3.0/OS-AUTH/id-token/tokens`, { method: 'POST', headers: { 'x-idp-id': 'github-actions', 'content-type': 'application/json' }, body: JSON.stringify({ auth: { id_token: { id: id.value } } }) })
    const token = unscoped.headers.get('x-subject-token')!
    const keys = await fetch(`${server.url}/v3.0/OS-CREDENTIAL/securitytokens`, { method: 'POST', headers: { 'x-auth-token': token, 'content-type': 'application/json' }, body: JSON.stringify({ auth: { identity: { methods: ['token'], token: { duration_seconds: 900 } } } }) })
    return ((await keys.json()) as { credential: { access: string; secret: string; securitytoken: string } }).credential
  }

  it('signs X-Security-Token with the request, which the gateway requires of a temporary key', async () => {
    const server = await sandbox.platform('secmaster')
    const idTokens = await startIdTokenService()
    services.push(idTokens)
    server.app.keyless!(idTokens.issuer, idTokens.jwks)
    const keys = await temporaryKeys(server, idTokens)
    const base = { ...secmasterInputs(server, 'aksk'), 'access-key-id': keys.access, 'secret-access-key': keys.secret, operation: 'export', 'workflow-id': SEEDED_WORKFLOW_ID, 'upload-artifact': 'false' }
    const workspace = await tempDir()

    const run = await runBundle({ workspace, inputs: { ...base, 'security-token': keys.securitytoken } })
    expect(run.exitCode, run.stdout).toBe(0)
    const after = await state(server)
    expect(after.requests).toMatchObject({ refused: 0, temporary: after.requests.signed })
    for (const secret of spellings([keys.secret, keys.securitytoken])) expect(everythingWritten(run)).not.toContain(secret)

    const without = await runBundle({ workspace, inputs: base })
    expect(without.exitCode).toBe(1)
    expect(without.stdout).toMatch(/APIG\.0301[\s\S]*a temporary access key needs X-Security-Token/)
  })
})
