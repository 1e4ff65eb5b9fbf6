import type { IncomingHttpHeaders } from 'node:http'
import type { Readable } from 'node:stream'
import type { PreparedBody, RequestBody } from './body.js'

/**
 * What a request and its reply are, as the platforms describe them to the HTTP client
 * (`RequestSpec`), as credentials see them on the way out (`OutgoingRequest`), and as the client
 * hands them back (`HttpReply`); with the small steps that turn one into the next.
 */

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

export interface RequestSpec {
  method: HttpMethod
  /** A path under `base-url` (segments already encoded), or an absolute URL. */
  path: string
  query?: Record<string, string | number | boolean | undefined>
  headers?: Record<string, string>
  body?: RequestBody
  /** Whether sending it twice is harmless. Default: true for GET, HEAD, PUT and DELETE. */
  idempotent?: boolean
  /** What the request does, for messages: "import the workflow". */
  what?: string
  /** Longest wait for the reply to start, for calls the platform answers slowly on purpose. */
  readTimeoutMs?: number
  /** Error statuses that are answers here (e.g. 404 when looking something up). */
  accept?: readonly number[]
  /**
   * For a request that is not idempotent but changes nothing the user cares about (an upload
   * that is not yet imported): said when its reply is lost, so the user knows re-running is safe.
   */
  harmlessIfRepeated?: string
  /**
   * The reader of a successful reply needs no zod schema (it keeps the reply's JSON for a check
   * the caller makes later, core/schema.ts), so the client does not load zod for it: zod's first
   * load takes some 20 ms of the thread that streams every other request's body meanwhile.
   */
  readsWithoutSchemas?: boolean
  /**
   * The reply is a file to save (core/http/download.ts, saveTo): it is read on a connection of its
   * own into one reused buffer (framed-transport.ts), not through Node's HTTP client. A request
   * whose body is a stream is sent the usual way.
   */
  download?: boolean
}

/** A request about to leave, as credentials see it: they add headers (or a signature) in place. */
export interface OutgoingRequest {
  method: HttpMethod
  url: URL
  /** Lower-case names. */
  headers: Record<string, string>
  body?: PreparedBody
}

export interface HttpReply {
  status: number
  headers: IncomingHttpHeaders
  /** Decoded (gunzipped) body; the consumer reads it. */
  body: Readable
  url: URL
}

/**
 * The methods HTTP defines as idempotent (RFC 9110, section 9.2.2:
 * https://www.rfc-editor.org/rfc/rfc9110#section-9.2.2); a POST or PATCH is one only when the
 * platform says so (`RequestSpec.idempotent`).
 */
const IDEMPOTENT_METHODS = new Set<HttpMethod>(['GET', 'HEAD', 'PUT', 'DELETE'])

export function isIdempotent(spec: RequestSpec): boolean {
  return spec.idempotent ?? IDEMPOTENT_METHODS.has(spec.method)
}

/** The URL a spec names: its path under `base-url` (keeping the base's own path), or an absolute URL as given. */
export function urlFor(baseUrl: URL, spec: RequestSpec): URL {
  const url = /^https?:\/\//i.test(spec.path)
    ? new URL(spec.path)
    : new URL(baseUrl.pathname.replace(/\/+$/, '') + spec.path, baseUrl.origin)
  for (const [key, value] of Object.entries(spec.query ?? {})) {
    if (value !== undefined) url.searchParams.set(key, String(value))
  }
  return url
}

export function lowerCase(headers: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers ?? {})) out[name.toLowerCase()] = value
  return out
}

/**
 * The body to send for one attempt. A streamed body marks `progress` so that a failure can tell
 * a request that cannot have been received whole (the stream never ended) from one that may have.
 */
export function openBody(body: PreparedBody | undefined, progress: { streamed: boolean; finished: boolean }) {
  if (!body) return undefined
  const opened = body.open()
  if (Buffer.isBuffer(opened)) return opened
  progress.streamed = true
  opened.once('end', () => {
    progress.finished = true
  })
  return opened
}
