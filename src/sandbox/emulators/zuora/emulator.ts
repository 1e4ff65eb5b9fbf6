import { randomBytes, randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { setTimeout as delay } from 'node:timers/promises'
import { gzipSync } from 'node:zlib'
import { header, readFormBody, readJsonBody } from '../../http-helpers.js'
import { Router, type RouteContext } from '../../router.js'
import type { Emulator, SandboxApp, SandboxOptions } from '../../types.js'
import { SEEDED_AUTH_HEADER, SEEDED_DEFINITION_ID, SEEDED_PASSWORD, seededDocument } from './seed.js'
import { IdempotencyStore, MinuteBudget, type KeyedRequest, type Reply } from './gateway.js'
import { definitionView, Refusal, versionView, WorkflowStore, type Definition } from './store.js'

/**
 * Zuora Workflow as ../shared/reference/zuora-secmaster.md part 1 describes it, with its
 * appendix's emulator checklist: OAuth client credentials (`POST /oauth/token`, form-encoded,
 * no Authorization header), Bearer tokens on `/workflows/*`, a 36-character `Zuora-Request-Id`
 * on every reply, `Zuora-Track-Id` checked (≤64 US-ASCII characters, none of : ; " ') and
 * echoed, `RateLimit-*` headers and 429 with `Retry-After` past the budget, an idempotency
 * store keyed by Idempotency-Key (the first reply replayed for 24 h, 409 while the first is in
 * flight, 422 for the key on another URL or method), gzip request bodies and gzip replies over
 * 1,000 bytes when asked, and the import/export rules of WorkflowStore.
 *
 * Where the documentation is silent, the behaviour is a setting (`POST /__sandbox/config`):
 *   clientId, clientSecret   the OAuth client that is accepted
 *   tokenLifetimeSeconds     `expires_in` of issued tokens, and how long they work (default 3599)
 *   expireNextTokens         that many of the next tokens stop working before their time (an
 *                            expired or revoked token mid-run); default 0
 *   apiRpm                   requests per minute before 429 (default 2500, an API Sandbox tenant)
 *   activateDefinition       whether activating a version also makes the definition Active (default true)
 *   replayStatus             200 (Z-IDEM: the same result) or 409 (Z-EH: "the original result back as a 409")
 *   replayFailures           a stored refusal is replayed with replayStatus as well (default false:
 *                            with its own status)
 *   importDelayMs            how long an import takes once its body is read (default 0), so a
 *                            retry can arrive while the first attempt is still in progress
 *   versionConflictStatus    the status refusing a version that is not greater (default 400)
 *   versionConflictWording   'named' (default: "Version 0.0.2 must be greater than the latest
 *                            version 0.0.3") or 'vague' ("Version is invalid")
 *   versionConflictShape     'errors' (default) or 'reasons' ({success:false, reasons}, the /v1
 *                            shape; with versionConflictStatus 200 as /v1 answers)
 *   listVersions             answer GET /workflows/{id}/versions (default true; false: 404, as a
 *                            tenant or gateway without that endpoint would)
 *   listVersionNumbers       the version list's items carry `version` (default true; false: they
 *                            do not, and flowferry must not guess from them)
 */

export const SANDBOX_CLIENT_ID = '6f1c0b8e-2d4a-4b7f-9e3c-5a8d1f0b2c4e'
export const SANDBOX_CLIENT_SECRET = 'zs-sandbox-Kx7pQ2vN9wL4rT8yB3mF6hJ1'
/** A token that is always accepted, for the `token` input. */
export const SANDBOX_STATIC_TOKEN = 'zt-static-3b9f1e7c4a2d8f6b0e5c9a1d7f3b2e8c'
export { SEEDED_DEFINITION_ID }

const GZIP_ABOVE = 1000

interface Config {
  clientId: string
  clientSecret: string
  tokenLifetimeSeconds: number
  expireNextTokens: number
  apiRpm: number
  activateDefinition: boolean
  replayStatus: 200 | 409
  replayFailures: boolean
  listVersions: boolean
  importDelayMs: number
  versionConflictStatus: number
  versionConflictWording: 'named' | 'vague'
  versionConflictShape: 'errors' | 'reasons'
  listVersionNumbers: boolean
}

export const zuoraEmulator: Emulator = {
  create: (options) => new ZuoraEmulator(options),
}

class ZuoraEmulator implements SandboxApp {
  private readonly config: Config = {
    clientId: SANDBOX_CLIENT_ID,
    clientSecret: SANDBOX_CLIENT_SECRET,
    tokenLifetimeSeconds: 3599,
    expireNextTokens: 0,
    apiRpm: 2500,
    activateDefinition: true,
    replayStatus: 200,
    replayFailures: false,
    listVersions: true,
    importDelayMs: 0,
    versionConflictStatus: 400,
    versionConflictWording: 'named',
    versionConflictShape: 'errors',
    listVersionNumbers: true,
  }
  private readonly store: WorkflowStore
  private readonly tokens = new Map<string, { expiresAt: number }>()
  private readonly issued: string[] = []
  private readonly idempotency: IdempotencyStore
  private readonly budget: MinuteBudget
  /** Each routed request's reply, handed from its route to the dispatcher. */
  private readonly replies = new WeakMap<IncomingMessage, Reply>()
  /** POST/PATCH requests without a key, for the request log. */
  private readonly unkeyed: KeyedRequest[] = []
  private readonly trackIds = new Set<string>()
  private readonly router = new Router()
  private gzippedRequests = 0
  private gzippedReplies = 0
  private refusedTokens = 0

  constructor(private readonly options: SandboxOptions) {
    this.configure(options.config)
    this.store = new WorkflowStore(
      () => new Date(options.clock.now()).toISOString(),
      () => ({ status: this.config.versionConflictStatus, wording: this.config.versionConflictWording, shape: this.config.versionConflictShape }),
    )
    this.idempotency = new IdempotencyStore(() => options.clock.now())
    this.budget = new MinuteBudget(() => options.clock.now())
    this.seed()
    this.routes()
  }

  get inputs(): Record<string, string> {
    return { 'client-id': this.config.clientId, 'client-secret': this.config.clientSecret }
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
    return [this.config.clientSecret, SANDBOX_STATIC_TOKEN, SEEDED_AUTH_HEADER, SEEDED_PASSWORD, ...this.issued, ...Object.values(this.demo.vars)]
  }

  /** Settings this sandbox knows; anything else in the body is another layer's (jobs, rateLimit). */
  configure(config: Record<string, unknown>): void {
    Object.assign(this.config, Object.fromEntries(Object.entries(config).filter(([key, value]) => key in this.config && value !== undefined)))
  }

  state(): unknown {
    return {
      workflows: [...this.store.definitions.values()].map((d) => ({
        ...definitionView(d),
        versions: d.versions.map((v) => ({ id: v.id, version: v.version, active: v.id === d.activeVersionId, document: v.document })),
      })),
      tokensIssued: this.issued.length,
      tokensRefused: this.refusedTokens,
      requests: [...this.idempotency.log, ...this.unkeyed],
      trackIds: [...this.trackIds],
      gzippedRequests: this.gzippedRequests,
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
    if (!this.budget.take(this.config.apiRpm, headers)) {
      req.resume()
      return answer({ status: 429, body: { message: 'Too many requests' }, headers: { 'retry-after': headers['ratelimit-reset']! } })
    }
    if (req.method === 'POST' && url.pathname === '/oauth/token') return answer(await this.issueToken(req))
    if (!this.authorized(req)) {
      req.resume()
      return answer({ status: 401, body: { success: false, reasons: [{ message: 'Authentication error', code: '90000011' }] } })
    }
    const key = header(req, 'idempotency-key')
    if ((req.method === 'POST' || req.method === 'PATCH') && key) {
      const reply = await this.idempotency.once(req.method, url, key, this.config.replayStatus, () => this.dispatch(req, url), this.config.replayFailures).finally(() => req.resume())
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

  private routes(): void {
    const on = (method: string, path: string, handler: (c: RouteContext) => Promise<Reply> | Reply) =>
      this.router.on(method, path, async (c) => {
        this.replies.set(c.req, await handler(c))
      })
    on('GET', '/workflows', (c) => this.list(c.url))
    on('POST', '/workflows/import', (c) => this.importNew(c.req, c.url))
    on('GET', '/workflows/:id', (c) => ok(definitionView(this.store.definition(c.params.id!))))
    on('PATCH', '/workflows/:id', (c) => this.patch(c.req, c.params.id!))
    on('GET', '/workflows/:id/export', (c) => ok(this.store.find(this.store.definition(c.params.id!), c.url.searchParams.get('version')).document))
    on('GET', '/workflows/:id/versions', (c) => {
      if (!this.config.listVersions) throw new Refusal(404, `No such API: GET ${c.url.pathname}`)
      const definition = this.store.definition(c.params.id!)
      const items = definition.versions.map((v) => versionView(definition, v))
      return ok({ data: this.config.listVersionNumbers ? items : items.map(({ version: _version, ...rest }) => rest) })
    })
    on('POST', '/workflows/:id/versions/import', (c) => this.importVersion(c.req, c.url, c.params.id!))
    on('DELETE', '/workflows/versions/:versionId', (c) => this.deleteVersion(c.params.versionId!))
  }

  private async importNew(req: IncomingMessage, url: URL): Promise<Reply> {
    const document = await this.readDocument(req)
    const { version, activate } = importQuery(url)
    const under = url.searchParams.get('workflow_definition_id')
    if (under) {
      const definition = this.store.definition(under)
      const created = this.store.importVersion(definition, document, version, activate, this.config.activateDefinition)
      return ok(versionView(definition, created, definition.id))
    }
    const { definition, created } = this.store.createDefinition(document, version, activate, this.config.activateDefinition)
    // The sample answers with the new workflow's id; here it is the definition's, which export and version import take.
    return ok(versionView(definition, created, definition.id))
  }

  private async importVersion(req: IncomingMessage, url: URL, id: string): Promise<Reply> {
    const definition = this.store.definition(id)
    const document = await this.readDocument(req)
    const { version, activate } = importQuery(url)
    this.store.importVersion(definition, document, version, activate, this.config.activateDefinition)
    return ok(definitionView(definition))
  }

  private async patch(req: IncomingMessage, id: string): Promise<Reply> {
    const definition = this.store.definition(id)
    const body = await readJsonBody(req)
    if (!body || typeof body !== 'object') throw new Refusal(422, 'The request body must be an object')
    const changes = body as Record<string, unknown>
    if (changes.status !== undefined && changes.status !== 'Active' && changes.status !== 'Inactive') throw new Refusal(422, 'status must be Active or Inactive')
    if (changes.active_workflow_version_id !== undefined) this.store.activate(definition, Number(changes.active_workflow_version_id), false)
    if (typeof changes.name === 'string') definition.name = changes.name
    if (typeof changes.description === 'string') definition.description = changes.description
    if (changes.status) definition.status = changes.status as Definition['status']
    return ok(definitionView(definition))
  }

  private deleteVersion(versionId: string): Reply {
    for (const definition of this.store.definitions.values()) {
      const index = definition.versions.findIndex((v) => String(v.id) === versionId)
      if (index < 0) continue
      if (definition.activeVersionId === definition.versions[index]!.id) throw new Refusal(403, 'The active version cannot be deleted')
      definition.versions.splice(index, 1)
      return ok({ id: Number(versionId), success: true })
    }
    throw new Refusal(404, `Version ${versionId} not found`)
  }

  private list(url: URL): Reply {
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1)
    const length = Math.min(50, Math.max(1, Number(url.searchParams.get('page_length') ?? 20) || 20))
    const name = url.searchParams.get('name')
    const all = [...this.store.definitions.values()].filter((d) => name === null || d.name === name)
    const data = all.slice((page - 1) * length, page * length).map((d) => ({
      ...definitionView(d),
      latest_inactive_verisons: d.versions.filter((v) => v.id !== d.activeVersionId).slice(-10).map((v) => versionView(d, v)),
    }))
    const next = page * length < all.length ? `${this.options.baseUrl()}/workflows?page=${page + 1}&page_length=${length}` : null
    return ok({ data, pagination: { next_page: next, page, page_length: length } })
  }

  private async readDocument(req: IncomingMessage): Promise<unknown> {
    if (/gzip/i.test(header(req, 'content-encoding') ?? '')) this.gzippedRequests++
    const document = await readJsonBody(req)
    if (document === undefined) throw new Refusal(400, 'The request body is not valid JSON')
    if (this.config.importDelayMs > 0) await delay(this.config.importDelayMs)
    return document
  }

  private async issueToken(req: IncomingMessage): Promise<Reply> {
    if (header(req, 'authorization')) {
      req.resume()
      return { status: 400, body: { success: false, reasons: [{ code: '90000020', message: 'The token request must not carry an Authorization header' }] } }
    }
    const form = await readFormBody(req)
    if (form.get('grant_type') !== 'client_credentials') {
      return { status: 400, body: { success: false, reasons: [{ code: '90000020', message: 'grant_type must be client_credentials' }] } }
    }
    if (form.get('client_id') !== this.config.clientId || form.get('client_secret') !== this.config.clientSecret) {
      return { status: 401, body: { success: false, reasons: [{ code: '90000011', message: 'Invalid client credentials' }] } }
    }
    const token = `zt-${randomBytes(20).toString('hex')}`
    const lifetimeMs = this.config.tokenLifetimeSeconds * 1000
    const dead = this.config.expireNextTokens > 0
    if (dead) this.config.expireNextTokens--
    this.tokens.set(token, { expiresAt: dead ? 0 : this.options.clock.now() + lifetimeMs })
    this.issued.push(token)
    return ok({
      access_token: token,
      token_type: 'bearer',
      expires_in: this.config.tokenLifetimeSeconds,
      scope: `user.${randomUUID().replace(/-/g, '')} entity.${randomUUID()} service.workflow.read service.workflow.write tenant.9`,
      jti: randomBytes(16).toString('hex'),
    })
  }

  private authorized(req: IncomingMessage): boolean {
    const match = /^Bearer (.+)$/i.exec(header(req, 'authorization') ?? '')
    if (!match) return false
    if (match[1] === SANDBOX_STATIC_TOKEN) return true
    const token = this.tokens.get(match[1]!)
    if (token && this.options.clock.now() < token.expiresAt) return true
    this.refusedTokens++
    return false
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

  private seed(): void {
    const definition = this.store.createDefinition(seededDocument('0.0.1', 'Your invoice is overdue'), '0.0.1', false, true).definition
    this.store.importVersion(definition, seededDocument('0.0.2', 'Reminder: invoice {{Data.Invoice.InvoiceNumber}} is overdue'), '0.0.2', true, true)
    this.store.importVersion(definition, seededDocument('0.0.3', 'Draft: a friendlier reminder'), '0.0.3', false, true)
  }
}

function ok(body: unknown): Reply {
  return { status: 200, body }
}

function importQuery(url: URL): { version: string | undefined; activate: boolean } {
  return { version: url.searchParams.get('version') ?? undefined, activate: url.searchParams.get('activate') === 'true' }
}
