import type { IncomingHttpHeaders } from 'node:http'
import { HttpError } from '../errors.js'
import { readText } from './reply-body.js'
import { genericErrorDetail, untrustedDetail, type ErrorDetail } from './reply-text.js'
import type { HttpReply } from './request.js'

/**
 * A reply that is not the answer asked for: its text read (to a limit), the platform's reading of
 * it made safe to show (core/http/reply-text.ts), and the HttpError that says it.
 */

/** A platform's reading of its error replies (`HttpClientOptions.describeError`). */
export type ErrorDescriber = (reply: { status: number; headers: IncomingHttpHeaders; text: string }) => ErrorDetail

/** What the HTTP client knows of the platform when it reads a refusal. */
export interface RefusalReader {
  describeError?: ErrorDescriber
  /** The platform's own request-id reply header (`PlatformFacts.requestIdHeader`). */
  requestIdHeader?: string
}

/** An error reply's body is read this far: enough for any platform's message, not a flood. */
const ERROR_BODY_LIMIT = 64 * 1024

/** The text of an error reply, or '' when it cannot be read: the status still says what happened. */
export function refusalText(reply: HttpReply): Promise<string> {
  return readText(reply.body, ERROR_BODY_LIMIT).catch(() => '')
}

/** The platform's reading of an error reply, made safe to show. */
export function describeRefusal(reader: RefusalReader, reply: HttpReply, text: string): ErrorDetail {
  const detail = reader.describeError?.({ status: reply.status, headers: reply.headers, text })
  return untrustedDetail(detail ?? genericErrorDetail(reply.headers, text, reader.requestIdHeader))
}

export function refusalError(reader: RefusalReader, reply: HttpReply, method: string, text: string, detail?: ErrorDetail): HttpError {
  const d = detail ?? describeRefusal(reader, reply, text)
  return new HttpError(reply.status, method, reply.url.pathname, d.message, d.code, d.requestId, {
    hint: d.hint ?? hintForStatus(reply.status),
    reply: text,
  })
}

export function hintForStatus(status: number): string | undefined {
  if (status === 401) return 'Check the credential inputs: the platform did not accept them.'
  if (status === 403) return 'The credentials were accepted but lack the permission (scope/role) for this call.'
  if (status === 404) return 'Check the ids and base-url: the platform does not know this resource.'
  return undefined
}
