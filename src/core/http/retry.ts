import { MAX_TIMER_MS } from '../timers.js'
import { CONNECT_TIMEOUT, NotConnectedError } from './transport.js'

/**
 * When a request may be sent again, and how long to wait first. The rules (DEVELOPERS.md, "Retries"):
 *
 * - A request that never left (connection refused, DNS, connect timeout, a TLS handshake that
 *   failed: transport.ts NotConnectedError) may always be sent again.
 * - A rejection that says "not now" (429, or a platform's own throttling code) was not carried out,
 *   so it may be sent again too.
 * - Anything else (5xx, a reset after sending, a lost or garbled reply) is retried only when the
 *   request is idempotent: a GET, or a POST the platform de-duplicates (Zuora's Idempotency-Key).
 * - The wait is the server's `Retry-After` when it gives one, else exponential backoff with "equal
 *   jitter" (https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/): half of
 *   min(cap, base * 2^(attempt-1)) for sure, the other half at random. That sure half is a floor
 *   no reply can lower: `Retry-After: 0`, a negative one or a date in the past would otherwise send
 *   every attempt back to back at a platform that is already failing.
 */

export interface RetryPolicy {
  /** Attempts in all, the first one included. */
  maxAttempts: number
  baseDelayMs: number
  maxDelayMs: number
}

export const defaultRetryPolicy: RetryPolicy = { maxAttempts: 5, baseDelayMs: 500, maxDelayMs: 30_000 }

/** HTTP statuses that say "try again later" for requests that may be repeated. */
const TRANSIENT_STATUSES = new Set([408, 429, 500, 502, 503, 504])

/** Socket errors that happen before a single byte of the request was written. */
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  // transport.ts's own: the connect timeout passed before the socket was connected.
  CONNECT_TIMEOUT,
])

/**
 * Certificate checks that failed in the TLS handshake (https://nodejs.org/api/tls.html#x509-certificate-error-codes,
 * and a host the certificate does not name): never sent, and never better on a second try.
 */
const CERTIFICATE_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_REVOKED',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'CERT_SIGNATURE_FAILURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
])

export function isCertificateRefused(error: unknown): boolean {
  const code = errorCode(error)
  return code !== undefined && CERTIFICATE_CODES.has(code)
}

export function errorCode(error: unknown): string | undefined {
  let current: unknown = error
  for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
    const code = (current as NodeJS.ErrnoException).code
    if (code) return code
    current = current.cause
  }
  return undefined
}

export function neverSent(error: unknown): boolean {
  if (error instanceof NotConnectedError) return true
  const code = errorCode(error)
  return code !== undefined && NOT_SENT_CODES.has(code)
}

export function isTransientStatus(status: number): boolean {
  return TRANSIENT_STATUSES.has(status)
}

/**
 * `Retry-After` as delta-seconds or an HTTP date (RFC 9110 §10.2.3); undefined when absent or
 * unreadable. Capped at what a timer can hold: the caller compares it with the deadline anyway.
 */
export function parseRetryAfter(value: string | string[] | undefined, now: number): number | undefined {
  const text = Array.isArray(value) ? value[0] : value
  if (text === undefined || text.trim() === '') return undefined
  if (/^\s*\d+(\.\d+)?\s*$/.test(text)) return Math.min(MAX_TIMER_MS, Math.round(Number(text) * 1000))
  const date = Date.parse(text)
  return Number.isNaN(date) ? undefined : Math.min(MAX_TIMER_MS, Math.max(0, date - now))
}

function ceiling(attempt: number, policy: RetryPolicy): number {
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1))
}

/** The least pause after failed attempt `attempt`, whatever the reply said: half its backoff ceiling. */
export function backoffFloor(attempt: number, policy: RetryPolicy): number {
  return Math.floor(ceiling(attempt, policy) / 2)
}

/** Equal jitter: the floor, plus up to as much again at random, so clients that failed together spread out. */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number): number {
  const floor = backoffFloor(attempt, policy)
  return floor + Math.floor(random() * (ceiling(attempt, policy) - floor))
}

/**
 * Honour the server's wait, but never below the backoff floor; plus jitter (a tenth, at most 1 s)
 * so a fleet told the same Retry-After does not return in lockstep.
 */
export function retryAfterDelay(retryAfterMs: number, attempt: number, policy: RetryPolicy, random: () => number): number {
  const base = Math.min(MAX_TIMER_MS, Math.max(retryAfterMs, backoffFloor(attempt, policy)))
  return base + Math.floor(random() * Math.min(1000, base * 0.1))
}
