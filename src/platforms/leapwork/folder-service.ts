import { HttpError, InputError, ReplyError } from '../../core/errors.js'
import { discard, readJson, type HttpClient } from '../../core/http/client.js'
import type { Logger } from '../../core/log.js'
import { Input } from '../../input-names.js'
import { createFolderPath, isMissingRoute, JSON_ACCEPT } from './endpoints.js'
import type { LeapworkSettings } from './facts.js'
import { findById, parseTargetFolder, pathOf, resolvePath, type PathResolution } from './folders.js'
import { isFolder, parseCreatedFolder, parseHierarchy, type HierarchyItem } from './replies.js'
import { readTeamHierarchy, type TeamResolver } from './teams.js'

export interface Folder {
  id: string
  /** `folder 'Team A/Regression' (id …)`, for messages. */
  shown: string
  item: HierarchyItem
}

/** Where `target-folder` stands: the folder, when it exists, and how much of its path does. */
export interface LocatedFolder {
  folder?: Folder
  path: PathResolution
}

/**
 * The Controller's asset hierarchy as this client sees it (the team's, for a team import): read
 * once and kept, items looked up by id, `target-folder` located in it, and the folders it lacks
 * created when `create-folders` allows.
 */
export class FolderService {
  /**
   * The API version whose Get Hierarchy path answered. Leapwork documents the v3 path
   * (https://www.leapwork.com/product/documentation/rest-api/get-hierarchy); the v4 one is inferred.
   */
  private hierarchyVersion: 'v4' | 'v3' | undefined
  private tree: Promise<HierarchyItem[]> | undefined

  constructor(
    private readonly http: HttpClient,
    private readonly log: Logger,
    private readonly own: LeapworkSettings,
    /** `team`, for imports: the team's own hierarchy and folder creation. */
    private readonly team: TeamResolver | undefined,
  ) {}

  /**
   * The asset hierarchy, read once per client: an import with backup, or a glob of bundles, would
   * otherwise fetch the whole tree several times. `fresh` after a change (an import, new folders).
   */
  hierarchy(fresh = false): Promise<HierarchyItem[]> {
    if (fresh || !this.tree) {
      this.tree = this.readHierarchy()
      this.tree.catch(() => (this.tree = undefined))
    }
    return this.tree
  }

  /** Where `target-folder` is in the tree; throws InputError when it names no folder unambiguously. */
  async locate(roots: HierarchyItem[]): Promise<LocatedFolder> {
    const target = parseTargetFolder(this.own.targetFolder!)
    if (target.kind === 'id') {
      // A team's folders may be in no hierarchy this client can read: the id goes to Import To Team as given.
      const item = findById(roots, target.id) ?? (await this.itemById(target.id)) ?? (this.team ? unlisted(target.id, this.log) : undefined)
      if (!item) throw new InputError(Input.TargetFolder, `no item with id ${target.id} in the Controller's asset hierarchy`, 'Team A/Regression')
      if (!isFolder(item)) {
        throw new InputError(Input.TargetFolder, `${target.id} is a ${item.type || 'item'} ("${item.title}"), not a folder; an import needs a folder`, 'Team A/Regression')
      }
      return { folder: { id: item.id, item, shown: `folder '${pathOf(roots, item) || item.title}' (id ${item.id})` }, path: { folder: item, deepest: item, existing: [], missing: [] } }
    }
    const resolved = resolvePath(roots, target.segments)
    const folder = resolved.folder ? { id: resolved.folder.id, item: resolved.folder, shown: `folder '${target.segments.join('/')}' (id ${resolved.folder.id})` } : undefined
    return { folder, path: resolved }
  }

  /**
   * An item the whole tree did not show (a Controller may leave some branches out): Get Hierarchy
   * of that id. Undefined when the Controller does not know it; an item whose reply does not
   * describe it is taken as it is, and the import's own 404 speaks if it is no folder.
   */
  async itemById(id: string): Promise<HierarchyItem | undefined> {
    const what = `look up item ${id}`
    const reply = await this.http.request(
      { method: 'GET', path: `/api/${this.hierarchyVersion ?? 'v4'}/hierarchy/${encodeURIComponent(id)}`, what, headers: JSON_ACCEPT, accept: [400, 404] },
      async (answer) => {
        if (answer.status !== 200) return discard(answer).then(() => [])
        const value = await readJson(answer, what)
        return value === undefined ? [] : parseHierarchy(value, what)
      },
    )
    if (reply.length === 0) return undefined
    return findById(reply, id) ?? { id, title: id, type: 'Folder', children: reply }
  }

