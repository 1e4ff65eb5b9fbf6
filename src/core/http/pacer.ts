import type { IncomingHttpHeaders } from 'node:http'
import type { Clock, Deadline } from '../clock.js'
import { formatDuration } from '../duration.js'
import { TimedOutError } from '../errors.js'
import { parseRetryAfter } from './retry.js'
import { input, phrase } from '../phrasing.js'

const MAX_WINDOW_S = 3600

/**
 * Slows requests down before the platform has to say 429. Reads the standard `RateLimit-Limit`,
 * `RateLimit-Remaining` and `RateLimit-Reset` headers (Zuora sends them; any platform that does
 * benefits) and keeps a count of the window's budget between replies:
 *
 * - with budget left, requests go at once: the platform counts them exactly, so a burst within
 *   the budget is never refused, and holding requests back only makes the last of a batch late;
 * - when it is spent, requests wait for the window to reset.
 *
 * Each request holds a ticket from its reservation to its reply. A reply's `RateLimit-Remaining`
 * was counted before the requests sent after it reached the platform, so those still in flight are
 * taken off it: a batch of sixteen in flight does not spend the budget sixteen times over. The
 * window's end is known only to the second (`RateLimit-Reset` is whole seconds: "in 1 s" may mean
 * in 50 ms), so it is the earliest end the window's replies allow, not the last one's word.
 * https://datatracker.ietf.org/doc/draft-ietf-httpapi-ratelimit-headers/
 *
 * One pacer per origin, shared by every client of that origin, so the bundles of a batch draw on
 * one budget instead of each believing it has the whole of it.
 */
export class RatePacer {
  /** Requests left in the current window, as far as we know; undefined when unknown. */
  private remaining: number | undefined
  /** The earliest end of the current window the replies allow. */
  private windowEnd = 0
  private issued = 0
  /** The first ticket issued in the current window: a reply to an older one was counted in a window that is over. */
  private windowFirstTicket = 1
  /** Tickets whose request has not had its reply yet. */
  private readonly inFlight = new Set<number>()

  /**
   * Counts the reply of ticket `ticket` (a request without a ticket counts as the latest sent).
   * Replies without the headers change nothing but the ticket's.
   */
  observe(headers: IncomingHttpHeaders, now: number, ticket?: number): void {
    if (ticket !== undefined) this.inFlight.delete(ticket)
    // Sent before this window began: its RateLimit-Remaining is the old window's, and a reset
    // counted from its late arrival would hold the new window's requests back for nothing.
    if (ticket !== undefined && ticket < this.windowFirstTicket) return
    const remaining = firstNumber(headers['ratelimit-remaining'])
    const resetSeconds = firstNumber(headers['ratelimit-reset'])
    if (remaining === undefined || resetSeconds === undefined) return
    let uncounted = 0
    if (ticket !== undefined) for (const other of this.inFlight) if (other > ticket) uncounted++
    const budget = Math.max(0, remaining - uncounted)
    // An hour at most: pacing only spares the platform 429s, and a reset further off is more
    // likely nonsense than a window; the platform's own refusal then says how long to wait.
    let end = now + Math.min(resetSeconds, MAX_WINDOW_S) * 1000
    // A 429/503 may say both "the window resets in N s" and "Retry-After: M". Retry-After is the
    // server's own answer to "when may I try again" (Zuora: honour it), so the spent budget does
    // not hold the retry past it; the reply to that retry tells the budget again.
    const retryAfter = parseRetryAfter(headers['retry-after'], now)
    if (retryAfter !== undefined) end = Math.min(end, now + retryAfter)
    if (this.remaining === undefined || now >= this.windowEnd) {
      this.remaining = budget
      this.windowEnd = end
    } else {
      this.remaining = Math.min(this.remaining, budget)
      this.windowEnd = Math.min(this.windowEnd, end)
    }
  }

  /** The request got no reply: it no longer counts as in flight. */
  release(ticket: number): void {
    this.inFlight.delete(ticket)
  }

  /** A ticket for the next request, to hand back with its reply (`observe`) or `release`. */
  ticket(): number {
    const ticket = ++this.issued
    this.inFlight.add(ticket)
    return ticket
  }

  /** How long the next request should wait; counts it against the budget when it may go. */
  reserve(now: number): number {
    if (this.remaining === undefined) return 0
    if (now >= this.windowEnd) {
      // A new window: its budget is known again from the next reply to a request sent in it.
      this.remaining = undefined
      this.windowFirstTicket = this.issued + 1
      return 0
    }
    if (this.remaining <= 0) return this.windowEnd - now
    this.remaining--
    return 0
  }

  /**
   * Waits for the request's turn; `what` and the deadline name the request when its turn would
   * come only after the step's timeout (a reset far off, or a platform's nonsense). Returns how
   * long it waited. A request that waited for a reset asks again: the replies that came in the
   * meantime may have spent the new window too.
   */
  async acquire(clock: Clock, deadline?: Deadline, what = 'the next request'): Promise<number> {
    let waited = 0
    for (let wait = this.reserve(clock.now()); wait > 0; wait = this.reserve(clock.now())) {
      if (deadline && wait >= deadline.remaining()) throw lateBy(what, ` (RateLimit-Reset: in ${formatDuration(wait)})`)
      await clock.sleep(wait, deadline?.signal()).catch(() => Promise.reject(lateBy(what)))
      waited += wait
    }
    return waited
  }
}

function lateBy(what: string, why = ''): TimedOutError {
  return new TimedOutError(`${what}: the platform's rate limit lets it go only after the timeout${why}`, undefined, undefined, `Raise ${input('timeout')}, or ${phrase('rerun')} later.`)
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
