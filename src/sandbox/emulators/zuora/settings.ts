import { SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET } from './seed.js'

/**
 * Where Zuora's documentation is silent, the emulator's behaviour is a setting
 * (`POST /__sandbox/config`):
 *   clientId, clientSecret   the OAuth client that is accepted
 *   tokenLifetimeSeconds     `expires_in` of issued tokens, and how long they work (default 3599)
 *   expireNextTokens         that many of the next tokens stop working before their time (an
 *                            expired or revoked token mid-run); default 0
 *   apiRpm                   requests per minute before 429 (default 2500, an API Sandbox tenant)
 *   activateDefinition       whether activating a version also makes the definition Active (default true)
 *   replayStatus             200 (the same result again) or 409 ("the original result back as a 409")
 *   replayFailures           a stored refusal is replayed with replayStatus as well (default false:
 *                            with its own status)
 *   importDelayMs            how long an import takes once its body is read (default 0), so a
 *                            retry can arrive while the first attempt is still in progress
 *   importUntilRetried       an import with an Idempotency-Key finishes only once a second
 *                            attempt with that key has been answered 409 (in progress): the
 *                            in-progress path happens on any machine, however slow (default false)
 *   versionConflictStatus    the status refusing a version that is not greater (default 400)
 *   versionConflictWording   'named' (default: "Version 0.0.2 must be greater than the latest
 *                            version 0.0.3") or 'vague' ("Version is invalid")
 *   versionConflictShape     'errors' (default) or 'reasons' ({success:false, reasons}, the /v1
 *                            shape; with versionConflictStatus 200 as /v1 answers)
 *   listVersions             answer GET /workflows/{id}/versions (default true; false: 404, as a
 *                            tenant or gateway without that endpoint would)
 *   listVersionNumbers       the version list's items carry `version` (default true; false: they
 *                            do not, and flowferry must not guess from them)
 */
export interface ZuoraSettings {
  clientId: string
  clientSecret: string
  tokenLifetimeSeconds: number
  expireNextTokens: number
  apiRpm: number
  activateDefinition: boolean
  replayStatus: 200 | 409
  replayFailures: boolean
  listVersions: boolean
  importDelayMs: number
  importUntilRetried: boolean
  versionConflictStatus: number
  versionConflictWording: 'named' | 'vague'
  versionConflictShape: 'errors' | 'reasons'
  listVersionNumbers: boolean
}

export function defaultSettings(): ZuoraSettings {
  return {
    clientId: SANDBOX_CLIENT_ID,
    clientSecret: SANDBOX_CLIENT_SECRET,
    tokenLifetimeSeconds: 3599,
    expireNextTokens: 0,
    apiRpm: 2500,
    activateDefinition: true,
    replayStatus: 200,
    replayFailures: false,
    listVersions: true,
    importDelayMs: 0,
    importUntilRetried: false,
    versionConflictStatus: 400,
    versionConflictWording: 'named',
    versionConflictShape: 'errors',
    listVersionNumbers: true,
  }
}

/** The names `POST /__sandbox/config` takes for this platform (any other is refused). */
export const settingNames: readonly string[] = Object.keys(defaultSettings())

/** Takes the settings this emulator knows from `config`; anything else is another layer's (jobs, rateLimit). */
export function applySettings(settings: ZuoraSettings, config: Record<string, unknown>): void {
  Object.assign(settings, Object.fromEntries(Object.entries(config).filter(([key, value]) => key in settings && value !== undefined)))
}
