import { FlowferryError, InputError, ReplyError } from '../../core/errors.js'
import { discard, readJson, type HttpClient } from '../../core/http/client.js'
import type { Logger } from '../../core/log.js'
import { input, setting } from '../../core/phrasing.js'
import { closeMatches } from '../../core/similar.js'
import { Input } from '../../input-names.js'
import type { Settings } from '../../settings.js'
import type { LeapworkSettings } from './facts.js'
import { untrustedId, untrustedLabel } from '../../core/reply-fields.js'
import { untrustedValue } from '../../core/untrusted-text.js'
import { JSON_ACCEPT, MISSING_ROUTE } from './endpoints.js'
import { parseHierarchy, type HierarchyItem } from './replies.js'

/**
 * Leapwork Enterprise teams (https://www.leapwork.com/product/documentation/rest-api/v4/import-to-team):
 * "Import To Team" is `POST /api/v4/import/{teamId}/{timeoutMinutes}/{targetItemId}?force=1`, its
 * teamId "can be fetched from the Response Body of Get All Team endpoint", and Create Team Folder
 * Hierarchy is `PUT /api/v4/hierarchy/create/folder/{teamId}/{itemId}?folder=…`
 * (https://www.leapwork.com/product/documentation/rest-api/v4/create-team-folder-hierarchy).
 *
 * Not in any public page: the path and reply of Get All Teams, and how to read one team's asset
 * hierarchy. Both are settings, so a Controller whose API explorer (`/help/index`) shows other
 * paths is served without a new release:
 *
 * - Get All Teams: `/api/v4/team/all` first, by analogy with the documented Get All Users
 *   (`GET /api/v4/user/all`, https://www.leapwork.com/product/documentation/rest-api/v4/get-all-users),
 *   then `/api/v4/teams`; `FLOWFERRY_LEAPWORK_TEAMS_PATH` names the one to use. The reply is read
 *   tolerantly: a list, or an object holding one, of entries with an id (`Id`, `TeamId`) and a
 *   name (`Name`, `TeamName`, `Title`), in any case.
 * - A team's hierarchy: `/api/v4/hierarchy/team/{teamId}` (`FLOWFERRY_LEAPWORK_TEAM_HIERARCHY_PATH`);
 *   when the Controller has no such route, the whole hierarchy (Get Hierarchy) is used and the log
 *   says so: a team's folders may or may not be in it, and a folder id always works.
 *
 * A team given as an id needs no list: it is checked against the list only when the Controller
 * has one and lets this key read it.
 */
export const TEAMS_PATH_VARIABLE = 'FLOWFERRY_LEAPWORK_TEAMS_PATH'
export const TEAM_HIERARCHY_PATH_VARIABLE = 'FLOWFERRY_LEAPWORK_TEAM_HIERARCHY_PATH'
export const DEFAULT_TEAMS_PATHS = ['/api/v4/team/all', '/api/v4/teams'] as const
export const DEFAULT_TEAM_HIERARCHY_PATH = '/api/v4/hierarchy/team/{teamId}'

export interface Team {
  id: string
  name?: string
  /** `team 'QA' (id …)`, for messages. */
  shown: string
}

/** Where an import goes: a team (Import To Team) and whether force mode is on. */
export interface ImportScope {
  teamId?: string
  force: boolean
}

const GUID = /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i

/**
 * `force` only exists on Import To Team: the plain Import page documents no such parameter
 * (https://www.leapwork.com/product/documentation/rest-api/v4/import), so sending it there could
 * be ignored while the user believes collisions will be replaced.
 */
export function checkForce(settings: Settings<LeapworkSettings>): void {
  if (settings.operation === 'import' && settings.own.force && !settings.own.team) {
    throw new InputError(
      Input.Force,
      `force mode is documented for Import To Team only (Leapwork Enterprise Edition); set ${input(Input.Team)} to the team to import into, or leave ${input(Input.Force)} false`,
      'true',
    )
  }
}

/** Resolves the `team` input once per client: an id as it is (checked when a list is readable), a name through Get All Teams. */
export class TeamResolver {
  private resolved: Promise<Team> | undefined

