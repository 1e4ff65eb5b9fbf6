import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { gzipSync } from 'node:zlib'
import { header } from '../../http-helpers.js'
import { Router } from '../../router.js'
import type { Emulator, SandboxApp, SandboxOptions } from '../../types.js'
import { IdempotencyStore, MinuteBudget, type KeyedRequest, type Reply } from './gateway.js'
import { TokenIssuer } from './oauth.js'
import { SANDBOX_STATIC_TOKEN, SEEDED_AUTH_HEADER, SEEDED_DEFINITION_ID, SEEDED_PASSWORD, seedWorkflows } from './seed.js'
import { applySettings, defaultSettings, settingNames, type ZuoraSettings } from './settings.js'
import { definitionView, Refusal, WorkflowStore } from './store.js'
import { WorkflowRoutes } from './workflow-routes.js'

/**
 * Zuora Workflow as its documentation describes it: OAuth client credentials (oauth.ts), Bearer
 * tokens on `/workflows/*`, a 36-character `Zuora-Request-Id` on every reply, `Zuora-Track-Id`
 * checked (≤64 US-ASCII characters, none of : ; " ') and echoed, `RateLimit-*` headers and 429
 * with `Retry-After` past the budget, an idempotency store keyed by Idempotency-Key (gateway.ts),
 * gzip request bodies and gzip replies over 1,000 bytes when asked, and the import/export rules
 * of WorkflowStore (store.ts) behind the routes of workflow-routes.ts. What the documentation
 * leaves open is a setting (settings.ts).
 *
 * This file is the gateway: every request passes the track-id check, the minute budget, the
 * token check and the idempotency store, in that order, before it reaches a route.
 */
export const zuoraEmulator: Emulator = {
  settingNames,
  create: (options) => new ZuoraEmulator(options),
}

const GZIP_ABOVE = 1000

class ZuoraEmulator implements SandboxApp {
  private readonly settings: ZuoraSettings = defaultSettings()
  private readonly store: WorkflowStore
  private readonly oauth: TokenIssuer
  private readonly routes: WorkflowRoutes
  private readonly idempotency: IdempotencyStore
  private readonly budget: MinuteBudget
  /** Each routed request's reply, handed from its route to the dispatcher. */
  private readonly replies = new WeakMap<IncomingMessage, Reply>()
  /** POST/PATCH requests without a key, for the request log. */
  private readonly unkeyed: KeyedRequest[] = []
  private readonly trackIds = new Set<string>()
  private readonly router = new Router()
  private gzippedReplies = 0

  constructor(options: SandboxOptions) {
    this.configure(options.config)
    this.store = new WorkflowStore(
      () => new Date(options.clock.now()).toISOString(),
      () => ({ status: this.settings.versionConflictStatus, wording: this.settings.versionConflictWording, shape: this.settings.versionConflictShape }),
    )
    this.oauth = new TokenIssuer(this.settings, options.clock)
    this.idempotency = new IdempotencyStore(() => options.clock.now())
    this.budget = new MinuteBudget(() => options.clock.now())
    seedWorkflows(this.store)
    // importUntilRetried: an import, its body read, waits for a retry with its key to meet the 409.
    const retried = (req: IncomingMessage) => this.idempotency.retried(header(req, 'idempotency-key') ?? '')
    this.routes = new WorkflowRoutes(this.store, this.settings, options.baseUrl, retried)
    this.routes.register((method, path, handler) =>
      this.router.on(method, path, async (c) => {
        this.replies.set(c.req, await handler(c))
      }),
    )
  }

  get inputs(): Record<string, string> {
    return { 'client-id': this.settings.clientId, 'client-secret': this.settings.clientSecret }
  }

  /** Staging's active version goes to production as a new, active definition. */
  readonly demo = {
    export: { 'workflow-id': String(SEEDED_DEFINITION_ID) },
    import: { activate: 'true' },
    vars: {
      NOTIFY_ERP_AUTHORIZATION: 'Basic ZXJwLXByb2R1Y3Rpb246cHJvZC04OGUx',
      TASKS_NOTIFY_ERP_PARAMETERS_SFTP_PASSWORD: 'sftp-production-pass-9a0c',
    },
  }

  readonly calls = {
    import: { method: 'POST', path: '/workflows/import', idempotent: true },
    export: { method: 'GET', path: '/export', idempotent: true },
  }

