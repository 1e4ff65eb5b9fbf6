import { rm } from 'node:fs/promises'
import path from 'node:path'
import { fileOf, packedOf, shownPath, type Bundle } from '../../core/bundle.js'
import { BundleError, HttpError, ReplyError } from '../../core/errors.js'
import { json } from '../../core/http/body.js'
import { discard, genericErrorDetail, headerCredentials, type ErrorDescriber, type HttpClient } from '../../core/http/client.js'
import { saveTo } from '../../core/http/download.js'
import type { JobState } from '../../core/wait.js'
import { isZipFile } from '../../core/zip.js'
import { input, phrase } from '../../core/phrasing.js'
import { Input } from '../../input-names.js'
import type { Settings } from '../../settings.js'
import type { KoreaiSettings } from './facts.js'
import type { ExportedFiles, ExportOutcome, ImportOutcome, PlatformClient, PlatformContext, Preflight, StagedImport } from '../platform.js'
import { platformHttp } from '../http.js'
import { nameFromDefinitions, unpackPackage } from './bundle.js'
import { errorText, parseJob } from './replies.js'
import { uploadFile } from './upload.js'

const describeError: ErrorDescriber = ({ headers, text }) => {
  const known = errorText(text)
  return known ? { ...known, requestId: genericErrorDetail(headers, text).requestId } : genericErrorDetail(headers, text)
}

/** Kore.ai AI for Process public API: file upload, import, export, dock status. */
export class KoreaiClient implements PlatformClient {
  private readonly http: HttpClient

  constructor(
    private readonly settings: Settings<KoreaiSettings>,
    private readonly context: PlatformContext,
  ) {
    const apiKey = settings.own.apiKey!
    this.http = platformHttp(settings, context, { describeError, credentials: headerCredentials('x-api-key', apiKey) })
  }

  async importBundle(bundle: Bundle): Promise<ImportOutcome> {
    return (await this.stageImport(bundle)).start()
  }

  /**
   * The uploads, apart from the import that names them: an uploaded file is not a workflow until an
   * import names its fileId (https://docs.kore.ai/ai-for-process/apis/apis-list/upload-file-api),
   * so a batch sends the next bundle's files while the job before it runs.
   */
  async stageImport(bundle: Bundle): Promise<StagedImport> {
    const flow = fileOf(bundle, 'flowData')
    const app = fileOf(bundle, 'workflowData')
    const env = fileOf(bundle, 'envVariables')
    const existing = this.settings.workflowId
    if (!flow || !app) throw new BundleError(`${bundle.location}: a Kore.ai import needs flow_definition.json and app_definition.json`)
    if (existing && !env) {
      throw new BundleError(`${bundle.location}: importing into workflow ${existing} needs env_variables.json, which the bundle lacks`)
    }
    const name = this.settings.workflowName ?? bundle.manifest.name

    const files = [
      { file: flow, role: 'flowData' },
      { file: app, role: 'workflowData' },
      ...(env ? [{ file: env, role: 'envVariables' }] : []),
    ]
    // The files are independent uploads (each gets its own fileId, and the import names all
    // three), so they go at once: a bundle's import no longer waits for three round trips one
    // after another (https://docs.kore.ai/ai-for-process/apis/apis-list/upload-file-api). All are
    // let finish before a failure is thrown, so that none still reads a file the step cleans up;
    // and only then are their replies checked (upload.ts, Uploaded), in the files' order: the
    // first failure in that order is the one thrown, as when each was checked on arrival.
    const uploads = await Promise.allSettled(files.map(({ file, role }) => uploadFile(this.http, file, packedOf(bundle, role))))
    const checked = await Promise.allSettled(uploads.map((outcome) => (outcome.status === 'fulfilled' ? outcome.value.fileId() : Promise.reject(outcome.reason))))
    const ids = checked.map((outcome, i) => {
      if (outcome.status === 'rejected') return undefined
      const { file, role } = files[i]!
      this.context.log.info(`uploaded ${path.basename(file)}${packedOf(bundle, role) ? ' straight from the package' : ''} as file ${outcome.value}`)
      return outcome.value
    })
    const failed = checked.find((outcome) => outcome.status === 'rejected')
    if (failed) throw failed.reason
    const [flowDataFileId, workflowDataFileId, envVariablesFileId] = ids
    return { start: () => this.startImport(name, { flowDataFileId: flowDataFileId!, workflowDataFileId: workflowDataFileId!, envVariablesFileId }) }
  }

