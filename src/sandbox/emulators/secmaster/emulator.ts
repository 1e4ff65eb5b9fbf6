import { createHash, randomUUID } from 'node:crypto'
import { createReadStream, readFileSync, statSync, writeFileSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { header, readMultipart, readRaw, sendJson } from '../../http-helpers.js'
import { Router } from '../../router.js'
import type { Emulator, SandboxApp, SandboxOptions } from '../../types.js'
import { bodyHash, isSigned, unsignedPayload, verify } from './signature-check.js'

/**
 * Huawei Cloud SecMaster's workflow API as ../shared/reference/zuora-secmaster.md part 2 and its
 * emulator checklist describe it, behind an imitation of API Gateway:
 *
 * - auth by `X-Auth-Token` (the token below, or one issued by `POST /v3/auth/tokens`) or by an
 *   `SDK-HMAC-SHA256` signature, verified in signature-check.ts from what was received (SignedHeaders,
 *   raw path and query, body hash or UNSIGNED-PAYLOAD), with `X-Project-Id` required to match
 *   the path's project; gateway refusals as `{error_code: "APIG.xxxx", error_msg, request_id}`;
 * - list (`offset`/`limit`, a loose `name` filter), import (multipart field `uploadFile`, reply
 *   `{code, message, success, request_id}` without an id), export (`{"id": [...]}` → the stored
 *   file with `Content-Disposition: attachment;filename=workflow.json`), show;
 * - "not found" as HTTP 400 `{code: "SecMaster.20040611", message}`; every reply has X-Request-Id.
 *
 * Where the documentation is silent, the behaviour is a setting (`POST /__sandbox/config`):
 *   token, accessKey, secretKey, projectId, workspaceId   what is accepted
 *   tokenExpired      every token is answered 401 APIG.0307 "The token must be updated"
 *   throttleNext      the next n requests are refused with APIG.0308 (no Retry-After)
 *   throttleStatus    the HTTP status of APIG.0308 (default 429; the docs do not say)
 *   sameName          an import whose name exists: 'new-version' (default: it becomes that
 *                     workflow's new version), 'reject' (400 duplicateCode), 'duplicate' (a
 *                     second workflow of the same name)
 *   duplicateCode     the code for 'reject' (default SecMaster.20048004, a code seen in H-TF)
 *   maxSkewMs         how far X-Sdk-Date may be from the sandbox clock (default 15 min)
 *   signedBodyLimit   the largest AK/SK-signed body (default 12 MiB), 413 beyond
 *   extraWorkflows    adds n newer workflows named "<seeded name> archive <i>", so that a
 *                     look-up of the seeded name (the list's name filter matches loosely) pages
 *   empty             start without the seeded workflows (at start only): a fresh environment
 *   listOffsetAsPage  the list reads `offset` as a page number (the SDK docstrings' reading;
 *                     false: an item offset); listPageStart is the first page's number (0 or 1)
 *   listMaxLimit      the list clamps `limit` to this (default 100)
 *   importReplyText   the import answers HTTP 200 text/plain "success" instead of the envelope
 *   exportBom         the export file starts with a UTF-8 byte order mark
 */

export const SANDBOX_TOKEN = 'MIIsandbox-iam-token-7f3e9a1c2b4d'
export const SANDBOX_ACCESS_KEY = 'HPUASANDBOXAK7Q2W9E4R'
export const SANDBOX_SECRET_KEY = 'sk-sandbox-Qm8vT2xL9pR4wZ7nB1cY6hJ3'
export const SANDBOX_PROJECT_ID = '0605767a0300d5762fb0c0186d9e1c3b'
export const SANDBOX_WORKSPACE_ID = '9f5bb8a5-1c7b-4d3c-8a5e-5a2d4e7f0c11'
export const SEEDED_WORKFLOW_ID = 'c19470f3-5eaf-4572-82e8-2ff094495919'
export const SEEDED_WORKFLOW_NAME = 'Phishing email triage'
/** Two workflows share this name, to show an ambiguous look-up. */
export const AMBIGUOUS_NAME = 'Block malicious IP'
export const SEEDED_SECRET_VALUE = 'ti-staging-token-4b81e0c9'
/** The placeholder `redact-secrets` leaves for the seeded secret (named after where it sits). */
export const SEEDED_PLACEHOLDER = 'VERSIONS_PHISHING_EMAIL_TRIAGE_TASKCONFIG_THREAT_INTEL_API_TOKEN'

const NOT_FOUND = 'SecMaster.20040611'
const WORKSPACE_NOT_FOUND = 'SecMaster.20011003'
/** Invalid parameters or file: no code is documented for these; one seen in H-TF is used. */
const INVALID = 'SecMaster.20030001'

interface Workflow {
  id: string
  name: string
  version: number
  createTime: string
  updateTime: string
  /** The export file as stored (compact JSON with this environment's ids). */
  file: string
}

interface Config {
  token: string
  accessKey: string
  secretKey: string
  projectId: string
  workspaceId: string
  tokenExpired: boolean
  throttleNext: number
  throttleStatus: number
  sameName: 'new-version' | 'reject' | 'duplicate'
  duplicateCode: string
  maxSkewMs: number
  signedBodyLimit: number
  extraWorkflows: number
  empty: boolean
  listOffsetAsPage: boolean
  listPageStart: number
  listMaxLimit: number
  importReplyText: boolean
  exportBom: boolean
}

/** Documents up to this size are parsed; bigger ones are stored as they come. */
const PARSE_LIMIT = 32 * 1024 * 1024

export const secmasterEmulator: Emulator = {
  create: (options) => new SecmasterEmulator(options),
}

/** The request after the gateway: who it is, and its body when the gateway had to read it to check the signature. */
interface Admitted {
  body?: Buffer
}

class SecmasterEmulator implements SandboxApp {
  private readonly config: Config
  private readonly workflows = new Map<string, Workflow>()
  private readonly issuedTokens = new Set<string>()
  private readonly router = new Router()
  private readonly seen = { signed: 0, token: 0, refused: 0, lastImport: undefined as undefined | Record<string, unknown>, lastExport: undefined as undefined | Record<string, unknown> }
  private admitted: WeakMap<IncomingMessage, Admitted> = new WeakMap()

  constructor(private readonly options: SandboxOptions) {
    this.config = {
      token: SANDBOX_TOKEN,
      accessKey: SANDBOX_ACCESS_KEY,
      secretKey: SANDBOX_SECRET_KEY,
      projectId: SANDBOX_PROJECT_ID,
      workspaceId: SANDBOX_WORKSPACE_ID,
      tokenExpired: false,
      throttleNext: 0,
      throttleStatus: 429,
      sameName: 'new-version',
      duplicateCode: 'SecMaster.20048004',
      maxSkewMs: 15 * 60_000,
      signedBodyLimit: 12 * 1024 * 1024,
      extraWorkflows: 0,
      empty: false,
      listOffsetAsPage: false,
      listPageStart: 0,
      listMaxLimit: 100,
      importReplyText: false,
      exportBom: false,
    }
    this.configure(options.config)
    if (!this.config.empty) this.seed()
    this.addArchives(this.config.extraWorkflows)
    this.routes()
  }

  get inputs(): Record<string, string> {
    return {
      'access-key-id': this.config.accessKey,
      'secret-access-key': this.config.secretKey,
      'project-id': this.config.projectId,
      'workspace-id': this.config.workspaceId,
    }
  }

  readonly demo = {
    export: { 'workflow-id': SEEDED_WORKFLOW_ID },
    import: {},
    vars: { [SEEDED_PLACEHOLDER]: 'ti-production-token-93d2f7aa' },
  }

  readonly calls = {
    import: { method: 'POST', path: '/soc/workflows/import', idempotent: false },
    // The export reads only (H-EXP documents no side effect): flowferry repeats it after a lost reply.
    export: { method: 'POST', path: '/soc/workflows/export', idempotent: true },
  }

  readonly scenarios = [
    { name: 'APIG.0308 throttling without Retry-After', operation: 'import' as const, config: { throttleNext: 2 }, expect: 'succeeded' as const },
    { name: 'APIG.0308 throttling without Retry-After', operation: 'export' as const, config: { throttleNext: 2 }, expect: 'succeeded' as const },
    { name: 'signature refused (APIG.0301)', operation: 'export' as const, config: { secretKey: 'sk-another-secret-key-0000' }, expect: 'failed' as const },
    // An IAM token cannot be renewed by flowferry (it holds no password): the step fails and says so.
    ...(['import', 'export'] as const).map((operation) => ({
      name: 'expired IAM token (APIG.0307)',
      operation,
      config: { tokenExpired: true },
      inputs: { token: SANDBOX_TOKEN, 'access-key-id': '', 'secret-access-key': '' },
      expect: 'failed' as const,
    })),
  ]

  secrets(): string[] {
    return [this.config.token, this.config.secretKey, SANDBOX_SECRET_KEY, SEEDED_SECRET_VALUE, ...this.issuedTokens, ...Object.values(this.demo.vars)]
  }

  configure(config: Record<string, unknown>): void {
    const before = this.workflows.size > 0 ? this.config.extraWorkflows : undefined
    for (const key of Object.keys(this.config) as (keyof Config)[]) {
      if (config[key] !== undefined) (this.config as unknown as Record<string, unknown>)[key] = config[key]
    }
    if (before !== undefined && this.config.extraWorkflows > before) this.addArchives(this.config.extraWorkflows - before)
  }

  private addArchives(count: number): void {
    const start = [...this.workflows.values()].filter((w) => w.name.includes(' archive ')).length
    for (let i = start; i < start + count; i++) {
      const at = new Date(Date.UTC(2026, 10, 21) + i * 60_000).toISOString()
      const name = `${SEEDED_WORKFLOW_NAME} archive ${i}`
      const workflow: Workflow = { id: randomUUID(), name, version: 1, createTime: at, updateTime: at, file: '' }
      workflow.file = this.store(workflow, { name, aop_type: 'NORMAL', versions: [] })
      this.workflows.set(workflow.id, workflow)
    }
  }

  state(): unknown {
    return {
      workflows: [...this.workflows.values()].map((w) => ({
        id: w.id,
        name: w.name,
        version: `v${w.version}`,
        sha256: sha256File(w.file),
        document: statSync(w.file).size <= PARSE_LIMIT ? JSON.parse(readFileSync(w.file, 'utf8')) : '(large document)',
      })),
      requests: { signed: this.seen.signed, token: this.seen.token, refused: this.seen.refused },
      lastImport: this.seen.lastImport,
      lastExport: this.seen.lastExport,
    }
  }

  async handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (req.method === 'POST' && url.pathname === '/v3/auth/tokens') return this.issueToken(req, res)
    const refusal = await this.gateway(req, url)
    if (refusal) {
      this.seen.refused++
      req.resume()
      return this.send(res, refusal.status, { error_code: refusal.code, error_msg: refusal.message })
    }
    if (!(await this.router.dispatch(req, res, url))) {
      req.resume()
      this.send(res, 404, { error_code: 'APIG.0101', error_msg: 'The API does not exist or has not been published in the environment' })
    }
  }

  /**
   * API Gateway's checks, in its order: credentials (token, or the signature rebuilt from what
   * was received), the project the credentials belong to, then throttling.
   */
  private async gateway(req: IncomingMessage, url: URL): Promise<{ status: number; code: string; message: string } | undefined> {
    const token = header(req, 'x-auth-token')
    const pathProject = /^\/v1\/([^/]+)\//.exec(url.pathname)?.[1]
    if (token !== undefined) {
      if (token !== this.config.token && !this.issuedTokens.has(token)) return { status: 401, code: 'APIG.0301', message: 'Incorrect IAM authentication information: verify token failed' }
      if (this.config.tokenExpired) return { status: 401, code: 'APIG.0307', message: 'The token must be updated.' }
      this.seen.token++
    } else if (isSigned(req.headers)) {
      let bodySha256: string | undefined
      if (!unsignedPayload(req.headers)) {
        const body = await readRaw(req)
        if (body.length > this.config.signedBodyLimit) return { status: 413, code: 'APIG.0201', message: 'Request entity too large: AK/SK-signed bodies are limited to 12 MB' }
        this.admitted.set(req, { body })
        bodySha256 = bodyHash(body)
      }
      const verdict = verify(
        { method: req.method ?? 'GET', target: req.url ?? '/', headers: req.headers, bodySha256 },
        (ak) => (ak === this.config.accessKey ? this.config.secretKey : undefined),
        this.options.clock.now(),
        this.config.maxSkewMs,
      )
      if (!verdict.ok) return { status: 401, code: 'APIG.0301', message: `Incorrect IAM authentication information: verify aksk signature fail (${verdict.reason})` }
      const projectHeader = header(req, 'x-project-id')
      if (!projectHeader) return { status: 401, code: 'APIG.0301', message: 'Incorrect IAM authentication information: X-Project-Id is missing' }
      if (projectHeader !== pathProject) return { status: 401, code: 'APIG.0301', message: 'Incorrect IAM authentication information: X-Project-Id does not match the project in the path' }
      this.seen.signed++
    } else {
      return { status: 401, code: 'APIG.0301', message: 'Incorrect IAM authentication information: Authorization not found' }
    }
    if (pathProject !== undefined && decodeURIComponent(pathProject) !== this.config.projectId) {
      return { status: 403, code: 'APIG.0302', message: 'The IAM user is not authorized to access the API: project mismatch' }
    }
    if (this.config.throttleNext > 0) {
      this.config.throttleNext--
      return { status: this.config.throttleStatus, code: 'APIG.0308', message: 'The throttling threshold has been reached: policy user over ratelimit,limit:60,time:1 minute' }
    }
    return undefined
  }

  private send(res: ServerResponse, status: number, body: Record<string, unknown>): void {
    const requestId = `${randomUUID().replace(/-/g, '')}`
    sendJson(res, status, { ...body, request_id: requestId }, { 'x-request-id': requestId })
  }

  private routes(): void {
    const base = '/v1/:project/workspaces/:workspace/soc/workflows'
    const r = this.router
    r.on('GET', base, (c) => this.inWorkspace(c.res, c.params.workspace!, () => this.list(c.res, c.url)))
    r.on('POST', `${base}/import`, (c) => this.inWorkspace(c.res, c.params.workspace!, () => this.importFile(c.req, c.res)))
    r.on('POST', `${base}/export`, (c) => this.inWorkspace(c.res, c.params.workspace!, () => this.exportFiles(c.req, c.res)))
    r.on('GET', `${base}/:id`, (c) => this.inWorkspace(c.res, c.params.workspace!, () => this.show(c.res, c.params.id!)))
  }

  private async inWorkspace(res: ServerResponse, workspace: string, next: () => Promise<void> | void): Promise<void> {
    if (workspace !== this.config.workspaceId) return this.send(res, 400, { code: WORKSPACE_NOT_FOUND, message: `Workspace ${workspace} does not exist` })
    await next()
  }

  private list(res: ServerResponse, url: URL): void {
    const offset = Number(url.searchParams.get('offset') ?? '0')
    const asked = Number(url.searchParams.get('limit') ?? '10')
    const limit = Math.min(asked, this.config.listMaxLimit)
    if (!Number.isInteger(offset) || offset < 0 || offset > 10_000 || !Number.isInteger(asked) || asked < 1 || asked > 100) {
      return this.send(res, 400, { code: INVALID, message: 'offset must be 0-10000 and limit 1-100' })
    }
    const name = url.searchParams.get('name')?.toLowerCase()
    const all = [...this.workflows.values()]
      .filter((w) => name === undefined || w.name.toLowerCase().includes(name))
      .sort((a, b) => b.createTime.localeCompare(a.createTime))
    const start = this.config.listOffsetAsPage ? Math.max(0, offset - this.config.listPageStart) * limit : offset
    const page = all.slice(start, start + limit)
    this.send(res, 200, {
      code: '00000000',
      message: 'Success',
      success: true,
      total: all.length,
      offset,
      limit,
      size: page.length,
      page: Math.floor(start / limit),
      data: page.map((w) => this.info(w)),
    })
  }

  private show(res: ServerResponse, id: string): void {
    const workflow = this.workflows.get(id)
    if (!workflow) return this.send(res, 400, { code: NOT_FOUND, message: 'The workflow does not exist.' })
    this.send(res, 200, { code: '00000000', message: 'Success', success: true, data: this.info(workflow) })
  }

  private info(w: Workflow): Record<string, unknown> {
    return {
      id: w.id,
      name: w.name,
      project_id: this.config.projectId,
      workspace_id: this.config.workspaceId,
      create_time: w.createTime,
      update_time: w.updateTime,
      enabled: true,
      version: `v${w.version}`,
      aop_type: 'NORMAL',
      engine_type: 'public_engine',
    }
  }

  private async importFile(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const source = this.bodyStream(req)
    let parsed: Awaited<ReturnType<typeof readMultipart>>
    try {
      parsed = await readMultipart(source, this.options.storageDir)
    } catch {
      return this.send(res, 400, { code: INVALID, message: 'The request must be multipart/form-data with the file in uploadFile' })
    }
    const file = parsed.files.find((f) => f.field === 'uploadFile')
    for (const other of parsed.files) if (other !== file) await rm(other.path, { force: true })
    if (!file) return this.send(res, 400, { code: INVALID, message: 'uploadFile is required' })
    this.seen.lastImport = { field: file.field, filename: file.filename, bytes: file.size, sha256: file.sha256, contentType: file.contentType }

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
      return this.send(res, 400, { code: INVALID, message: 'The workflow file is invalid: not a SecMaster workflow export' })
    }
    const workflowName = name ?? path.basename(file.filename, '.json')
    const existing = [...this.workflows.values()].find((w) => w.name === workflowName)
    if (existing && this.config.sameName === 'reject') {
      await rm(file.path, { force: true })
      return this.send(res, 400, { code: this.config.duplicateCode, message: `A workflow named ${workflowName} already exists` })
    }
    const now = new Date(this.options.clock.now()).toISOString()
    const target: Workflow =
      existing && this.config.sameName === 'new-version'
        ? existing
        : { id: randomUUID(), name: workflowName, version: 0, createTime: now, updateTime: now, file: '' }
    target.version++
    target.updateTime = now
    target.file = document ? this.store(target, document) : file.path
    if (document) await rm(file.path, { force: true })
    this.workflows.set(target.id, target)
    if (this.config.importReplyText) {
      res.writeHead(200, { 'Content-Type': 'text/plain', 'X-Request-Id': randomUUID() })
      res.end('success')
      return
    }
    this.send(res, 200, { code: '00000000', message: 'Success', success: true })
  }

  /** The file as this environment would export it: its own ids, project, workspace and times. */
  private store(workflow: Workflow, document: Record<string, unknown>): string {
    const file = path.join(this.options.storageDir, `workflow-${workflow.id}-v${workflow.version}.json`)
    const versions = Array.isArray(document.versions) ? document.versions : []
    const rewritten = {
      ...document,
      id: workflow.id,
      name: workflow.name,
      project_id: this.config.projectId,
      workspace_id: this.config.workspaceId,
      create_time: workflow.createTime,
      update_time: workflow.updateTime,
      version: `v${workflow.version}`,
      versions: versions.map((v: unknown) =>
        v !== null && typeof v === 'object' ? { ...(v as Record<string, unknown>), aopworkflow_id: workflow.id, update_time: workflow.updateTime } : v,
      ),
    }
    writeFileSync(file, JSON.stringify(rewritten))
    return file
  }

  private async exportFiles(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = this.admitted.get(req)?.body ?? (await readRaw(req))
    let ids: unknown
    try {
      ids = (JSON.parse(raw.toString('utf8')) as { id?: unknown }).id
    } catch {
      ids = undefined
    }
    if (!Array.isArray(ids) || ids.length === 0 || !ids.every((id) => typeof id === 'string')) {
      return this.send(res, 400, { code: INVALID, message: 'id must be a non-empty array of workflow ids' })
    }
    const missing = ids.find((id) => !this.workflows.has(id as string))
    if (missing) return this.send(res, 400, { code: NOT_FOUND, message: `The workflow ${missing as string} does not exist.` })
    const workflow = this.workflows.get(ids[0] as string)!
    const file = ids.length === 1 ? workflow.file : this.combined(ids as string[])
    if (this.config.exportBom) {
      const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(file)])
      this.seen.lastExport = { ids, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') }
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': bytes.length, 'content-disposition': 'attachment;filename=workflow.json', 'x-request-id': randomUUID().replace(/-/g, '') })
      res.end(bytes)
      return
    }
    const { size } = statSync(file)
    this.seen.lastExport = { ids, bytes: size, sha256: sha256File(file) }
    res.writeHead(200, {
      'content-type': 'application/octet-stream',
      'content-length': size,
      'content-disposition': 'attachment;filename=workflow.json',
      'x-request-id': randomUUID().replace(/-/g, ''),
    })
    await pipeline(createReadStream(file), res).catch(() => res.destroy())
  }

  /** Several ids: a JSON array of their files (the docs do not say; one reading). */
  private combined(ids: string[]): string {
    const file = path.join(this.options.storageDir, `export-${randomUUID()}.json`)
    writeFileSync(file, `[${ids.map((id) => readFileSync(this.workflows.get(id)!.file, 'utf8')).join(',')}]`)
    return file
  }

  /** The body as a stream for the handlers: the bytes the gateway already read, or the request itself. */
  private bodyStream(req: IncomingMessage): IncomingMessage {
    const body = this.admitted.get(req)?.body
    if (!body) return req
    return Object.assign(Readable.from([body]), { headers: req.headers }) as unknown as IncomingMessage
  }

  /** IAM's token API, so a pipeline can be tried end to end with a password: 201 and X-Subject-Token. */
  private async issueToken(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = (await readRaw(req)).toString('utf8')
    if (!body.includes('"password"')) return sendJson(res, 400, { error: { code: '1100', message: 'Incorrect auth body', title: 'Bad Request' } })
    const token = `MIIsandbox-${randomUUID().replace(/-/g, '')}`
    this.issuedTokens.add(token)
    const issued = new Date(this.options.clock.now())
    sendJson(
      res,
      201,
      { token: { issued_at: issued.toISOString(), expires_at: new Date(issued.getTime() + 24 * 3_600_000).toISOString(), methods: ['password'], project: { id: this.config.projectId } } },
      { 'x-subject-token': token },
    )
  }

  private seed(): void {
    const at = '2026-11-20T09:30:00.000Z'
    const add = (id: string, name: string, document: Record<string, unknown>) => {
      const workflow: Workflow = { id, name, version: 3, createTime: at, updateTime: at, file: '' }
      workflow.file = this.store(workflow, document)
      this.workflows.set(id, workflow)
    }
    add(SEEDED_WORKFLOW_ID, SEEDED_WORKFLOW_NAME, seededDocument())
    add('5d0a4e1b-7c2f-4a8e-9b3d-1e6f2a7c8d90', `${SEEDED_WORKFLOW_NAME} (copy)`, { ...seededDocument(), name: `${SEEDED_WORKFLOW_NAME} (copy)` })
    add('8a1f2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b', AMBIGUOUS_NAME, { name: AMBIGUOUS_NAME, aop_type: 'NORMAL', versions: [] })
    add('9b2e3c4d-5e6f-4071-8b8c-0d1e2f3a4b5c', AMBIGUOUS_NAME, { name: AMBIGUOUS_NAME, aop_type: 'NORMAL', versions: [] })
  }
}

