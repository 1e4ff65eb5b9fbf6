import { Refusal } from './store.js'

/**
 * What Zuora's API gateway does before a request reaches a workflow endpoint: the idempotency
 * store and the per-minute request budget.
 */

/** A reply as the Zuora emulator builds it, before headers and compression are added. */
export interface Reply {
  status: number
  body: unknown
  headers?: Record<string, string>
  /** An earlier request's reply given again for the same Idempotency-Key. */
  replayed?: boolean
}

/** One POST/PATCH as the emulator saw it, for tests of key reuse. */
export interface KeyedRequest {
  method: string
  path: string
  key?: string
  outcome: 'handled' | 'replayed' | 'in-progress' | 'mismatch'
}

const DAY_MS = 24 * 3_600_000

/**
 * Idempotent requests as https://developer.zuora.com/docs/guides/idempotent-requests/ describes
 * them: the first reply to an Idempotency-Key (success or failure) is kept for 24 hours and given
 * again to every request with that key; a request while the first is still running gets 409; the
 * key on another URL or method, 422.
 */
export class IdempotencyStore {
  private readonly entries = new Map<string, { method: string; url: string; at: number; reply?: Reply }>()
  /** Per key: settled once a request with that key has been answered 409 (in progress). */
  private readonly retries = new Map<string, { seen: Promise<void>; settle: () => void }>()
  readonly log: KeyedRequest[] = []

  constructor(private readonly now: () => number) {}

  /**
   * `replayFailures`: a stored failure is replayed with `replayStatus` too ("the original result
   * back as a 409", https://developer.zuora.com/docs/guides/error-handling/).
   */
  async once(method: string, url: URL, key: string, replayStatus: number, run: () => Promise<Reply>, replayFailures = false): Promise<Reply> {
    const target = `${url.pathname}${url.search}`
    const record = (outcome: KeyedRequest['outcome']) => this.log.push({ method, path: url.pathname, key, outcome })
    const stored = this.entries.get(key)
    if (stored && this.now() - stored.at < DAY_MS) {
      if (stored.method !== method || stored.url !== target) {
        record('mismatch')
        return new Refusal(422, 'The Idempotency-Key was used with a different request').reply
      }
      if (!stored.reply) {
        record('in-progress')
        this.retry(key).settle()
        return { ...new Refusal(409, 'A request with this Idempotency-Key is in progress').reply, headers: { 'retry-after': '1' } }
      }
      record('replayed')
      return { ...stored.reply, status: stored.reply.status < 300 || replayFailures ? replayStatus : stored.reply.status, replayed: true }
    }
    const entry: { method: string; url: string; at: number; reply?: Reply } = { method, url: target, at: this.now() }
    this.entries.set(key, entry)
    record('handled')
    try {
      entry.reply = await run()
    } catch (error) {
      this.entries.delete(key)
      throw error
    }
    return entry.reply
  }

  /** Resolves once a second attempt with `key` has been answered 409 while the first was running. */
  retried(key: string): Promise<void> {
    return this.retry(key).seen
  }

  private retry(key: string): { seen: Promise<void>; settle: () => void } {
    let waiter = this.retries.get(key)
    if (!waiter) {
      let settle = () => {}
      const seen = new Promise<void>((resolve) => (settle = resolve))
      waiter = { seen, settle }
      this.retries.set(key, waiter)
    }
    return waiter
  }
}

/**
 * A fixed one-minute window of requests, announced as Zuora does
 * (https://developer.zuora.com/docs/guides/rate-limits/): RateLimit-Limit lists the window
 * closest to exhaustion first, then each window with `w=` seconds.
 */
export class MinuteBudget {
  private start = 0
  private used = 0

  constructor(private readonly now: () => number) {}

  /** Counts a request and sets the RateLimit headers; false when the window is spent. */
  take(limit: number, headers: Record<string, string>): boolean {
    const now = this.now()
    if (now - this.start >= 60_000) {
      this.start = now
      this.used = 0
    }
    headers['ratelimit-limit'] = `${limit}, ${limit};w=60`
    headers['ratelimit-reset'] = String(Math.max(1, Math.ceil((this.start + 60_000 - now) / 1000)))
    if (this.used >= limit) {
      headers['ratelimit-remaining'] = '0'
      return false
    }
    this.used++
    headers['ratelimit-remaining'] = String(limit - this.used)
    return true
  }
}
