import { HttpError } from '../../core/errors.js'
import { requestIdOf, type ErrorDescriber } from '../../core/http/client.js'
import { input, setting } from '../../core/phrasing.js'
import { Input } from '../../input-names.js'
import { EXPORT_PATH_VARIABLE, isMissingRoute } from './endpoints.js'
import { errorText, type HierarchyItem } from './replies.js'
import { forceAdvice, type ImportScope } from './teams.js'

/** What each status means on any call; import and folder creation add their own reading of 404/409. */
const STATUS_MEANING: Record<number, { message: string; hint: string }> = {
  401: {
    message: 'the Controller refused the access key',
    hint: 'Check api-key: an API access key from Leapwork Studio (Settings → API Access Keys), sent as the AccessKey header.',
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

/** Any refusal: the status's meaning, with the Controller's own words beside it. */
export const describeError: ErrorDescriber = ({ status, headers, text }) => {
  const body = errorText(text)
  const known = STATUS_MEANING[status]
  const message = known ? (body ? `${known.message} (${body})` : known.message) : body || `HTTP ${status}`
  return { message, requestId: requestIdOf(headers), hint: known?.hint }
}

/**
 * What the Controller's refusals of an import or an export mean, by status. The Import pages list
 * the codes (409: a title collision that cannot be resolved; 404: target not found or not a
 * folder) but no error body (https://www.leapwork.com/product/documentation/rest-api/v4/import),
 * so the reading keys on the status and keeps the Controller's own words beside it.
 */
export function importFailure(error: unknown, folderShown: string, title: string, scope: ImportScope): unknown {
  if (!(error instanceof HttpError)) return error
  const team = scope.teamId ? ` in team ${scope.teamId}` : ''
  const readings: Record<number, { message: string; hint: string }> = {
    409: {
      message: `title collision: the package's "${title}" (or an item in it) has the title of an item in ${folderShown} that the Controller cannot replace`,
      hint: `Rename, move or delete that item in Studio (or close it if someone has it open), or import into another folder. ${forceAdvice(scope)} A dry run (${setting(Input.DryRun, 'true')}) reports collisions beforehand.`,
    },
    404: {
      message: `the target ${folderShown} was not found${team}, or is not a folder`,
      hint: scope.teamId
        ? `Check ${input(Input.TargetFolder)} and ${input(Input.Team)}: with a team, the target must be a folder of that team.`
        : `Check ${input(Input.TargetFolder)}: the folder may have been deleted or moved since it was looked up.`,
    },
    400: {
      message: 'the Controller refused the request as malformed',
      hint: 'Check that the bundle holds a package exported from Leapwork, unchanged.',
    },
  }
  const reading = readings[error.httpStatus]
  if (!reading) return error
  const detail = error.detail && !error.detail.startsWith('HTTP ') ? `${reading.message} (${error.detail})` : reading.message
  return error.withDetail(detail, reading.hint)
}

export function exportFailure(error: unknown, id: string, item: HierarchyItem | undefined, baseUrl: URL): unknown {
  if (!isMissingRoute(error)) return error
  const detail = item
    ? `the item exists in the asset hierarchy, so this Controller most likely serves export at another path (flowferry's default is unverified)`
    : `no item with id ${id}, or this Controller serves export at another path (flowferry's default is unverified)`
  return error.withDetail(
    detail,
    `Check ${input(Input.WorkflowId)}, and look up the export endpoint in the Controller's API explorer (${baseUrl.origin}/help/index); ` +
      `then set the environment variable ${EXPORT_PATH_VARIABLE}, e.g. "POST /api/v4/export/{timeoutMinutes}/{itemId}".`,
  )
}