  private async startImport(name: string, ids: { flowDataFileId: string; workflowDataFileId: string; envVariablesFileId?: string }): Promise<ImportOutcome> {
    const existing = this.settings.workflowId
    const what = existing ? `import into workflow ${existing}` : `import as new workflow "${name}"`
    const job = await this.http
      .json(
        {
          method: 'POST',
          path: existing ? `/api/public/workflows/${encodeURIComponent(existing)}/import` : '/api/public/workflows/import',
          what,
          body: json(existing ? ids : { ...ids, workflowName: name }),
        },
        (reply) => parseJob(reply, what),
      )
      .catch((error: unknown) => {
        // A new workflow's name must be free in the account; the two ways out are both inputs.
        if (!existing && error instanceof HttpError && error.httpStatus < 500 && /already exists|duplicate|name.*(taken|in use)/i.test(error.detail)) {
          throw error.withHint(`Set ${input(Input.WorkflowName)} to a name not used in this account, or ${input(Input.WorkflowId)} to import into the existing workflow.`)
        }
        if (existing && error instanceof HttpError && refusesVersion(error)) throw error.withHint(deployedParentHint(existing))
        throw error
      })
    this.context.log.info(`${what}: Kore.ai answered ${job.platformStatus}${job.id ? ` (dock status ${job.id})` : ''}`)
    return { workflowId: job.workflowId ?? existing, workflowName: name, job: this.withVersionHint(job), platformStatus: job.platformStatus }
  }

  /**
   * A failed import into an existing workflow gets the precondition Kore.ai documents for it.
   * Dock status records carry no failure reason (Get Dock Status documents only the status), so
   * the documented precondition is the most useful thing to say.
   */
  private withVersionHint(job: JobState): JobState {
    const existing = this.settings.workflowId
    const importing = this.settings.operation === 'import' && (job.action === undefined || /import/i.test(job.action))
    if (job.state !== 'failed' || !existing || !importing) return job
    return { ...job, hint: deployedParentHint(existing) }
  }

  /**
   * The documentation gives the export path twice: `/workflows/{id}/export` in the sample and
   * `/workflow/{id}/export` in the table. The plural (the form every other endpoint uses) is
   * tried first; a 404 there falls back to the singular before concluding the workflow is unknown.
   *
   * The page lists `Content-Type: application/json` for this POST and its sample sends that header
   * with no body (https://docs.kore.ai/ai-for-process/apis/apis-list/export-a-workflow). A gateway
   * that checks the content type refuses the POST without it; some JSON body parsers (Fastify's,
   * for one) refuse that content type on an empty body. An empty object satisfies both readings and
   * names no parameter the page does not.
   */
  async exportWorkflow(): Promise<ExportOutcome> {
    const id = this.settings.workflowId!
    const what = `start the export of workflow ${id}`
    let job: JobState | undefined
    for (const collection of ['workflows', 'workflow']) {
      try {
        job = await this.http.json(
          {
            method: 'POST',
            path: `/api/public/${collection}/${encodeURIComponent(id)}/export`,
            query: { flowId: this.settings.own.flowId },
            body: json({}),
            what,
            harmlessIfRepeated: `An export changes nothing in the workflow, so ${phrase('rerunning')} is safe.`,
          },
          (reply) => parseJob(reply, what),
        )
        break
      } catch (error) {
        if (!(error instanceof HttpError && error.httpStatus === 404 && collection === 'workflows')) throw this.flowIdHint(error)
        this.context.log.debug(`${what}: 404 on /api/public/workflows/…, trying the singular /api/public/workflow/… path`)
      }
    }
    if (!job) throw new ReplyError(`${what}: no reply`)
    this.context.log.info(`${what}: Kore.ai answered ${job.platformStatus}${job.id ? ` (dock status ${job.id})` : ''}`)
    return { job, workflowId: job.workflowId ?? id, downloadUrl: job.downloadUrl, platformStatus: job.platformStatus }
  }

  /**
   * The documentation marks `flowId` as required for an export, while flowferry lets tenants that
   * do without it leave `flow-id` empty. When the export is then refused as a bad request or an
   * unknown resource, the missing input is the likely cause, so the error says so by name.
   */
  private flowIdHint(error: unknown): unknown {
    if (this.settings.own.flowId || !(error instanceof HttpError) || ![400, 404, 422].includes(error.httpStatus)) return error
    return error.withHint(
      'Kore.ai documents flowId (the callflow id of the deployed workflow) as required for an export: set the flow-id input. ' +
        'Both ids show in the browser\'s network tab when you export the workflow once in the Kore.ai UI.',
    )
  }

