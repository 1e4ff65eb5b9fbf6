import { mkdtemp, rm } from 'node:fs/promises'
import { createServer, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { systemClock, type Clock } from '../core/clock.js'
import { control, type ForeignRequest, type RecordedRequest } from './control.js'
import { emulatorNames, emulators } from './emulators.js'
import { FaultInjector, type FaultRule } from './faults.js'
import { sendJson } from './http-helpers.js'
import { checkSettings } from './settings-check.js'
import { WindowLimiter, type RateLimit } from './rate-limit.js'
import type { JobBehaviour, SandboxApp, SandboxOptions } from './types.js'

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
  foreignRequests: ForeignRequest[]
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

const defaultJobs: JobBehaviour = { durationMs: 1_500, outcome: 'success' }

/**
 * Serves one platform's emulator on loopback, wrapped in what every platform shares: fault
 * injection (faults.ts), a rate limit when asked (rate-limit.ts), a request log, a second
 * "foreign" origin for download links, and the control endpoints under `/__sandbox/`
 * (control.ts).
 */
export async function startPlatformSandbox(name: string, options: SandboxStartOptions = {}): Promise<PlatformSandboxServer> {
  const emulator = emulators[name]
  if (!emulator) throw new Error(`unknown platform '${name}'; one of ${emulatorNames().join(', ')}`)
  const loaded = await emulator()
  // A misspelt setting at start is refused as the control API refuses it (settings-check.ts).
  checkSettings(options.config ?? {}, loaded.settingNames)
  const host = options.host ?? '127.0.0.1'
  const ownStorage = options.storageDir === undefined
  const storageDir = options.storageDir ?? (await mkdtemp(path.join(tmpdir(), `flowferry-sandbox-${name}-`)))
  const jobs: JobBehaviour = { ...defaultJobs, ...options.jobs }
  const faults = new FaultInjector()
  for (const rule of options.faults ?? []) faults.add(rule)
  const requests: RecordedRequest[] = []
  const foreignRequests: ForeignRequest[] = []
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
  const app = loaded.create(sandboxOptions)
  const limiter = new WindowLimiter(options.rateLimit)
  const controlled = { app, settingNames: loaded.settingNames, faults, jobs, limiter, requests, foreignRequests }

  const server = createServer((req, res) => {
    const requestUrl = new URL(req.url ?? '/', url)
    if (requestUrl.pathname.startsWith('/__sandbox/')) {
      void control(req, res, requestUrl, controlled).catch((error: unknown) => fail(res, error))
      return
    }
    const record: RecordedRequest = { method: req.method ?? 'GET', path: requestUrl.pathname, at: Date.now() }
    requests.push(record)
    const arrived = performance.now()
    const socket = req.socket
    const written = socket.bytesWritten
    const done = () => {
      record.done ??= record.at + (performance.now() - arrived)
      record.bytes ??= socket.bytesWritten - written
    }
    res.on('finish', () => {
      record.status = res.statusCode
      done()
    })
    // A client that has its last byte can hang up before the server sees its write complete: 'close' without 'finish'.
    res.on('close', done)
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
