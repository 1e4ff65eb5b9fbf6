import { randomBytes, randomUUID } from '../../core/crypto.js'
import { stat } from 'node:fs/promises'
import type { IncomingHttpHeaders } from 'node:http'
import path from 'node:path'
import { fileOf, shownPath, type Bundle } from '../../core/bundle.js'
import { systemClock } from '../../core/clock.js'
import { BundleError, HttpError, InputError } from '../../core/errors.js'
import type { RequestBody } from '../../core/http/body.js'
import { genericErrorDetail, hintForStatus, readJson, type ErrorDescriber, type HttpClient, type HttpReply } from '../../core/http/client.js'
import { saveTo } from '../../core/http/download.js'
import { MalformedReplyError } from '../../core/http/errors.js'
import { readJsonFile, readLeadingFields, withoutBom } from '../../core/json-file.js'
import { IN_MEMORY_DOCUMENT_LIMIT, JSON_PARSE_LIMIT } from '../../core/limits.js'
import { readPlainFile } from '../../core/plain-file.js'
import { phrase } from '../../core/phrasing.js'
import { Input } from '../../input-names.js'
import type { Settings } from '../../settings.js'
import { WORKFLOW_FILE, ZUORA_REQUEST_ID, type ZuoraSettings } from './facts.js'
import type { ExportOutcome, ImportOutcome, PlatformClient, PlatformContext, Preflight } from '../platform.js'
import { platformHttp } from '../http.js'
import { ZuoraCredentials } from './auth.js'
import { documentFacts, errorText, isErrorBody, mentionsVersionConflict, parseImport } from './replies.js'
import { compareVersions, highestVersion, isVersion, nextVersion, versionConflict, WorkflowVersions } from './versions.js'

/**
 * Zuora answers a request within 120 s (https://developer.zuora.com/docs/guides/requests-and-responses/);
 * an import still in progress after that will not be answered under its key.
 */
const IN_FLIGHT_LIMIT_MS = 130_000
const IN_FLIGHT_PAUSE_MS = 5_000
/**
 * How a 409 says "the request with this key is still running"
 * (https://developer.zuora.com/docs/guides/idempotent-requests/), as opposed to a replayed refusal.
 */
const IN_PROGRESS = /in progress|processing|being processed|in flight|concurrent|idempotency/i

/** Zuora gzips replies over 1,000 bytes when asked, and so do we our bodies (https://developer.zuora.com/docs/guides/request-and-response-compression/). */
const GZIP_ABOVE = 1000

/** Zuora Workflow: OAuth, import as a definition or a version, export of a version. */
export class ZuoraClient implements PlatformClient {
  private readonly http: HttpClient
  private readonly credentials: ZuoraCredentials
  private readonly versions: WorkflowVersions
  /** Sent on every request (Zuora-Track-Id) and logged, so Zuora support can find this run's calls. */
  readonly trackId = `flowferry-${randomBytes(8).toString('hex')}`

  constructor(
    private readonly settings: Settings<ZuoraSettings>,
    private readonly context: PlatformContext,
  ) {
    const trackId = this.trackId
    const describeError: ErrorDescriber = ({ status, headers, text }) => {
      const known = errorText(text)
      const generic = genericErrorDetail(headers, text)
      const requestId = zuoraRequestId(headers) ?? known?.requestId ?? generic.requestId
      // 409 on a keyed POST: a result body is the first attempt's result replayed (the reading of
      // https://developer.zuora.com/docs/guides/error-handling/), an error body means the first
      // attempt is still running — "not now", like 429.
      if (status === 409 && isResultBody(text)) return { message: text, code: REPLAYED, requestId }
      const message = known?.message ?? generic.message
      return {
        message,
        code: known?.code,
        requestId,
        // A 409 that refuses the version is an answer, not a wait.
        throttled: status === 409 && !mentionsVersionConflict(message),
        hint: `${hintForStatus(status) ?? ''} Zuora-Track-Id ${trackId} finds this run's calls at Zuora support.`.trim(),
      }
    }
    const common = { describeError, requestIdHeader: ZUORA_REQUEST_ID, headers: { 'zuora-track-id': trackId, accept: 'application/json' } }
    this.credentials = new ZuoraCredentials(settings.own, platformHttp(settings, context, common), context.clock ?? systemClock, context.log)
    // A ready token cannot be refreshed: without `refresh`, a 401 is reported with Zuora's own words.
    const credentials = this.credentials.canRefresh ? this.credentials : { authorize: this.credentials.authorize.bind(this.credentials) }
    this.http = platformHttp(settings, context, { ...common, credentials, gzipRequestsAbove: GZIP_ABOVE })
    this.versions = new WorkflowVersions(this.http, context.log, settings.own.version)
    context.log.info(`Zuora-Track-Id: ${trackId} (give it to Zuora support with the Zuora-Request-Id of a failing call)`)
  }