  readonly scenarios = [
    { name: 'expired token', operation: 'import' as const, config: { expireNextTokens: 1 }, expect: 'succeeded' as const },
    { name: 'expired token', operation: 'export' as const, config: { expireNextTokens: 1 }, expect: 'succeeded' as const },
  ]

  secrets(): string[] {
    return [this.settings.clientSecret, SANDBOX_STATIC_TOKEN, SEEDED_AUTH_HEADER, SEEDED_PASSWORD, ...this.oauth.issued, ...Object.values(this.demo.vars)]
  }

  configure(config: Record<string, unknown>): void {
    applySettings(this.settings, config)
  }

  state(): unknown {
    return {
      workflows: [...this.store.definitions.values()].map((d) => ({
        ...definitionView(d),
        versions: d.versions.map((v) => ({ id: v.id, version: v.version, active: v.id === d.activeVersionId, document: v.document })),
      })),
      tokensIssued: this.oauth.issued.length,
      tokensRefused: this.oauth.refused,
      requests: [...this.idempotency.log, ...this.unkeyed],
      trackIds: [...this.trackIds],
      gzippedRequests: this.routes.gzippedRequests,
      gzippedReplies: this.gzippedReplies,
    }
  }

  async handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void | 'replayed'> {
    const track = header(req, 'zuora-track-id')
    const headers: Record<string, string> = { 'zuora-request-id': randomUUID() }
    if (track !== undefined) headers['zuora-track-id'] = track
    const answer = (reply: Reply) => this.send(req, res, reply, headers)

    if (track !== undefined) {
      if (track.length > 64 || !/^[\x20-\x7e]*$/.test(track) || /[:;"']/.test(track)) {
        req.resume()
        return answer(new Refusal(400, 'Zuora-Track-Id must be at most 64 US-ASCII characters without : ; " \'').reply)
      }
      this.trackIds.add(track)
    }
    if (!this.budget.take(this.settings.apiRpm, headers)) {
      req.resume()
      return answer({ status: 429, body: { message: 'Too many requests' }, headers: { 'retry-after': headers['ratelimit-reset']! } })
    }
    if (req.method === 'POST' && url.pathname === '/oauth/token') return answer(await this.oauth.issue(req))
    if (!this.oauth.authorized(req)) {
      req.resume()
      return answer({ status: 401, body: { success: false, reasons: [{ message: 'Authentication error', code: '90000011' }] } })
    }
    const key = header(req, 'idempotency-key')
    if ((req.method === 'POST' || req.method === 'PATCH') && key) {
      const reply = await this.idempotency
        .once(req.method, url, key, this.settings.replayStatus, () => this.dispatch(req, url), this.settings.replayFailures)
        .finally(() => req.resume())
      await answer(reply)
      return reply.replayed ? 'replayed' : undefined
    }
    if (req.method === 'POST' || req.method === 'PATCH') this.unkeyed.push({ method: req.method, path: url.pathname, outcome: 'handled' })
    return answer(await this.dispatch(req, url))
  }

  private async dispatch(req: IncomingMessage, url: URL): Promise<Reply> {
    try {
      const routed = await this.router.dispatch(req, {} as ServerResponse, url)
      if (!routed) {
        req.resume()
        return new Refusal(404, `No such API: ${req.method} ${url.pathname}`).reply
      }
    } catch (error) {
      if (!(error instanceof Refusal)) throw error
      req.resume()
      return error.reply
    }
    return this.replies.get(req) ?? { status: 500, body: { message: 'no reply' } }
  }

  private send(req: IncomingMessage, res: ServerResponse, reply: Reply, headers: Record<string, string>): void {
    let body = Buffer.from(JSON.stringify(reply.body))
    const out: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', ...headers, ...reply.headers }
    if (res.hasHeader('ratelimit-limit')) {
      for (const name of ['ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset']) delete out[name]
    }
    if (body.length > GZIP_ABOVE && /\bgzip\b/i.test(header(req, 'accept-encoding') ?? '')) {
      body = gzipSync(body)
      out['content-encoding'] = 'gzip'
      this.gzippedReplies++
    }
    out['content-length'] = String(body.length)
    res.writeHead(reply.status, out)
    res.end(body)
  }
}
