import { HttpError, InputError, ReplyError } from '../../core/errors.js'
import { readJson, type HttpClient } from '../../core/http/client.js'
import type { Logger } from '../../core/log.js'
import { Input } from '../../input-names.js'
import { mentionsVersionConflict, parseVersions } from './replies.js'

/**
 * Zuora workflow version numbers ("0.0.1", "1.2", "3"): dotted non-negative integers, compared
 * part by part with missing parts as zero. Versions "must be unique and greater than the current
 * highest", so this ordering decides what an import may create
 * (https://docs.zuora.com/en/zuora-platform/extensibility/workflow/create-and-manage-workflow-definitions/advanced-tutorials/manage-workflow-versions).
 */
const VERSION = /^\d+(\.\d+)*$/

export function isVersion(text: string): boolean {
  return VERSION.test(text)
}

export function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number)
  const right = b.split('.').map(Number)
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0)
    if (difference !== 0) return Math.sign(difference)
  }
  return 0
}

/** The highest of the versions that parse as version numbers; undefined when there are none. */
export function highestVersion(versions: readonly string[]): string | undefined {
  return versions.filter(isVersion).reduce<string | undefined>((best, v) => (best === undefined || compareVersions(v, best) > 0 ? v : best), undefined)
}

/** The next patch version after `version` ("0.0.9" → "0.0.10"); "0.0.1" when there is none. */
export function nextVersion(version: string | undefined): string {
  if (version === undefined || !isVersion(version)) return '0.0.1'
  const parts = version.split('.').map(Number)
  while (parts.length < 3) parts.push(0)
  parts[parts.length - 1]! += 1
  return parts.join('.')
}

/**
 * The versions of a workflow as Zuora lists them, and the version a version import creates from
 * them and `version` (https://developer.zuora.com/v1-api-reference/api/operation/GET_WorkflowVersions/).
 */
export class WorkflowVersions {
  constructor(
    private readonly http: HttpClient,
    private readonly log: Logger,
    /** `version`, as given. */
    private readonly wanted: string | undefined,
  ) {}

  /**
   * The workflow's version numbers; undefined when Zuora would not list them although the
   * workflow exists (the import then leaves the check to Zuora). A 404 for the workflow itself
   * is thrown.
   */
  async existing(id: string): Promise<string[] | undefined> {
    try {
      return await this.list(id)
    } catch (error) {
      if (error instanceof ReplyError) {
        // A list flowferry cannot read is a list Zuora did not give: Zuora still checks the version on import.
        this.log.warning(`${error.message}; Zuora checks the version itself on import`)
        return undefined
      }
      if (!(error instanceof HttpError) || error.httpStatus === 401 || error.httpStatus === 403) throw error
      // Is it the workflow that is missing, or only the list? The definition answers that.
      await this.http.request({ method: 'GET', path: `/workflows/${encodeURIComponent(id)}`, what: `read workflow ${id}` }, (reply) => readJson(reply, `read workflow ${id}`))
      this.log.warning(`Zuora did not list the versions of workflow ${id} (HTTP ${error.httpStatus}: ${error.detail}); it checks the version itself on import`)
      return undefined
    }
  }

  private async list(id: string): Promise<string[]> {
    const what = `list the versions of workflow ${id}`
    return this.http.json({ method: 'GET', path: `/workflows/${encodeURIComponent(id)}/versions`, what }, (value) => parseVersions(value, what))
  }

  /** `version` as given, checked; for a new definition it may be empty (Zuora takes the document's). */
  requested(): string | undefined {
    const version = this.wanted
    if (version !== undefined && !isVersion(version)) throw new InputError(Input.Version, `'${version}' is not a version number`, '0.0.2')
    return version
  }

  /** The version a version import creates: `version`, which must be greater than every existing one, or the next patch. */
  async toCreate(id: string): Promise<string> {
    const wanted = this.requested()
    const versions = await this.existing(id)
    if (!versions) {
      if (wanted !== undefined) return wanted
      throw new InputError(Input.Version, `Zuora did not list the versions of workflow ${id}, so flowferry cannot choose the next one`, '0.0.2')
    }
    const highest = highestVersion(versions)
    if (wanted === undefined) {
      const next = nextVersion(highest)
      this.log.info(`no version given: importing as ${next}, the next after ${highest ?? 'none'}`)
      return next
    }
    if (highest !== undefined && compareVersions(wanted, highest) <= 0) {
      throw new InputError(Input.Version, versionConflict(wanted, id, highest), nextVersion(highest))
    }
    return wanted
  }

  /** Zuora's own refusal of a version (its wording is not documented), restated with the highest version. */
  async explainConflict(error: unknown, id: string | undefined, version: string | undefined): Promise<unknown> {
    // 200 too: a refusal may come as {success:false, reasons} with HTTP 200
    // (https://developer.zuora.com/docs/guides/error-codes/).
    if (!(error instanceof HttpError) || ![200, 400, 409, 422].includes(error.httpStatus) || !version || !/version/i.test(error.detail)) return error
    const highest = id ? highestVersion(await this.list(id).catch(() => [])) : undefined
    const conflict = mentionsVersionConflict(error.detail) || (highest !== undefined && compareVersions(version, highest) <= 0)
    // Zuora's wording is not documented: a refusal that names the version but not why is restated only with what is known.
    const message = conflict
      ? `${versionConflict(version, id, highest)}. Zuora said: ${error.detail}`
      : `Zuora refused version ${version}${highest ? ` (the highest existing version${id ? ` of workflow ${id}` : ''} is ${highest})` : ''}: ${error.detail}`
    const hint = highest
      ? `Set version to one greater than ${highest}, e.g. version: ${nextVersion(highest)}.`
      : `Set version to one greater than every existing version${id ? ` of workflow ${id}` : ''} (Zuora's workflow page lists them).`
    return error.withDetail(message, hint)
  }
}

/** Why `version` cannot be imported, for the input error, the dry run and Zuora's own refusal. */
export function versionConflict(version: string, id: string | undefined, highest: string | undefined): string {
  return `version ${version} is not greater than the existing versions${id ? ` of workflow ${id}` : ''}${highest ? ` (highest: ${highest})` : ''}; Zuora only accepts a version greater than all of them`
}
