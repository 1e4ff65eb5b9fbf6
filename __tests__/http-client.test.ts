import { gzipSync } from 'node:zlib'
import { afterEach, describe, expect, it } from 'vitest'
import { Deadline } from '../src/core/clock.js'
import { HttpError, NetworkError, TimedOutError, UncertainDeliveryError } from '../src/core/errors.js'
import { json as jsonBody } from '../src/core/http/body.js'
import { HttpClient, type Credentials } from '../src/core/http/client.js'
import { closeHttp } from '../src/core/http/dispatcher.js'
import { MemoryLogger } from '../src/core/log.js'
import { json, useServers } from './helpers/server.js'

const server = useServers()
afterEach(() => closeHttp())

const apiKey: Credentials = {
  authorize: (request) => {
    request.headers['x-api-key'] = 'secret-key-123'
  },
}

function client(url: string, extra: Partial<ConstructorParameters<typeof HttpClient>[0]> = {}) {
  const log = new MemoryLogger()
  const http = new HttpClient({
    baseUrl: new URL(url),
    log,
    credentials: apiKey,
    retry: { baseDelayMs: 5, maxDelayMs: 20, maxAttempts: 4 },
    timeouts: { connectMs: 1_000, readMs: 1_000 },
    ...extra,
  })
  return { http, log }
}

const asIs = (value: unknown) => value

describe('HttpClient retries', () => {
  it('retries a GET through transient 5xx replies', async () => {
    const s = await server((_req, res, _body, n) => (n < 3 ? json(res, 503, { message: 'busy' }) : json(res, 200, { ok: true })))
    const { http, log } = client(s.url)
    await expect(http.json({ method: 'GET', path: '/thing' }, asIs)).resolves.toEqual({ ok: true })
    expect(s.requests).toHaveLength(3)
    expect(log.text()).toMatch(/HTTP 503; retrying in .* \(attempt 2 of 4\)/)
  })

  it('never repeats a POST that got a 5xx, and says why', async () => {
    const s = await server((_req, res) => json(res, 502, { message: 'bad gateway' }))
    const { http } = client(s.url)
    const error = await http.json({ method: 'POST', path: '/import', body: jsonBody({}) }, asIs).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(HttpError)
    expect((error as HttpError).hint).toMatch(/did not retry/)
    expect(s.requests).toHaveLength(1)
  })

  it('repeats a POST that was refused with 429, after Retry-After', async () => {
    const s = await server((_req, res, _body, n) => (n === 1 ? json(res, 429, {}, { 'retry-after': '1' }) : json(res, 200, { ok: 1 })))
    const { http, log } = client(s.url)
    const started = Date.now()
    await http.json({ method: 'POST', path: '/import', body: jsonBody({}) }, asIs)
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000)
    expect(s.requests).toHaveLength(2)
    expect(log.text()).toMatch(/as the platform asked \(Retry-After\)/)
  })

  it('does not send a POST again when the reply is lost after the body was sent', async () => {
    const s = await server((req) => {
      req.socket.destroy()
    })
    const { http } = client(s.url)
    await expect(http.json({ method: 'POST', path: '/import', body: jsonBody({ a: 1 }), what: 'import X' }, asIs)).rejects.toBeInstanceOf(
      UncertainDeliveryError,
    )
    expect(s.requests).toHaveLength(1)
  })

  it('sends an idempotent POST again when its reply is lost', async () => {
    const s = await server((req, res, _body, n) => {
      if (n === 1) req.socket.destroy()
      else json(res, 200, { ok: 1 })
    })
    const { http } = client(s.url)
    await http.json({ method: 'POST', path: '/import', body: jsonBody({}), idempotent: true }, asIs)
    expect(s.requests).toHaveLength(2)
  })

  it('retries a GET whose reply is not JSON, but not a POST', async () => {
    const s = await server((_req, res, _body, n) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(n === 1 || n === 3 ? '{"trunc' : '{"ok":true}')
    })
    const { http } = client(s.url)
    await expect(http.json({ method: 'GET', path: '/status' }, asIs)).resolves.toEqual({ ok: true })
    await expect(http.json({ method: 'POST', path: '/import', body: jsonBody({}) }, asIs)).rejects.toBeInstanceOf(UncertainDeliveryError)
  })

  it('gives up on an unreachable host with a NetworkError that says what to check', async () => {
    const s = await server(() => {})
    await s.close()
    const { http } = client(s.url)
    const error = await http.json({ method: 'GET', path: '/x' }, asIs).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(NetworkError)
    expect((error as NetworkError).message).toMatch(/failed after 4 attempts: .*ECONNREFUSED/)
    expect((error as NetworkError).hint).toMatch(/base-url/)
  })

  it('retries a GET whose reply stalls past the read timeout', async () => {
    const s = await server((_req, res, _body, n) => {
      if (n > 1) json(res, 200, { ok: 1 })
    })
    const { http } = client(s.url, { timeouts: { connectMs: 1_000, readMs: 200 } })
    await expect(http.json({ method: 'GET', path: '/slow' }, asIs)).resolves.toEqual({ ok: 1 })
    expect(s.requests).toHaveLength(2)
  })

  it('stops with timed-out when Retry-After reaches past the deadline', async () => {
    const s = await server((_req, res) => json(res, 429, {}, { 'retry-after': '60' }))
    const { http } = client(s.url, { deadline: Deadline.after(2_000) })
    const error = await http.json({ method: 'GET', path: '/x' }, asIs).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TimedOutError)
    expect(s.requests).toHaveLength(1)
  })
})

