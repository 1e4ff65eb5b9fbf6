import type { Socket } from 'node:net'
import type { ConnectionOptions } from 'node:tls'
import { formatDuration } from '../duration.js'
import { timerMs } from '../timers.js'
import { downloadSockets } from './dispatcher.js'
import { FramedBody, READ_BUFFER } from './framed-body.js'
import { ReplyFramer, type ReplyHead } from './reply-framing.js'
import { CONNECT_TIMEOUT, NotConnectedError, type Answer, type Exchange } from './transport.js'

/**
 * One download on the wire: the request loop's `send` (transport.ts) for a reply that is a file
 * (RequestSpec.download). Node's HTTP client allocates and copies every 64 KiB the socket reads;
 * for a download that is most of the client's CPU (a 100 MiB reply: 135-190 ms just to read it,
 * against 33 ms for a socket reading into one reused buffer), and on a runner whose cores the
 * platform's side shares (the sandbox here) it is what kept downloads under 0.8x curl. So this
 * transport opens its own socket with `onread` (https://nodejs.org/api/net.html#socketconnectoptions-connectlistener,
 * and for TLS https://nodejs.org/api/tls.html#tlsconnectoptions-callback), frames the reply
 * itself (reply-framing.ts) and hands the body over as ranges of that buffer (framed-body.ts).
 *
 * What it keeps of transport.ts, the same way: the connect timeout (TLS handshake included, an
 * error then is "never sent"), the read timeout before the headers and between pieces of the
 * body, the deadline's abort, and TLS with Node's default checks (the platform's certificate for
 * the host, NODE_EXTRA_CA_CERTS). One request per connection (`Connection: close`): no pool, no
 * second reply on the socket, and an error can never leave a half-read connection for the next
 * request. Only a body that is bytes (or none) goes this way; the request loop sends a streamed
 * one through transport.ts.
 */

const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/
/** Set here from the request itself; a caller's own would contradict them. */
const OWN_HEADERS = new Set(['host', 'connection', 'content-length', 'transfer-encoding'])

function coded(code: string, message: string): Error {
  return Object.assign(new Error(message), { code })
}

/** The request's head: as Node's client would write it, refusing a header it would refuse. */
export function requestHead(url: URL, method: string, headers: Record<string, string>, bodyLength: number | undefined): Buffer {
  let head = `${method} ${url.pathname}${url.search} HTTP/1.1\r\nhost: ${url.host}\r\nconnection: close\r\n`
  for (const [name, value] of Object.entries(headers)) {
    if (!HEADER_NAME.test(name) || !HEADER_VALUE.test(value)) {
      throw coded('ERR_INVALID_CHAR', `Invalid character in header content ["${name.replace(/[^\x20-\x7e]/g, '?')}"]`)
    }
    if (!OWN_HEADERS.has(name.toLowerCase())) head += `${name}: ${value}\r\n`
  }
  if (bodyLength !== undefined) head += `content-length: ${bodyLength}\r\n`
  return Buffer.from(`${head}\r\n`, 'latin1')
}

/** Sends `exchange` to `url` on a connection of its own; resolves when the reply's headers are in. */
export function sendFramed(url: URL, exchange: Exchange): Promise<Answer> {
  return new Promise<Answer>((resolve, reject) => {
    const { signal } = exchange
    if (signal.aborted) return reject(signal.reason)
    const body = exchange.body
    if (body !== undefined && !Buffer.isBuffer(body)) return reject(new TypeError('sendFramed sends bytes only'))
    const secure = url.protocol === 'https:'
    const method = exchange.method
    let head: Buffer
    try {
      const sendsBody = body !== undefined || !['GET', 'HEAD', 'DELETE'].includes(method)
      head = requestHead(url, method, exchange.headers, sendsBody ? (body?.length ?? 0) : undefined)
    } catch (error) {
      return reject(error) // nothing was sent
    }

    let answer: FramedBody | undefined
    let connected = false
    let settled = false
    let connectTimer: NodeJS.Timeout | undefined
    const framer = new ReplyFramer(
      {
        head: (reply: ReplyHead) => {
          answer = new FramedBody(socket)
          // Held until someone reads: what came with the headers is kept, the rest waits in the kernel.
          socket.pause()
          socket.setTimeout(timerMs(exchange.bodyTimeoutMs))
          settled = true
          resolve({ statusCode: reply.status, headers: reply.headers, body: answer })
        },
        body: (buffer, start, end) => answer!.piece(buffer, start, end),
        end: () => {
          cleanup()
          socket.destroy()
          answer!.end()
        },
      },
      method === 'HEAD',
    )
    const fail = (error: Error) => {
      cleanup()
      socket.destroy()
      if (answer) answer.destroy(error)
      else if (!settled) {
        settled = true
        reject(connected ? error : new NotConnectedError(error))
      }
    }
    const read = Buffer.allocUnsafe(READ_BUFFER)
    const onread = {
      buffer: read,
      callback: (bytes: number, buffer: Uint8Array) => {
        try {
          framer.feed(buffer as Buffer, 0, bytes)
        } catch (error) {
          fail(error as Error)
        }
        // Pausing is the body's (socket.pause()), which also keeps the stream's state right.
        return true
      },
    }
    const host = url.hostname.replace(/^\[|\]$/g, '')
    const port = Number(url.port) || (secure ? 443 : 80)
    const net = process.getBuiltinModule('node:net')
    // A name, not an address, is what the certificate is checked against and what SNI carries.
    const servername = net.isIP(host) ? undefined : host
    const socket: Socket = secure
      ? // @types/node does not list `onread` for tls.connect yet; Node reads it since 15.1 (link above).
        process.getBuiltinModule('node:tls').connect({ host, port, servername, onread, ALPNProtocols: ['http/1.1'] } as ConnectionOptions)
      : net.connect({ host, port, onread })
    downloadSockets.add(socket)

    const onAbort = () => fail(signal.reason as Error)
    const onIdle = () =>
      fail(answer
        ? coded('BODY_TIMEOUT', `the reply stopped: nothing came for ${formatDuration(exchange.bodyTimeoutMs)} (body timeout; FLOWFERRY_READ_TIMEOUT sets it)`)
        : coded('HEADERS_TIMEOUT', `no reply: nothing came for ${formatDuration(exchange.headersTimeoutMs)} after the request (headers timeout; FLOWFERRY_READ_TIMEOUT sets it)`))
    function cleanup() {
      clearTimeout(connectTimer)
      signal.removeEventListener('abort', onAbort)
      socket.removeListener('timeout', onIdle)
      downloadSockets.delete(socket)
    }
    signal.addEventListener('abort', onAbort, { once: true })
    connectTimer = setTimeout(() => {
      fail(coded(CONNECT_TIMEOUT, `connect timeout: no connection to ${url.host} within ${formatDuration(exchange.connectTimeoutMs)} (FLOWFERRY_CONNECT_TIMEOUT sets it)`))
    }, timerMs(exchange.connectTimeoutMs))
    socket.on('timeout', onIdle)
    socket.on('error', (error) => fail(error))
    socket.on('close', () => {
      if (framer.finished || socket.errored) return
      try {
        framer.close()
      } catch (error) {
        fail(error as Error)
      }
    })
    // A server that closes its side once it has sent the reply: the rest may still be read.
    socket.on('end', () => socket.destroy())
    socket.once(secure ? 'secureConnect' : 'connect', () => {
      connected = true
      clearTimeout(connectTimer)
      socket.setNoDelay(true)
      socket.setTimeout(timerMs(exchange.headersTimeoutMs))
      socket.write(body ? Buffer.concat([head, body]) : head)
    })
  })
}
