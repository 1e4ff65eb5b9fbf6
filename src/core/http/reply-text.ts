import type { IncomingHttpHeaders } from 'node:http'
import { untrustedText } from '../untrusted-text.js'

/**
 * The words of a platform's error reply, as flowferry puts them into messages. Whatever a
 * platform's reader (`describeError`) took from the body or the headers goes through
 * `untrustedDetail` in the HTTP client before any message is made of it: the one place where
 * reply text becomes message text for every platform.
 */

/** The platform's reading of an error reply. */
export interface ErrorDetail {
  message: string
  code?: string
  requestId?: string
  /** The platform's way of saying 429 under another status or code. */
  throttled?: boolean
  /** The pause the platform's documentation advises when its refusal carries no Retry-After (ms). */
  retryAfterMs?: number
  hint?: string
}

/** How much of a platform's message is shown; the rest rarely adds to the first sentences. */
export const MESSAGE_LIMIT = 500
const CODE_LIMIT = 100
const REQUEST_ID_LIMIT = 200

/**
 * The detail as messages may show it: each field from the reply masked (secrets in every
 * spelling, foreign URLs' queries), one line with visible escapes, and only then shortened.
 */
export function untrustedDetail(detail: ErrorDetail): ErrorDetail {
  return {
    ...detail,
    message: untrustedText(detail.message, MESSAGE_LIMIT),
    code: detail.code === undefined ? undefined : untrustedText(detail.code, CODE_LIMIT),
    requestId: detail.requestId === undefined ? undefined : untrustedText(detail.requestId, REQUEST_ID_LIMIT),
  }
}

/** The headers platforms commonly carry a request id in; a platform with its own names it (`requestIdHeader`). */
const REQUEST_ID_HEADERS = ['x-request-id', 'request-id', 'x-correlation-id']

/** The request id a platform put in a header, shown as an id from outside is. */
export function requestIdOf(headers: IncomingHttpHeaders, platformHeader?: string): string | undefined {
  for (const name of platformHeader ? [platformHeader, ...REQUEST_ID_HEADERS] : REQUEST_ID_HEADERS) {
    const value = headers[name]
    if (value) return untrustedText(Array.isArray(value) ? value[0]! : value, REQUEST_ID_LIMIT)
  }
  return undefined
}

/**
 * Best effort for platforms without a documented error shape: a JSON message field, or the text.
 * Not shortened here: the client masks the whole text first, then shortens it.
 */
export function genericErrorDetail(headers: IncomingHttpHeaders, text: string, requestIdHeader?: string): ErrorDetail {
  let message = text.trim()
  try {
    const body = JSON.parse(text) as Record<string, unknown>
    const candidate = body.message ?? body.error_msg ?? body.errorMsg ?? body.msg ?? body.error ?? body.title
    if (typeof candidate === 'string') message = candidate
  } catch {
    // not JSON: the text itself is the best we have
  }
  return { message, requestId: requestIdOf(headers, requestIdHeader) }
}
