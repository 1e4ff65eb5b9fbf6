import { createReadStream } from 'node:fs'
import { rm, stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { pipeline } from 'node:stream/promises'
import { setTimeout as delay } from 'node:timers/promises'
import type { Clock } from '../../../core/clock.js'
import { readMultipart, sendJson } from '../../http-helpers.js'
import type { Router } from '../../router.js'
import { cased } from './json-net.js'
import { describePackage } from './packages.js'
import type { LeapworkSettings } from './settings.js'
import type { AssetTree } from './store.js'

interface ImportRecord {
  target: string
  /** Import To Team: the team, and whether force mode was asked for. */
  teamId?: string
  force?: boolean
  /** Flows open in Studio that force mode took over and replaced. */
  forced?: string[]
  timeoutMinutes: number
  part: string
  filename: string
  contentType: string
  bytes: number
  sha256: string
  outcome: string
}

/**
 * The Controller's import and export. The import is synchronous, into a folder, with the
 * multipart part `zip file` (https://www.leapwork.com/product/documentation/rest-api/v4/import);
 * an item of the same title and type is replaced. The export endpoint is not documented: here it
 * answers on the route of the `exportRoute` setting with the package the item was imported from
 * (or seeded with), byte for byte. Packages stay on disk: a 1 GiB import or export goes through
 * as a stream.
 */
export class TransferRoutes {
  /** Every import and its outcome, for tests (`GET /__sandbox/state`). */
  readonly imports: ImportRecord[] = []
  /** The teams' trees: an export finds an item by id wherever it is. */
  otherTrees: () => AssetTree[] = () => []

  constructor(
    private readonly tree: AssetTree,
    private readonly settings: LeapworkSettings,
    private readonly storageDir: string,
    private readonly clock: Clock,
  ) {}

  register(router: Router): void {
    router.on('POST', '/api/v4/import/:timeoutMinutes/:targetItemId', (c) => this.importPackage(c.req, c.res, c.params.timeoutMinutes!, c.params.targetItemId!))
  }

  /** Answers the request when it is an export (on the route the `exportRoute` setting names); false when it is not one. */
  async exportIfMatched(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    const exportParams = this.matchExport(req.method ?? 'GET', url.pathname)
    if (!exportParams) return false
    req.resume()
    await this.exportItem(res, exportParams.itemId ?? '')
    return true
  }

  /**
   * Import, or Import To Team (`team`: its tree, and force mode). A title collision replaces the
   * item of the same title and type; one the Controller cannot resolve answers 409: another type,
   * every collision under `collisions: 'refuse'`, or a flow someone has open in Studio (`locked`,
   * or seeded `openedBy`), unless force mode "locks all user-opened flows which should be replaced"
   * (https://www.leapwork.com/product/documentation/rest-api/v4/import-to-team).
   */
  async importPackage(req: IncomingMessage, res: ServerResponse, timeoutText: string, targetId: string, team?: { id: string; tree: AssetTree; force: boolean }): Promise<void> {
    const target = (team?.tree ?? this.tree).find(targetId)
    if (!/^-?\d+$/.test(timeoutText)) {
      req.resume()
      return sendJson(res, 400, { $id: '1', Message: 'timeoutMinutes must be an integer' })
    }
    if (!target || target.type !== 'Folder') {
      req.resume()
      return sendJson(res, 404, { $id: '1', Message: target ? `Item ${targetId} is not a folder` : `Folder ${targetId} not found${team ? ' in this team' : ''}` })
    }
    const { files } = await readMultipart(req, this.storageDir)
    const part = files.find((file) => file.field === this.settings.partName)
    for (const other of files) if (other !== part) await rm(other.path, { force: true })
    const forced: string[] = []
    const record = (outcome: string) =>
      this.imports.push({
        target: targetId,
        ...(team ? { teamId: team.id, force: team.force, forced } : {}),
        timeoutMinutes: Number(timeoutText),
        part: part?.field ?? '',
        filename: part?.filename ?? '',
        contentType: part?.contentType ?? '',
        bytes: part?.size ?? 0,
        sha256: part?.sha256 ?? '',
        outcome,
      })
    const refuse = async (status: number, message: string) => {
      if (part) await rm(part.path, { force: true })
      record(`HTTP ${status}`)
      sendJson(res, status, { $id: '1', Message: message })
    }
    if (!part) return refuse(400, `The request has no multipart part named '${this.settings.partName}'`)
    if (this.settings.importStatus) return refuse(this.settings.importStatus, `Sandbox: import answered with ${this.settings.importStatus}`)
    let described: { title: string; type: string }
    try {
      described = await describePackage(part.path, part.filename)
    } catch (error) {
      return refuse(400, `The file is not a valid exported package: ${(error as Error).message}`)
    }
    if (this.settings.importDelayMs > 0) await delay(this.settings.importDelayMs)
    const existing = target.children.find((item) => item.title === described.title)
    if (existing) {
      const opened = this.settings.locked.includes(existing.id) || !!existing.openedBy
      const unresolved = this.settings.collisions === 'refuse' || opened
      if (existing.type !== described.type || (unresolved && !team?.force)) {
        const why = existing.type !== described.type ? '' : opened ? ' (the flow is opened by a user)' : ''
        return refuse(409, `Title collision: '${described.title}' already exists in '${target.title}' and cannot be replaced${why}`)
      }
      if (opened) {
        forced.push(existing.id)
        existing.openedBy = undefined
      }
      if (existing.package) await rm(existing.package, { force: true })
      existing.package = part.path
      existing.modified = new Date(this.clock.now())
    } else {
      this.tree.add(target, described.title, described.type).package = part.path
    }
    record('imported')
    const result = cased({ $id: '1', IsSuccessful: true }, this.settings.propertyCase)
    sendJson(res, 200, this.settings.importReply === 'bare' ? true : this.settings.importReply === 'array' ? [result] : result)
  }

  private async exportItem(res: ServerResponse, itemId: string): Promise<void> {
    const item = [this.tree, ...this.otherTrees()].map((tree) => tree.find(itemId)).find(Boolean)
    if (!item) return sendJson(res, 404, { $id: '1', Message: `Item ${itemId} not found` })
    if (!item.package) return sendJson(res, 400, { $id: '1', Message: `Sandbox: ${item.type} '${item.title}' has no package to export (the sandbox exports flows)` })
    const { size } = await stat(item.package)
    res.writeHead(200, {
      'content-type': 'application/octet-stream',
      'content-length': size,
      'content-disposition': `attachment; filename="${item.title.replace(/[^\x20-\x7e]|"/g, '_')}.zip"; filename*=UTF-8''${encodeURIComponent(`${item.title}.zip`)}`,
    })
    await pipeline(createReadStream(item.package), res).catch(() => res.destroy())
  }

  /** The export route from its "METHOD /path/{itemId}" setting, matched per request so it can change at run time. */
  private matchExport(method: string, pathname: string): Record<string, string> | undefined {
    const [routeMethod, template] = this.settings.exportRoute.includes(' ') ? this.settings.exportRoute.split(/\s+/, 2) : ['GET', this.settings.exportRoute]
    if (method !== routeMethod!.toUpperCase()) return undefined
    const keys: string[] = []
    const source = template!
      .split(/(\{[A-Za-z]+\})/)
      .map((piece) => {
        const key = /^\{([A-Za-z]+)\}$/.exec(piece)?.[1]
        if (!key) return piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        keys.push(key)
        return '([^/]+)'
      })
      .join('')
    const match = new RegExp(`^${source}$`).exec(pathname)
    if (!match) return undefined
    return Object.fromEntries(keys.map((key, i) => [key, decodeURIComponent(match[i + 1]!)]))
  }
}
