import type { IncomingHttpHeaders } from 'node:http'
import type { Clock, Deadline } from '../clock.js'
import { formatDuration } from '../duration.js'
import { TimedOutError } from '../errors.js'
import { parseRetryAfter } from './retry.js'

const MAX_WINDOW_S = 3600

/**
 * Slows requests down before the platform has to say 429. Reads the standard `RateLimit-Limit`,
 * `RateLimit-Remaining` and `RateLimit-Reset` headers (Zuora sends them; any platform that does
 * benefits) and keeps a count of the window's budget between replies:
 *
 * - with budget to spare, requests go at once;
 * - when it runs low (under 10 % of the limit, or under 10 requests), what is left is spread
 *   evenly over the rest of the window;
 * - when it is spent, requests wait for the window to reset.
 *
 * One pacer per origin, shared by every client of that origin, so the bundles of a batch draw on
 * one budget instead of each believing it has the whole of it.
 */
export class RatePacer {
  /** Requests left in the current window, as far as we know; undefined when unknown. */
  private remaining: number | undefined
  private limit: number | undefined
  private windowEnd = 0
  private nextStart = 0

  static readonly LOW_SHARE = 0.1
  static readonly LOW_COUNT = 10

  observe(headers: IncomingHttpHeaders, now: number): void {
    const remaining = firstNumber(headers['ratelimit-remaining'])
    const resetSeconds = firstNumber(headers['ratelimit-reset'])
    if (remaining === undefined || resetSeconds === undefined) return
    this.remaining = remaining
    this.limit = firstNumber(headers['ratelimit-limit'])
    // An hour at most: pacing only spares the platform 429s, and a reset further off is more
    // likely nonsense than a window; the platform's own refusal then says how long to wait.
    this.windowEnd = now + Math.min(resetSeconds, MAX_WINDOW_S) * 1000
    // A 429/503 may say both "the window resets in N s" and "Retry-After: M". Retry-After is the
    // server's own answer to "when may I try again" (Zuora: honour it), so the spent budget does
    // not hold the retry past it; the reply to that retry tells the budget again.
    const retryAfter = parseRetryAfter(headers['retry-after'], now)
    if (retryAfter !== undefined) this.windowEnd = Math.min(this.windowEnd, now + retryAfter)
  }

  /** How long the next request should wait; counts it against the budget. */
  reserve(now: number): number {
    if (this.remaining === undefined) return 0
    if (now >= this.windowEnd) {
      // A new window: its budget is known again from the next reply.
      this.remaining = undefined
      return 0
    }
    if (this.remaining <= 0) return this.windowEnd - now
    const low = this.remaining < RatePacer.LOW_COUNT || (this.limit !== undefined && this.remaining < this.limit * RatePacer.LOW_SHARE)
    let start = now
    if (low) {
      start = Math.min(Math.max(now, this.nextStart), this.windowEnd)
      this.nextStart = start + (this.windowEnd - start) / this.remaining
    }
    this.remaining--
    return start - now
  }

  /**
   * Waits for the request's turn; `what` and the deadline name the request when its turn would
   * come only after the step's timeout (a reset far off, or a platform's nonsense).
   */
  async acquire(clock: Clock, deadline?: Deadline, what = 'the next request'): Promise<number> {
    const wait = this.reserve(clock.now())
    if (deadline && wait > 0 && wait >= deadline.remaining()) throw lateBy(what, ` (RateLimit-Reset: in ${formatDuration(wait)})`)
    if (wait > 0) await clock.sleep(wait, deadline?.signal()).catch(() => Promise.reject(lateBy(what)))
    return wait
  }
}

function lateBy(what: string, why = ''): TimedOutError {
  return new TimedOutError(`${what}: the platform's rate limit lets it go only after the timeout${why}`, undefined, undefined, 'Raise `timeout`, or run the step again later.')
}

function firstNumber(value: string | string[] | undefined): number | undefined {
  const text = Array.isArray(value) ? value[0] : value
  if (text === undefined) return undefined
  // "2250000, 50000;w=60, …": the first item is the window closest to exhaustion.
  const match = /^\s*(\d+(?:\.\d+)?)/.exec(text)
  return match ? Number(match[1]) : undefined
}

const pacers = new Map<string, RatePacer>()

export function pacerFor(origin: string): RatePacer {
  let pacer = pacers.get(origin)
  if (!pacer) {
    pacer = new RatePacer()
    pacers.set(origin, pacer)
  }
  return pacer
}
