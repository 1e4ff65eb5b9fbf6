import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runBundle } from './helpers/action.js'
import { sendBomb, type BombEncoding } from './helpers/crafted-replies.js'
import { writeKoreaiPackage } from './helpers/koreai.js'
import { json, useServers } from './helpers/server.js'
import { useTempDirs } from './helpers/workspace.js'
import type { ActionRun } from '../src/sandbox/github/runner.js'

/**
 * Replies that try to break the run rather than the platform's data: each must end as the
 * contract says a failure ends (an ::error naming what happened, `status: failed`, exit code 1),
 * never as a crash, a hang, or exit 13 ("unsettled top-level await").
 */
const server = useServers()
const tempDir = useTempDirs()

function expectFailure(run: ActionRun, message: RegExp): void {
  expect(run.exitCode, run.stdout + run.stderr).toBe(1)
  expect(run.outputs.status).toBe('failed')
  const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error'))
  expect(errors.join('\n')).toMatch(message)
  expect(run.stdout + run.stderr).not.toMatch(/Unexpected error|unsettled top-level await/)
}

const koreai = (url: string) => ({ platform: 'koreai', 'base-url': url, 'api-key': 'key-for-tests', 'poll-interval': '100ms' })

describe.each<BombEncoding>(['gzip', 'deflate'])('a %s reply that inflates past every limit', (encoding) => {
  it('on a GET: stopped at the limit, not sent again, and the step fails with a status', async () => {
    const s = await server((_req, res) => sendBomb(res, encoding))
    const run = await runBundle({ workspace: await tempDir(), inputs: { ...koreai(s.url), operation: 'wait', 'job-id': 'ds-1' } })
    expectFailure(run, /ds-1: the reply is larger than 67108864 bytes/)
    expect(s.requests).toHaveLength(1)
  })

  it('on an error reply: only its first kilobytes are read', async () => {
    const s = await server((_req, res) => sendBomb(res, encoding, 400))
    const run = await runBundle({ workspace: await tempDir(), inputs: { ...koreai(s.url), operation: 'wait', 'job-id': 'ds-1' } })
    expectFailure(run, /HTTP 400/)
    expect(s.requests).toHaveLength(1)
  })

  it('on an import POST: the step says the import may have happened, and ends with a status', async () => {
    const s = await server(async (req, res) => {
      if (req.url === '/api/public/files') return json(res, 200, { fileId: 'f-1' })
      await sendBomb(res, encoding)
    })
    const workspace = await tempDir()
    await writeKoreaiPackage(path.join(workspace, 'triage.zip'), { flow: { name: 'Triage' }, app: { name: 'Triage' } })
    const run = await runBundle({ workspace, inputs: { ...koreai(s.url), operation: 'import', path: 'triage.zip', 'workflow-name': 'Triage' } })
    expectFailure(run, /import as new workflow "Triage": the request was sent but no complete reply came back \(the reply is larger than \d+ bytes/)
    expect(s.requests.filter((r) => r.path === '/api/public/workflows/import')).toHaveLength(1)
  })
})

/**
 * A Kore.ai import's three uploads go at once, and their replies are checked only once all three
 * have ended (src/platforms/koreai/upload.ts, Uploaded): later, but never skipped. The package's
 * app definition is the file the server answers badly; the others get good ids.
 */
describe('Kore.ai upload replies, checked once the three uploads have ended', () => {
  it.each([
    ['a file id with a control character', 200, { fileId: 'f-2\u202egpj.exe' }, /upload app_definition\.json: Kore\.ai's reply has no fileId \(fileId: an id holds a control character/],
    ['no file id at all', 200, { ok: true }, /upload app_definition\.json: Kore\.ai's reply has no fileId/],
    ['a refusal in Kore.ai\'s error shape', 400, { errors: [{ msg: 'the file is not a definition', code: 'E_FILE' }] }, /HTTP 400.*the file is not a definition/],
  ])('%s: the step fails naming the file, and no import is started', async (_case, status, reply, message) => {
    const s = await server((req, res, body) => {
      const app = body.includes('filename="app_definition.json"')
      if (req.url === '/api/public/files') return json(res, app ? status : 200, app ? reply : { fileId: 'f-1' })
      json(res, 200, { status: 'IN_PROGRESS', dockStatusId: 'ds-1' })
    })
    const workspace = await tempDir()
    await writeKoreaiPackage(path.join(workspace, 'triage.zip'), { flow: { name: 'Triage' }, app: { name: 'Triage' } })
    const run = await runBundle({ workspace, inputs: { ...koreai(s.url), operation: 'import', path: 'triage.zip', 'workflow-name': 'Triage' } })
    expectFailure(run, message)
    expect(s.requests.filter((r) => r.path === '/api/public/files')).toHaveLength(3)
    expect(s.requests.filter((r) => r.path.startsWith('/api/public/workflows'))).toHaveLength(0)
    expect(run.stdout).not.toContain('\u202e')
  })
})

describe('a reply parsed as a whole is read as a whole, or not at all', () => {
  it('a SecMaster import whose reply inflates to 256 MiB of spaces is not taken for an empty (successful) reply', async () => {
    const s = await server(async (req, res) => {
      if (req.method === 'POST' && req.url?.endsWith('/soc/workflows/import')) return sendBomb(res, 'gzip')
      json(res, 200, { code: '0', message: 'ok', success: true, total: 0, data: [] })
    })
    const workspace = await tempDir()
    await writeFile(path.join(workspace, 'workflow.json'), JSON.stringify({ name: 'Phishing triage', version: 'v1' }))
    const inputs = { platform: 'secmaster', 'base-url': s.url, token: 'token-for-tests', 'project-id': 'p1', 'workspace-id': 'ws-1' }
    const run = await runBundle({ workspace, inputs: { ...inputs, operation: 'import', path: 'workflow.json' } })
    expectFailure(run, /the request was sent but no complete reply came back \(.*the reply is larger than \d+ bytes/)
    expect(s.requests.filter((r) => r.method === 'POST')).toHaveLength(1)
  })
})

describe('Retry-After that would turn retries into a burst, or a wait of years', () => {
  it.each(['0', '-5', 'Thu, 01 Jan 1970 00:00:00 GMT'])('Retry-After: %s: attempts still back off (at least 0.25 s, 0.5 s, 1 s, 2 s), then the step fails', async (retryAfter) => {
    const at: number[] = []
    const s = await server((_req, res) => {
      at.push(Date.now())
      json(res, 429, { message: 'slow down' }, { 'retry-after': retryAfter })
    })
    const run = await runBundle({ workspace: await tempDir(), inputs: { ...koreai(s.url), operation: 'wait', 'job-id': 'ds-1' } })
    expectFailure(run, /HTTP 429/)
    expect(at).toHaveLength(5)
    const gaps = at.slice(1).map((t, i) => t - at[i]!)
    // Timers never fire early; a few ms of slack for the clock's granularity.
    ;[250, 500, 1000, 2000].forEach((floor, i) => expect(gaps[i], `gap ${i + 1}: ${gaps.join(', ')}`).toBeGreaterThanOrEqual(floor - 5))
  })

  it('a Retry-After far past the timeout stops at once with timed-out, not with a timer that fires at once', async () => {
    const s = await server((_req, res) => json(res, 429, { message: 'come back later' }, { 'retry-after': '99999999999' }))
    const run = await runBundle({ workspace: await tempDir(), inputs: { ...koreai(s.url), operation: 'wait', 'job-id': 'ds-1', timeout: '120h' } })
    expect(run.exitCode, run.stdout).toBe(1)
    expect(run.outputs.status).toBe('timed-out')
    expect(run.stdout).toMatch(/::error::.*HTTP 429.*would come after the timeout/)
    expect(run.stderr).not.toMatch(/TimeoutOverflowWarning/)
    expect(s.requests).toHaveLength(1)
  })

  it('a RateLimit-Reset far off does not hold the run: the next request would be after the timeout, and it says so', async () => {
    const s = await server((_req, res) =>
      json(res, 200, { status: 'IN_PROGRESS', dockStatusId: 'ds-1' }, { 'ratelimit-limit': '100', 'ratelimit-remaining': '0', 'ratelimit-reset': '99999999999' }),
    )
    const run = await runBundle({ workspace: await tempDir(), inputs: { ...koreai(s.url), operation: 'wait', 'job-id': 'ds-1', timeout: '20m' } })
    expect(run.exitCode, run.stdout).toBe(1)
    expect(run.outputs.status).toBe('timed-out')
    expect(run.stdout).toMatch(/::error::.*rate limit lets it go only after the timeout/)
    expect(s.requests).toHaveLength(1)
  })
})

describe('redirects that lead nowhere a request can go', () => {
  it.each([
    ['http://[::1', /redirected to http:\/\/\[::1, which is not a URL/],
    ['file:///etc/passwd', /redirected to a file: URL; flowferry follows http\(s\) redirects only/],
  ])('Location: %s', async (location, message) => {
    const s = await server((_req, res) => {
      res.writeHead(302, { location })
      res.end()
    })
    const run = await runBundle({ workspace: await tempDir(), inputs: { ...koreai(s.url), operation: 'wait', 'job-id': 'ds-1' } })
    expectFailure(run, message)
  })
})
