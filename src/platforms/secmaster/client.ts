import { stat } from 'node:fs/promises'
import path from 'node:path'
import { fileOf, shownPath, type Bundle } from '../../core/bundle.js'
import { BundleError, HttpError, ReplyError, type Finding } from '../../core/errors.js'
import { type ErrorDescriber, type HttpClient } from '../../core/http/client.js'
import { readWholeText } from '../../core/http/reply-body.js'
import { saveTo } from '../../core/http/download.js'
import { readJsonFile } from '../../core/json-file.js'
import { MalformedReplyError } from '../../core/http/errors.js'
import { JSON_PARSE_LIMIT } from '../../core/limits.js'
import { untrustedText } from '../../core/untrusted-text.js'
import type { Settings } from '../../settings.js'
import type { SecmasterSettings } from './facts.js'
import type { ExportOutcome, ImportOutcome, PlatformClient, PlatformContext, Preflight } from '../platform.js'
import { platformHttp } from '../http.js'
import { signIn, type SignIn } from './credentials.js'
import { describeWorkflow, WorkflowLookup } from './workflow-lookup.js'
import { MULTIPART_FRAMING, readExportName, SIGNED_BODY_LIMIT, WORKFLOW_FILE } from './bundle.js'
import {
  errorDetail,
  exportRefusal,
  nameInExport,
  parseImportReply,
  versionInExport,
  WORKSPACE_NOT_FOUND,
  type WorkflowInfo,
} from './replies.js'

/** Enough of an import reply to read its envelope or show its start. */
const IMPORT_REPLY_LIMIT = 64 * 1024

/**
 * The import's reply: the documented JSON envelope, or nothing (both complete answers), or — not
 * documented, but seen from gateways and older services — the bare word "success"/"ok", taken
 * like an empty 2xx. Anything else that is not JSON (a truncated envelope, a proxy's page) stays
 * an unreadable reply: the import may or may not have happened, and it is not sent again.
 */
function readImportReply(httpStatus: number, text: string, what: string): { status: string; requestId?: string } {
  if (text.trim() === '') return parseImportReply(undefined, what)
  const bare = /^\s*"?(success|succeeded|ok)"?\s*$/i.exec(text)
  if (bare) return { status: `HTTP ${httpStatus} "${bare[1]}" (a plain-text reply, not the documented envelope)` }
  try {
    return parseImportReply(JSON.parse(text), what)
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error
    throw new MalformedReplyError(`${what}: the reply is not valid JSON (HTTP ${httpStatus}, starts with "${untrustedText(text, 40)}")`)
  }
}

const describeError: ErrorDescriber = ({ status, headers, text }) => errorDetail(status, headers, text)

/** Huawei Cloud SecMaster workflows: multipart import, export by id, look-up of ids by name. */
export class SecmasterClient implements PlatformClient {
  private readonly http: HttpClient
  private readonly signIn: SignIn
  /**
   * `/v1/{project_id}/workspaces/{workspace_id}/soc/workflows`, the prefix of the import, export and
   * list paths (https://support.huaweicloud.com/intl/en-us/api-secmaster/ListWorkflows.html).
   */
  private readonly collection: string
  private readonly workflows: WorkflowLookup

  constructor(
    private readonly settings: Settings<SecmasterSettings>,
    private readonly context: PlatformContext,
  ) {
    this.signIn = signIn(settings, context)
    this.collection = `/v1/${encodeURIComponent(settings.own.projectId!)}/workspaces/${encodeURIComponent(settings.own.workspaceId!)}/soc/workflows`
    this.http = platformHttp(settings, context, { describeError, credentials: this.signIn.credentials })
    this.workflows = new WorkflowLookup(this.http, this.collection, settings.own.workspaceId, context.log)
  }

