import { formatDuration, parseDuration } from './core/duration.js'
import { InputError } from './core/errors.js'
import type { InputName } from './input-names.js'

/** Limits of single inputs, each said in the error that enforces it. */

/**
 * The longest `timeout`: the longest a job can run at all, on a self-hosted runner (5 days;
 * GitHub-hosted runners stop a job after 6 hours): https://docs.github.com/en/actions/reference/limits
 * Longer could never be waited out, and past 24.8 days a Node timer fires at once (core/timers.ts).
 */
const MAX_TIMEOUT_MS = 5 * 24 * 3_600_000
/** The longest `poll-interval`: a gap between polls longer than this is a typo for a timeout. */
const MAX_POLL_INTERVAL_MS = 10 * 60_000

export interface DurationLimit {
  max: number
  /** Why the maximum is what it is, for the error. */
  why: string
  example: string
}

export const TIMEOUT_LIMIT: DurationLimit = { max: MAX_TIMEOUT_MS, why: 'the longest a job can run on any GitHub Actions runner (5 days, self-hosted)', example: '30m' }
export const POLL_INTERVAL_LIMIT: DurationLimit = { max: MAX_POLL_INTERVAL_MS, why: 'the longest gap between status polls flowferry takes', example: '2s' }

export function duration(name: InputName, value: string, limit: DurationLimit): number {
  const ms = parseDuration(value)
  if (ms === undefined) throw new InputError(name, `'${value}' is not a duration; use a number of seconds or 90s, 10m, 1h`, limit.example)
  if (ms > limit.max) throw new InputError(name, `'${value}' is longer than ${formatDuration(limit.max)}, ${limit.why}`, limit.example)
  return ms
}

/**
 * A credential goes into a request header (or a signature over one): a line break or another
 * control character cannot be sent there (RFC 9110 §5.5), and Node's HTTP client would refuse
 * the request only once it is under way (ERR_INVALID_CHAR, https://nodejs.org/api/errors.html#err_invalid_char). Said at once, naming the input and never the value.
 */
export function credential(name: InputName, value: string | undefined): void {
  if (value !== undefined && /[\u0000-\u001f\u007f]/.test(value)) {
    throw new InputError(name, 'holds a line break or another control character, which no request header can carry; copy the secret again without it')
  }
}