describe('HttpClient credentials', () => {
  it('sends credentials to the base-url origin only, also across a redirect', async () => {
    const other = await server((_req, res) => json(res, 200, { where: 'other' }))
    const base = await server((_req, res) => {
      res.writeHead(302, { location: `${other.url}/file?sig=abc` })
      res.end()
    })
    const { http } = client(base.url)
    await expect(http.json({ method: 'GET', path: '/download' }, asIs)).resolves.toEqual({ where: 'other' })
    expect(base.requests[0]!.headers['x-api-key']).toBe('secret-key-123')
    expect(other.requests[0]!.headers['x-api-key']).toBeUndefined()

    await http.json({ method: 'GET', path: `${other.url}/direct` }, asIs)
    expect(other.requests[1]!.headers['x-api-key']).toBeUndefined()
  })

  it('refreshes credentials once after a 401 and repeats the request', async () => {
    let token = 'old'
    const s = await server((req, res) => (req.headers.authorization === 'Bearer new' ? json(res, 200, { ok: 1 }) : json(res, 401, {})))
    const { http } = client(s.url, {
      credentials: {
        authorize: (r) => {
          r.headers.authorization = `Bearer ${token}`
        },
        refresh: async () => {
          token = 'new'
          return true
        },
      },
    })
    await expect(http.json({ method: 'POST', path: '/x', body: jsonBody({}) }, asIs)).resolves.toEqual({ ok: 1 })
    expect(s.requests.map((r) => r.headers.authorization)).toEqual(['Bearer old', 'Bearer new'])
  })

  it('keeps credentials out of debug logs', async () => {
    const s = await server((_req, res) => json(res, 200, {}))
    const { http, log } = client(s.url)
    await http.json({ method: 'GET', path: '/x' }, asIs)
    expect(log.text()).toContain('x-api-key: ***')
    expect(log.text()).not.toContain('secret-key-123')
  })
})

