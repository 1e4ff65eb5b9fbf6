import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Clock } from '../../../core/clock.js'
import { sendJson } from '../../http-helpers.js'
import type { Router } from '../../router.js'
import type { HierarchyRoutes } from './hierarchy-routes.js'
import { cased, withRefIds } from './json-net.js'
import type { LeapworkSettings } from './settings.js'
import { AssetTree } from './store.js'
import type { TransferRoutes } from './transfer-routes.js'

/**
 * Leapwork Enterprise teams: each team has an asset hierarchy of its own. Documented and enforced
 * here: Import To Team, `POST /api/v4/import/{teamId}/{timeoutMinutes}/{targetItemId}` with
 * optional `?force=1` (https://www.leapwork.com/product/documentation/rest-api/v4/import-to-team),
 * whose target must be a folder of that team; and Create Team Folder Hierarchy,
 * `PUT /api/v4/hierarchy/create/folder/{teamId}/{itemId}?folder=…`, at the team's root when itemId
 * is empty (https://www.leapwork.com/product/documentation/rest-api/v4/create-team-folder-hierarchy).
 * Get All Teams and a team's hierarchy are not documented: their routes are settings (settings.ts).
 */
export interface Team {
  id: string
  name: string
  tree: AssetTree
}

export class TeamRoutes {
  readonly teams: Team[] = []

  constructor(
    private readonly settings: LeapworkSettings,
    private readonly clock: Clock,
    private readonly hierarchy: HierarchyRoutes,
    private readonly transfers: TransferRoutes,
  ) {}

  add(id: string, name: string): Team {
    const team = { id, name, tree: new AssetTree(this.clock) }
    this.teams.push(team)
    return team
  }

  /** Registered before the hierarchy routes: `…/create/folder/{teamId}/` would otherwise read as an item id. */
  register(router: Router): void {
    router.on('GET', '/api/v4/hierarchy/team/:teamId', (c) => this.teamHierarchy(c.res, c.params.teamId!))
    router.on('PUT', '/api/v4/hierarchy/create/folder/:teamId/:itemId', (c) => {
      const team = this.find(c.params.teamId!)
      if (!team) return this.unknownTeam(c.req, c.res, c.params.teamId!)
      this.hierarchy.createFolder(c.req, c.res, c.url, c.params.itemId || undefined, team)
    })
    router.on('POST', '/api/v4/import/:teamId/:timeoutMinutes/:targetItemId', async (c) => {
      const team = this.find(c.params.teamId!)
      if (!team) return this.unknownTeam(c.req, c.res, c.params.teamId!)
      // `force=1` as the page's request URL shows; any value but 0/false is taken as on.
      const force = c.url.searchParams.get('force') ?? c.url.searchParams.get('Force')
      await this.transfers.importPackage(c.req, c.res, c.params.timeoutMinutes!, c.params.targetItemId!, {
        id: team.id,
        tree: team.tree,
        force: force !== null && !/^(0|false)$/i.test(force),
      })
    })
  }

  /** Get All Teams, on the path the `teamsRoute` setting names; false when the request is not that. */
  listIfMatched(req: IncomingMessage, res: ServerResponse, url: URL): boolean {
    if (req.method !== 'GET' || !this.settings.teamsRoute || url.pathname !== this.settings.teamsRoute) return false
    req.resume()
    if (!this.settings.teamsScope) {
      sendJson(res, 403, { $id: '1', Message: 'AccessKey does not have the relevant scope permission' })
      return true
    }
    sendJson(res, 200, cased(withRefIds(this.teams.map((team) => ({ Id: team.id, Name: team.name }))), this.settings.propertyCase))
    return true
  }

  state(): unknown {
    return this.teams.map((team) => ({ id: team.id, name: team.name, items: team.tree.state() }))
  }

  private teamHierarchy(res: ServerResponse, teamId: string): void {
    if (!this.settings.teamHierarchy) {
      return sendJson(res, 404, { $id: '1', Message: `No HTTP resource was found that matches the request URI '/api/v4/hierarchy/team/${teamId}'.` })
    }
    const team = this.find(teamId)
    if (!team) return sendJson(res, 404, { $id: '1', Message: `Team ${teamId} not found` })
    this.hierarchy.whole(res, team.tree)
  }

  private find(id: string): Team | undefined {
    return this.teams.find((team) => team.id.toLowerCase() === id.toLowerCase())
  }

  private unknownTeam(req: IncomingMessage, res: ServerResponse, id: string): void {
    req.resume()
    sendJson(res, 404, { $id: '1', Message: `Team ${id} not found` })
  }
}
