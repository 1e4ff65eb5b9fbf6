import type { IncomingMessage, ServerResponse } from 'node:http'
import { header, sendJson, sendText } from '../../http-helpers.js'
import { Router } from '../../router.js'
import type { Emulator, SandboxApp, SandboxOptions } from '../../types.js'
import { HierarchyRoutes } from './hierarchy-routes.js'
import { writeFlowPackage } from './packages.js'
import { SEEDED_FLOW_ID, seedTeams, seedTree } from './seed.js'
import { applySettings, defaultSettings, settingNames, type LeapworkSettings } from './settings.js'
import { AssetTree } from './store.js'
import { TeamRoutes } from './teams.js'
import { TransferRoutes } from './transfer-routes.js'

/**
 * A Leapwork Controller as its REST API v4 documentation describes it
 * (https://www.leapwork.com/product/documentation/rest-api): the `AccessKey` header (any case),
 * the asset hierarchy and folder creation (hierarchy-routes.ts), the synchronous import into a
 * folder and the undocumented export (transfer-routes.ts), replies written as Json.NET writes
 * them (json-net.ts), over the tree of store.ts seeded from seed.ts. What the documentation
 * leaves open is a setting (settings.ts).
 *
 * This file is the gateway: the access key on every request, then the export route (a setting,
 * matched per request), then the other routes.
 */
export const leapworkEmulator: Emulator = {
  settingNames,
  create: (options) => new LeapworkEmulator(options),
}

class LeapworkEmulator implements SandboxApp {
  private readonly settings: LeapworkSettings = defaultSettings()
  private readonly tree: AssetTree
  private readonly hierarchy: HierarchyRoutes
  private readonly transfers: TransferRoutes
  private readonly teams: TeamRoutes
  private readonly router = new Router()
  /** The seeded items' packages, written on the first request (a sandbox started and closed at once writes nothing). */
  private packagesWritten: Promise<void> | undefined
  private readonly seededPackages: ReturnType<typeof seedTree>

  constructor(private readonly options: SandboxOptions) {
    applySettings(this.settings, options.config)
    this.tree = new AssetTree(options.clock)
    this.seededPackages = seedTree(this.tree)
    this.hierarchy = new HierarchyRoutes(this.tree, this.settings)
    this.transfers = new TransferRoutes(this.tree, this.settings, options.storageDir, options.clock)
    this.teams = new TeamRoutes(this.settings, options.clock, this.hierarchy, this.transfers)
    this.seededPackages.push(...seedTeams(this.teams))
    this.transfers.otherTrees = () => this.teams.teams.map((team) => team.tree)
    this.teams.register(this.router)
    this.hierarchy.register(this.router)
    this.transfers.register(this.router)
  }

  get inputs(): Record<string, string> {
    return { 'api-key': this.settings.accessKey }
  }

  readonly demo = {
    export: { 'workflow-id': SEEDED_FLOW_ID },
    import: { 'target-folder': 'Production/Regression', 'create-folders': 'true' },
  }

  readonly calls = {
    import: { method: 'POST', path: '/api/v4/import/', idempotent: false, waitsForReply: true },
    export: { method: 'GET', path: '/api/v4/export/', idempotent: true, waitsForReply: true },
  }

  readonly scenarios = [
    { name: 'Controller out of disk space (HTTP 446)', operation: 'import' as const, config: { importStatus: 446 }, expect: 'failed' as const },
    { name: 'Controller database not responding (HTTP 455)', operation: 'import' as const, config: { importStatus: 455 }, expect: 'failed' as const },
    { name: 'title collision the Controller cannot resolve (HTTP 409)', operation: 'import' as const, config: { importStatus: 409 }, expect: 'failed' as const },
    { name: 'hierarchy only on the v3 path', operation: 'import' as const, config: { v4Hierarchy: false }, expect: 'succeeded' as const },
    { name: 'hierarchy only on the v3 path', operation: 'export' as const, config: { v4Hierarchy: false }, expect: 'succeeded' as const },
  ]

  secrets(): string[] {
    return [this.settings.accessKey]
  }

  configure(config: Record<string, unknown>): void {
    applySettings(this.settings, config)
  }

  state(): unknown {
    return { items: this.tree.state(), teams: this.teams.state(), imports: this.transfers.imports, folderRequests: this.hierarchy.folderRequests }
  }

  async handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    await (this.packagesWritten ??= this.writeSeedPackages())
    // Header names arrive lower-cased, so `AccessKey` and `accessKey` (both in the docs) are the same here.
    if (header(req, 'accesskey') !== this.settings.accessKey) {
      req.resume()
      return sendText(res, 401, 'Unauthorized, incorrect access key')
    }
    if (await this.transfers.exportIfMatched(req, res, url)) return
    if (this.teams.listIfMatched(req, res, url)) return
    if (!(await this.router.dispatch(req, res, url))) {
      req.resume()
      sendJson(res, 404, { $id: '1', Message: `No HTTP resource was found that matches the request URI '${url.pathname}'.` })
    }
  }

  private async writeSeedPackages(): Promise<void> {
    for (const { item, steps } of this.seededPackages) item.package = await writeFlowPackage(this.options.storageDir, item, steps)
  }
}
