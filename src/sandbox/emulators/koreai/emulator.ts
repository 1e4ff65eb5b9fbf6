import { randomBytes, randomUUID } from 'node:crypto'
import { createReadStream, createWriteStream, readFileSync, statSync, writeFileSync } from 'node:fs'
import { rm, stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import yazl from 'yazl'
import { header, readJsonBody, readMultipart, sendJson } from '../../http-helpers.js'
import { Router } from '../../router.js'
import type { Emulator, SandboxApp, SandboxOptions } from '../../types.js'

/**
 * Kore.ai AI for Process as its documentation describes it (../shared/reference/koreai-leapwork.md
 * part A), quirks included: the import reply spells `dockStatusId`, the export reply
 * `dock-statusId` with the link under `response.downloadUrl` (with the sample's leading space);
 * both export paths (`workflow` and `workflows`) answer; import into an existing workflow
 * answers `SUCCESS` at once, as the documented sample does.
 *
 * Where the documentation is silent, the behaviour is a setting (`POST /__sandbox/config`):
 *   apiKey               the key that is accepted (default below)
 *   downloadOrigin       'same' (default; the link needs the API key) or 'foreign' (a signed
 *                        link on another origin that must not receive the key)
 *   immediateExisting    import into an existing workflow ends at once (default true)
 *   singleUploadLimit    bytes a single upload may have (default 25,000,000)
 *   requireFlowId        refuse an export without ?flowId= (default false: the sample sends none)
 *   percentages          report percentageComplete on dock records (default true)
 *   recordDownloadUrl    dock records of an export carry response.downloadUrl (default true; the
 *                        Get Dock Status page documents no such field, only the export reply has it)
 */

export const SANDBOX_API_KEY = 'kg-sandbox-5c1e7a2f-flowferry'
export const SEEDED_WORKFLOW_ID = 'a-7d2c4f0e-3b1a-4c8e-9f6d-0a5b1c2d3e4f'
export const SEEDED_FLOW_ID = 'cf-1e2d3c4b-5a69-4788-9a0b-1c2d3e4f5a6b'
export const SEEDED_SECRET_VALUE = 'erp-staging-token-8c41d2'

interface StoredFile {
  id: string
  path: string
  name: string
  size: number
}

/** The three documents of a workflow, as files in the sandbox's storage. */
interface Documents {
  flowData: string
  workflowData: string
  envVariables: string
}

interface Workflow {
  id: string
  name: string
  flowId: string
  documents: Documents
  versions: number
}

interface Job {
  id: string
  workflowId: string
  action: 'IMPORT' | 'EXPORT'
  createdAt: number
  durationMs: number
  outcome: 'success' | 'failed' | 'endless'
  /** Applied once, when the job is first seen finished. */
  apply?: () => boolean
  applied?: boolean
  /** The job's own effect failed (a corrupt document). */
  failed?: boolean
  exportJobId?: string
  downloadUrl?: string
  packageFile?: string
  packageName?: string
}

interface Session {
  fileName: string
  fileSize: number
  totalChunks: number
  chunks: Map<number, string>
}

interface Config {
  apiKey: string
  downloadOrigin: 'same' | 'foreign'
  immediateExisting: boolean
  singleUploadLimit: number
  requireFlowId: boolean
  percentages: boolean
  recordDownloadUrl: boolean
}

export const koreaiEmulator: Emulator = {
  create: (options) => new KoreaiEmulator(options),
}

class KoreaiEmulator implements SandboxApp {
  private readonly config: Config
  private readonly files = new Map<string, StoredFile>()
  private readonly sessions = new Map<string, Session>()
  private readonly workflows = new Map<string, Workflow>()
  private readonly jobs = new Map<string, Job>()
  private readonly router = new Router()

  constructor(private readonly options: SandboxOptions) {
    this.config = {
      apiKey: SANDBOX_API_KEY,
      downloadOrigin: 'same',
      immediateExisting: true,
      singleUploadLimit: 25_000_000,
      requireFlowId: false,
      percentages: true,
      recordDownloadUrl: true,
    }
    this.configure(options.config)
    this.workflows.set(SEEDED_WORKFLOW_ID, seededWorkflow(options.storageDir))
    this.routes()
  }

  get inputs(): Record<string, string> {
    return { 'api-key': this.config.apiKey }
  }

  readonly demo = {
    export: { 'workflow-id': SEEDED_WORKFLOW_ID, 'flow-id': SEEDED_FLOW_ID },
    import: { 'workflow-name': 'Invoice triage (production)' },
    vars: { ERP_API_TOKEN: 'erp-production-token-5e0a77' },
  }

  secrets(): string[] {
    return [this.config.apiKey, SEEDED_SECRET_VALUE, ...Object.values(this.demo.vars)]
  }

  readonly calls = {
    import: { method: 'POST', path: '/api/public/workflows/import', idempotent: false },
    export: { method: 'POST', path: '/export', idempotent: false },
    download: { method: 'GET', path: '/api/v1/account/exports/', idempotent: true },
    status: { method: 'GET', path: '/api/public/dock-status/', idempotent: true },
  }

  configure(config: Record<string, unknown>): void {
    for (const key of Object.keys(this.config) as (keyof Config)[]) {
      if (config[key] !== undefined) (this.config as unknown as Record<string, unknown>)[key] = config[key]
    }
  }

  state(): unknown {
    return {
      workflows: [...this.workflows.values()].map((w) => ({
        id: w.id,
        name: w.name,
        flowId: w.flowId,
        versions: w.versions,
        documents: Object.fromEntries(Object.entries(w.documents).map(([role, file]) => [role, readSmallJson(file)])),
      })),
      jobs: [...this.jobs.values()].map((job) => ({ ...this.record(job), outcome: job.outcome })),
      files: this.files.size,
    }
  }

  async handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (header(req, 'x-api-key') !== this.config.apiKey) {
      req.resume()
      return sendJson(res, 401, { errors: [{ msg: 'Invalid or missing API key', code: 401 }] })
    }
    if (!(await this.router.dispatch(req, res, url))) {
      req.resume()
      sendJson(res, 404, { errors: [{ msg: `No such API: ${req.method} ${url.pathname}`, code: 404 }] })
    }
  }

  /** Signed download links on the other origin: valid without the API key. */
  async handleForeign(_req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const match = /^\/exports\/([^/]+)\.zip$/.exec(url.pathname)
    const job = match ? [...this.jobs.values()].find((j) => j.exportJobId === match[1]) : undefined
    if (!job || url.searchParams.get('s') !== signature(job.exportJobId!)) {
      return sendJson(res, 403, { errors: [{ msg: 'Link invalid or expired', code: 403 }] })
    }
    await this.sendPackage(job, res)
  }

  private routes(): void {
    const r = this.router
    r.on('POST', '/api/public/files', (c) => this.uploadSingle(c.req, c.res))
    r.on('POST', '/api/public/files/session/start', (c) => this.startSession(c.req, c.res))
    r.on('POST', '/api/public/files/session/:sessionId/complete', (c) => this.completeSession(c.res, c.params.sessionId!))
    r.on('POST', '/api/public/files/session/:sessionId', (c) => this.uploadChunk(c.req, c.res, c.params.sessionId!))
    r.on('POST', '/api/public/workflows/import', (c) => this.importNew(c.req, c.res))
    r.on('POST', '/api/public/workflows/:id/import', (c) => this.importExisting(c.req, c.res, c.params.id!))
    r.on('POST', '/api/public/workflows/:id/export', (c) => this.startExport(c.req, c.res, c.url, c.params.id!))
    r.on('POST', '/api/public/workflow/:id/export', (c) => this.startExport(c.req, c.res, c.url, c.params.id!))
    r.on('GET', '/api/public/dock-status/:id', (c) => this.dockStatus(c.res, c.params.id!))
    r.on('GET', '/api/v1/account/exports/:exportJobId', (c) => this.download(c.res, c.params.exportJobId!))
  }

  private async uploadSingle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { fields, files } = await readMultipart(req, this.options.storageDir)
    const file = files.find((f) => f.field === 'file')
    if (!file || !fields.fileContext) {
      for (const f of files) await rm(f.path, { force: true })
      return sendJson(res, 400, { errors: [{ msg: 'file and fileContext are required', code: 400 }] })
    }
    if (file.size >= this.config.singleUploadLimit) {
      await rm(file.path, { force: true })
      return sendJson(res, 413, { errors: [{ msg: 'File is 25 MB or larger; use the chunked upload session', code: 413 }] })
    }
    sendJson(res, 200, this.storeFile(file.path, file.filename, file.size))
  }

  private storeFile(filePath: string, name: string, size: number): { url: string; fileId: string } {
    const id = randomBytes(12).toString('hex')
    this.files.set(id, { id, path: filePath, name, size })
    const ext = path.extname(name).slice(1) || 'bin'
    return {
      url: `${this.options.baseUrl()}/api/getMediaStream/orgFiles/f-${randomUUID()}.${ext}?e=${Date.now() + 3_600_000}&n=1&del=false&s=${signature(id)}&fileName=${encodeURIComponent(name)}`,
      fileId: id,
    }
  }

  private async startSession(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = (await readJsonBody(req)) as Record<string, unknown> | undefined
    const missing = ['fileContext', 'totalChunks', 'fileExtension', 'fileName', 'fileSize'].filter((k) => body?.[k] === undefined)
    if (!body || missing.length > 0) return sendJson(res, 400, { errors: [{ msg: `Missing fields: ${missing.join(', ')}`, code: 400 }] })
    const sessionId = randomUUID()
    this.sessions.set(sessionId, {
      fileName: String(body.fileName),
      fileSize: Number(body.fileSize),
      totalChunks: Number(body.totalChunks),
      chunks: new Map(),
    })
    sendJson(res, 200, { sessionId, expirationDate: new Date(this.options.clock.now() + 3_600_000).toISOString() })
  }

  private async uploadChunk(req: IncomingMessage, res: ServerResponse, sessionId: string): Promise<void> {
    const session = this.sessions.get(sessionId)
    const { fields, files } = await readMultipart(req, this.options.storageDir)
    const file = files.find((f) => f.field === 'file')
    const number = Number(fields.chunkNumber)
    if (!session || !file || !Number.isInteger(number) || number < 0 || number >= (session?.totalChunks ?? 0)) {
      for (const f of files) await rm(f.path, { force: true })
      return sendJson(res, session ? 400 : 404, { errors: [{ msg: session ? 'Invalid chunk' : 'Unknown upload session', code: session ? 400 : 404 }] })
    }
    const previous = session.chunks.get(number)
    if (previous) await rm(previous, { force: true })
    session.chunks.set(number, file.path)
    sendJson(res, 200, { chunkNumber: String(number), sessionId })
  }

  private async completeSession(res: ServerResponse, sessionId: string): Promise<void> {
    const session = this.sessions.get(sessionId)
    if (!session) return sendJson(res, 404, { errors: [{ msg: 'Unknown upload session', code: 404 }] })
    const missing = [...Array(session.totalChunks).keys()].filter((n) => !session.chunks.has(n))
    if (missing.length > 0) return sendJson(res, 400, { errors: [{ msg: `Missing chunks: ${missing.join(', ')}`, code: 400 }] })
    const merged = path.join(this.options.storageDir, `merged-${randomUUID()}`)
    for (let n = 0; n < session.totalChunks; n++) {
      await pipeline(createReadStream(session.chunks.get(n)!), createWriteStream(merged, { flags: 'a' }))
      await rm(session.chunks.get(n)!, { force: true })
    }
    const { size } = await stat(merged)
    this.sessions.delete(sessionId)
    if (size !== session.fileSize) {
      await rm(merged, { force: true })
      return sendJson(res, 400, { errors: [{ msg: `Merged size ${size} does not match fileSize ${session.fileSize}`, code: 400 }] })
    }
    sendJson(res, 200, this.storeFile(merged, session.fileName, size))
  }

  private async importNew(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = (await readJsonBody(req)) as Record<string, unknown> | undefined
    const missing = ['workflowDataFileId', 'flowDataFileId', 'workflowName'].filter((k) => typeof body?.[k] !== 'string' || body[k] === '')
    if (!body || missing.length > 0) return sendJson(res, 400, { errors: [{ msg: `Missing fields: ${missing.join(', ')}`, code: 400 }] })
    const unknown = this.unknownFiles(body, ['workflowDataFileId', 'flowDataFileId', 'envVariablesFileId'])
    if (unknown) return sendJson(res, 400, { errors: [{ msg: `Invalid file id: ${unknown}`, code: 400 }] })
    const name = String(body.workflowName)
    if ([...this.workflows.values()].some((w) => w.name === name)) {
      return sendJson(res, 400, { errors: [{ msg: `A workflow named "${name}" already exists`, code: 400 }] })
    }
    const workflow: Workflow = {
      id: `a-${randomUUID()}`,
      name,
      flowId: `cf-${randomUUID()}`,
      documents: writeDocuments(this.options.storageDir, { flowData: {}, workflowData: {}, envVariables: [] }),
      versions: 0,
    }
    this.workflows.set(workflow.id, workflow)
    const job = this.newJob(workflow.id, 'IMPORT', false)
    job.apply = this.importer(workflow, body)
    sendJson(res, 200, { dockStatusId: job.id, workflowId: workflow.id, jobType: 'WORKFLOWS', action: 'IMPORT', status: 'IN_PROGRESS' })
  }

  private async importExisting(req: IncomingMessage, res: ServerResponse, id: string): Promise<void> {
    const body = (await readJsonBody(req)) as Record<string, unknown> | undefined
    const workflow = this.workflows.get(id)
    if (!workflow) return sendJson(res, 404, { errors: [{ msg: `Workflow ${id} not found`, code: 404 }] })
    const missing = ['workflowDataFileId', 'flowDataFileId', 'envVariablesFileId'].filter((k) => typeof body?.[k] !== 'string' || body[k] === '')
    if (!body || missing.length > 0) return sendJson(res, 400, { errors: [{ msg: `Missing fields: ${missing.join(', ')}`, code: 400 }] })
    const unknown = this.unknownFiles(body, ['workflowDataFileId', 'flowDataFileId', 'envVariablesFileId'])
    if (unknown) return sendJson(res, 400, { errors: [{ msg: `Invalid file id: ${unknown}`, code: 400 }] })
    const job = this.newJob(id, 'IMPORT', this.config.immediateExisting)
    job.apply = this.importer(workflow, body)
    const record = this.record(job)
    sendJson(res, 200, { dockStatusId: job.id, workflowId: id, jobType: 'WORKFLOWS', action: 'IMPORT', status: record.status })
  }

  /**
   * The import's effect, applied when the job ends: the uploaded documents replace the workflow's.
   * A document that is not JSON fails the job, as a corrupt file does on the platform (files too
   * big to check cheaply are taken as they are).
   */
  private importer(workflow: Workflow, body: Record<string, unknown>): () => boolean {
    const fileFor = (key: string) => {
      const id = body[key]
      return id === undefined ? undefined : this.files.get(String(id))?.path
    }
    const incoming = {
      flowData: fileFor('flowDataFileId')!,
      workflowData: fileFor('workflowDataFileId')!,
      envVariables: fileFor('envVariablesFileId') ?? workflow.documents.envVariables,
    }
    return () => {
      for (const file of Object.values(incoming)) if (!isJsonFile(file)) return false
      workflow.documents = incoming
      workflow.versions++
      return true
    }
  }

  private unknownFiles(body: Record<string, unknown>, keys: string[]): string | undefined {
    return keys.find((k) => body[k] !== undefined && !this.files.has(String(body[k])))
  }

  private async startExport(req: IncomingMessage, res: ServerResponse, url: URL, id: string): Promise<void> {
    req.resume()
    const workflow = this.workflows.get(id)
    if (!workflow) return sendJson(res, 404, { errors: [{ msg: `Workflow ${id} not found`, code: 404 }] })
    const flowId = url.searchParams.get('flowId')
    if (this.config.requireFlowId && !flowId) return sendJson(res, 400, { errors: [{ msg: 'flowId is required', code: 400 }] })
    if (flowId && flowId !== workflow.flowId) return sendJson(res, 400, { errors: [{ msg: `Unknown flowId ${flowId}`, code: 400 }] })
    const job = this.newJob(id, 'EXPORT', false)
    job.exportJobId = `workflow-ej-${randomUUID()}`
    job.packageName = `${workflow.name}.zip`
    job.packageFile = path.join(this.options.storageDir, `${job.exportJobId}.zip`)
    await writePackage(job.packageFile, workflow.documents)
    job.downloadUrl =
      this.config.downloadOrigin === 'foreign'
        ? `${this.options.foreignUrl()}/exports/${job.exportJobId}.zip?s=${signature(job.exportJobId)}`
        : `${this.options.baseUrl()}/api/v1/account/exports/${job.exportJobId}`
    // The documented sample: `dock-statusId`, and a leading space inside the URL.
    sendJson(res, 200, {
      'dock-statusId': job.id,
      workflowId: id,
      jobType: 'WORKFLOWS',
      action: 'EXPORT',
      status: 'IN_PROGRESS',
      exportJobId: job.exportJobId,
      response: { downloadUrl: ` ${job.downloadUrl}` },
    })
  }

  private dockStatus(res: ServerResponse, id: string): void {
    const job = this.jobs.get(id)
    if (!job) return sendJson(res, 404, { errors: [{ msg: `Dock status ${id} not found`, code: 404 }] })
    sendJson(res, 200, this.record(job))
  }

  private async download(res: ServerResponse, exportJobId: string): Promise<void> {
    const job = [...this.jobs.values()].find((j) => j.exportJobId === exportJobId)
    if (!job) return sendJson(res, 404, { errors: [{ msg: 'Export not found', code: 404 }] })
    await this.sendPackage(job, res)
  }

  private async sendPackage(job: Job, res: ServerResponse): Promise<void> {
    if (this.record(job).status !== 'SUCCESS') return sendJson(res, 404, { errors: [{ msg: 'Export not ready', code: 404 }] })
    const { size } = await stat(job.packageFile!)
    res.writeHead(200, {
      'content-type': 'application/zip',
      'content-length': size,
      'content-disposition': `attachment; filename="${job.packageName}"`,
    })
    await pipeline(createReadStream(job.packageFile!), res).catch(() => res.destroy())
  }

  private newJob(workflowId: string, action: Job['action'], immediate: boolean): Job {
    const job: Job = {
      id: `ds-${randomUUID()}`,
      workflowId,
      action,
      createdAt: this.options.clock.now(),
      durationMs: immediate ? 0 : this.options.jobs.durationMs,
      outcome: immediate && this.options.jobs.outcome === 'endless' ? 'success' : this.options.jobs.outcome,
    }
    this.jobs.set(job.id, job)
    return job
  }

  /** The dock-status record, computed from the job's age on the sandbox clock. */
  private record(job: Job): Record<string, unknown> {
    const elapsed = this.options.clock.now() - job.createdAt
    let status = 'IN_PROGRESS'
    if (job.outcome !== 'endless' && elapsed >= job.durationMs) {
      if (job.outcome === 'success' && job.apply && !job.applied && !job.failed) {
        if (job.apply()) job.applied = true
        else job.failed = true
      }
      status = job.outcome === 'failed' || job.failed ? 'FAILED' : 'SUCCESS'
    }
    const record: Record<string, unknown> = {
      _id: job.id,
      workflowId: job.workflowId,
      jobType: 'WORKFLOWS',
      action: job.action,
      status,
    }
    if (this.config.percentages) {
      record.percentageComplete =
        status === 'SUCCESS' ? 100 : job.outcome === 'endless' ? 42 : Math.min(99, Math.floor((elapsed / Math.max(1, job.durationMs)) * 100))
    }
    if (job.downloadUrl && this.config.recordDownloadUrl) record.response = { downloadUrl: job.downloadUrl }
    return record
  }
}

