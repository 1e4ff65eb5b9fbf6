import type { IncomingHttpHeaders } from 'node:http'
import type { Readable } from 'node:stream'
import { request, type Dispatcher } from 'undici'
import { Deadline, systemClock, type Clock } from '../clock.js'
import { formatDuration } from '../duration.js'
import { timerMs } from '../timers.js'
import {
  FlowferryError,
  HttpError,
  NetworkError,
  TimedOutError,
  UncertainDeliveryError,
} from '../errors.js'
import type { Logger } from '../log.js'
import { prepareBody, type PreparedBody, type RequestBody } from './body.js'
import { sharedDispatcher, timeoutsFromEnv, type Timeouts } from './dispatcher.js'
import { MalformedReplyError, ReplyTooLargeError } from './errors.js'
import { redirectTarget } from './redirect.js'
import { decodeBody, readJson, readText } from './reply-body.js'
import { pacerFor } from './pacer.js'
import { genericErrorDetail, requestIdOf, untrustedDetail, type ErrorDetail } from './reply-text.js'
import { VERSION } from '../../version.js'
import {
  backoffDelay,
  defaultRetryPolicy,
  errorCode,
  isTransientStatus,
  neverSent,
  parseRetryAfter,
  retryAfterDelay,
  type RetryPolicy,
} from './retry.js'

export { discard, readJson, readText } from './reply-body.js'

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

/** A request about to leave, as credentials see it: they add headers (or a signature) in place. */
export interface OutgoingRequest {
  method: HttpMethod
  url: URL
  /** Lower-case names. */
  headers: Record<string, string>
  body?: PreparedBody
}

/**
 * How a platform authenticates. `authorize` is only ever called for requests to the configured
 * `base-url` origin: a download link or redirect to any other host goes out bare.
 */
export interface Credentials {
  authorize(request: OutgoingRequest): void | Promise<void>
  /** Called once per request after a 401 from the origin; true when fresh credentials are worth a retry. */
  refresh?(): Promise<boolean>
}

/**
 * A credential sent as one header on every request to the origin (an API key, a token). The name
 * goes out spelled as the platform documents it: header names are case-insensitive, but a server
 * or proxy that compares them literally should not be the reason a key is refused.
 */
export function headerCredentials(name: string, value: string): Credentials {
  return {
    authorize(request) {
      request.headers[name] = value
    },
  }
}

export { genericErrorDetail, requestIdOf, type ErrorDetail }

export type ErrorDescriber = (reply: { status: number; headers: IncomingHttpHeaders; text: string }) => ErrorDetail

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
}

export interface HttpReply {
  status: number
  headers: IncomingHttpHeaders
  /** Decoded (gunzipped) body; the consumer reads it. */
  body: Readable
  url: URL
}

export interface HttpClientOptions {
  baseUrl: URL
  log: Logger
  credentials?: Credentials
  describeError?: ErrorDescriber
  deadline?: Deadline
  clock?: Clock
  retry?: Partial<RetryPolicy>
  timeouts?: Partial<Timeouts>
  /** Sent on every request (before credentials are added). */
  headers?: Record<string, string>
  /** Gzip request bodies larger than this many bytes (platforms that accept Content-Encoding: gzip). */
  gzipRequestsAbove?: number
  dispatcher?: Dispatcher
  userAgent?: string
  /** The platform's own request-id reply header, if it has one (`PlatformFacts.requestIdHeader`). */
  requestIdHeader?: string
}

const IDEMPOTENT_METHODS = new Set<HttpMethod>(['GET', 'HEAD', 'PUT', 'DELETE'])
const REDIRECTS = new Set([301, 302, 303, 307, 308])
const MAX_REDIRECTS = 5
const ERROR_BODY_LIMIT = 64 * 1024
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

/**
 * The one HTTP client every platform uses: origin-pinned credentials, timeouts, the retry policy,
 * rate-limit pacing, transparent gunzip, debug logging with secrets kept out.
 */
