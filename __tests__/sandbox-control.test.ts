import { describe, expect, it } from 'vitest'
import { emulatorNames } from '../src/sandbox/emulators.js'
import { faultKinds } from '../src/sandbox/faults.js'
import { startPlatformSandbox } from '../src/sandbox/server.js'
import { useSandbox } from './helpers/sandbox.js'

const sandbox = useSandbox()

async function post(url: string, body: unknown, raw?: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const reply = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: raw ?? JSON.stringify(body) })
  return { status: reply.status, body: (await reply.json()) as Record<string, unknown> }
}

/** The control API refuses what it does not know, naming what it does, and applies nothing of a refused request. */
describe('the sandbox control API', () => {
  it.each(emulatorNames())('%s: refuses an unknown setting with 400 and the valid names, and applies none of that request', async (name) => {
    const server = await sandbox.platform(name)
    const settings = ((await (await fetch(`${server.url}/__sandbox/settings`)).json()) as { settings: string[] }).settings
    expect(settings.length).toBeGreaterThan(3)

    const refused = await post(`${server.url}/__sandbox/config`, { jobs: { durationMs: 5 }, [`${settings[1]}x`]: true })
    expect(refused.status).toBe(400)
    expect(refused.body.unknown).toEqual([`${settings[1]}x`])
    expect(refused.body.valid).toEqual(['jobs', 'rateLimit', ...settings])
    expect(refused.body.message).toContain(`did you mean '${settings[1]}x' → '${settings[1]}'`)
    expect(server.jobs.durationMs).not.toBe(5)

    const accepted = await post(`${server.url}/__sandbox/config`, { jobs: { durationMs: 5 } })
    expect(accepted).toEqual({ status: 200, body: { ok: true, jobs: { durationMs: 5, outcome: 'success' } } })
  })

  it('refuses a misspelt jobs setting and an unknown job outcome', async () => {
    const server = await sandbox.platform('koreai')
    const field = await post(`${server.url}/__sandbox/config`, { jobs: { duration: 5 } })
    expect(field.status).toBe(400)
    expect(field.body).toMatchObject({ unknown: ['duration'], valid: ['durationMs', 'outcome'] })
    const outcome = await post(`${server.url}/__sandbox/config`, { jobs: { outcome: 'succeeded' } })
    expect(outcome.status).toBe(400)
    expect(outcome.body).toMatchObject({ unknown: ['succeeded'], valid: ['success', 'failed', 'endless'] })
    expect(server.jobs.outcome).toBe('success')
  })

  it('refuses an unknown fault kind or rule field, adding none of the rules sent with it', async () => {
    const server = await sandbox.platform('zuora')
    const kind = await post(`${server.url}/__sandbox/faults`, [{ kind: '503', path: '/workflows' }, { kind: 'timeout', path: '/workflows' }])
    expect(kind.status).toBe(400)
    expect(kind.body).toMatchObject({ unknown: ['timeout'], valid: [...faultKinds] })
    expect(server.faults.take('GET', '/workflows')).toBeUndefined()

    const field = await post(`${server.url}/__sandbox/faults`, { kind: '429', path: '/workflows', retry_after: 2 })
    expect(field.status).toBe(400)
    expect(field.body).toMatchObject({ unknown: ['retry_after'] })
    expect(field.body.message).toContain("'retry_after' → 'retryAfter'")
    expect(server.faults.take('GET', '/workflows')).toBeUndefined()

    expect((await post(`${server.url}/__sandbox/faults`, { kind: '429', path: '/workflows', retryAfter: 2 })).status).toBe(200)
    expect(server.faults.take('GET', '/workflows')?.kind).toBe('429')
  })

  it('answers a body that is not JSON with 400', async () => {
    const server = await sandbox.platform('leapwork')
    const reply = await post(`${server.url}/__sandbox/config`, undefined, '{"locked": [')
    expect(reply.status).toBe(400)
    expect(reply.body.message).toMatch(/not JSON/)
  })

  it('refuses an unknown setting at start, before anything listens', async () => {
    await expect(startPlatformSandbox('secmaster', { config: { sameNames: 'reject' } })).rejects.toThrow(/unknown setting 'sameNames' \(did you mean 'sameNames' → 'sameName'\?\); valid: jobs, rateLimit, token/)
    // SecMaster's IAM federation settings are its settings too.
    const server = await sandbox.platform('secmaster', { config: { missingApis: ['id-token'], sameName: 'reject' } })
    expect(server.url).toMatch(/^http:/)
  })
})