  /**
   * `POST …/import` with the file as multipart field `uploadFile`, its bytes as they are. Not
   * idempotent: a lost reply is reported, never answered by a second import. The reply names
   * no workflow, so the id is then looked up by name.
   */
  async importBundle(bundle: Bundle): Promise<ImportOutcome> {
    const file = fileOf(bundle, 'workflow')
    if (!file) throw new BundleError(`${bundle.location}: a SecMaster import needs ${WORKFLOW_FILE}`)
    const { size } = await stat(file)
    this.assertSignable(bundle, size)
    const name = await this.importedName(bundle)
    const what = `import ${bundle.location} into SecMaster workspace ${this.settings.own.workspaceId}`
    const reply = await this.http.request(
      {
        method: 'POST',
        path: `${this.collection}/import`,
        what,
        idempotent: false,
        body: { kind: 'multipart', parts: [{ name: 'uploadFile', file, filename: WORKFLOW_FILE, contentType: 'application/json', size }] },
      },
      async (answer) => readImportReply(answer.status, await readWholeText(answer.body, IMPORT_REPLY_LIMIT, what), what),
    )
    this.context.log.info(`${what}: SecMaster answered ${reply.status}${reply.requestId ? ` (request id ${reply.requestId})` : ''}`)
    const located = await this.workflows.locateImported(name, this.settings.workflowId)
    return { workflowId: located.id, workflowName: name, platformStatus: reply.status, notes: located.note ? [located.note] : undefined }
  }

  /**
   * `POST …/export` with `{"id": [id]}`; the reply is the file, stored byte for byte. The export
   * reads and changes nothing (its page documents no side effect, and it is a POST only to carry the
   * id list: https://support.huaweicloud.com/intl/en-us/api-secmaster/ExportAopworkflow.html), so
   * flowferry treats it as safe to repeat after a lost or broken reply.
   */
  async exportWorkflow(staging: string): Promise<ExportOutcome> {
    const id = this.settings.workflowId ?? (await this.workflows.resolveName(this.settings.workflowName!)).id
    const file = path.join(staging, WORKFLOW_FILE)
    const what = `export workflow ${id}`
    const { document, digest } = await this.http.request(
      {
        method: 'POST',
        path: `${this.collection}/export`,
        what,
        idempotent: true,
        download: true,
        body: { kind: 'bytes', data: Buffer.from(JSON.stringify({ id: [id] })), contentType: 'application/json;charset=UTF-8' },
      },
      async (reply) => {
        const saved = await saveTo(file)(reply)
        return { document: await checkExportFile(file, saved.bytes, what), digest: { bytes: saved.bytes, sha256: saved.sha256 } }
      },
    )
    const name = this.settings.workflowName ?? nameInExport(document) ?? (await this.workflows.nameOf(id)) ?? id
    const version = versionInExport(document)
    this.context.log.info(`${what}: received ${WORKFLOW_FILE} for "${name}"${version ? ` (version ${version})` : ''}`)
    return { exported: { name, workflowId: id, version, files: [{ path: WORKFLOW_FILE, role: 'workflow', digest }] }, workflowId: id, version }
  }