describe('HttpClient bodies', () => {
  it('reads gzipped replies and gzips large request bodies when asked', async () => {
    const s = await server((req, res, body) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' })
      res.end(gzipSync(JSON.stringify({ encoding: req.headers['content-encoding'] ?? null, length: body.length })))
    })
    const { http } = client(s.url, { gzipRequestsAbove: 100 })
    const small = await http.json({ method: 'POST', path: '/x', body: jsonBody({ a: 1 }), idempotent: true }, asIs)
    const large = await http.json({ method: 'POST', path: '/x', body: jsonBody({ a: 'x'.repeat(5_000) }), idempotent: true }, asIs)
    expect(small).toEqual({ encoding: null, length: 7 })
    expect(large).toMatchObject({ encoding: 'gzip' })
  })

  it('paces requests when the rate-limit budget is spent', async () => {
    const s = await server((_req, res, _body, n) =>
      json(res, 200, {}, n === 1 ? { 'ratelimit-limit': '100', 'ratelimit-remaining': '0', 'ratelimit-reset': '1' } : {}),
    )
    const { http, log } = client(s.url)
    await http.json({ method: 'GET', path: '/a' }, asIs)
    const started = Date.now()
    await http.json({ method: 'GET', path: '/b' }, asIs)
    expect(Date.now() - started).toBeGreaterThanOrEqual(900)
    expect(log.text()).toMatch(/pacing for the platform's rate limit/)
  })
})

describe('HttpClient with credentials that fetch a token', () => {
  /** Credentials like Zuora's: a token from POST /token, through a client of the same origin. */
  function tokenCredentials(url: string, deadline: Deadline): Credentials & { fetches: number; fetchedAt: number; authorizedAt: number } {
    const tokens = new HttpClient({ baseUrl: new URL(url), log: new MemoryLogger(), deadline })
    let token: string | undefined
    return {
      fetches: 0,
      fetchedAt: 0,
      authorizedAt: 0,
      async prepare() {
        if (token) return
        this.fetches++
        token = await tokens.json({ method: 'POST', path: '/token', body: jsonBody({}) }, (value) => (value as { token: string }).token)
        this.fetchedAt = Date.now()
      },
      authorize(request) {
        this.authorizedAt = Date.now()
        request.headers.authorization = `Bearer ${token}`
      },
    }
  }

  it("fetches the token before the request waits its turn, so the token reply's spent budget makes it wait once, within the deadline", async () => {
    const s = await server((req, res) =>
      req.url === '/token' ? json(res, 200, { token: 't-1' }, { 'ratelimit-remaining': '0', 'ratelimit-reset': '60' }) : json(res, 200, { ok: true }),
    )
    const deadline = Deadline.after(2_000)
    const credentials = tokenCredentials(s.url, deadline)
    const { http } = client(s.url, { credentials, deadline })
    const started = Date.now()
    const error = await http.json({ method: 'GET', path: '/thing' }, asIs).catch((e: unknown) => e)
    // The window ends after the step's timeout: the request is refused at once, naming itself.
    expect(error).toBeInstanceOf(TimedOutError)
    expect((error as Error).message).toMatch(/^GET \/thing: the platform's rate limit lets it go only after the timeout/)
    expect(Date.now() - started).toBeLessThan(1_500)
    expect(s.requests.map((r) => r.path)).toEqual(['/token'])
    expect(credentials.fetches).toBe(1)
  })

  it('signs (authorizes) after the wait for its turn, and with the token fetched first', async () => {
    const s = await server((req, res) =>
      req.url === '/token' ? json(res, 200, { token: 't-2' }, { 'ratelimit-remaining': '0', 'ratelimit-reset': '1' }) : json(res, 200, { auth: req.headers.authorization }),
    )
    const deadline = Deadline.after(10_000)
    const credentials = tokenCredentials(s.url, deadline)
    const { http } = client(s.url, { credentials, deadline })
    await expect(http.json({ method: 'GET', path: '/thing' }, asIs)).resolves.toEqual({ auth: 'Bearer t-2' })
    expect(s.requests.map((r) => r.path)).toEqual(['/token', '/thing'])
    // RateLimit-Reset: 1 on the token's reply: the window ends up to a second later.
    expect(credentials.authorizedAt - credentials.fetchedAt).toBeGreaterThanOrEqual(900)
    expect(credentials.fetches).toBe(1)
  })
})
