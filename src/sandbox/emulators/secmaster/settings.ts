import { SANDBOX_ACCESS_KEY, SANDBOX_PROJECT_ID, SANDBOX_SECRET_KEY, SANDBOX_TOKEN, SANDBOX_WORKSPACE_ID } from './seed.js'

/**
 * Where SecMaster's documentation is silent, the emulator's behaviour is a setting
 * (`POST /__sandbox/config`):
 *   token, accessKey, secretKey, projectId, workspaceId   what is accepted
 *   tokenExpired      every token is answered 401 APIG.0307 "The token must be updated"
 *   throttleNext      the next n requests are refused with APIG.0308 (no Retry-After)
 *   throttleStatus    the HTTP status of APIG.0308 (default 429; the docs do not say)
 *   sameName          an import whose name exists: 'new-version' (default: it becomes that
 *                     workflow's new version), 'reject' (400 duplicateCode), 'duplicate' (a
 *                     second workflow of the same name)
 *   duplicateCode     the code for 'reject' (default SecMaster.20048004, a code seen in the
 *                     Terraform provider)
 *   maxSkewMs         how far X-Sdk-Date may be from the sandbox clock (default 15 min)
 *   signedBodyLimit   the largest AK/SK-signed body (default 12 MiB), 413 beyond
 *   extraWorkflows    adds n newer workflows named "<seeded name> archive <i>", so that a
 *                     look-up of the seeded name (the list's name filter matches loosely) pages
 *   empty             start without the seeded workflows (at start only): a fresh environment
 *   listOffsetAsPage  the list reads `offset` as a page number (the SDK docstrings' reading;
 *                     false: an item offset); listPageStart is the first page's number (0 or 1)
 *   listMaxLimit      the list clamps `limit` to this (default 100)
 *   importReplyText   the import answers HTTP 200 text/plain "success" instead of the envelope
 *   exportBom         the export file starts with a UTF-8 byte order mark
 * IAM's OpenID Connect federation has settings of its own (identityProviders,
 * temporaryKeySeconds, federatedTokenSeconds), listed in federation.ts.
 */
export interface SecmasterSettings {
  token: string
  accessKey: string
  secretKey: string
  projectId: string
  workspaceId: string
  tokenExpired: boolean
  throttleNext: number
  throttleStatus: number
  sameName: 'new-version' | 'reject' | 'duplicate'
  duplicateCode: string
  maxSkewMs: number
  signedBodyLimit: number
  extraWorkflows: number
  empty: boolean
  listOffsetAsPage: boolean
  listPageStart: number
  listMaxLimit: number
  importReplyText: boolean
  exportBom: boolean
}

export function defaultSettings(): SecmasterSettings {
  return {
    token: SANDBOX_TOKEN,
    accessKey: SANDBOX_ACCESS_KEY,
    secretKey: SANDBOX_SECRET_KEY,
    projectId: SANDBOX_PROJECT_ID,
    workspaceId: SANDBOX_WORKSPACE_ID,
    tokenExpired: false,
    throttleNext: 0,
    throttleStatus: 429,
    sameName: 'new-version',
    duplicateCode: 'SecMaster.20048004',
    maxSkewMs: 15 * 60_000,
    signedBodyLimit: 12 * 1024 * 1024,
    extraWorkflows: 0,
    empty: false,
    listOffsetAsPage: false,
    listPageStart: 0,
    listMaxLimit: 100,
    importReplyText: false,
    exportBom: false,
  }
}

/** The names `POST /__sandbox/config` takes for this platform (any other is refused). */
export const settingNames: readonly string[] = Object.keys(defaultSettings())

/** Takes the settings this emulator knows from `config`; anything else is another layer's (jobs, rateLimit). */
export function applySettings(settings: SecmasterSettings, config: Record<string, unknown>): void {
  for (const key of Object.keys(settings) as (keyof SecmasterSettings)[]) {
    if (config[key] !== undefined) (settings as unknown as Record<string, unknown>)[key] = config[key]
  }
}