  /**
   * Dry run: the list call proves the credentials, project and workspace; the name (from
   * `workflow-name` or the file) says whether the import creates a workflow or meets one.
   */
  async preflight(bundle: Bundle): Promise<Preflight> {
    const manifest = shownPath(bundle, 'flowferry.json')
    // The bundle's own checks (parse, the 12 MB signed-body limit) have run already.
    const report: Preflight = { checked: [], unchecked: [], findings: [] }
    const finding = (severity: Finding['severity'], rule: string, message: string) => report.findings.push({ file: manifest, severity, rule, message })
    const name = await this.importedName(bundle)
    let matches: WorkflowInfo[]
    try {
      matches = await this.workflows.findByName(name)
    } catch (error) {
      if (!(error instanceof HttpError)) throw error
      // Only refusals of the identity: a throttle or a wrong base-url (APIG.0101) keeps its own message.
      const refused = error.httpStatus === 401 || error.httpStatus === 403
      const workspace = error.code === WORKSPACE_NOT_FOUND
      if (!refused && !workspace) throw error
      finding(
        'error',
        workspace ? 'secmaster.workspace' : 'secmaster.credentials',
        workspace
          ? `SecMaster does not know workspace ${this.settings.own.workspaceId} in project ${this.settings.own.projectId} (${error.code}); check workspace-id and project-id`
          : `SecMaster refused the credentials (HTTP ${error.httpStatus}${error.code ? `, ${error.code}` : ''}: ${error.detail}); check ${this.signIn.check}`,
      )
      return report
    }
    report.checked.push('SecMaster accepts the credentials, project and workspace')
    const ids = matches.map(describeWorkflow).join(', ')
    const expected = this.settings.workflowId
    if (expected) {
      if (matches.some((w) => w.id === expected)) report.checked.push(`workflow ${expected} exists and is named "${name}", as expected`)
      else finding('error', 'secmaster.target', `workflow-id ${expected} is not a workflow named "${name}" in this workspace (${matches.length ? `named so: ${ids}` : 'no workflow has that name'})`)
    } else if (matches.length === 0) {
      report.checked.push(`the name "${name}" is free: the import creates a new workflow`)
    } else if (matches.length === 1) {
      report.checked.push(`a workflow named "${name}" exists (${ids})`)
      report.unchecked.push(`whether the import updates workflow ${matches[0]!.id} or is refused: SecMaster's documentation does not say what an import of a name that exists does`)
    } else {
      finding('warning', 'secmaster.target', `${matches.length} workflows are named "${name}" (${ids}); after the import flowferry cannot tell which is the imported one unless workflow-id names it`)
    }
    return report
  }

  /** The workflow of the same name that an import may overwrite, for `backup`. */
  async replaces(bundle: Bundle): Promise<string | undefined> {
    if (this.settings.workflowId) return this.settings.workflowId
    const matches = await this.workflows.findByName(await this.importedName(bundle))
    return matches.length === 1 ? matches[0]!.id : undefined
  }

  /**
   * The name SecMaster gives the imported workflow: the one inside the file, which is sent
   * unchanged. `workflow-name` only stands in when the file records none; a different one would
   * look up (and back up) some other workflow, so it is warned about and not used.
   */
  private async importedName(bundle: Bundle): Promise<string> {
    const file = fileOf(bundle, 'workflow')
    const inFile = file ? await readExportName(file) : undefined
    const given = this.settings.workflowName
    if (inFile && given && given !== inFile) {
      this.context.log.warning(`workflow-name "${given}" differs from the name in ${WORKFLOW_FILE}, "${inFile}": SecMaster names the imported workflow "${inFile}", so flowferry looks that one up`)
    }
    return inFile ?? given ?? bundle.manifest.name
  }

  private assertSignable(bundle: Bundle, size: number): void {
    if (!this.signIn.signed || size + MULTIPART_FRAMING <= SIGNED_BODY_LIMIT) return
    throw BundleError.at(
      { file: shownPath(bundle, WORKFLOW_FILE), line: 1, col: 1 },
      'secmaster.size',
      `${WORKFLOW_FILE} is ${size} bytes; API Gateway takes AK/SK-signed bodies of at most 12 MB, so nothing was sent`,
      'Import this workflow with token (an IAM token) instead of access-key-id/secret-access-key.',
    )
  }
}

/**
 * The export's reply must be the file: not empty, and JSON where it is small enough to parse. A
 * reply that breaks off or is garbled is a passing fault (the export is retried); an error
 * envelope with HTTP 200 is SecMaster's answer.
 */
async function checkExportFile(file: string, bytes: number, what: string): Promise<unknown> {
  if (bytes === 0) throw new MalformedReplyError(`${what}: SecMaster returned an empty file`)
  if (bytes > JSON_PARSE_LIMIT) return undefined
  const parsed = await readJsonFile(file)
  if (!parsed) throw new MalformedReplyError(`${what}: the exported file is not valid JSON (${bytes} bytes)`)
  const document = parsed.value
  const refusal = exportRefusal(document)
  if (refusal) throw new ReplyError(`${what}: SecMaster answered with an error instead of the file: ${refusal}`)
  return document
}