  /** The target folder, created (only its missing tail) when `create-folders` allows. */
  async ensureFolder(): Promise<Folder> {
    const located = await this.locate(await this.hierarchy())
    if (located.folder) return located.folder
    const { existing, missing, deepest } = located.path
    const under = existing.length ? `under '${existing.join('/')}'` : 'at the top level'
    if (!this.own.createFolders) {
      throw new InputError(
        Input.TargetFolder,
        `'${this.own.targetFolder}' does not exist: there is no folder '${missing[0]}' ${under}. ` +
          `Set create-folders: true to create the missing folder(s), or name an existing folder`,
      )
    }
    const what = `create the folder(s) '${missing.join('/')}' ${under}`
    let createdId: string | undefined
    try {
      createdId = await this.http.json(
        {
          method: 'PUT',
          path: createFolderPath(deepest?.id, missing, (await this.team?.team())?.id),
          what,
          headers: JSON_ACCEPT,
          // A second PUT after a lost reply would meet the folder it created and answer 409.
          idempotent: false,
          harmlessIfRepeated: 'Nothing was imported yet; re-running the step finds the folders that exist and creates only the rest.',
        },
        (value) => parseCreatedFolder(value, what),
      )
    } catch (error) {
      if (error instanceof HttpError && error.httpStatus === 409) {
        // Another step (or another bundle of this glob) may have created the same folders a moment ago.
        const meanwhile = await this.locate(await this.hierarchy(true))
        if (meanwhile.folder) {
          this.log.info(`${what}: the Controller answered 409, and the folder exists now (created at the same moment elsewhere)`)
          return meanwhile.folder
        }
        throw error.withDetail(
          `the Controller refused to ${what}: a folder with that title exists there, or folders cannot be created there (${error.detail})`,
          'Check target-folder against the folders in Studio: a folder of that title may exist where the path does not lead (a different type, or a title that differs only in case).',
        )
      }
      throw error
    }
    this.log.info(`${what}: done${createdId ? ` (the Controller names folder ${createdId})` : ''}`)
    // Which folder the reply's id names when several are created is not documented: look the path up again.
    const again = await this.locate(await this.hierarchy(true))
    if (again.folder) return again.folder
    if (createdId && missing.length === 1) {
      return { id: createdId, item: { id: createdId, title: missing[0]!, type: 'Folder', children: [] }, shown: `folder '${this.own.targetFolder}' (id ${createdId})` }
    }
    throw new ReplyError(`${what}: the Controller answered success, but the folder is not in the asset hierarchy afterwards`, {
      hint: 'Check the folder in Studio; if it exists, give target-folder as its id (this access key may not see that branch of the hierarchy).',
    })
  }

  /** The team's hierarchy for a team import, else the whole one. */
  private async readHierarchy(): Promise<HierarchyItem[]> {
    if (!this.team) return this.readWholeHierarchy()
    return readTeamHierarchy(this.http, this.log, await this.team.team(), () => this.readWholeHierarchy())
  }

  /** The whole asset hierarchy: the v4 path first, the documented v3 path when v4 has no such route. */
  private async readWholeHierarchy(): Promise<HierarchyItem[]> {
    const what = 'read the asset hierarchy'
    for (const version of this.hierarchyVersion ? [this.hierarchyVersion] : (['v4', 'v3'] as const)) {
      try {
        const roots = await this.http.json({ method: 'GET', path: `/api/${version}/hierarchy`, what, headers: JSON_ACCEPT }, (value) =>
          parseHierarchy(value, what),
        )
        this.hierarchyVersion = version
        return roots
      } catch (error) {
        const missingRoute = isMissingRoute(error)
        if (version === 'v3' || this.hierarchyVersion || !missingRoute) throw error
        this.log.debug(`${what}: HTTP ${error.httpStatus} on /api/v4/hierarchy; trying the documented v3 path`)
      }
    }
    throw new ReplyError(`${what}: no reply`)
  }
}

function unlisted(id: string, log: Logger): HierarchyItem {
  log.info(`folder ${id} is in no asset hierarchy this access key can read; it goes to Import To Team as given, and the Controller checks it`)
  return { id, title: id, type: 'Folder', children: [] }
}
