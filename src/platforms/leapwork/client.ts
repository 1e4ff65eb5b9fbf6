import { rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { fileOf, shownPath, type Bundle } from '../../core/bundle.js'
import { BundleError, HttpError, InputError, ReplyError, type Finding } from '../../core/errors.js'
import { discard, headerCredentials, readJson, requestIdOf, type ErrorDescriber, type HttpClient } from '../../core/http/client.js'
import { saveTo } from '../../core/http/download.js'
import { MalformedReplyError } from '../../core/http/errors.js'
import { isZipFile } from '../../core/zip.js'
import { Input } from '../../input-names.js'
import type { Settings } from '../../settings.js'
import type { LeapworkSettings } from './facts.js'
import type { ExportOutcome, ImportOutcome, PlatformClient, PlatformContext, Preflight } from '../platform.js'
import { platformHttp } from '../http.js'
import { PACKAGE_ROLE, packageFileName } from './bundle.js'
import { createFolderPath, exportEndpoint, fillExportPath, importPath, timeoutMinutes } from './endpoints.js'
import { exportFailure, importFailure } from './failures.js'
import { collisions, findById, parseTargetFolder, pathOf, resolvePath, type PathResolution } from './folders.js'
import { errorText, isFolder, parseCreatedFolder, parseHierarchy, parseImportReply, type HierarchyItem } from './replies.js'
import { checkForce, readTeamHierarchy, TeamResolver, type ImportScope } from './teams.js'

/** What each status means on any call; import and folder creation add their own reading of 404/409. */
const STATUS_MEANING: Record<number, { message: string; hint: string }> = {
  401: {
    message: 'the Controller refused the access key',
    hint: 'Check api-key: an API access key from Leapwork Studio (Settings<LeapworkSettings> → API Access Keys), sent as the AccessKey header.',
  },
  446: {
    message: 'the Controller does not have enough disk space',
    hint: "Free disk space on the Controller's machine, then re-run the step.",
  },
  455: {
    message: "the Controller's database is not responding",
    hint: "Check the Controller's database service, then re-run the step.",
  },
}

const describeError: ErrorDescriber = ({ status, headers, text }) => {
  const body = errorText(text)
  const known = STATUS_MEANING[status]
  const message = known ? (body ? `${known.message} (${body})` : known.message) : body || `HTTP ${status}`
  return { message, requestId: requestIdOf(headers), hint: known?.hint }
}

const JSON_ACCEPT = { accept: 'application/json' }

interface Folder {
  id: string
  /** `folder 'Team A/Regression' (id …)`, for messages. */
  shown: string
  item: HierarchyItem
}

/** Leapwork Controller REST API v4: asset hierarchy, folder creation, zip import, export. */
export class LeapworkClient implements PlatformClient {
  private readonly http: HttpClient
  /** The API version whose Get Hierarchy path answered (Q-L2: the v4 path is inferred). */
  private hierarchyVersion: 'v4' | 'v3' | undefined
  private tree: Promise<HierarchyItem[]> | undefined
  /** `team`, for imports: Import To Team, the team's own hierarchy and folder creation. */
  private readonly team: TeamResolver | undefined

  constructor(
    private readonly settings: Settings<LeapworkSettings>,
    private readonly context: PlatformContext,
  ) {
    const accessKey = settings.own.apiKey!
    this.http = platformHttp(settings, context, { describeError, credentials: headerCredentials('AccessKey', accessKey) })
    checkForce(settings)
    if (settings.own.team && settings.operation === 'import') this.team = new TeamResolver(this.http, context.log, settings.own.team)
  }

  private async scope(): Promise<ImportScope> {
    return { teamId: (await this.team?.team())?.id, force: this.settings.own.force }
  }

  async importBundle(bundle: Bundle): Promise<ImportOutcome> {
    const file = this.packageOf(bundle)
    const title = this.titleOf(bundle)
    const folder = await this.ensureFolder()
    // What is left of `timeout` (a backup export may have used some): the Controller should not work on past the step.
    const remaining = Math.max(1, this.context.deadline.remaining())
    const minutes = timeoutMinutes(remaining)
    const filename = path.basename(file)
    const { size } = await stat(file)
    const scope = await this.scope()
    const what = `import ${filename} into ${folder.shown}${scope.teamId ? ` of team ${scope.teamId}${scope.force ? ' (force mode)' : ''}` : ''}`
    this.context.log.info(`${what}: ${size} bytes, timeoutMinutes ${minutes}; the Controller answers when the import is done`)
    let reply: ReturnType<typeof parseImportReply>
    try {
      reply = await this.http.json(
        {
          method: 'POST',
          path: importPath(minutes, folder.id, scope),
          what,
          headers: JSON_ACCEPT,
          // The import is synchronous: the reply comes when the Controller has finished, which may take until `timeout`.
          readTimeoutMs: remaining,
          body: { kind: 'multipart', parts: [{ name: 'zip file', file, filename, contentType: 'application/x-zip-compressed', size }] },
        },
        (value) => parseImportReply(value, what),
      )
    } catch (error) {
      throw importFailure(error, folder.shown, title, scope)
    }
    if (!reply.successful) {
      throw new ReplyError(`${what}: the Controller answered HTTP 200 but IsSuccessful=false, without saying why`, {
        hint: "Look at the Controller's log for the import, and at the target folder in Studio, before re-running.",
      })
    }
    this.context.log.info(`${what}: the Controller answered ${reply.platformStatus}`)

    const notes: string[] = []
    if (this.settings.workflowId) {
      notes.push(`workflow-id ${this.settings.workflowId} was not used: a Leapwork import goes into target-folder and replaces the item of the same title there`)
    }
    let imported: HierarchyItem | undefined
    try {
      const after = findById(await this.hierarchy(true), folder.id) ?? (await this.itemById(folder.id))
      const sameTitle = after ? collisions(after, title) : []
      imported = sameTitle.find((item) => !isFolder(item)) ?? sameTitle[0]
    } catch (error) {
      const note = `the import succeeded, but reading the hierarchy afterwards failed (${(error as Error).message}), so workflow-id is not set; look the item up in Studio`
      this.context.log.warning(note)
      return { workflowName: title, platformStatus: reply.platformStatus, notes: [...notes, note] }
    }
    if (imported) this.context.log.info(`the imported item "${title}" has id ${imported.id}`)
    else notes.push(`the import succeeded, but no item titled "${title}" was found in ${folder.shown} to report its id (the package may name it differently; set workflow-name to its title)`)
    return { workflowId: imported?.id, workflowName: title, platformStatus: reply.platformStatus, notes }
  }

  async exportWorkflow(staging: string): Promise<ExportOutcome> {
    const id = this.settings.workflowId!
    const endpoint = exportEndpoint()
    const item = findById(await this.hierarchy(), id)
    if (item) this.context.log.info(`item ${id}: ${item.type || 'item'} "${item.title}"`)
    else this.context.log.info(`item ${id} is not in the asset hierarchy; asking the Controller for it anyway`)

    const what = `export item ${id}`
    const temp = path.join(staging, '.package.zip')
    const remaining = Math.max(1, this.context.deadline.remaining())
    let saved: Awaited<ReturnType<ReturnType<typeof saveTo>>>
    try {
      saved = await this.http.request(
        {
          method: endpoint.method,
          path: fillExportPath(endpoint.template, id, timeoutMinutes(remaining)),
          what,
          headers: { accept: 'application/zip, application/octet-stream, */*' },
          // An export changes nothing on the Controller, so asking again after a lost reply is safe.
          idempotent: true,
          readTimeoutMs: remaining,
        },
        async (reply) => {
          const result = await saveTo(temp)(reply)
          if (!(await isZipFile(temp))) {
            await rm(temp, { force: true })
            throw new MalformedReplyError(
              `${what}: the reply is not a zip package (${result.bytes} bytes, content type ${result.contentType ?? 'unknown'})`,
            )
          }
          return result
        },
      )
    } catch (error) {
      throw exportFailure(error, id, item, endpoint.method, this.http.baseUrl)
    }
    const name = this.settings.workflowName ?? (item?.title || saved.filename?.replace(/\.zip$/i, '') || id)
    const fileName = packageFileName(name)
    await rename(temp, path.join(staging, fileName))
    this.context.log.info(`${what}: ${saved.bytes} bytes, kept byte for byte as ${fileName}`)
    return {
      exported: { name, workflowId: id, files: [{ path: fileName, role: PACKAGE_ROLE, digest: { bytes: saved.bytes, sha256: saved.sha256 } }] },
      workflowId: id,
      platformStatus: 'HTTP 200',
    }
  }

  /**
   * For `backup`: the item the import would replace is the one in the target folder with the
   * package's title. A folder that does not exist yet holds nothing to replace.
   */
  async replaces(bundle: Bundle): Promise<string | undefined> {
    const located = await this.locate(await this.hierarchy())
    if (!located.folder) return undefined
    const title = this.titleOf(bundle)
    const hit = collisions(located.folder.item, title).find((item) => !isFolder(item))
    if (hit) this.context.log.info(`the import would replace ${hit.type || 'item'} "${title}" (id ${hit.id}) in ${located.folder.shown}`)
    return hit?.id
  }

  /**
   * `dry-run`: the access key works (the hierarchy is read), the target folder exists or would be
   * created, and whether an item with the package's title is already there.
   */
  async preflight(bundle: Bundle): Promise<Preflight> {
    const manifestFile = shownPath(bundle, 'flowferry.json')
    const report: Preflight = { checked: [], unchecked: [], findings: [] }
    const finding = (severity: Finding['severity'], rule: string, message: string) => report.findings.push({ file: manifestFile, severity, rule, message })
    let roots: HierarchyItem[]
    try {
      roots = await this.hierarchy()
    } catch (error) {
      if (error instanceof HttpError && error.httpStatus === 401) {
        finding('error', 'leapwork.credentials', 'the Controller refused the access key (HTTP 401); check api-key')
        return report
      }
      if (error instanceof InputError) {
        finding('error', 'leapwork.team', error.message)
        return report
      }
      throw error
    }
    report.checked.push('the Controller accepts the access key')
    const team = await this.team?.team()
    let located: Awaited<ReturnType<LeapworkClient['locate']>>
    try {
      located = await this.locate(roots)
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      finding('error', 'leapwork.target-folder', error.message)
      return report
    }
    if (!located.folder) {
      const missing = located.path.missing.join('/')
      const under = located.path.existing.length ? `under '${located.path.existing.join('/')}'` : 'at the top level'
      if (this.settings.own.createFolders) report.checked.push(`the import would create the folder(s) '${missing}' ${under} (create-folders: true)`)
      else finding('error', 'leapwork.target-folder', `the target folder '${this.settings.own.targetFolder}' does not exist ('${missing}' is missing ${under}); set create-folders: true to create it`)
      return report
    }
    const title = this.titleOf(bundle)
    report.checked.push(`the target ${located.folder.shown} exists${team ? ` in ${team.shown}` : ''}`)
    const hits = collisions(located.folder.item, title)
    if (hits.length === 0) report.checked.push(`no item in ${located.folder.shown} has the title "${title}"`)
    for (const hit of hits) {
      finding(
        'warning',
        'leapwork.collision',
        isFolder(hit)
          ? `title collision: ${located.folder.shown} already has a folder titled "${title}" (id ${hit.id}); the Controller is likely to refuse the import (HTTP 409)`
          : `title collision: ${located.folder.shown} already has ${hit.type || 'an item'} "${title}" (id ${hit.id}); ${collisionOutcome(this.settings)}`,
      )
    }
    return report
  }

  private packageOf(bundle: Bundle): string {
    const file = fileOf(bundle, PACKAGE_ROLE)
    if (!file) throw new BundleError(`${bundle.location}: a Leapwork import needs the package (role ${PACKAGE_ROLE}, a .zip)`)
    return file
  }

  /** The title the package's item has: the bundle's name (the exported item's title), or `workflow-name`. */
  private titleOf(bundle: Bundle): string {
    return this.settings.workflowName ?? bundle.manifest.name
  }

  /**
   * The asset hierarchy, read once per client: an import with backup, or a glob of bundles, would
   * otherwise fetch the whole tree several times. `fresh` after a change (an import, new folders).
   */
  private hierarchy(fresh = false): Promise<HierarchyItem[]> {
    if (fresh || !this.tree) {
      this.tree = this.readHierarchy()
      this.tree.catch(() => (this.tree = undefined))
    }
    return this.tree
  }

  /** The team's hierarchy for a team import, else the whole one. */
  private async readHierarchy(): Promise<HierarchyItem[]> {
    if (!this.team) return this.readWholeHierarchy()
    return readTeamHierarchy(this.http, this.context.log, await this.team.team(), () => this.readWholeHierarchy())
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
        const missingRoute = error instanceof HttpError && (error.httpStatus === 404 || error.httpStatus === 405)
        if (version === 'v3' || this.hierarchyVersion || !missingRoute) throw error
        this.context.log.debug(`${what}: HTTP ${error.httpStatus} on /api/v4/hierarchy; trying the documented v3 path`)
      }
    }
    throw new ReplyError(`${what}: no reply`)
  }

  /** Where `target-folder` is in the tree; throws InputError when it names no folder unambiguously. */
  private async locate(roots: HierarchyItem[]): Promise<{ folder?: Folder; path: PathResolution }> {
    const target = parseTargetFolder(this.settings.own.targetFolder!)
    if (target.kind === 'id') {
      // A team's folders may be in no hierarchy this client can read: the id goes to Import To Team as given.
      const item = findById(roots, target.id) ?? (await this.itemById(target.id)) ?? (this.team ? unlisted(target.id, this.context.log) : undefined)
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
  private async itemById(id: string): Promise<HierarchyItem | undefined> {
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
  private async ensureFolder(): Promise<Folder> {
    const located = await this.locate(await this.hierarchy())
    if (located.folder) return located.folder
    const { existing, missing, deepest } = located.path
    const under = existing.length ? `under '${existing.join('/')}'` : 'at the top level'
    if (!this.settings.own.createFolders) {
      throw new InputError(
        Input.TargetFolder,
        `'${this.settings.own.targetFolder}' does not exist: there is no folder '${missing[0]}' ${under}. ` +
          `Set create-folders: true to create the missing folder(s), or name an existing folder`,
      )
    }
    const what = `create the folder(s) '${missing.join('/')}' ${under}`
    let createdId: string | undefined
    try {
      createdId = await this.http.json(
        {
          method: 'PUT',
          path: createFolderPath(deepest?.id, missing, (await this.scope()).teamId),
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
          this.context.log.info(`${what}: the Controller answered 409, and the folder exists now (created at the same moment elsewhere)`)
          return meanwhile.folder
        }
        throw new HttpError(error.httpStatus, error.method, error.path, `the Controller refused to ${what}: a folder with that title exists there, or folders cannot be created there (${error.detail})`, error.code, error.requestId, {
          hint: 'Check target-folder against the folders in Studio: a folder of that title may exist where the path does not lead (a different type, or a title that differs only in case).',
        })
      }
      throw error
    }
    this.context.log.info(`${what}: done${createdId ? ` (the Controller names folder ${createdId})` : ''}`)
    // Which folder the reply's id names when several are created is not documented: look the path up again.
    const again = await this.locate(await this.hierarchy(true))
    if (again.folder) return again.folder
    if (createdId && missing.length === 1) {
      return { id: createdId, item: { id: createdId, title: missing[0]!, type: 'Folder', children: [] }, shown: `folder '${this.settings.own.targetFolder}' (id ${createdId})` }
    }
    throw new ReplyError(`${what}: the Controller answered success, but the folder is not in the asset hierarchy afterwards`, {
      hint: 'Check the folder in Studio; if it exists, give target-folder as its id (this access key may not see that branch of the hierarchy).',
    })
  }
}

/** What the Controller does with a colliding flow, as far as the inputs decide it. */
function collisionOutcome(settings: Settings<LeapworkSettings>): string {
  if (settings.own.team && settings.own.force) return 'force mode replaces it, locking it first if someone has it open in Studio (set backup: true to keep a copy)'
  return 'the Controller replaces it, or refuses with HTTP 409 if it cannot (someone has it open in Studio: force mode with a team takes it over; set backup: true to keep a copy)'
}

function unlisted(id: string, log: PlatformContext['log']): HierarchyItem {
  log.info(`folder ${id} is in no asset hierarchy this access key can read; it goes to Import To Team as given, and the Controller checks it`)
  return { id, title: id, type: 'Folder', children: [] }
}
