import { randomUUID } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { readJsonBody, sendJson } from '../../http-helpers.js'
import type { Router } from '../../router.js'
import { isJsonFile, signature, writePackage, type Job, type KoreaiStore, type Workflow } from './store.js'

/**
 * Kore.ai's workflow endpoints: import of uploaded files as a new workflow or into an existing
 * one, export (both documented paths, `workflow` and `workflows`), the dock status of the job
 * each starts, and the export's download.
 */
export function workflowRoutes(router: Router, store: KoreaiStore): void {
  router.on('POST', '/api/public/workflows/import', (c) => importNew(store, c.req, c.res))
  router.on('POST', '/api/public/workflows/:id/import', (c) => importExisting(store, c.req, c.res, c.params.id!))
  router.on('POST', '/api/public/workflows/:id/export', (c) => startExport(store, c.req, c.res, c.url, c.params.id!))
  router.on('POST', '/api/public/workflow/:id/export', (c) => startExport(store, c.req, c.res, c.url, c.params.id!))
  router.on('GET', '/api/public/dock-status/:id', (c) => dockStatus(store, c.res, c.params.id!))
  router.on('GET', '/api/v1/account/exports/:exportJobId', (c) => download(store, c.res, c.params.exportJobId!))
}

const FILE_KEYS = ['workflowDataFileId', 'flowDataFileId', 'envVariablesFileId']

async function importNew(store: KoreaiStore, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = (await readJsonBody(req)) as Record<string, unknown> | undefined
  const missing = ['workflowDataFileId', 'flowDataFileId', 'workflowName'].filter((k) => typeof body?.[k] !== 'string' || body[k] === '')
  if (!body || missing.length > 0) return sendJson(res, 400, { errors: [{ msg: `Missing fields: ${missing.join(', ')}`, code: 400 }] })
  const unknown = unknownFiles(store, body)
  if (unknown) return sendJson(res, 400, { errors: [{ msg: `Invalid file id: ${unknown}`, code: 400 }] })
  const name = String(body.workflowName)
  if ([...store.workflows.values()].some((w) => w.name === name)) {
    return sendJson(res, 400, { errors: [{ msg: `A workflow named "${name}" already exists`, code: 400 }] })
  }
  const workflow = store.newWorkflow(name)
  const job = store.newJob(workflow.id, 'IMPORT', false)
  job.apply = importer(store, workflow, body)
  sendJson(res, 200, { dockStatusId: job.id, workflowId: workflow.id, jobType: 'WORKFLOWS', action: 'IMPORT', status: 'IN_PROGRESS' })
}

async function importExisting(store: KoreaiStore, req: IncomingMessage, res: ServerResponse, id: string): Promise<void> {
  const body = (await readJsonBody(req)) as Record<string, unknown> | undefined
  const workflow = store.workflows.get(id)
  if (!workflow) return sendJson(res, 404, { errors: [{ msg: `Workflow ${id} not found`, code: 404 }] })
  const missing = FILE_KEYS.filter((k) => typeof body?.[k] !== 'string' || body[k] === '')
  if (!body || missing.length > 0) return sendJson(res, 400, { errors: [{ msg: `Missing fields: ${missing.join(', ')}`, code: 400 }] })
  const unknown = unknownFiles(store, body)
  if (unknown) return sendJson(res, 400, { errors: [{ msg: `Invalid file id: ${unknown}`, code: 400 }] })
  const job = store.newJob(id, 'IMPORT', store.settings.immediateExisting)
  const undeployed = !workflow.deployed && store.settings.deployedParent === 'required'
  job.apply = undeployed ? () => false : importer(store, workflow, body)
  const record = store.record(job)
  sendJson(res, 200, { dockStatusId: job.id, workflowId: id, jobType: 'WORKFLOWS', action: 'IMPORT', status: record.status })
}

/**
 * The import's effect, applied when the job ends: the uploaded documents replace the workflow's.
 * A document that is not JSON fails the job, as a corrupt file does on the platform (files too
 * big to check cheaply are taken as they are).
 */
function importer(store: KoreaiStore, workflow: Workflow, body: Record<string, unknown>): () => boolean {
  const fileFor = (key: string) => {
    const id = body[key]
    return id === undefined ? undefined : store.files.get(String(id))?.path
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

function unknownFiles(store: KoreaiStore, body: Record<string, unknown>): string | undefined {
  return FILE_KEYS.find((k) => body[k] !== undefined && !store.files.has(String(body[k])))
}

async function startExport(store: KoreaiStore, req: IncomingMessage, res: ServerResponse, url: URL, id: string): Promise<void> {
  req.resume()
  // The export page lists Content-Type: application/json for this POST, and its sample sends it.
  const contentType = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase()
  if (store.settings.exportContentType === 'json' && contentType !== 'application/json') {
    return sendJson(res, 415, { errors: [{ msg: `Unsupported Media Type: expected application/json, got ${contentType || 'none'}`, code: 415 }] })
  }
  const workflow = store.workflows.get(id)
  if (!workflow) return sendJson(res, 404, { errors: [{ msg: `Workflow ${id} not found`, code: 404 }] })
  const flowId = url.searchParams.get('flowId')
  if (store.settings.requireFlowId && !flowId) return sendJson(res, 400, { errors: [{ msg: 'flowId is required', code: 400 }] })
  if (flowId && flowId !== workflow.flowId) return sendJson(res, 400, { errors: [{ msg: `Unknown flowId ${flowId}`, code: 400 }] })
  const job = store.newJob(id, 'EXPORT', false)
  job.exportJobId = `workflow-ej-${randomUUID()}`
  job.packageName = `${workflow.name}.zip`
  job.packageFile = path.join(store.options.storageDir, `${job.exportJobId}.zip`)
  await writePackage(job.packageFile, workflow.documents)
  job.downloadUrl =
    store.settings.downloadOrigin === 'foreign'
      ? `${store.options.foreignUrl()}/exports/${job.exportJobId}.zip?s=${signature(job.exportJobId)}`
      : `${store.options.baseUrl()}/api/v1/account/exports/${job.exportJobId}`
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

function dockStatus(store: KoreaiStore, res: ServerResponse, id: string): void {
  const job = store.jobs.get(id)
  if (!job) return sendJson(res, 404, { errors: [{ msg: `Dock status ${id} not found`, code: 404 }] })
  sendJson(res, 200, store.record(job))
}

async function download(store: KoreaiStore, res: ServerResponse, exportJobId: string): Promise<void> {
  const job = store.exportJob(exportJobId)
  if (!job) return sendJson(res, 404, { errors: [{ msg: 'Export not found', code: 404 }] })
  await sendPackage(store, job, res)
}

/** The export's zip, once its job has ended well; on the platform's origin or (signed) on the foreign one. */
export async function sendPackage(store: KoreaiStore, job: Job, res: ServerResponse): Promise<void> {
  if (store.record(job).status !== 'SUCCESS') return sendJson(res, 404, { errors: [{ msg: 'Export not ready', code: 404 }] })
  const { size } = await stat(job.packageFile!)
  res.writeHead(200, {
    'content-type': 'application/zip',
    'content-length': size,
    'content-disposition': `attachment; filename="${job.packageName}"`,
  })
  await pipeline(createReadStream(job.packageFile!), res).catch(() => res.destroy())
}