export class HttpClient {
  readonly baseUrl: URL
  private readonly origin: string
  private readonly log: Logger
  private readonly clock: Clock
  private readonly deadline: Deadline
  private readonly policy: RetryPolicy
  private readonly timeouts: Timeouts

  constructor(private readonly options: HttpClientOptions) {
    this.baseUrl = options.baseUrl
    this.origin = options.baseUrl.origin
    this.log = options.log
    this.clock = options.clock ?? systemClock
    this.deadline = options.deadline ?? Deadline.after(24 * 3_600_000, this.clock)
    this.policy = { ...defaultRetryPolicy, ...options.retry }
    this.timeouts = { ...timeoutsFromEnv(), ...options.timeouts }
  }

  /** Send, retrying as the rules allow, and hand a successful reply to `consume`. */
  async request<T>(spec: RequestSpec, consume: (reply: HttpReply) => Promise<T>): Promise<T> {
    const what = spec.what ?? `${spec.method} ${spec.path.split('?')[0]}`
    const idempotent = spec.idempotent ?? IDEMPOTENT_METHODS.has(spec.method)
    const body = spec.body ? await prepareBody(spec.body, this.options.gzipRequestsAbove) : undefined
    let url = this.resolve(spec)
    const method = spec.method
    let attempt = 0
    let redirects = 0
    let refreshed = false

    for (;;) {
      attempt++
      const pacer = pacerFor(url.origin)
      const paced = await pacer.acquire(this.clock, this.deadline, what)
      if (paced >= 500) this.log.info(`${what}: pacing for the platform's rate limit (${formatDuration(paced)})`)
      this.checkDeadline(what, idempotent)

      const outgoing: OutgoingRequest = {
        method,
        url,
        headers: {
          'user-agent': this.options.userAgent ?? `flowferry/${VERSION}`,
          'accept-encoding': 'gzip, deflate',
          ...lowerCase(this.options.headers),
          ...lowerCase(spec.headers),
          ...body?.headers,
        },
        body,
      }
      const trusted = url.origin === this.origin
      if (trusted && this.options.credentials) await this.options.credentials.authorize(outgoing)
      this.logRequest(outgoing, attempt, trusted)

      const progress = { streamed: false, finished: false }
      const started = this.clock.now()
      let response: Dispatcher.ResponseData
      try {
        response = await request(url, {
          method,
          headers: outgoing.headers,
          body: openBody(outgoing.body, progress),
          dispatcher: this.options.dispatcher ?? sharedDispatcher(this.timeouts),
          signal: this.deadline.signal(),
          headersTimeout: timerMs(spec.readTimeoutMs ?? this.timeouts.readMs),
          bodyTimeout: timerMs(Math.max(spec.readTimeoutMs ?? 0, this.timeouts.readMs)),
        })
      } catch (error) {
        this.checkDeadline(what, idempotent, error)
        // A streamed body that was not read to its end cannot have been received whole.
        const delivered = !neverSent(error) && !(progress.streamed && !progress.finished)
        if (delivered && !idempotent) throw new UncertainDeliveryError(what, error, spec.harmlessIfRepeated)
        await this.pauseBeforeRetry(what, attempt, `${describeCause(error)}`, undefined, error)
        continue
      }

      pacer.observe(response.headers, this.clock.now())
      const reply: HttpReply = {
        status: response.statusCode,
        headers: response.headers,
        body: decodeBody(response.body, response.headers['content-encoding'], what),
        url,
      }
      this.logReply(reply, this.clock.now() - started)

      if (REDIRECTS.has(reply.status) && reply.headers.location && (method === 'GET' || method === 'HEAD')) {
        reply.body.destroy()
        if (++redirects > MAX_REDIRECTS) throw new NetworkError(`${what}: more than ${MAX_REDIRECTS} redirects`)
        url = redirectTarget(reply.headers.location, url, what)
        attempt--
        continue
      }

      if (reply.status === 401 && trusted && !refreshed && this.options.credentials?.refresh) {
        reply.body.destroy()
        refreshed = true
        if (await this.options.credentials.refresh()) {
          this.log.info(`${what}: the platform refused the credentials (401); retrying once with fresh ones`)
          attempt--
          continue
        }
        throw this.errorFor(reply, method, '', { message: 'unauthorized' })
      }

      if ((reply.status >= 200 && reply.status < 300) || spec.accept?.includes(reply.status)) {
        try {
          return await consume(reply)
        } catch (error) {
          reply.body.destroy()
          // Our own verdicts on a complete reply (a wrong shape, a bad bundle) are final; a reply
          // that broke off or could not be parsed may be a passing fault. One too large to read
          // would come back as large, but a request that changes something did reach the platform.
          if (error instanceof ReplyTooLargeError && idempotent) throw error
          if (error instanceof FlowferryError && !(error instanceof MalformedReplyError) && !(error instanceof ReplyTooLargeError)) throw error
          this.checkDeadline(what, idempotent, error)
          if (!idempotent) throw new UncertainDeliveryError(what, error, spec.harmlessIfRepeated)
          await this.pauseBeforeRetry(what, attempt, `the reply could not be read (${describeCause(error)})`, undefined, error)
          continue
        }
      }

      const text = await readText(reply.body, ERROR_BODY_LIMIT).catch(() => '')
      const detail = this.describe(reply, text)
      const throttled = reply.status === 429 || detail.throttled === true
      if (throttled || (idempotent && isTransientStatus(reply.status))) {
        const header = parseRetryAfter(reply.headers['retry-after'], Date.now())
        const pause = header !== undefined ? { ms: header, source: 'as the platform asked (Retry-After)' } : detail.retryAfterMs !== undefined ? { ms: detail.retryAfterMs, source: "as the platform's documentation advises (no Retry-After)" } : undefined
        const problem = `HTTP ${reply.status}${detail.code ? ` ${detail.code}` : ''}`
        await this.pauseBeforeRetry(what, attempt, problem, pause, this.errorFor(reply, method, text, detail))
        continue
      }
      const error = this.errorFor(reply, method, text, detail)
      if (!idempotent && reply.status >= 500) {
        throw error.withHint(
          spec.harmlessIfRepeated ??
            'flowferry did not retry, because sending this request twice could repeat the change. ' +
              'Check the target environment, then re-run the step.',
        )
      }
      throw error
    }
  }