  async importBundle(bundle: Bundle): Promise<ImportOutcome> {
    const file = fileOf(bundle, 'workflow')
    if (!file) throw new BundleError(`${bundle.location}: a Zuora import needs ${WORKFLOW_FILE} (role workflow)`)
    const { body, document } = await importBody(bundle, file)
    const facts = documentFacts(document)
    const existing = this.settings.workflowId
    const version = existing ? await this.versions.toCreate(existing) : this.versions.requested()
    const what = existing ? `import version ${version} into workflow ${existing}` : `import "${facts.name ?? bundle.manifest.name}" as a new workflow`

    let requestId: string | undefined
    // One key for every attempt of this import: Zuora answers a repeat with the first result.
    const key = randomUUID()
    const clock = this.context.clock ?? systemClock
    const started = clock.now()
    const send = () =>
      this.http.request(
        {
          method: 'POST',
          path: existing ? `/workflows/${encodeURIComponent(existing)}/versions/import` : '/workflows/import',
          query: { version, activate: this.settings.own.activate },
          headers: { 'idempotency-key': key },
          body,
          idempotent: true,
          what,
        },
        async (answer) => {
          requestId = zuoraRequestId(answer.headers)
          return parseImport(await readResult(answer, what), what)
        },
      )
    let reply: ReturnType<typeof parseImport>
    for (;;) {
      try {
        reply = await send()
        break
      } catch (error) {
        if (error instanceof HttpError && error.code === REPLAYED) {
          requestId = error.requestId
          this.context.log.info(`${what}: Zuora answered 409 with the first attempt's result`)
          reply = parseImport(JSON.parse(error.reply ?? error.detail), what)
          break
        }
        if (!(error instanceof HttpError && error.httpStatus === 409 && !mentionsVersionConflict(error.detail))) {
          throw await this.versions.explainConflict(error, existing, version)
        }
        if (!IN_PROGRESS.test(error.detail)) {
          // https://developer.zuora.com/docs/guides/error-handling/ says a repeat gets "the original
          // result back as a 409": then this is the first attempt's refusal; the other reading
          // (https://developer.zuora.com/docs/guides/idempotent-requests/) is that the first attempt
          // is still running.
          throw error.withHint(
            `Zuora answered every attempt of this import (one Idempotency-Key) with 409: either its refusal of the first attempt, replayed, or that attempt is still running. Look for the ${existing ? `new version of workflow ${existing}` : 'new workflow definition'} in Zuora before ${phrase('rerunning')}.`,
          )
        }
        // Zuora still works on the first attempt (409 for the key). It answers within its request
        // timeout (120 s, see IN_FLIGHT_LIMIT_MS), so the same key is asked again until then, not given up on.
        const waited = clock.now() - started
        const pause = Math.min(IN_FLIGHT_PAUSE_MS, this.context.deadline.remaining() - 1000)
        if (waited >= IN_FLIGHT_LIMIT_MS || pause <= 0) {
          throw error.withDetail(
            `Zuora was still processing the first attempt of this import after ${Math.round(waited / 1000)} s (${error.detail}); it may yet complete`,
            `Look for the ${existing ? `new version of workflow ${existing}` : 'new workflow definition'} in Zuora before ${phrase('rerunning')}: a new run sends a new Idempotency-Key, so Zuora would import it a second time.`,
          )
        }
        this.context.log.info(`${what}: Zuora is still processing the first attempt (HTTP 409); asking again with the same Idempotency-Key in ${Math.round(pause / 1000)} s`)
        await clock.sleep(pause, this.context.deadline.signal())
      }
    }

    // A version import's reply describes the definition: its top-level fields are not the new version's.
    const imported = existing ? version : (reply.version ?? version ?? facts.version)
    const active = existing && reply.activeVersion ? reply.activeVersion.version === imported : this.settings.own.activate
    const status = existing ? (active ? (reply.activeVersion?.status ?? 'Active') : 'Inactive') : (reply.status ?? (active ? 'Active' : 'Inactive'))
    const workflowId = existing ?? reply.definitionId
    this.context.log.info(`${what}: Zuora created version ${imported ?? '(unnamed)'} of workflow ${workflowId}, ${status}${requestId ? ` (Zuora-Request-Id ${requestId})` : ''}`)
    return { workflowId, workflowName: reply.name ?? facts.name, version: imported, platformStatus: status }
  }

