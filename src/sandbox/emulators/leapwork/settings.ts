import { DEFAULT_EXPORT_ENDPOINT } from '../../../platforms/leapwork/endpoints.js'
import { SANDBOX_ACCESS_KEY } from './seed.js'

/**
 * Where Leapwork's documentation is silent, the emulator's behaviour is a setting
 * (`POST /__sandbox/config`):
 *   accessKey      the key that is accepted
 *   v4Hierarchy    whether /api/v4/hierarchy exists (default true; false: only the v3 path)
 *   collisions     'replace' (default: an item of the same title and type is replaced) or
 *                  'refuse' (every title collision answers 409)
 *   locked         ids of items "open in Studio": a collision with one answers 409
 *   importStatus   answer imports with this status instead (446 disk space, 455 database, 500…)
 *   importDelayMs  how long an import takes before its reply
 *   exportRoute    "METHOD /path/{itemId}" the export answers on (default: flowferry's default)
 *   partName       the multipart part an import needs (default "zip file")
 *   hidden         ids left out of the whole tree (still answered by id), as a Controller may
 *                  leave out branches the key does not see in full
 *   hierarchyShape 'nested' (default, as documented: each node nests its Children) or 'flat'
 *                  (every node in one list, linked only by ParentId, no Children)
 *   propertyCase   'pascal' (default, as documented) or 'camel' (Json.NET with a camelCase
 *                  contract resolver: id, title, children, hierarchyItemId, isSuccessful…)
 *   importReply    'documented' ({"$id":"1","IsSuccessful":true}), 'bare' (the JSON `true`) or
 *                  'array' ([{"$id":"1","IsSuccessful":true}], like Create Folder's v4 sample)
 *
 * Teams (Enterprise Edition; teams.ts). Import To Team and Create Team Folder Hierarchy are
 * documented; how teams are listed and a team's hierarchy read are not, so those are settings:
 *   teamsRoute     the path Get All Teams answers on (default '/api/v4/team/all', by analogy with
 *                  Get All Users' /api/v4/user/all); null: no such route (404)
 *   teamsScope     false: the key lacks the scope to list teams (403, Get All Users' wording)
 *   teamHierarchy  whether GET /api/v4/hierarchy/team/{teamId} serves a team's own tree (default
 *                  true; false: 404, and only the whole hierarchy is left)
 */
export interface LeapworkSettings {
  accessKey: string
  v4Hierarchy: boolean
  collisions: 'replace' | 'refuse'
  locked: string[]
  importStatus: number | null
  importDelayMs: number
  exportRoute: string
  partName: string
  hidden: string[]
  hierarchyShape: 'nested' | 'flat'
  propertyCase: 'pascal' | 'camel'
  importReply: 'documented' | 'bare' | 'array'
  teamsRoute: string | null
  teamsScope: boolean
  teamHierarchy: boolean
}

export function defaultSettings(): LeapworkSettings {
  return {
    accessKey: SANDBOX_ACCESS_KEY,
    v4Hierarchy: true,
    collisions: 'replace',
    locked: [],
    importStatus: null,
    importDelayMs: 0,
    exportRoute: DEFAULT_EXPORT_ENDPOINT,
    partName: 'zip file',
    hidden: [],
    hierarchyShape: 'nested',
    propertyCase: 'pascal',
    importReply: 'documented',
    teamsRoute: '/api/v4/team/all',
    teamsScope: true,
    teamHierarchy: true,
  }
}

/** The names `POST /__sandbox/config` takes for this platform (any other is refused). */
export const settingNames: readonly string[] = Object.keys(defaultSettings())

/** Takes the settings this emulator knows from `config`; anything else is another layer's (jobs, rateLimit). */
export function applySettings(settings: LeapworkSettings, config: Record<string, unknown>): void {
  for (const key of Object.keys(settings) as (keyof LeapworkSettings)[]) {
    if (config[key] !== undefined) (settings as unknown as Record<string, unknown>)[key] = config[key]
  }
}
