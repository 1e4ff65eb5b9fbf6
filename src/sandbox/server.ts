import { mkdtemp, rm } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { systemClock, type Clock } from '../core/clock.js'
import { emulatorNames, emulators } from './emulators.js'
import { FaultInjector, type FaultRule } from './faults.js'
import { readJsonBody, sendJson } from './http-helpers.js'
import type { JobBehaviour, SandboxApp, SandboxOptions } from './types.js'

/** One request as the sandbox saw it, for tests that count what was sent. */
export interface RecordedRequest {
  method: string
  path: string
  status?: number
  fault?: string
  /** The platform's handler ran to its end: the request was carried out, whatever the client saw. */
  handled?: boolean
  /** The platform answered with an earlier request's stored reply (an idempotent replay). */
  replayed?: boolean
  at: number
}

export interface PlatformSandboxServer {
  platform: string
  /** The base-url to give flowferry. */
  url: string
  /** A second origin the sandbox can hand download links out on. */
  foreignUrl: string
  app: SandboxApp
  faults: FaultInjector
  requests: RecordedRequest[]
  /** Requests seen on the foreign origin, with the headers they carried. */
  foreignRequests: { path: string; headers: IncomingMessage['headers'] }[]
  jobs: JobBehaviour
  close(): Promise<void>
}

export interface SandboxStartOptions {
  host?: string
  /** 0 (default) picks a free port. */
  port?: number
  clock?: Clock
  jobs?: Partial<JobBehaviour>
  config?: Record<string, unknown>
  faults?: FaultRule[]
  storageDir?: string
  /** A fixed-window rate limit over all platform requests, announced in RateLimit-* headers. */
  rateLimit?: RateLimit
}

export interface RateLimit {
  requests: number
  windowSeconds: number
}

const defaultJobs: JobBehaviour = { durationMs: 1_500, outcome: 'success' }

/**
 * Serves one platform's sandbox on loopback, wrapped in what every platform shares: fault
 * injection, a request log, and control endpoints under `/__sandbox/`:
 *
 *   GET    /__sandbox/requests   the request log        DELETE clears it
 *   POST   /__sandbox/faults     add fault rule(s)      DELETE clears them
 *   POST   /__sandbox/config     { jobs: {durationMs, outcome}, …platform settings }
 *   GET    /__sandbox/state      the platform's state
 *   GET    /__sandbox/inputs     input values that work against this sandbox
 */
export async function startPlatformSandbox(name: string, options: SandboxStartOptions = {}): Promise<PlatformSandboxServer> {
  const emulator = emulators[name]
  if (!emulator) throw new Error(`unknown platform '${name}'; one of ${emulatorNames().join(', ')}`)
  const host = options.host ?? '127.0.0.1'
  const ownStorage = options.storageDir === undefined
  const storageDir = options.storageDir ?? (await mkdtemp(path.join(tmpdir(), `flowferry-sandbox-${name}-`)))
  const jobs: JobBehaviour = { ...defaultJobs, ...options.jobs }
  const faults = new FaultInjector()
  for (const rule of options.faults ?? []) faults.add(rule)
  const requests: RecordedRequest[] = []
  const foreignRequests: PlatformSandboxServer['foreignRequests'] = []
  let url = ''
  let foreignUrl = ''

  const sandboxOptions: SandboxOptions = {
    storageDir,
    clock: options.clock ?? systemClock,
    jobs,
    baseUrl: () => url,
    foreignUrl: () => foreignUrl,
    config: options.config ?? {},
  }
  const app = (await emulator()).create(sandboxOptions)
  const limiter = new WindowLimiter(options.rateLimit)

  const server = createServer((req, res) => {
    const requestUrl = new URL(req.url ?? '/', url)
    if (requestUrl.pathname.startsWith('/__sandbox/')) {
      void control(req, res, requestUrl).catch((error: unknown) => fail(res, error))
      return
    }
    const record: RecordedRequest = { method: req.method ?? 'GET', path: requestUrl.pathname, at: Date.now() }
    requests.push(record)
    res.on('finish', () => {
      record.status = res.statusCode
    })
    if (limiter.refuse(res, sandboxOptions.clock.now())) {
      record.fault = 'rate-limit'
      req.resume()
      return
    }
    const rule = faults.take(record.method, requestUrl.pathname)
    if (rule) record.fault = rule.kind
    const answer = async () => {
      const outcome = await app.handle(req, res, requestUrl)
      record.handled = true
      if (outcome === 'replayed') record.replayed = true
    }
    void (rule ? faults.apply(rule, req, res, answer) : answer()).catch((error: unknown) => fail(res, error))
  })

  const foreign = createServer((req, res) => {
    const requestUrl = new URL(req.url ?? '/', foreignUrl)
    foreignRequests.push({ path: requestUrl.pathname, headers: req.headers })
    if (!app.handleForeign) {
      sendJson(res, 404, { message: 'nothing is served here' })
      return
    }
    const rule = faults.take(req.method ?? 'GET', `foreign:${requestUrl.pathname}`)
    const answer = () => app.handleForeign!(req, res, requestUrl)
    void (rule ? faults.apply(rule, req, res, answer) : answer()).catch((error: unknown) => fail(res, error))
  })

  async function control(req: IncomingMessage, res: ServerResponse, controlUrl: URL): Promise<void> {
    const route = `${req.method} ${controlUrl.pathname}`
    switch (route) {
      case 'GET /__sandbox/requests':
        return sendJson(res, 200, requests)
      case 'DELETE /__sandbox/requests':
        requests.length = 0
        foreignRequests.length = 0
        return sendJson(res, 200, { ok: true })
      case 'GET /__sandbox/foreign-requests':
        return sendJson(res, 200, foreignRequests)
      case 'POST /__sandbox/faults': {
        const body = await readJsonBody(req)
        for (const rule of Array.isArray(body) ? body : [body]) faults.add(rule as FaultRule)
        return sendJson(res, 200, { ok: true })
      }
      case 'DELETE /__sandbox/faults':
        faults.clear()
        return sendJson(res, 200, { ok: true })
      case 'POST /__sandbox/config': {
        const body = ((await readJsonBody(req)) ?? {}) as Record<string, unknown>
        if (body.jobs) Object.assign(jobs, body.jobs)
        if (body.rateLimit !== undefined) limiter.set(body.rateLimit as RateLimit | null)
        app.configure?.(body)
        return sendJson(res, 200, { ok: true, jobs })
      }
      case 'GET /__sandbox/state':
        return sendJson(res, 200, app.state())
      case 'GET /__sandbox/inputs':
        return sendJson(res, 200, app.inputs)
      default:
        return sendJson(res, 404, { message: `no sandbox control route ${route}` })
    }
  }

  url = await listen(server, host, options.port ?? 0)
  foreignUrl = await listen(foreign, host, 0)
  return {
    platform: name,
    url,
    foreignUrl,
    app,
    faults,
    requests,
    foreignRequests,
    jobs,
    async close() {
      await Promise.all([closeServer(server), closeServer(foreign)])
      if (ownStorage) await rm(storageDir, { recursive: true, force: true })
    },
  }
}