function seededDocument(): Record<string, unknown> {
  const topology = {
    nodes: [
      { id: 'start', type: 'StartEvent' },
      { id: 'lookup', type: 'ServiceTask', plugin: 'ThreatIntel.lookupUrl', input: '${alert.urls}' },
      { id: 'decide', type: 'ExclusiveGateway', condition: 'lookup.verdict == "malicious"' },
      { id: 'block', type: 'ServiceTask', plugin: 'Mail.quarantine', input: '${alert.message_id}' },
      { id: 'end', type: 'EndEvent' },
    ],
    edges: [
      ['start', 'lookup'],
      ['lookup', 'decide'],
      ['decide', 'block'],
      ['decide', 'end'],
      ['block', 'end'],
    ],
  }
  return {
    name: SEEDED_WORKFLOW_NAME,
    description: 'Checks the URLs of a reported phishing email and quarantines the message when one is malicious',
    owner_id: '0c1f2e3d4c5b6a79',
    creator_id: '0c1f2e3d4c5b6a79',
    creator_name: 'soc-engineer',
    enabled: true,
    aop_type: 'NORMAL',
    engine_type: 'public_engine',
    dataclass_id: 'c8a1e2f3-0b4d-4e5f-9a6b-7c8d9e0f1a2b',
    dataclass_name: 'Alert',
    labels: 'DOMAIN',
    versions: [
      {
        id: 'e2d3c4b5-a697-4881-9a0b-1c2d3e4f5a6b',
        name: SEEDED_WORKFLOW_NAME,
        version: 'v3',
        status: 'activated',
        enabled: true,
        taskflow_type: 'JSON',
        taskflow: Buffer.from(JSON.stringify(topology)).toString('base64'),
        taskconfig: { threat_intel: { endpoint: 'https://ti.staging.example.com/v2', api_token: SEEDED_SECRET_VALUE, timeout_seconds: 20 } },
        input: { alert: 'Alert' },
        output: {},
        create_time: '2026-11-20T09:30:00.000Z',
      },
    ],
  }
}

function sha256File(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex')
}
