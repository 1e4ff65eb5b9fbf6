import { Deadline, systemClock, type Clock } from '../clock.js'
import { formatDuration } from '../duration.js'
import { timerMs } from '../timers.js'
import { FlowferryError, HttpError, NetworkError, UncertainDeliveryError } from '../errors.js'
import type { Logger } from '../log.js'
import { VERSION } from '../../version.js'
import { prepareBody } from './body.js'
import type { Credentials } from './credentials.js'
import { poolsFor, timeoutsFromEnv, type Timeouts } from './dispatcher.js'
import { MalformedReplyError, ReplyTooLargeError } from './errors.js'
import { redirectTarget } from './redirect.js'
import { decodeBody, readJson } from './reply-body.js'
import { pacerFor } from './pacer.js'
import { describeRefusal, refusalError, refusalText, type ErrorDescriber } from './refusal.js'
import type { ErrorDetail } from './reply-text.js'
import { isIdempotent, lowerCase, openBody, urlFor, type HttpReply, type OutgoingRequest, type RequestSpec } from './request.js'
import { logReply, logRequest } from './request-log.js'
import { loadSchemas } from '../schema.js'
import { defaultRetryPolicy, isCertificateRefused, isTransientStatus, neverSent, parseRetryAfter, type RetryPolicy } from './retry.js'
import { certificateRefused, checkDeadline, describeCause, pauseBeforeRetry, type AskedPause, type Retrying } from './retry-wait.js'
import { send, type Answer, type Exchange } from './transport.js'

/*
 * Platforms import everything HTTP from this module. The request loop is here; each of its parts
 * has a file of its own:
 *   request.ts      what a request and a reply are (RequestSpec, OutgoingRequest, HttpReply)
 *   credentials.ts  how a platform signs in, only ever to the base-url origin
 *   retry.ts        when a request may be sent again, and after how long (the rules)
 *   retry-wait.ts   giving up, or waiting before the next attempt
 *   refusal.ts      an error reply read into an HttpError (reply-text.ts keeps its words safe)
 *   reply-body.ts   reading a successful reply (gunzip, size limits, JSON)
 *   request-log.ts  the debug lines, secrets masked
 *   transport.ts    one request on the wire (node:http), timeouts, abort
 *   pacer.ts, redirect.ts, dispatcher.ts, body.ts  rate limits, redirects, sockets, request bodies
 */

export { discard, readJson, readText } from './reply-body.js'
export { genericErrorDetail, requestIdOf, type ErrorDetail } from './reply-text.js'
export { headerCredentials, type Credentials } from './credentials.js'
export type { HttpMethod, HttpReply, OutgoingRequest, RequestSpec } from './request.js'
export { hintForStatus, type ErrorDescriber } from './refusal.js'

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
  userAgent?: string
  /** The platform's own request-id reply header, if it has one (`PlatformFacts.requestIdHeader`). */
  requestIdHeader?: string
}