/**
 * A fixed-window limit like the platforms' own: every reply says how much of the window is
 * left (RateLimit-Limit/Remaining/Reset); past the limit, 429 with Retry-After.
 */
class WindowLimiter {
  private windowStart = 0
  private used = 0

  constructor(private limit: RateLimit | undefined) {}

  set(limit: RateLimit | null): void {
    this.limit = limit ?? undefined
    this.used = 0
  }

  /** Answers 429 and returns true when the window is spent; else counts the request and sets the headers. */
  refuse(res: ServerResponse, now: number): boolean {
    if (!this.limit) return false
    const windowMs = this.limit.windowSeconds * 1000
    if (now - this.windowStart >= windowMs) {
      this.windowStart = now
      this.used = 0
    }
    const reset = Math.max(1, Math.ceil((this.windowStart + windowMs - now) / 1000))
    const headers = { 'ratelimit-limit': String(this.limit.requests), 'ratelimit-reset': String(reset) }
    if (this.used >= this.limit.requests) {
      sendJson(res, 429, { message: 'rate limit exceeded' }, { ...headers, 'ratelimit-remaining': '0', 'retry-after': String(reset) })
      return true
    }
    this.used++
    for (const [name, value] of Object.entries({ ...headers, 'ratelimit-remaining': String(this.limit.requests - this.used) })) res.setHeader(name, value)
    return false
  }
}

export interface Sandbox {
  servers: Record<string, PlatformSandboxServer>
  close(): Promise<void>
}

/** Every platform (or the named ones), each on its own port (consecutive from `port` when given). */
export async function startSandbox(names: string[] = emulatorNames(), options: SandboxStartOptions = {}): Promise<Sandbox> {
  const servers: Record<string, PlatformSandboxServer> = {}
  let port = options.port ?? 0
  for (const name of names) {
    servers[name] = await startPlatformSandbox(name, { ...options, port })
    if (port) port++
  }
  return {
    servers,
    async close() {
      await Promise.all(Object.values(servers).map((server) => server.close()))
    },
  }
}

function fail(res: ServerResponse, error: unknown): void {
  if (res.headersSent || res.destroyed) {
    res.destroy()
    return
  }
  sendJson(res, 500, { message: `sandbox error: ${error instanceof Error ? error.message : String(error)}` })
}

function listen(server: Server, host: string, port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      const address = server.address() as AddressInfo
      resolve(`http://${host.includes(':') ? `[${host}]` : host}:${address.port}`)
    })
  })
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections()
    server.close(() => resolve())
  })
}