  constructor(
    private readonly http: HttpClient,
    private readonly log: Logger,
    private readonly value: string,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {}

  team(): Promise<Team> {
    this.resolved ??= this.resolve()
    this.resolved.catch(() => (this.resolved = undefined))
    return this.resolved
  }

  private async resolve(): Promise<Team> {
    const value = this.value.trim()
    const byId = GUID.test(value)
    const listed = await this.list()
    if ('unavailable' in listed) {
      if (byId) {
        const id = value.replace(/[{}]/g, '').toLowerCase()
        this.log.info(`team ${id}: taken as given (${listed.unavailable})`)
        return { id, shown: `team ${id}` }
      }
      throw new InputError(
        Input.Team,
        `'${value}' is a team name, and names are looked up in the Controller's list of teams, which could not be read (${listed.unavailable}). ` +
          `Give the team's id instead, or set ${TEAMS_PATH_VARIABLE} to the Get All Teams path your Controller's API explorer (/help/index) shows`,
        '9fb4ef50-6924-471d-8261-052aa8b572c9',
      )
    }
    const teams = listed.teams
    const found = byId ? teams.filter((team) => team.id.toLowerCase() === value.replace(/[{}]/g, '').toLowerCase()) : byName(teams, value)
    if (found.length > 1) {
      throw new InputError(Input.Team, `'${value}' is ambiguous: ${found.length} teams have that name (${found.map((team) => team.id).join(', ')}); give the team's id`, found[0]!.id)
    }
    const team = found[0]
    if (!team) throw unknownTeam(value, byId, teams)
    this.log.info(`${team.shown}: found in the Controller's list of teams`)
    return team
  }

  /** The Controller's teams, or why they cannot be read (no such route, or a key without the scope). */
  private async list(): Promise<{ teams: Team[] } | { unavailable: string }> {
    const configured = this.env[TEAMS_PATH_VARIABLE]?.trim()
    const paths = configured ? [configured] : DEFAULT_TEAMS_PATHS
    const what = 'read the list of teams'
    let last = ''
    for (const path of paths) {
      if (!path.startsWith('/') || path.startsWith('//')) {
        throw new FlowferryError(`${TEAMS_PATH_VARIABLE} '${path}' must be a path starting with a single /`, { hint: `For example: ${TEAMS_PATH_VARIABLE}=${DEFAULT_TEAMS_PATHS[0]}` })
      }
      const reply = await this.http.request({ method: 'GET', path, what, headers: JSON_ACCEPT, accept: [...MISSING_ROUTE, 400, 403] }, async (answer) =>
        answer.status === 200 ? { value: await readJson(answer, what) } : discard(answer).then(() => ({ status: answer.status })),
      )
      if ('value' in reply) return { teams: parseTeams(reply.value, what) }
      last = reply.status === 403 ? `HTTP 403 on ${path}: the access key lacks the scope to list teams` : `HTTP ${reply.status} on ${path}: no such route`
      this.log.debug(`${what}: ${last}`)
      if (reply.status === 403) break
    }
    return { unavailable: last }
  }
}

function byName(teams: Team[], name: string): Team[] {
  const exact = teams.filter((team) => team.name === name)
  if (exact.length > 0) return exact
  return teams.filter((team) => team.name?.toLowerCase() === name.toLowerCase())
}

function unknownTeam(value: string, byId: boolean, teams: Team[]): InputError {
  const names = teams.map((team) => team.name ?? team.id)
  const close = byId ? [] : closeMatches(value, names)
  const quoted = (list: string[]) => list.map((name) => JSON.stringify(name)).join(', ')
  const known =
    close.length > 0
      ? `close names: ${quoted(close)}`
      : teams.length === 0
        ? 'the Controller lists no teams this access key can see'
        : `the Controller's teams: ${quoted(names.slice(0, 10))}${names.length > 10 ? ` and ${names.length - 10} more` : ''}`
  return new InputError(Input.Team, `no team ${byId ? 'with id' : 'named'} '${value}' on the Controller; ${known}`, close[0] ?? names[0])
}

const ID_KEYS = ['id', 'teamid']
const NAME_KEYS = ['name', 'teamname', 'title', 'displayname']

/** Get All Teams, read tolerantly (its reply is not documented): entries without an id are skipped. */
export function parseTeams(value: unknown, what: string): Team[] {
  const list = Array.isArray(value) ? value : listIn(value)
  if (!list) throw new ReplyError(`${what}: the Controller's reply is not a list of teams (${untrustedValue(value)})`)
  const teams: Team[] = []
  for (const entry of list) {
    if (!entry || typeof entry !== 'object') continue
    const fields = new Map(Object.entries(entry as Record<string, unknown>).map(([key, field]) => [key.toLowerCase(), field]))
    // Ids and names through core's rule for reply text (core/reply-fields.ts).
    const id = untrustedId.safeParse(ID_KEYS.map((key) => fields.get(key)).find((field) => field !== undefined && field !== null))
    if (!id.success || id.data.trim() === '') continue
    const name = untrustedLabel.safeParse(NAME_KEYS.map((key) => fields.get(key)).find((field) => typeof field === 'string'))
    const shownName = name.success ? name.data : undefined
    teams.push({ id: id.data, name: shownName, shown: shownName === undefined ? `team ${id.data}` : `team ${JSON.stringify(shownName)} (id ${id.data})` })
  }
  return teams
}

function listIn(value: unknown): unknown[] | undefined {
  if (!value || typeof value !== 'object') return undefined
  const entries = Object.entries(value as Record<string, unknown>)
  const named = entries.find(([key, field]) => ['teams', 'data', 'items', 'value'].includes(key.toLowerCase()) && Array.isArray(field))
  return named?.[1] as unknown[] | undefined
}

/** Team hierarchy routes a Controller answered 404/405/400 on: asked once per run, warned once. */
const missingRoutes = new Set<string>()

/**
 * The team's own asset hierarchy; on a Controller without the route, the whole one (`whole`), said
 * in the log, since a path of titles may then resolve outside the team.
 */
export async function readTeamHierarchy(
  http: HttpClient,
  log: Logger,
  team: Team,
  whole: () => Promise<HierarchyItem[]>,
  env: NodeJS.ProcessEnv = process.env,
): Promise<HierarchyItem[]> {
  const template = env[TEAM_HIERARCHY_PATH_VARIABLE]?.trim() || DEFAULT_TEAM_HIERARCHY_PATH
  if (!template.startsWith('/') || !template.includes('{teamId}')) {
    throw new FlowferryError(`${TEAM_HIERARCHY_PATH_VARIABLE} '${template}' must be a path starting with / and containing {teamId}`, {
      hint: `For example: ${TEAM_HIERARCHY_PATH_VARIABLE}=${DEFAULT_TEAM_HIERARCHY_PATH}`,
    })
  }
  const path = template.replaceAll('{teamId}', encodeURIComponent(team.id))
  const what = `read the asset hierarchy of ${team.shown}`
  const route = `${http.baseUrl.origin}${path}`
  if (missingRoutes.has(route)) return whole()
  const reply = await http.request({ method: 'GET', path, what, headers: JSON_ACCEPT, accept: [...MISSING_ROUTE, 400] }, async (answer) =>
    answer.status === 200 ? { value: await readJson(answer, what) } : discard(answer).then(() => ({ status: answer.status })),
  )
  if ('value' in reply) return reply.value === undefined ? [] : parseHierarchy(reply.value, what)
  missingRoutes.add(route)
  log.warning(
    `${what}: HTTP ${reply.status} on ${path}, so ${input(Input.TargetFolder)} is looked up in the Controller's whole asset hierarchy, where the team's folders may not be. ` +
      `Give ${input(Input.TargetFolder)} as a folder id to be sure, or set ${TEAM_HIERARCHY_PATH_VARIABLE} to the path your Controller's API explorer (/help/index) shows.`,
  )
  return whole()
}

/** What the import's 409 hint says about force mode, depending on what was asked. */
export function forceAdvice(scope: ImportScope): string {
  if (scope.force) {
    return 'Force mode was on, so this is a collision the Controller cannot resolve even by taking over open flows (an item of another type, or a folder, with that title).'
  }
  const how = scope.teamId ? `Set ${setting(Input.Force, 'true')}` : `Set ${input(Input.Team)} and ${setting(Input.Force, 'true')} (Import To Team, Enterprise Edition)`
  return `${how} to replace the colliding flows: force mode locks flows that users have open in Studio and replaces them, so their unsaved changes are lost.`
}

