import type { IncomingMessage, ServerResponse } from 'node:http'
import { FaultInjector, type FaultRule } from './faults.js'
import { readRaw, sendJson } from './http-helpers.js'
import type { RateLimit, WindowLimiter } from './rate-limit.js'
import { checkSettings, UnknownSandboxNameError } from './settings-check.js'
import type { JobBehaviour, SandboxApp } from './types.js'

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
  /** When the reply's last byte was handed to the socket (sub-millisecond, on `at`'s scale), and the bytes the socket wrote for it, headers included (the benchmarks time transfers by them). */
  done?: number
  bytes?: number
}

/** A request seen on the foreign origin, with the headers it carried. */
export interface ForeignRequest {
  path: string
  headers: IncomingMessage['headers']
}

/** What the control endpoints read and change: one platform's sandbox, as the server holds it. */
export interface Controlled {
  app: SandboxApp
  /** The platform's own setting names (its emulator's settings.ts). */
  settingNames: readonly string[]
  faults: FaultInjector
  jobs: JobBehaviour
  limiter: WindowLimiter
  requests: RecordedRequest[]
  foreignRequests: ForeignRequest[]
}

/**
 * The control endpoints under `/__sandbox/`, on every platform's own origin:
 *
 *   GET    /__sandbox/requests          the request log        DELETE clears it
 *   GET    /__sandbox/foreign-requests  what the foreign origin received
 *   POST   /__sandbox/faults            add fault rule(s)      DELETE clears them
 *   POST   /__sandbox/config            { jobs: {durationMs, outcome}, rateLimit, …platform settings }
 *   GET    /__sandbox/state             the platform's state
 *   GET    /__sandbox/inputs            input values that work against this sandbox
 *   GET    /__sandbox/settings          the names /__sandbox/config takes
 *
 * A setting, fault kind or rule field the sandbox does not know is refused with 400 and a JSON
 * body `{message, unknown, valid}`, and nothing of that request is applied: a misspelt setting
 * must not leave the sandbox on its default while the caller believes otherwise.
 */
export async function control(req: IncomingMessage, res: ServerResponse, url: URL, sandbox: Controlled): Promise<void> {
  try {
    await answer(req, res, url, sandbox)
  } catch (error) {
    if (error instanceof UnknownSandboxNameError) return sendJson(res, 400, error.toJSON())
    if (error instanceof TypeError || error instanceof SyntaxError) return sendJson(res, 400, { message: error.message })
    throw error
  }
}

async function answer(req: IncomingMessage, res: ServerResponse, url: URL, sandbox: Controlled): Promise<void> {
  const { app, faults, jobs, limiter, requests, foreignRequests } = sandbox
  const route = `${req.method} ${url.pathname}`
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
      const body = await jsonBody(req)
      const rules = (Array.isArray(body) ? body : [body]) as FaultRule[]
      // Every rule is checked before any is added: a refused request changes nothing.
      for (const rule of rules) new FaultInjector().add(rule)
      for (const rule of rules) faults.add(rule)
      return sendJson(res, 200, { ok: true })
    }
    case 'DELETE /__sandbox/faults':
      faults.clear()
      return sendJson(res, 200, { ok: true })
    case 'POST /__sandbox/config': {
      const body = checkSettings((await jsonBody(req)) ?? {}, sandbox.settingNames)
      if (body.jobs) Object.assign(jobs, body.jobs)
      if (body.rateLimit !== undefined) limiter.set(body.rateLimit as RateLimit | null)
      app.configure?.(body)
      return sendJson(res, 200, { ok: true, jobs })
    }
    case 'GET /__sandbox/state':
      return sendJson(res, 200, app.state())
    case 'GET /__sandbox/inputs':
      return sendJson(res, 200, app.inputs)
    case 'GET /__sandbox/settings':
      return sendJson(res, 200, { settings: sandbox.settingNames })
    default:
      return sendJson(res, 404, { message: `no sandbox control route ${route}` })
  }
}

/** The request's JSON; undefined when empty; a SyntaxError (400) when it is not JSON. */
async function jsonBody(req: IncomingMessage): Promise<unknown> {
  const raw = await readRaw(req)
  if (raw.length === 0) return undefined
  try {
    return JSON.parse(raw.toString('utf8'))
  } catch (error) {
    throw new SyntaxError(`the body is not JSON: ${(error as Error).message}`)
  }
}