  /** GET/POST and parse a JSON reply, checked against `parse` (a zod schema's parse, typically). */
  async json<T>(spec: RequestSpec, parse: (value: unknown) => T): Promise<T> {
    return this.request(spec, async (reply) => parse(await readJson(reply, spec.what ?? spec.path)))
  }

  private resolve(spec: RequestSpec): URL {
    const url = /^https?:\/\//i.test(spec.path)
      ? new URL(spec.path)
      : new URL(this.baseUrl.pathname.replace(/\/+$/, '') + spec.path, this.origin)
    for (const [key, value] of Object.entries(spec.query ?? {})) {
      if (value !== undefined) url.searchParams.set(key, String(value))
    }
    return url
  }

  /** The platform's reading of an error reply, made safe to show (core/http/reply-text.ts). */
  private describe(reply: HttpReply, text: string): ErrorDetail {
    const detail = this.options.describeError?.({ status: reply.status, headers: reply.headers, text })
    return untrustedDetail(detail ?? genericErrorDetail(reply.headers, text, this.options.requestIdHeader))
  }

  private errorFor(reply: HttpReply, method: string, text: string, detail?: ErrorDetail): HttpError {
    const d = detail ?? this.describe(reply, text)
    return new HttpError(reply.status, method, reply.url.pathname, d.message, d.code, d.requestId, {
      hint: d.hint ?? hintForStatus(reply.status),
      reply: text,
    })
  }