const REDIRECTS = new Set([301, 302, 303, 307, 308])
const MAX_REDIRECTS = 5

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
  private readonly retrying: Retrying
  private readonly timeouts: Timeouts

  constructor(private readonly options: HttpClientOptions) {
    this.baseUrl = options.baseUrl
    this.origin = options.baseUrl.origin
    this.log = options.log
    this.clock = options.clock ?? systemClock
    this.deadline = options.deadline ?? Deadline.after(24 * 3_600_000, this.clock)
    this.retrying = { policy: { ...defaultRetryPolicy, ...options.retry }, clock: this.clock, deadline: this.deadline, log: this.log }
    this.timeouts = { ...timeoutsFromEnv(), ...options.timeouts }
  }

  /** Send, retrying as the rules allow, and hand a successful reply to `consume`. */
  async request<T>(spec: RequestSpec, consume: (reply: HttpReply) => Promise<T>): Promise<T> {
    const what = spec.what ?? `${spec.method} ${spec.path.split('?')[0]}`
    const idempotent = isIdempotent(spec)
    const body = spec.body ? await prepareBody(spec.body, this.options.gzipRequestsAbove) : undefined
    let url = this.resolve(spec)
    const method = spec.method
    let attempt = 0
    let redirects = 0
    let refreshed = false

    for (;;) {
      attempt++
      const trusted = url.origin === this.origin
      // A token the credentials fetch first is a request of its own, paced and bounded by the
      // deadline in its own loop; this request waits its turn after it, so that the token's reply
      // (which may say the budget is spent) is counted once, and a signature comes after any wait.
      if (trusted && this.options.credentials?.prepare) await this.options.credentials.prepare()
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
      if (trusted && this.options.credentials) await this.options.credentials.authorize(outgoing)
      this.logRequest(outgoing, attempt, trusted)

      // Taken as the request leaves, so that a reply's RateLimit-Remaining is not spent again by the
      // requests that were still in flight when it was counted (pacer.ts).
      const ticket = pacer.ticket()
      const progress = { streamed: false, finished: false }
      const started = this.clock.now()
      let response: Answer
      const exchange: Exchange = {
        method,
        headers: outgoing.headers,
        body: openBody(outgoing.body, progress),
        signal: this.deadline.signal(),
        connectTimeoutMs: this.timeouts.connectMs,
        headersTimeoutMs: timerMs(spec.readTimeoutMs ?? this.timeouts.readMs),
        bodyTimeoutMs: timerMs(Math.max(spec.readTimeoutMs ?? 0, this.timeouts.readMs)),
      }
      // A download's own transport, loaded by the first one (a chunk of its own in dist/).
      const framed = spec.download && (exchange.body === undefined || Buffer.isBuffer(exchange.body)) ? await import('./framed-transport.js') : undefined
      try {
        response = framed ? await framed.sendFramed(url, exchange) : await send(url, exchange, poolsFor(url))
      } catch (error) {
        pacer.release(ticket)
        this.checkDeadline(what, idempotent, error)
        if (isCertificateRefused(error)) throw certificateRefused(what, error)
        // A streamed body that was not read to its end cannot have been received whole.
        const delivered = !neverSent(error) && !(progress.streamed && !progress.finished)
        if (delivered && !idempotent) throw new UncertainDeliveryError(what, error, spec.harmlessIfRepeated)
        await this.pauseBeforeRetry(what, attempt, `${describeCause(error)}`, undefined, error)
        continue
      }

      // Replies are read with zod schemas, loaded only now: the first request left without them;
      // and for a reader that needs none (RequestSpec.readsWithoutSchemas), only if it is refused.
      if (!spec.readsWithoutSchemas) await loadSchemas()
      pacer.observe(response.headers, this.clock.now(), ticket)
      const reply: HttpReply = {
        status: response.statusCode,
        headers: response.headers,
        body: decodeBody(response.body, response.headers, what),
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

      const text = await refusalText(reply)
      await loadSchemas()
      const detail = this.describe(reply, text)
      const throttled = reply.status === 429 || detail.throttled === true
      if (throttled || (idempotent && isTransientStatus(reply.status))) {
        const header = parseRetryAfter(reply.headers['retry-after'], this.clock.now())
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

  // The loop's steps, bound to this client's platform, clock, deadline and log.

  private resolve(spec: RequestSpec): URL {
    return urlFor(this.baseUrl, spec)
  }

  private describe(reply: HttpReply, text: string): ErrorDetail {
    return describeRefusal(this.options, reply, text)
  }

  private errorFor(reply: HttpReply, method: string, text: string, detail?: ErrorDetail): HttpError {
    return refusalError(this.options, reply, method, text, detail)
  }

  private pauseBeforeRetry(what: string, attempt: number, problem: string, pause: AskedPause | undefined, lastError: unknown): Promise<void> {
    return pauseBeforeRetry(this.retrying, what, attempt, problem, pause, lastError)
  }

  private checkDeadline(what: string, idempotent: boolean, cause?: unknown): void {
    checkDeadline(this.deadline, what, idempotent, cause)
  }

  private logRequest(request: OutgoingRequest, attempt: number, trusted: boolean): void {
    logRequest(this.log, request, attempt, trusted)
  }

  private logReply(reply: HttpReply, elapsedMs: number): void {
    logReply(this.log, reply, elapsedMs, this.options.requestIdHeader)
  }
}
