import type { ServerResponse } from 'node:http'
import { sendJson } from './http-helpers.js'

/** A fixed-window rate limit over all of a platform's requests, announced in RateLimit-* headers. */
export interface RateLimit {
  requests: number
  windowSeconds: number
}

/**
 * A fixed-window limit like the platforms' own: every reply says how much of the window is
 * left (RateLimit-Limit/Remaining/Reset); past the limit, 429 with Retry-After.
 */
export class WindowLimiter {
  private windowStart = 0
  private used = 0

  constructor(private limit: RateLimit | undefined) {}

  set(limit: RateLimit | null): void {
    this.limit = limit ?? undefined
    this.used = 0
  }

  /** Answers 429 and returns true when the window is spent; else counts the request and sets the headers. */
  refuse(res: ServerResponse, now: number): boolean {
    if (!this.limit) return false
    const windowMs = this.limit.windowSeconds * 1000
    if (now - this.windowStart >= windowMs) {
      this.windowStart = now
      this.used = 0
    }
    const reset = Math.max(1, Math.ceil((this.windowStart + windowMs - now) / 1000))
    const headers = { 'ratelimit-limit': String(this.limit.requests), 'ratelimit-reset': String(reset) }
    if (this.used >= this.limit.requests) {
      sendJson(res, 429, { message: 'rate limit exceeded' }, { ...headers, 'ratelimit-remaining': '0', 'retry-after': String(reset) })
      return true
    }
    this.used++
    for (const [name, value] of Object.entries({ ...headers, 'ratelimit-remaining': String(this.limit.requests - this.used) })) res.setHeader(name, value)
    return false
  }
}
