import type { IncomingHttpHeaders } from 'node:http'
import type { Clock } from '../clock.js'

/**
 * Slows requests down before the platform has to say 429. Reads the standard `RateLimit-Limit`,
 * `RateLimit-Remaining` and `RateLimit-Reset` headers (Zuora sends them; any platform that does
 * benefits): when the remaining budget runs low, the rest of the window is spread evenly over the
 * remaining requests; when it is spent, requests wait for the reset.
 *
 * One pacer per origin, shared by every client of that origin, so the bundles of a batch draw on
 * one budget instead of each believing it has the whole of it.
 */
export class RatePacer {
  private notBefore = 0
  private spacingMs = 0
  private lastStart = 0

  /** Below this share of the limit (or this many requests) the pacer starts spacing requests. */
  static readonly LOW_SHARE = 0.1
  static readonly LOW_COUNT = 10

  observe(headers: IncomingHttpHeaders, now: number): void {
    const remaining = firstNumber(headers['ratelimit-remaining'])
    const resetSeconds = firstNumber(headers['ratelimit-reset'])
    if (remaining === undefined || resetSeconds === undefined) return
    const limit = firstNumber(headers['ratelimit-limit'])
    const windowMs = resetSeconds * 1000
    if (remaining <= 0) {
      this.notBefore = Math.max(this.notBefore, now + windowMs)
      this.spacingMs = 0
    } else if (remaining < RatePacer.LOW_COUNT || (limit !== undefined && remaining < limit * RatePacer.LOW_SHARE)) {
      this.spacingMs = windowMs / remaining
    } else {
      this.spacingMs = 0
    }
  }

  /** How long the next request should wait; reserves its slot. */
  reserve(now: number): number {
    const start = Math.max(now, this.notBefore, this.lastStart + this.spacingMs)
    this.lastStart = start
    return start - now
  }

  async acquire(clock: Clock, signal?: AbortSignal): Promise<number> {
    const wait = this.reserve(clock.now())
    if (wait > 0) await clock.sleep(wait, signal)
    return wait
  }
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