  /**
   * Dry run. Kore.ai documents no API that reads a workflow or lists them, so the credentials are
   * all that can be checked beforehand: a dock-status lookup of an id that cannot exist answers
   * 404 to a good key and 401/403 to a bad one. Whether the name is free, or the workflow exists,
   * is said as not checked: the import is the first to know.
   */
  async preflight(bundle: Bundle): Promise<Preflight> {
    const file = shownPath(bundle, 'flowferry.json')
    const report: Preflight = { checked: [], unchecked: [], findings: [] }
    try {
      await this.http.request(
        { method: 'GET', path: '/api/public/dock-status/ds-flowferry-preflight', what: 'check the API key', accept: [400, 404] },
        discard,
      )
      report.checked.push('Kore.ai accepts the API key')
    } catch (error) {
      if (!(error instanceof HttpError) || (error.httpStatus !== 401 && error.httpStatus !== 403)) throw error
      report.findings.push({ file, severity: 'error', rule: 'koreai.credentials', message: `Kore.ai refused the API key (HTTP ${error.httpStatus}); check api-key and its scopes` })
    }
    report.unchecked.push(
      this.settings.workflowId
        ? `whether workflow ${this.settings.workflowId} exists and is deployed: Kore.ai has no API that reads a workflow`
        : `whether the name "${this.settings.workflowName ?? bundle.manifest.name}" is free: Kore.ai has no API that lists workflows, and refuses an import under a name that is taken`,
    )
    return report
  }

  async jobStatus(jobId: string): Promise<JobState> {
    const what = `read dock status ${jobId}`
    return this.http.json({ method: 'GET', path: `/api/public/dock-status/${encodeURIComponent(jobId)}`, what }, (reply) =>
      this.withVersionHint(parseJob(reply, what, jobId)),
    )
  }

  /**
   * Downloads the export package and unpacks it. The API key goes with the download only when
   * the link is on the `base-url` origin (HttpClient enforces this); the export page does not say
   * whether the link needs it (https://docs.kore.ai/ai-for-process/apis/apis-list/export-a-workflow).
   */
  async collectExport(job: JobState, staging: string): Promise<ExportedFiles> {
    const workflowId = job.workflowId ?? this.settings.workflowId!
    if (!job.downloadUrl) {
      throw new ReplyError(`export of workflow ${workflowId}: Kore.ai reported ${job.platformStatus} but gave no download URL`)
    }
    let url: URL
    try {
      url = new URL(job.downloadUrl, this.http.baseUrl)
    } catch {
      throw new ReplyError(`export of workflow ${workflowId}: the download URL Kore.ai gave is not a URL`)
    }
    const packageFile = path.join(staging, '.package.zip')
    const saved = await this.http.request({ method: 'GET', path: url.toString(), what: 'download the export package', download: true }, saveTo(packageFile, { hash: false }))
    this.context.log.info(`downloaded the export package (${saved.bytes} bytes)`)
    if (!(await isZipFile(packageFile))) {
      await rm(packageFile, { force: true })
      throw new ReplyError(
        `export of workflow ${workflowId}: the download is not a zip package (content type ${saved.contentType ?? 'unknown'})`,
      )
    }
    const files = await unpackPackage(packageFile, staging)
    await rm(packageFile, { force: true })
    const name =
      this.settings.workflowName ??
      ((await nameFromDefinitions(staging)) || saved.filename?.replace(/\.zip$/i, '')) ??
      workflowId
    return { name: name || workflowId, workflowId, files }
  }
}

/**
 * Importing a workflow as a version needs the parent workflow deployed in the account (Kore.ai's
 * import guide: https://docs.kore.ai/ai-for-process/workflows/import-export-workflows). The import
 * API page says nothing of it, and neither page documents how the refusal looks.
 */
function deployedParentHint(workflowId: string): string {
  return (
    `Kore.ai imports a workflow as a version only when the parent workflow is deployed: deploy workflow ${workflowId} ` +
    `(in the Kore.ai UI, or POST /api/public/workflows/{workflowId}/deploy), then ${phrase('rerun')}. ` +
    `To create a separate workflow instead, leave ${input(Input.WorkflowId)} empty and set ${input(Input.WorkflowName)}.`
  )
}

/** An HTTP refusal of an import as a version that the undeployed-parent precondition may explain. */
function refusesVersion(error: HttpError): boolean {
  return /deploy/i.test(error.detail) || [409, 412, 422].includes(error.httpStatus)
}
