import { SANDBOX_API_KEY } from './seed.js'

/**
 * Where Kore.ai's documentation is silent, the emulator's behaviour is a setting
 * (`POST /__sandbox/config`):
 *   apiKey               the key that is accepted (default: SANDBOX_API_KEY)
 *   downloadOrigin       'same' (default; the link needs the API key) or 'foreign' (a signed
 *                        link on another origin that must not receive the key)
 *   immediateExisting    import into an existing workflow ends at once (default true)
 *   singleUploadLimit    bytes a single upload may have (default 25,000,000)
 *   requireFlowId        refuse an export without ?flowId= (default false: the sample sends none)
 *   percentages          report percentageComplete on dock records (default true)
 *   stall                { percent, after }: the percentage climbs steadily to `percent` by `after`
 *                        (a share of the job's length) and stays there until the job ends, as a
 *                        job parked at 95 % does (default null: steady to the end)
 *   recordDownloadUrl    dock records of an export carry response.downloadUrl (default true; the
 *                        Get Dock Status page documents no such field, only the export reply has it)
 *   exportContentType    'json' (default) refuses an export POST without Content-Type:
 *                        application/json with 415, as a gateway that checks the documented header
 *                        would; 'any' takes it without
 *   deployedParent       'required' (default: Kore.ai's import guide says an import as a version
 *                        needs the parent workflow deployed; the job then ends FAILED, the one
 *                        failure signal Get Dock Status documents) or 'ignored'
 */
export interface KoreaiSettings {
  apiKey: string
  downloadOrigin: 'same' | 'foreign'
  immediateExisting: boolean
  singleUploadLimit: number
  requireFlowId: boolean
  percentages: boolean
  stall: { percent: number; after: number } | null
  recordDownloadUrl: boolean
  exportContentType: 'json' | 'any'
  deployedParent: 'required' | 'ignored'
}

export function defaultSettings(): KoreaiSettings {
  return {
    apiKey: SANDBOX_API_KEY,
    downloadOrigin: 'same',
    immediateExisting: true,
    singleUploadLimit: 25_000_000,
    requireFlowId: false,
    percentages: true,
    stall: null,
    recordDownloadUrl: true,
    exportContentType: 'json',
    deployedParent: 'required',
  }
}

/** The names `POST /__sandbox/config` takes for this platform (any other is refused). */
export const settingNames: readonly string[] = Object.keys(defaultSettings())

/** Takes the settings this emulator knows from `config`; anything else is another layer's (jobs, rateLimit). */
export function applySettings(settings: KoreaiSettings, config: Record<string, unknown>): void {
  for (const key of Object.keys(settings) as (keyof KoreaiSettings)[]) {
    if (config[key] !== undefined) (settings as unknown as Record<string, unknown>)[key] = config[key]
  }
}
