import { rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { fileOf, shownPath, type Bundle } from '../../core/bundle.js'
import { BundleError, HttpError, InputError, ReplyError, type Finding } from '../../core/errors.js'
import { headerCredentials, type HttpClient } from '../../core/http/client.js'
import { saveTo } from '../../core/http/download.js'
import { MalformedReplyError } from '../../core/http/errors.js'
import { isZipFile } from '../../core/zip.js'
import type { Settings } from '../../settings.js'
import type { ExportOutcome, ImportOutcome, PlatformClient, PlatformContext, Preflight } from '../platform.js'
import { platformHttp } from '../http.js'
import { PACKAGE_ROLE, packageFileName } from './bundle.js'
import { exportEndpoint, fillExportPath, importPath, JSON_ACCEPT, timeoutMinutes } from './endpoints.js'
import type { LeapworkSettings } from './facts.js'
import { describeError, exportFailure, importFailure } from './failures.js'
import { FolderService, type LocatedFolder } from './folder-service.js'
import { collisions, findById } from './folders.js'
import { isFolder, parseImportReply, type HierarchyItem } from './replies.js'
import { checkForce, TeamResolver, type ImportScope } from './teams.js'

/** Leapwork Controller REST API v4: zip import into a folder of the asset hierarchy, export of an item. */
export class LeapworkClient implements PlatformClient {
  private readonly http: HttpClient
  /** `team`, for imports: Import To Team, the team's own hierarchy and folder creation. */
  private readonly team: TeamResolver | undefined
  private readonly folders: FolderService

  constructor(
    private readonly settings: Settings<LeapworkSettings>,
    private readonly context: PlatformContext,
  ) {
    const accessKey = settings.own.apiKey!
    this.http = platformHttp(settings, context, { describeError, credentials: headerCredentials('AccessKey', accessKey) })
    checkForce(settings)
    if (settings.own.team && settings.operation === 'import') this.team = new TeamResolver(this.http, context.log, settings.own.team)
    this.folders = new FolderService(this.http, context.log, settings.own, this.team)
  }

  private async scope(): Promise<ImportScope> {
    return { teamId: (await this.team?.team())?.id, force: this.settings.own.force }
  }

  async importBundle(bundle: Bundle): Promise<ImportOutcome> {
    const file = this.packageOf(bundle)
    const title = this.titleOf(bundle)
    const folder = await this.folders.ensureFolder()
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
      const after = findById(await this.folders.hierarchy(true), folder.id) ?? (await this.folders.itemById(folder.id))
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
    const item = findById(await this.folders.hierarchy(), id)
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
          download: true,
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
      throw exportFailure(error, id, item, this.http.baseUrl)
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
    const located = await this.folders.locate(await this.folders.hierarchy())
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
      roots = await this.folders.hierarchy()
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
    let located: LocatedFolder
    try {
      located = await this.folders.locate(roots)
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
}

/** What the Controller does with a colliding flow, as far as the inputs decide it. */
function collisionOutcome(settings: Settings<LeapworkSettings>): string {
  if (settings.own.team && settings.own.force) return 'force mode replaces it, locking it first if someone has it open in Studio (set backup: true to keep a copy)'
  return 'the Controller replaces it, or refuses with HTTP 409 if it cannot (someone has it open in Studio: force mode with a team takes it over; set backup: true to keep a copy)'
}

