import type { IncomingMessage, ServerResponse } from 'node:http'
import { sendJson } from '../../http-helpers.js'
import type { Router } from '../../router.js'
import { cased, flatten, leapworkDate, serialize, withRefIds } from './json-net.js'
import type { LeapworkSettings } from './settings.js'
import type { AssetTree } from './store.js'

/**
 * The Controller's hierarchy endpoints: the asset tree (whole, or from one item) on the
 * documented v3 path and the inferred v4 one, Create Folder Hierarchy with its 400/409 rules,
 * and a flow's info. Documented at https://www.leapwork.com/product/documentation/rest-api/get-hierarchy,
 * https://www.leapwork.com/product/documentation/rest-api/v4/create-folder and
 * https://www.leapwork.com/product/documentation/rest-api/v4/get-flow-info.
 */
export class HierarchyRoutes {
  /** Every Create Folder request and its answer, for tests (`GET /__sandbox/state`). */
  readonly folderRequests: { parentId: string | null; folder: string | null; status: number; teamId?: string }[] = []

  constructor(
    private readonly tree: AssetTree,
    private readonly settings: LeapworkSettings,
  ) {}

  register(router: Router): void {
    for (const version of ['v3', 'v4']) {
      router.on('GET', `/api/${version}/hierarchy`, (c) => this.hierarchy(c.res, version, undefined))
      router.on('GET', `/api/${version}/hierarchy/:itemId`, (c) => this.hierarchy(c.res, version, c.params.itemId))
    }
    router.on('PUT', '/api/v4/hierarchy/create/folder', (c) => this.createFolder(c.req, c.res, c.url, undefined))
    router.on('PUT', '/api/v4/hierarchy/create/folder/:itemId', (c) => this.createFolder(c.req, c.res, c.url, c.params.itemId))
    router.on('GET', '/api/v4/flowinfo/:itemId', (c) => this.flowInfo(c.res, c.params.itemId!))
  }

  private hierarchy(res: ServerResponse, version: string, itemId: string | undefined): void {
    if (version === 'v4' && !this.settings.v4Hierarchy) {
      return sendJson(res, 404, { $id: '1', Message: `No HTTP resource was found that matches the request URI '/api/v4/hierarchy'.` })
    }
    if (itemId === undefined || itemId === '') return this.whole(res, this.tree)
    const item = this.tree.find(itemId)
    if (!item) return sendJson(res, 404, { $id: '1', Message: `Item ${itemId} not found` })
    const nodes = [serialize(item)!]
    sendJson(res, 200, this.cased(withRefIds(this.settings.hierarchyShape === 'flat' ? flatten(nodes) : nodes)))
  }

  /** A whole tree (the Controller's, or a team's) as Get Hierarchy writes it. */
  whole(res: ServerResponse, tree: AssetTree): void {
    const hidden = new Set(this.settings.hidden)
    const nodes = tree.roots.map((item) => serialize(item, hidden)).filter(Boolean) as Record<string, unknown>[]
    sendJson(res, 200, this.cased(withRefIds(this.settings.hierarchyShape === 'flat' ? flatten(nodes) : nodes)))
  }

  private flowInfo(res: ServerResponse, itemId: string): void {
    const item = this.tree.find(itemId)
    if (!item || !['Flow', 'SubFlow'].includes(item.type)) return sendJson(res, 404, { $id: '1', Message: `Flow ${itemId} not found` })
    sendJson(res, 200, withRefIds({ Id: item.id, Title: item.title, Type: item.type, DateCreation: leapworkDate(item.created), DateModify: leapworkDate(item.modified), IsDeleted: 0, Status: 'Publish' }))
  }

  /** Create Folder Hierarchy in the Controller's tree, or (Create Team Folder Hierarchy) in a team's. */
  createFolder(req: IncomingMessage, res: ServerResponse, url: URL, parentId: string | undefined, team?: { id: string; tree: AssetTree }): void {
    req.resume()
    const tree = team?.tree ?? this.tree
    const folder = url.searchParams.get('folder')
    const answer = (status: number, body: unknown) => {
      this.folderRequests.push({ parentId: parentId || null, folder, status, ...(team ? { teamId: team.id } : {}) })
      sendJson(res, status, body)
    }
    if (!folder) return answer(400, { $id: '1', Message: 'The folder parameter is required' })
    const titles = folder.split('/')
    if (titles.some((title) => title.trim() === '')) return answer(400, { $id: '1', Message: 'The folder parameter has an empty folder name or a trailing slash' })
    const parent = parentId ? tree.find(parentId) : undefined
    if (parentId && !parent) return answer(404, { $id: '1', Message: `Item ${parentId} not found` })
    if (parent && !['Folder', 'Flow', 'SubFlow'].includes(parent.type)) return answer(409, { $id: '1', Message: `Folders cannot be created under a ${parent.type}` })
    const siblings = parent ? parent.children : tree.roots
    if (siblings.some((item) => item.title === titles[0])) return answer(409, { $id: '1', Message: `A folder with the title '${titles[0]}' already exists` })
    let level = parent
    for (const title of titles) level = tree.add(level, title, 'Folder')
    answer(200, this.cased(withRefIds([{ HierarchyItemId: level!.id }])))
  }

  private cased(value: unknown): unknown {
    return cased(value, this.settings.propertyCase)
  }
}
