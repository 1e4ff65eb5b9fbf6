import { closeMatches } from '../core/similar.js'

/**
 * A setting, fault kind or fault-rule field the sandbox does not know. A misspelt setting that
 * was silently ignored would leave a test or a demo running against the default behaviour while
 * its author believes otherwise; the control API answers it with 400 and the valid names instead.
 */
export class UnknownSandboxNameError extends Error {
  constructor(
    /** What was misnamed: `setting`, `jobs setting`, `fault kind`, `fault rule field`. */
    readonly what: string,
    readonly unknown: readonly string[],
    readonly valid: readonly string[],
  ) {
    const near = unknown.flatMap((name) => closeMatches(name, valid, 1).map((match) => `'${name}' → '${match}'`))
    super(
      `unknown ${what}${unknown.length > 1 ? 's' : ''} ${unknown.map((name) => `'${name}'`).join(', ')}` +
        `${near.length ? ` (did you mean ${near.join(', ')}?)` : ''}; valid: ${valid.join(', ')}`,
    )
  }

  /** The 400 reply's body. */
  toJSON(): { message: string; unknown: readonly string[]; valid: readonly string[] } {
    return { message: this.message, unknown: this.unknown, valid: this.valid }
  }
}

/** The settings every platform's sandbox takes (server.ts and control.ts), beside its own. */
const SHARED_SETTINGS = ['jobs', 'rateLimit'] as const
const JOB_SETTINGS = ['durationMs', 'outcome'] as const
const JOB_OUTCOMES = ['success', 'failed', 'endless'] as const

/** Throws when `config` names a setting that is neither shared nor one of `own`. */
export function checkSettings(config: unknown, own: readonly string[]): Record<string, unknown> {
  if (config === null || typeof config !== 'object' || Array.isArray(config)) {
    throw new TypeError('the settings must be a JSON object, such as {"jobs": {"durationMs": 500}}')
  }
  const settings = config as Record<string, unknown>
  refuseUnknown('setting', Object.keys(settings), [...SHARED_SETTINGS, ...own])
  if (settings.jobs !== undefined) checkJobs(settings.jobs)
  return settings
}

function checkJobs(jobs: unknown): void {
  if (jobs === null || typeof jobs !== 'object' || Array.isArray(jobs)) throw new TypeError('jobs must be an object such as {"durationMs": 500, "outcome": "success"}')
  const { durationMs, outcome } = jobs as Record<string, unknown>
  refuseUnknown('jobs setting', Object.keys(jobs), JOB_SETTINGS)
  if (durationMs !== undefined && !(typeof durationMs === 'number' && durationMs >= 0)) throw new TypeError(`jobs.durationMs must be a number of milliseconds, not ${JSON.stringify(durationMs)}`)
  if (outcome !== undefined && !(JOB_OUTCOMES as readonly unknown[]).includes(outcome)) {
    throw new UnknownSandboxNameError('job outcome', [String(outcome)], JOB_OUTCOMES)
  }
}

export function refuseUnknown(what: string, names: readonly string[], valid: readonly string[]): void {
  const unknown = names.filter((name) => !valid.includes(name))
  if (unknown.length > 0) throw new UnknownSandboxNameError(what, unknown, valid)
}
