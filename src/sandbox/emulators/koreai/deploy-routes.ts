import type { IncomingMessage, ServerResponse } from 'node:http'
import { readJsonBody, sendJson } from '../../http-helpers.js'
import type { Router } from '../../router.js'
import type { KoreaiStore } from './store.js'

/**
 * Deploy and Undeploy (https://docs.kore.ai/ai-for-process/apis/apis-list/deploy-a-workflow,
 * https://docs.kore.ai/ai-for-process/apis/apis-list/undeploy-a-workflow). flowferry calls neither;
 * they are here so that a test or the demo can put a workflow into the state an import as a
 * version needs (deployed) or refuses (not deployed). Both end at once, as the samples answer
 * `SUCCESS`; undeploy answers on both the singular and plural paths the page gives.
 */
export function deployRoutes(router: Router, store: KoreaiStore): void {
  router.on('POST', '/api/public/workflows/:id/deploy', (c) => deploy(store, c.req, c.res, c.params.id!))
  router.on('POST', '/api/public/workflows/:id/undeploy', (c) => undeploy(store, c.req, c.res, c.params.id!))
  router.on('POST', '/api/public/workflow/:id/undeploy', (c) => undeploy(store, c.req, c.res, c.params.id!))
}

async function deploy(store: KoreaiStore, req: IncomingMessage, res: ServerResponse, id: string): Promise<void> {
  const body = (await readJsonBody(req)) as Record<string, unknown> | undefined
  const workflow = store.workflows.get(id)
  if (!workflow) return sendJson(res, 404, { errors: [{ msg: `Workflow ${id} not found`, code: 404 }] })
  if (typeof body?.isAsync !== 'boolean') return sendJson(res, 400, { errors: [{ msg: 'isAsync (boolean) is required', code: 400 }] })
  workflow.deployed = true
  const job = store.newJob(id, 'DEPLOY', true)
  sendJson(res, 200, { 'dock-statusId': job.id, workflowId: id, jobType: 'WORKFLOWS', action: 'DEPLOY', status: 'SUCCESS' })
}

function undeploy(store: KoreaiStore, req: IncomingMessage, res: ServerResponse, id: string): void {
  req.resume()
  const workflow = store.workflows.get(id)
  if (!workflow) return sendJson(res, 404, { errors: [{ msg: `Workflow ${id} not found`, code: 404 }] })
  workflow.deployed = false
  const job = store.newJob(id, 'UNDEPLOY', true)
  sendJson(res, 200, { dockStatusId: job.id, workflowId: id, jobType: 'WORKFLOWS', action: 'UNDEPLOY', status: 'SUCCESS' })
}
