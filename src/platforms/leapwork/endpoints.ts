import { FlowferryError, HttpError } from '../../core/errors.js'
import type { HttpMethod } from '../../core/http/client.js'

/**
 * The export endpoint is not in Leapwork's public documentation: the Get Hierarchy page
 * (https://www.leapwork.com/product/documentation/rest-api/get-hierarchy) only says
 * "Import/Export endpoints" take item ids. flowferry's default mirrors the documented import,
 * `POST /api/v4/import/{timeoutMinutes}/{targetItemId}`, as a GET that returns the zip. It is a
 * setting, so a Controller whose API explorer (`/help/index#`) shows another path is served
 * without a new release:
 *
 *   FLOWFERRY_LEAPWORK_EXPORT_PATH="POST /api/v4/export/{timeoutMinutes}/{itemId}"
 *
 * A method in front is optional (GET when absent); `{itemId}` is required, `{timeoutMinutes}`
 * optional. The path is below `base-url`'s origin, like every other call.
 */
export const EXPORT_PATH_VARIABLE = 'FLOWFERRY_LEAPWORK_EXPORT_PATH'
export const DEFAULT_EXPORT_ENDPOINT = 'GET /api/v4/export/{timeoutMinutes}/{itemId}'

export interface ExportEndpoint {
  method: Extract<HttpMethod, 'GET' | 'POST' | 'PUT'>
  template: string
}

const METHODS = ['GET', 'POST', 'PUT'] as const

export function exportEndpoint(env: NodeJS.ProcessEnv = process.env): ExportEndpoint {
  const value = env[EXPORT_PATH_VARIABLE]?.trim() || DEFAULT_EXPORT_ENDPOINT
  const match = /^(?:([A-Za-z]+)\s+)?(\S+)$/.exec(value)
  const method = (match?.[1] ?? 'GET').toUpperCase()
  const template = match?.[2] ?? ''
  const problem = !match
    ? 'is not "[METHOD] /path"'
    : !(METHODS as readonly string[]).includes(method)
      ? `uses method ${method}; one of ${METHODS.join(', ')}`
      : !template.startsWith('/') || /^\/\//.test(template)
        ? 'must be a path starting with a single /'
        : !template.includes('{itemId}')
          ? 'must contain {itemId}'
          : undefined
  if (problem) {
    throw new FlowferryError(`${EXPORT_PATH_VARIABLE} '${value}' ${problem}`, {
      hint: `For example: ${EXPORT_PATH_VARIABLE}="${DEFAULT_EXPORT_ENDPOINT}", or leave it unset for that default.`,
    })
  }
  return { method: method as ExportEndpoint['method'], template }
}

export function fillExportPath(template: string, itemId: string, minutes: number): string {
  return template.replaceAll('{itemId}', encodeURIComponent(itemId)).replaceAll('{timeoutMinutes}', String(minutes))
}

/**
 * The `{timeoutMinutes}` the Controller gets: `timeout` in whole minutes, rounded up, and never
 * below 1, because 0 or less means "the default of 3 hours" to the Controller
 * (https://leapwork.com/product/documentation/rest-api/import).
 */
export function timeoutMinutes(timeoutMs: number): number {
  return Math.max(1, Math.ceil(timeoutMs / 60_000))
}

/**
 * Import (`/api/v4/import/{timeoutMinutes}/{targetItemId}`), or Import To Team with the team id
 * first and, in force mode, `?force=1` as its documented request URL shows
 * (https://www.leapwork.com/product/documentation/rest-api/v4/import-to-team).
 */
export function importPath(minutes: number, folderId: string, scope: { teamId?: string; force?: boolean } = {}): string {
  const team = scope.teamId ? `${encodeURIComponent(scope.teamId)}/` : ''
  return `/api/v4/import/${team}${minutes}/${encodeURIComponent(folderId)}${scope.teamId && scope.force ? '?force=1' : ''}`
}

/**
 * Create Folder Hierarchy: the titles go in `folder`, slash-separated as documented; the parent
 * is the last path segment, or none for the top level (the documentation's own sample). For a
 * team, Create Team Folder Hierarchy puts the team id first, `…/folder/{teamId}/{itemId}`, and
 * "if the itemId is null or empty" creates at the team's root: the template with an empty itemId.
 */
export function createFolderPath(parentId: string | undefined, titles: string[], teamId?: string): string {
  const folder = titles.map((title) => encodeURIComponent(title)).join('/')
  const parent = parentId ? encodeURIComponent(parentId) : ''
  const where = teamId ? `/${encodeURIComponent(teamId)}/${parent}` : parent ? `/${parent}` : ''
  return `/api/v4/hierarchy/create/folder${where}?folder=${folder}`
}

/** Every hierarchy, team and folder call asks for JSON: the Controller can also answer XML. */
export const JSON_ACCEPT = { accept: 'application/json' }

/**
 * The statuses a Controller answers for a route it does not have (an older version, an edition
 * without teams): 404, or 405 where the path exists for another method.
 */
export const MISSING_ROUTE: readonly number[] = [404, 405]

export function isMissingRoute(error: unknown): error is HttpError {
  return error instanceof HttpError && MISSING_ROUTE.includes(error.httpStatus)
}