  /**
   * `version` empty means the active version
   * (https://developer.zuora.com/v1-api-reference/api/operation/GET_WorkflowExport/). A workflow whose versions are all inactive
   * (a first import is inactive) has none; then the latest is exported, and the log says so.
   */
  async exportWorkflow(staging: string): Promise<ExportOutcome> {
    const id = this.settings.workflowId!
    const requested = this.settings.own.version
    if (requested !== undefined && requested !== 'latest' && !isVersion(requested)) {
      throw new InputError(Input.Version, `'${requested}' is neither a version number nor 'latest'; leave it empty for the active version`, '0.0.3')
    }
    const file = path.join(staging, WORKFLOW_FILE)
    let version = requested
    let document: unknown
    try {
      document = await this.download(id, version, file)
    } catch (error) {
      if (!(error instanceof HttpError && error.httpStatus === 404 && requested === undefined)) throw error
      this.context.log.info(`workflow ${id} has no active version (Zuora answered 404: ${error.detail}); exporting its latest version instead`)
      version = 'latest'
      document = await this.download(id, version, file).catch((second: unknown) => {
        throw second instanceof HttpError && second.httpStatus === 404 ? error : second
      })
    }
    const facts = documentFacts(document)
    const exported = facts.version ?? (version === 'latest' ? undefined : version)
    this.context.log.info(`exported version ${exported ?? version ?? '(active)'} of workflow ${id}`)
    return {
      exported: { name: facts.name ?? id, workflowId: id, version: exported, files: [{ path: WORKFLOW_FILE, role: 'workflow' }] },
      workflowId: id,
      version: exported,
      platformStatus: 'exported',
    }
  }

  /**
   * Dry run: a token is fetched (client credentials) or the given one is tried, and for a version
   * import the existing versions are read, so a version that is not greater fails here and not
   * half-way through a promotion. Nothing is changed.
   */
  async preflight(bundle: Bundle): Promise<Preflight> {
    const file = shownPath(bundle, 'flowferry.json')
    const report: Preflight = { checked: [], unchecked: [], findings: [] }
    const error = (rule: string, message: string) => report.findings.push({ file, severity: 'error', rule, message })
    const existing = this.settings.workflowId
    try {
      if (existing) {
        const versions = await this.versions.existing(existing)
        const highest = versions && highestVersion(versions)
        const wanted = this.settings.own.version
        if (wanted !== undefined && !isVersion(wanted)) error('zuora.version', `version '${wanted}' is not a version number such as ${nextVersion(highest)}`)
        else if (wanted !== undefined && highest !== undefined && compareVersions(wanted, highest) <= 0) error('zuora.version', versionConflict(wanted, existing, highest))
        else if (!versions && !wanted) error('zuora.version', `Zuora did not list the versions of workflow ${existing}; set version to the version to create`)
        else if (!versions) report.unchecked.push(`whether version ${wanted} is greater than the versions of workflow ${existing}: Zuora did not list them`)
        else report.checked.push(`the import would create version ${wanted ?? nextVersion(highest)} of workflow ${existing} (highest existing: ${highest ?? 'none'})${this.settings.own.activate ? ' and activate it' : ''}`)
      } else {
        this.versions.requested()
        await this.credentials.current()
        await this.http
          .request({ method: 'GET', path: '/workflows', query: { page: 1, page_length: 1 }, what: 'check the credentials by listing workflows' }, (reply) => readJson(reply, 'list workflows'))
          .catch((error: unknown) => {
            // Anything but a refusal of the token means the token got past authentication.
            if (!(error instanceof HttpError) || error.httpStatus === 401 || error.httpStatus === 403) throw error
            this.context.log.info(`listing workflows answered HTTP ${error.httpStatus}; the credentials were accepted`)
          })
        report.checked.push('the import would create a new workflow definition')
      }
      report.checked.unshift('Zuora accepts the credentials')
    } catch (caught) {
      if (!(caught instanceof HttpError)) throw caught
      if (caught.httpStatus === 401 || caught.httpStatus === 403 || caught.path === '/oauth/token') {
        error('zuora.credentials', `Zuora refused the credentials (HTTP ${caught.httpStatus}: ${caught.detail}); check ${this.credentials.canRefresh ? 'client-id, client-secret' : 'token'} and the OAuth client's Workflow permissions`)
      } else if (caught.httpStatus === 404 && existing) {
        error('zuora.target', `Zuora has no workflow ${existing} (HTTP 404); check workflow-id`)
      } else throw caught
    }
    return report
  }

