import { createHash, randomUUID } from 'node:crypto'
import { createReadStream, readFileSync, statSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import type { Clock } from '../../../core/clock.js'
import { readMultipart, readRaw, sendJson } from '../../http-helpers.js'
import type { Router } from '../../router.js'
import type { ApiGateway } from './gateway.js'
import type { SecmasterSettings } from './settings.js'
import { PARSE_LIMIT, sha256File, type Workflow, type WorkflowStore } from './store.js'

const NOT_FOUND = 'SecMaster.20040611'
const WORKSPACE_NOT_FOUND = 'SecMaster.20011003'
/** Invalid parameters or file: no code is documented for these; one the Terraform provider handles is used. */
const INVALID = 'SecMaster.20030001'

/** Every SecMaster reply carries its request id, in the body and in X-Request-Id. */
export function send(res: ServerResponse, status: number, body: Record<string, unknown>): void {
  const requestId = `${randomUUID().replace(/-/g, '')}`
  sendJson(res, status, { ...body, request_id: requestId }, { 'x-request-id': requestId })
}

/**
 * SecMaster's workflow endpoints under a workspace: list (`offset`/`limit`, a loose `name`
 * filter), import (multipart field `uploadFile`, reply `{code, message, success, request_id}`
 * without an id), export (`{"id": [...]}` → the stored file with `Content-Disposition:
 * attachment;filename=workflow.json`), show; "not found" as HTTP 400 `{code:
 * "SecMaster.20040611", message}`. Documented at
 * https://support.huaweicloud.com/intl/en-us/api-secmaster/ListWorkflows.html,
 * https://support.huaweicloud.com/intl/en-us/api-secmaster/ImportAopworkflow.html,
 * https://support.huaweicloud.com/intl/en-us/api-secmaster/ExportAopworkflow.html and
 * https://support.huaweicloud.com/intl/en-us/api-secmaster/ShowAopWorkflow.html.
 */
export class WorkflowRoutes {
  /** The last import and export as received and sent, for tests (`GET /__sandbox/state`). */
  lastImport: Record<string, unknown> | undefined
  lastExport: Record<string, unknown> | undefined

  constructor(
    private readonly store: WorkflowStore,
    private readonly settings: SecmasterSettings,
    private readonly gateway: ApiGateway,
    private readonly storageDir: string,
    private readonly clock: Clock,
  ) {}

  register(router: Router): void {
    const base = '/v1/:project/workspaces/:workspace/soc/workflows'
    router.on('GET', base, (c) => this.inWorkspace(c.res, c.params.workspace!, () => this.list(c.res, c.url)))
    router.on('POST', `${base}/import`, (c) => this.inWorkspace(c.res, c.params.workspace!, () => this.importFile(c.req, c.res)))
    router.on('POST', `${base}/export`, (c) => this.inWorkspace(c.res, c.params.workspace!, () => this.exportFiles(c.req, c.res)))
    router.on('GET', `${base}/:id`, (c) => this.inWorkspace(c.res, c.params.workspace!, () => this.show(c.res, c.params.id!)))
  }

  private async inWorkspace(res: ServerResponse, workspace: string, next: () => Promise<void> | void): Promise<void> {
    if (workspace !== this.settings.workspaceId) return send(res, 400, { code: WORKSPACE_NOT_FOUND, message: `Workspace ${workspace} does not exist` })
    await next()
  }

  private list(res: ServerResponse, url: URL): void {
    const offset = Number(url.searchParams.get('offset') ?? '0')
    const asked = Number(url.searchParams.get('limit') ?? '10')
    const limit = Math.min(asked, this.settings.listMaxLimit)
    if (!Number.isInteger(offset) || offset < 0 || offset > 10_000 || !Number.isInteger(asked) || asked < 1 || asked > 100) {
      return send(res, 400, { code: INVALID, message: 'offset must be 0-10000 and limit 1-100' })
    }
    const name = url.searchParams.get('name')?.toLowerCase()
    const all = [...this.store.workflows.values()]
      .filter((w) => name === undefined || w.name.toLowerCase().includes(name))
      .sort((a, b) => b.createTime.localeCompare(a.createTime))
    const start = this.settings.listOffsetAsPage ? Math.max(0, offset - this.settings.listPageStart) * limit : offset
    const page = all.slice(start, start + limit)
    send(res, 200, {
      code: '00000000',
      message: 'Success',
      success: true,
      total: all.length,
      offset,
      limit,
      size: page.length,
      page: Math.floor(start / limit),
      data: page.map((w) => this.store.info(w)),
    })
  }

  private show(res: ServerResponse, id: string): void {
    const workflow = this.store.workflows.get(id)
    if (!workflow) return send(res, 400, { code: NOT_FOUND, message: 'The workflow does not exist.' })
    send(res, 200, { code: '00000000', message: 'Success', success: true, data: this.store.info(workflow) })
  }

  private async importFile(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let parsed: Awaited<ReturnType<typeof readMultipart>>
    try {
      parsed = await readMultipart(this.gateway.bodyStream(req), this.storageDir)
    } catch {
      return send(res, 400, { code: INVALID, message: 'The request must be multipart/form-data with the file in uploadFile' })
    }
    const file = parsed.files.find((f) => f.field === 'uploadFile')
    for (const other of parsed.files) if (other !== file) await rm(other.path, { force: true })
    if (!file) return send(res, 400, { code: INVALID, message: 'uploadFile is required' })
    this.lastImport = { field: file.field, filename: file.filename, bytes: file.size, sha256: file.sha256, contentType: file.contentType }

    let document: Record<string, unknown> | undefined
    if (file.size <= PARSE_LIMIT) {
      try {
        const value: unknown = JSON.parse(readFileSync(file.path, 'utf8'))
        if (value !== null && typeof value === 'object' && !Array.isArray(value)) document = value as Record<string, unknown>
      } catch {
        // answered below
      }
    }
    const name = typeof document?.name === 'string' ? document.name : undefined
    if (file.size <= PARSE_LIMIT && (!document || !name)) {
      await rm(file.path, { force: true })
      return send(res, 400, { code: INVALID, message: 'The workflow file is invalid: not a SecMaster workflow export' })
    }
    const workflowName = name ?? path.basename(file.filename, '.json')
    const existing = [...this.store.workflows.values()].find((w) => w.name === workflowName)
    if (existing && this.settings.sameName === 'reject') {
      await rm(file.path, { force: true })
      return send(res, 400, { code: this.settings.duplicateCode, message: `A workflow named ${workflowName} already exists` })
    }
    const now = new Date(this.clock.now()).toISOString()
    const target: Workflow =
      existing && this.settings.sameName === 'new-version'
        ? existing
        : { id: randomUUID(), name: workflowName, version: 0, createTime: now, updateTime: now, file: '' }
    target.version++
    target.updateTime = now
    target.file = document ? this.store.write(target, document) : file.path
    if (document) await rm(file.path, { force: true })
    this.store.workflows.set(target.id, target)
    if (this.settings.importReplyText) {
      res.writeHead(200, { 'Content-Type': 'text/plain', 'X-Request-Id': randomUUID() })
      res.end('success')
      return
    }
    send(res, 200, { code: '00000000', message: 'Success', success: true })
  }

  private async exportFiles(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = this.gateway.body(req) ?? (await readRaw(req))
    let ids: unknown
    try {
      ids = (JSON.parse(raw.toString('utf8')) as { id?: unknown }).id
    } catch {
      ids = undefined
    }
    if (!Array.isArray(ids) || ids.length === 0 || !ids.every((id) => typeof id === 'string')) {
      return send(res, 400, { code: INVALID, message: 'id must be a non-empty array of workflow ids' })
    }
    const missing = ids.find((id) => !this.store.workflows.has(id as string))
    if (missing) return send(res, 400, { code: NOT_FOUND, message: `The workflow ${missing as string} does not exist.` })
    const workflow = this.store.workflows.get(ids[0] as string)!
    const file = ids.length === 1 ? workflow.file : this.store.combined(ids as string[])
    if (this.settings.exportBom) {
      const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(file)])
      this.lastExport = { ids, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') }
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': bytes.length, 'content-disposition': 'attachment;filename=workflow.json', 'x-request-id': randomUUID().replace(/-/g, '') })
      res.end(bytes)
      return
    }
    const { size } = statSync(file)
    this.lastExport = { ids, bytes: size, sha256: sha256File(file) }
    res.writeHead(200, {
      'content-type': 'application/octet-stream',
      'content-length': size,
      'content-disposition': 'attachment;filename=workflow.json',
      'x-request-id': randomUUID().replace(/-/g, ''),
    })
    await pipeline(createReadStream(file), res).catch(() => res.destroy())
  }
}