  private async pauseBeforeRetry(
    what: string,
    attempt: number,
    problem: string,
    /** The pause the reply asked for, and whose word it is, for the log line. */
    pause: { ms: number; source: string } | undefined,
    lastError: unknown,
  ): Promise<void> {
    const retryAfterMs = pause?.ms
    if (attempt >= this.policy.maxAttempts) {
      if (lastError instanceof HttpError) throw lastError
      throw new NetworkError(`${what} failed after ${attempt} attempts: ${problem}`, {
        cause: lastError,
        hint: 'Check that base-url is right and the platform is reachable from the runner.',
      })
    }
    const wait =
      retryAfterMs !== undefined
        ? retryAfterDelay(retryAfterMs, attempt, this.policy, this.clock.random)
        : backoffDelay(attempt, this.policy, this.clock.random)
    if (wait >= this.deadline.remaining()) {
      throw new TimedOutError(
        `${what}: ${problem}, and the next attempt (in ${formatDuration(wait)}) would come after the timeout`,
        undefined,
        undefined,
        'Raise `timeout`, or run the step again later.',
      )
    }
    const source = pause ? ` ${pause.source}` : ''
    this.log.info(
      `${what}: ${problem}; retrying in ${formatDuration(wait)}${source} (attempt ${attempt + 1} of ${this.policy.maxAttempts})`,
    )
    await this.clock.sleep(wait, this.deadline.signal()).catch(() => {
      throw new TimedOutError(`${what}: ${problem}, and the timeout passed while waiting to try again`, undefined, undefined, 'Raise `timeout`, or run the step again later.')
    })
  }

  private checkDeadline(what: string, idempotent: boolean, cause?: unknown): void {
    if (!this.deadline.expired()) return
    const uncertain = cause !== undefined && !idempotent
    throw new TimedOutError(
      `${what} did not finish before the timeout`,
      undefined,
      undefined,
      uncertain
        ? 'The request may have reached the platform: check the target before re-running, or raise `timeout`.'
        : 'Raise `timeout`, or run the step again.',
    )
  }

  private logRequest(request: OutgoingRequest, attempt: number, trusted: boolean): void {
    if (!this.log.debugEnabled) return
    const shown = trusted ? request.url.toString() : `${request.url.origin}${request.url.pathname}${request.url.search ? '?…' : ''}`
    const headers = Object.entries(request.headers)
      .map(([name, value]) => `${name}: ${SENSITIVE_HEADERS.has(name.toLowerCase()) ? '***' : value}`)
      .join(', ')
    this.log.debug(`→ ${request.method} ${shown}${attempt > 1 ? ` (attempt ${attempt})` : ''} [${headers}]`)
  }

  private logReply(reply: HttpReply, elapsedMs: number): void {
    if (!this.log.debugEnabled) return
    const id = requestIdOf(reply.headers, this.options.requestIdHeader)
    this.log.debug(
      `← ${reply.status} ${reply.url.pathname} in ${formatDuration(elapsedMs)}` +
        `${reply.headers['content-length'] ? `, ${reply.headers['content-length']} bytes` : ''}` +
        `${id ? `, request id ${id}` : ''}`,
    )
  }
}

function openBody(body: PreparedBody | undefined, progress: { streamed: boolean; finished: boolean }) {
  if (!body) return undefined
  const opened = body.open()
  if (Buffer.isBuffer(opened)) return opened
  progress.streamed = true
  opened.once('end', () => {
    progress.finished = true
  })
  return opened
}

function lowerCase(headers: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers ?? {})) out[name.toLowerCase()] = value
  return out
}

function describeCause(error: unknown): string {
  const code = errorCode(error)
  const message = error instanceof Error ? error.message : String(error)
  return code && !message.includes(code) ? `${code}: ${message}` : message
}

export function hintForStatus(status: number): string | undefined {
  if (status === 401) return 'Check the credential inputs: the platform did not accept them.'
  if (status === 403) return 'The credentials were accepted but lack the permission (scope/role) for this call.'
  if (status === 404) return 'Check the ids and base-url: the platform does not know this resource.'
  return undefined
}
