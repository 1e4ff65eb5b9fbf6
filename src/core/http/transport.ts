import type { Agent, ClientRequest, IncomingHttpHeaders, IncomingMessage } from 'node:http'
import type { Socket } from 'node:net'
import type { Readable } from 'node:stream'
import { formatDuration } from '../duration.js'
import { timerMs } from '../timers.js'

/**
 * One request on the wire, through Node's own `node:http` / `node:https`
 * (https://nodejs.org/api/http.html#httprequesturl-options-callback). undici did this before; it
 * was dropped because loading it cost every run about 50 ms before its first request (an esbuild
 * bundle of undici sending one request: ~84 ms, `node:http` doing the same: ~38 ms, `node -e ""`:
 * ~30 ms), when start-up is meant to stay within twice a bare `node`.
 *
 * The client modules are taken with `process.getBuiltinModule`
 * (https://nodejs.org/api/process.html#processgetbuiltinmoduleid), not an ESM import: building
 * the ESM namespace of `node:http` evaluates its lazy getters, which costs ~30 ms more.
 *
 * What the request loop (client.ts) relies on, kept as undici had it:
 * - a connect timeout (DNS, TCP and the TLS handshake), failing with a code retry.ts counts as
 *   "never sent": nothing of the request is written before the socket is connected;
 * - a read timeout while waiting for the reply's headers and, once they came, between two pieces
 *   of its body: a socket idle timeout (https://nodejs.org/api/net.html#socketsettimeouttimeout-callback),
 *   which writing the request body also resets, as undici's did;
 * - the deadline's signal aborts the request, or the reading of its reply;
 * - a body that is bytes or a stream, sent with the Content-Length it was prepared with.
 * Redirects are the request loop's, so are decoding and limits (reply-body.ts).
 */

export interface Pools {
  http: Agent
  https?: Agent
}

export interface Exchange {
  method: string
  /** Lower-case names. */
  headers: Record<string, string>
  body?: Buffer | Readable
  signal: AbortSignal
  connectTimeoutMs: number
  /** Longest silence before the reply's headers. */
  headersTimeoutMs: number
  /** Longest silence between two pieces of the reply's body. */
  bodyTimeoutMs: number
}

export interface Answer {
  statusCode: number
  headers: IncomingHttpHeaders
  body: Readable
}

/** The codes of the errors this file makes; CONNECT_TIMEOUT is one retry.ts counts as never sent. */
export const CONNECT_TIMEOUT = 'CONNECT_TIMEOUT'
const HEADERS_TIMEOUT = 'HEADERS_TIMEOUT'
const BODY_TIMEOUT = 'BODY_TIMEOUT'

function coded(code: string, message: string): Error {
  return Object.assign(new Error(message), { code })
}

/**
 * An error from before the connection was up (DNS, TCP, the TLS handshake: an untrusted or
 * expired certificate, a server that does not speak TLS): not a byte of the request was written,
 * whatever the error's code, so retry.ts may send it again and never calls its delivery uncertain.
 * The cause's message and code are kept for the log line.
 */
export class NotConnectedError extends Error {
  readonly code: string | undefined
  constructor(cause: Error) {
    super(cause.message, { cause })
    this.name = 'NotConnectedError'
    this.code = (cause as NodeJS.ErrnoException).code
  }
}

/** Sends `exchange` to `url` through the run's `pools`; resolves when the reply's headers are in. */
export function send(url: URL, exchange: Exchange, pools: Pools): Promise<Answer> {
  return new Promise<Answer>((resolve, reject) => {
    const { signal } = exchange
    if (signal.aborted) return reject(signal.reason)
    const secure = url.protocol === 'https:'
    let req: ClientRequest
    try {
      const client = secure ? process.getBuiltinModule('node:https') : process.getBuiltinModule('node:http')
      req = client.request(url, { method: exchange.method, headers: exchange.headers, agent: secure ? pools.https : pools.http })
    } catch (error) {
      // A header value Node refuses (ERR_INVALID_CHAR): nothing was sent.
      return reject(error)
    }

    let response: IncomingMessage | undefined
    let socket: Socket | undefined
    let connectTimer: NodeJS.Timeout | undefined
    let done = false
    // Set once the socket is connected (and its TLS handshake done), or reused connected.
    let connected = false
    const fail = (error: unknown) => {
      if (done) return
      // Once the headers are in, the error reaches whoever reads the body.
      if (response) response.destroy(error as Error)
      req.destroy(error as Error)
      reject(error)
    }
    const onAbort = () => fail(signal.reason)
    const onIdle = () => {
      fail(response
        ? coded(BODY_TIMEOUT, `the reply stopped: nothing came for ${formatDuration(exchange.bodyTimeoutMs)} (body timeout; FLOWFERRY_READ_TIMEOUT sets it)`)
        : coded(HEADERS_TIMEOUT, `no reply: nothing came for ${formatDuration(exchange.headersTimeoutMs)} after the request (headers timeout; FLOWFERRY_READ_TIMEOUT sets it)`))
    }
    const cleanup = () => {
      if (done) return
      done = true
      clearTimeout(connectTimer)
      signal.removeEventListener('abort', onAbort)
      socket?.removeListener('timeout', onIdle)
    }
    signal.addEventListener('abort', onAbort, { once: true })

    req.on('error', (error) => {
      if (response && !response.destroyed) response.destroy(error)
      reject(connected ? error : new NotConnectedError(error))
      cleanup()
    })
    req.once('close', () => {
      if (!response) cleanup()
    })
    req.once('socket', (assigned: Socket) => {
      socket = assigned
      // A new socket is still connecting (its TLS handshake included); a reused one is not.
      // The read timeout starts once it is connected: a slow connect is the connect timeout's, which
      // says the request was never sent.
      assigned.on('timeout', onIdle)
      const reading = () => {
        connected = true
        clearTimeout(connectTimer)
        if (!done && !response) assigned.setTimeout(timerMs(exchange.headersTimeoutMs))
      }
      if (!assigned.connecting) return reading()
      assigned.setTimeout(0)
      connectTimer = setTimeout(() => {
        fail(coded(CONNECT_TIMEOUT, `connect timeout: no connection to ${url.host} within ${formatDuration(exchange.connectTimeoutMs)} (FLOWFERRY_CONNECT_TIMEOUT sets it)`))
      }, timerMs(exchange.connectTimeoutMs))
      assigned.once(secure ? 'secureConnect' : 'connect', reading)
    })
    req.once('response', (res: IncomingMessage) => {
      response = res
      socket?.setTimeout(timerMs(exchange.bodyTimeoutMs))
      res.once('close', cleanup)
      resolve({ statusCode: res.statusCode ?? 0, headers: res.headers, body: res })
    })

    const { body } = exchange
    if (body === undefined || Buffer.isBuffer(body)) {
      req.end(body)
    } else {
      // A body that fails (a file that changed under it) fails the request; a request that fails
      // first closes the body (its file descriptor).
      body.once('error', (error) => req.destroy(error))
      req.once('close', () => {
        if (!body.readableEnded) body.destroy()
      })
      body.pipe(req)
    }
  })
}
