import { formatDuration } from '../duration.js'
import type { Logger } from '../log.js'
import { requestIdOf } from './reply-text.js'
import type { HttpReply, OutgoingRequest } from './request.js'

/**
 * The debug log's line for each request and reply. Secrets stay out: credential headers are
 * masked, and a URL off the `base-url` origin (a signed download link) loses its query string.
 */

const SENSITIVE_HEADERS = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'x-api-key',
  'accesskey',
  'x-auth-token',
  'x-subject-token',
  'x-security-token',
])

export function logRequest(log: Logger, request: OutgoingRequest, attempt: number, trusted: boolean): void {
  if (!log.debugEnabled) return
  const shown = trusted ? request.url.toString() : `${request.url.origin}${request.url.pathname}${request.url.search ? '?…' : ''}`
  const headers = Object.entries(request.headers)
    .map(([name, value]) => `${name}: ${SENSITIVE_HEADERS.has(name.toLowerCase()) ? '***' : value}`)
    .join(', ')
  log.debug(`→ ${request.method} ${shown}${attempt > 1 ? ` (attempt ${attempt})` : ''} [${headers}]`)
}

export function logReply(log: Logger, reply: HttpReply, elapsedMs: number, requestIdHeader: string | undefined): void {
  if (!log.debugEnabled) return
  const id = requestIdOf(reply.headers, requestIdHeader)
  log.debug(
    `← ${reply.status} ${reply.url.pathname} in ${formatDuration(elapsedMs)}` +
      `${reply.headers['content-length'] ? `, ${reply.headers['content-length']} bytes` : ''}` +
      `${id ? `, request id ${id}` : ''}`,
  )
}