  /** Saves the export into `file`; the document as parsed on the way, when it is small enough to parse. */
  private async download(id: string, version: string | undefined, file: string): Promise<unknown> {
    const what = `export ${version ? `version ${version}` : 'the active version'} of workflow ${id}`
    return this.http.request({ method: 'GET', path: `/workflows/${encodeURIComponent(id)}/export`, query: { version }, what, download: true }, async (reply) => {
      const saved = await saveTo(file)(reply)
      if (saved.bytes > JSON_PARSE_LIMIT) return undefined
      const parsed = await readJsonFile(file)
      if (!parsed) throw new MalformedReplyError(`${what}: the reply is not a JSON export document (${saved.bytes} bytes)`)
      const value = parsed.value
      if (isErrorBody(value) && (value as { success?: unknown }).success === false) throw unsuccessful(reply, value, 'GET')
      return value
    })
  }
}

/**
 * The import's body, the same bytes on every attempt (the Idempotency-Key promises the same
 * request), and the document as read for its name and version: parsed up to the parse limit; past
 * it, its leading fields only, and the verified file streamed (gzipped) for each attempt, not held.
 */
async function importBody(bundle: Bundle, file: string): Promise<{ body: RequestBody; document: unknown }> {
  const shown = shownPath(bundle, WORKFLOW_FILE)
  const { size } = await stat(file)
  if (size > IN_MEMORY_DOCUMENT_LIMIT) {
    throw new BundleError(`${shown}: ${size} bytes is more than flowferry sends in one Zuora import (${IN_MEMORY_DOCUMENT_LIMIT} bytes)`)
  }
  if (size > JSON_PARSE_LIMIT) {
    return { body: { kind: 'file', file, size, contentType: 'application/json' }, document: await readLeadingFields(file, shown) }
  }
  const data = await readPlainFile(file, { shown }, JSON_PARSE_LIMIT)
  return { body: { kind: 'bytes', data, contentType: 'application/json' }, document: JSON.parse(withoutBom(data.toString('utf8'))) }
}

/** Marks a 409 whose body is a result, for the import to take as its answer. */
const REPLAYED = 'replayed-result'

function isResultBody(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text)
    return value !== null && typeof value === 'object' && !Array.isArray(value) && !isErrorBody(value)
  } catch {
    return false
  }
}

/** The import's answer; a 200 may still carry the /v1 error shape `{success:false, reasons}`. */
async function readResult(reply: HttpReply, what: string): Promise<unknown> {
  const value = await readJson(reply, what)
  if (isErrorBody(value) && (value as { success?: unknown }).success === false) throw unsuccessful(reply, value, 'POST')
  return value
}

function unsuccessful(reply: HttpReply, value: unknown, method: string): HttpError {
  const known = errorText(JSON.stringify(value))
  return new HttpError(reply.status, method, reply.url.pathname, known?.message ?? 'success: false', known?.code, zuoraRequestId(reply.headers) ?? known?.requestId)
}

function zuoraRequestId(headers: IncomingHttpHeaders): string | undefined {
  const value = headers[ZUORA_REQUEST_ID]
  return Array.isArray(value) ? value[0] : value
}
