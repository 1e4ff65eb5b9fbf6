import type { IncomingMessage, ServerResponse } from 'node:http'
import { header, sendJson } from '../../http-helpers.js'
import { Router } from '../../router.js'
import type { Emulator, SandboxApp, SandboxOptions } from '../../types.js'
import { deployRoutes } from './deploy-routes.js'
import { SEEDED_FLOW_ID, SEEDED_SECRET_VALUE, SEEDED_WORKFLOW_ID } from './seed.js'
import { applySettings, defaultSettings, settingNames, type KoreaiSettings } from './settings.js'
import { KoreaiStore, signature } from './store.js'
import { uploadRoutes } from './uploads.js'
import { sendPackage, workflowRoutes } from './workflow-routes.js'

/**
 * Kore.ai AI for Process as its documentation describes it
 * (https://docs.kore.ai/ai-for-process/apis/apis-list/import-a-new-workflow,
 * https://docs.kore.ai/ai-for-process/apis/apis-list/import-to-an-existing-workflow,
 * https://docs.kore.ai/ai-for-process/apis/apis-list/export-a-workflow,
 * https://docs.kore.ai/ai-for-process/apis/apis-list/get-dock-status), quirks included: the import reply
 * spells `dockStatusId`, the export reply `dock-statusId` with the link under
 * `response.downloadUrl` (with the sample's leading space); both export paths (`workflow` and
 * `workflows`) answer; import into an existing workflow answers `SUCCESS` at once, as the
 * documented sample does. What the documentation leaves open is a setting (settings.ts).
 *
 * This file is the gateway: the `x-api-key` check on every request, then the routes of
 * uploads.ts and workflow-routes.ts over the state in store.ts, seeded from seed.ts.
 */
export const koreaiEmulator: Emulator = {
  settingNames,
  create: (options) => new KoreaiEmulator(options),
}

class KoreaiEmulator implements SandboxApp {
  private readonly settings: KoreaiSettings = defaultSettings()
  private readonly store: KoreaiStore
  private readonly router = new Router()

  constructor(options: SandboxOptions) {
    this.configure(options.config)
    this.store = new KoreaiStore(options, this.settings)
    uploadRoutes(this.router, this.store)
    workflowRoutes(this.router, this.store)
    deployRoutes(this.router, this.store)
  }

  get inputs(): Record<string, string> {
    return { 'api-key': this.settings.apiKey }
  }

  readonly demo = {
    export: { 'workflow-id': SEEDED_WORKFLOW_ID, 'flow-id': SEEDED_FLOW_ID },
    import: { 'workflow-name': 'Invoice triage (production)' },
    vars: { ERP_API_TOKEN: 'erp-production-token-5e0a77' },
  }

  secrets(): string[] {
    return [this.settings.apiKey, SEEDED_SECRET_VALUE, ...Object.values(this.demo.vars)]
  }

  readonly calls = {
    import: { method: 'POST', path: '/api/public/workflows/import', idempotent: false },
    export: { method: 'POST', path: '/export', idempotent: false },
    download: { method: 'GET', path: '/api/v1/account/exports/', idempotent: true },
    status: { method: 'GET', path: '/api/public/dock-status/', idempotent: true },
  }

  configure(config: Record<string, unknown>): void {
    applySettings(this.settings, config)
  }

  state(): unknown {
    return this.store.state()
  }

  async handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (header(req, 'x-api-key') !== this.settings.apiKey) {
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
    const job = match ? this.store.exportJob(match[1]!) : undefined
    if (!job || url.searchParams.get('s') !== signature(job.exportJobId!)) {
      return sendJson(res, 403, { errors: [{ msg: 'Link invalid or expired', code: 403 }] })
    }
    await sendPackage(this.store, job, res)
  }
}
