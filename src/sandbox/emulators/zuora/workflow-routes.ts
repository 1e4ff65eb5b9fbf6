import type { IncomingMessage } from 'node:http'
import { setTimeout as delay } from 'node:timers/promises'
import { header, readJsonBody } from '../../http-helpers.js'
import type { RouteContext } from '../../router.js'
import type { Reply } from './gateway.js'
import type { ZuoraSettings } from './settings.js'
import { definitionView, Refusal, versionView, type Definition, type WorkflowStore } from './store.js'

type On = (method: string, path: string, handler: (c: RouteContext) => Promise<Reply> | Reply) => void

/**
 * Zuora's `/workflows` endpoints over the WorkflowStore: list (paged, filtered by name), import
 * as a new definition or as a new version, get, patch (name, description, status, active
 * version), export of a version, the version list, and the deletion of a version. Each answers
 * a Reply; a Refusal thrown inside is the endpoint's documented error.
 */
export class WorkflowRoutes {
  /** Import bodies that came gzipped, for tests of request compression. */
  gzippedRequests = 0

  constructor(
    private readonly store: WorkflowStore,
    private readonly settings: ZuoraSettings,
    private readonly baseUrl: () => string,
    /** Settles once a second attempt with the request's Idempotency-Key has been answered 409. */
    private readonly retried: (req: IncomingMessage) => Promise<void> = async () => {},
  ) {}

  register(on: On): void {
    on('GET', '/workflows', (c) => this.list(c.url))
    on('POST', '/workflows/import', (c) => this.importNew(c.req, c.url))
    on('GET', '/workflows/:id', (c) => ok(definitionView(this.store.definition(c.params.id!))))
    on('PATCH', '/workflows/:id', (c) => this.patch(c.req, c.params.id!))
    on('GET', '/workflows/:id/export', (c) => ok(this.store.find(this.store.definition(c.params.id!), c.url.searchParams.get('version')).document))
    on('GET', '/workflows/:id/versions', (c) => {
      if (!this.settings.listVersions) throw new Refusal(404, `No such API: GET ${c.url.pathname}`)
      const definition = this.store.definition(c.params.id!)
      const items = definition.versions.map((v) => versionView(definition, v))
      return ok({ data: this.settings.listVersionNumbers ? items : items.map(({ version: _version, ...rest }) => rest) })
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
      const created = this.store.importVersion(definition, document, version, activate, this.settings.activateDefinition)
      return ok(versionView(definition, created, definition.id))
    }
    const { definition, created } = this.store.createDefinition(document, version, activate, this.settings.activateDefinition)
    // The sample answers with the new workflow's id; here it is the definition's, which export and version import take.
    return ok(versionView(definition, created, definition.id))
  }

  private async importVersion(req: IncomingMessage, url: URL, id: string): Promise<Reply> {
    const definition = this.store.definition(id)
    const document = await this.readDocument(req)
    const { version, activate } = importQuery(url)
    this.store.importVersion(definition, document, version, activate, this.settings.activateDefinition)
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
    const next = page * length < all.length ? `${this.baseUrl()}/workflows?page=${page + 1}&page_length=${length}` : null
    return ok({ data, pagination: { next_page: next, page, page_length: length } })
  }

  private async readDocument(req: IncomingMessage): Promise<unknown> {
    if (/gzip/i.test(header(req, 'content-encoding') ?? '')) this.gzippedRequests++
    const document = await readJsonBody(req)
    if (document === undefined) throw new Refusal(400, 'The request body is not valid JSON')
    if (this.settings.importDelayMs > 0) await delay(this.settings.importDelayMs)
    if (this.settings.importUntilRetried && header(req, 'idempotency-key')) await this.retried(req)
    return document
  }
}

function ok(body: unknown): Reply {
  return { status: 200, body }
}

function importQuery(url: URL): { version: string | undefined; activate: boolean } {
  return { version: url.searchParams.get('version') ?? undefined, activate: url.searchParams.get('activate') === 'true' }
}