function signature(value: string): string {
  return Buffer.from(`sig:${value}`).toString('base64url').slice(0, 24)
}

async function writePackage(file: string, documents: Documents): Promise<void> {
  const zip = new yazl.ZipFile()
  // Large documents are stored, not deflated: compressing a gigabyte would be the sandbox's time, not the client's.
  const add = (file: string, name: string) => zip.addFile(file, name, { compress: statSync(file).size <= CHECK_LIMIT })
  add(documents.flowData, 'flow_definition.json')
  add(documents.workflowData, 'app_definition.json')
  add(documents.envVariables, 'env_variables.json')
  zip.end()
  await pipeline(zip.outputStream, createWriteStream(file))
}

function writeDocuments(dir: string, documents: Record<keyof Documents, unknown>): Documents {
  const out = {} as Documents
  for (const [role, value] of Object.entries(documents) as [keyof Documents, unknown][]) {
    out[role] = path.join(dir, `${role}-${randomUUID()}.json`)
    writeFileSync(out[role], `${JSON.stringify(value, null, 2)}\n`)
  }
  return out
}

/** Documents up to this size are parsed to check them; bigger ones are taken on trust. */
const CHECK_LIMIT = 32 * 1024 * 1024

function isJsonFile(file: string): boolean {
  try {
    if (statSync(file).size > CHECK_LIMIT) return true
    JSON.parse(readFileSync(file, 'utf8'))
    return true
  } catch {
    return false
  }
}

function readSmallJson(file: string): unknown {
  if (statSync(file).size > CHECK_LIMIT) return '(large document)'
  return JSON.parse(readFileSync(file, 'utf8'))
}

function seededWorkflow(dir: string): Workflow {
  return {
    id: SEEDED_WORKFLOW_ID,
    name: 'Invoice triage',
    flowId: SEEDED_FLOW_ID,
    documents: writeDocuments(dir, {
      flowData: {
        name: 'Invoice triage',
        nodes: [
          { id: 'start', type: 'start', outputs: ['classify'] },
          { id: 'classify', type: 'ai', model: 'gpt-4o', prompt: 'Classify the invoice: {{input.text}}', timeoutSeconds: 30, outputs: ['route'] },
          { id: 'route', type: 'condition', expression: 'classify.label == "urgent"', outputs: ['notify', 'end'] },
          {
            id: 'notify',
            type: 'api',
            method: 'POST',
            url: '{{env.ERP_BASE_URL}}/alerts',
            headers: { Authorization: 'Bearer {{env.ERP_API_TOKEN}}' },
            outputs: ['end'],
          },
          { id: 'end', type: 'end' },
        ],
      },
      workflowData: {
        name: 'Invoice triage',
        description: 'Sorts incoming invoices and alerts the ERP on urgent ones',
        version: 'v3',
        guardrails: [],
        updatedAt: '2026-11-20T09:30:00Z',
      },
      envVariables: [
        { key: 'ERP_BASE_URL', value: 'https://erp.staging.example.com', isSecured: false },
        { key: 'ERP_API_TOKEN', value: SEEDED_SECRET_VALUE, isSecured: true },
      ],
    }),
    versions: 3,
  }
}
