import { createServer as createTcpServer, type AddressInfo, type Socket } from 'node:net'
import { Readable } from 'node:stream'
import { afterEach, describe, expect, it } from 'vitest'
import { Deadline } from '../src/core/clock.js'
import { NetworkError, TimedOutError, UncertainDeliveryError } from '../src/core/errors.js'
import { json as jsonBody } from '../src/core/http/body.js'
import { HttpClient, readJson } from '../src/core/http/client.js'
import { closeHttp, poolsFor } from '../src/core/http/dispatcher.js'
import { send } from '../src/core/http/transport.js'
import { neverSent } from '../src/core/http/retry.js'
import { MemoryLogger } from '../src/core/log.js'
import { json, useServers } from './helpers/server.js'

/**
 * The transport (core/http/transport.ts, Node's node:http) as the request loop relies on it:
 * timeouts that tell "never sent" from "maybe received", the deadline's abort, reply headers.
 */
const server = useServers()
const sockets: Socket[] = []
const closers: (() => Promise<void>)[] = []
afterEach(async () => {
  await closeHttp()
  for (const socket of sockets.splice(0)) socket.destroy()
  await Promise.all(closers.splice(0).map((close) => close()))
})

function client(url: string, extra: Partial<ConstructorParameters<typeof HttpClient>[0]> = {}) {
  return new HttpClient({
    baseUrl: new URL(url),
    log: new MemoryLogger(),
    retry: { baseDelayMs: 5, maxDelayMs: 20, maxAttempts: 3 },
    timeouts: { connectMs: 300, readMs: 300 },
    ...extra,
  })
}

const asIs = (value: unknown) => value

/** A TCP server that accepts connections and never says a word: a TLS handshake with it never ends. */
async function silentTcp(): Promise<{ port: number; accepted: () => number }> {
  let accepted = 0
  const tcp = createTcpServer((socket) => {
    accepted++
    sockets.push(socket)
  })
  await new Promise<void>((resolve) => tcp.listen(0, '127.0.0.1', resolve))
  closers.push(() => new Promise<void>((resolve) => tcp.close(() => resolve())))
  return { port: (tcp.address() as AddressInfo).port, accepted: () => accepted }
}

describe('transport', () => {
  it('a connect that does not finish (TLS handshake) is a connect timeout: never sent, so even a POST is sent again', async () => {
    const tcp = await silentTcp()
    const error = await client(`https://127.0.0.1:${tcp.port}`)
      .json({ method: 'POST', path: '/import', body: jsonBody({}) }, asIs)
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(NetworkError)
    expect((error as NetworkError).message).toMatch(/failed after 3 attempts: CONNECT_TIMEOUT: connect timeout/)
    expect(neverSent((error as NetworkError).cause)).toBe(true)
    expect(tcp.accepted()).toBe(3)
  })

  it('a TLS handshake that fails (a server that does not speak TLS, an untrusted certificate) sent nothing: even a POST is sent again, never called uncertain', async () => {
    let accepted = 0
    const plain = createTcpServer((socket) => {
      accepted++
      sockets.push(socket)
      // Whatever the ClientHello, the answer is no TLS record: the handshake fails on our side.
      socket.once('data', () => socket.end('HTTP/1.1 400 Bad Request\r\n\r\n'))
    })
    await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve))
    closers.push(() => new Promise<void>((resolve) => plain.close(() => resolve())))
    const error = await client(`https://127.0.0.1:${(plain.address() as AddressInfo).port}`)
      .json({ method: 'POST', path: '/import', body: jsonBody({}) }, asIs)
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(NetworkError)
    expect(error).not.toBeInstanceOf(UncertainDeliveryError)
    expect((error as NetworkError).message).toMatch(/failed after 3 attempts/)
    expect(neverSent((error as NetworkError).cause)).toBe(true)
    expect(accepted).toBe(3)
  })

  it('a reply whose body stalls fails with a body timeout, and a GET is sent again', async () => {
    const s = await server((_req, res, _body, n) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '11' })
      if (n === 1) res.write('{"ok"')
      else res.end('{"ok":true}')
    })
    await expect(client(s.url).json({ method: 'GET', path: '/x' }, asIs)).resolves.toEqual({ ok: true })
    expect(s.requests).toHaveLength(2)
  })

  it('a POST whose reply stalls before its headers may have been received: not sent again', async () => {
    const s = await server(() => {})
    const error = await client(s.url).json({ method: 'POST', path: '/import', body: jsonBody({}) }, asIs).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(UncertainDeliveryError)
    expect(String((error as UncertainDeliveryError).cause)).toMatch(/headers timeout/)
    expect(s.requests).toHaveLength(1)
  })

  it('the deadline aborts a request in flight', async () => {
    const s = await server(() => {})
    const started = Date.now()
    const error = await client(s.url, { deadline: Deadline.after(400), timeouts: { connectMs: 10_000, readMs: 60_000 } })
      .json({ method: 'GET', path: '/x' }, asIs)
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TimedOutError)
    expect(Date.now() - started).toBeLessThan(5_000)
  })

  it('hands over lower-case headers, set-cookie as a list, and keeps the connection for the next request', async () => {
    const ports = new Set<number>()
    const s = await server((req, res) => {
      ports.add(req.socket.remotePort!)
      res.setHeader('Set-Cookie', ['a=1', 'b=2'])
      json(res, 200, { ok: 1 }, { 'X-Request-Id': 'r-1' })
    })
    const http = client(s.url)
    const headers = await http.request({ method: 'GET', path: '/x' }, async (reply) => {
      await readJson(reply, 'x')
      return reply.headers
    })
    expect(headers['x-request-id']).toBe('r-1')
    expect(headers['set-cookie']).toEqual(['a=1', 'b=2'])
    await http.json({ method: 'GET', path: '/y' }, asIs)
    expect(ports.size).toBe(1)
  })

  it('streams a body with its Content-Length; a body that fails fails the request, which the server never sees whole', async () => {
    let whole = 0
    const s = await server(
      async (req, res) => {
        let length = 0
        try {
          for await (const chunk of req) length += (chunk as Buffer).length
        } catch {
          return // the client gave up on this one
        }
        whole++
        json(res, 200, { length, chunked: req.headers['transfer-encoding'] ?? null })
      },
      { readBody: false },
    )
    const data = Buffer.alloc(300_000, 'a')
    const body = (fail: boolean) =>
      Readable.from(
        (async function* () {
          yield data.subarray(0, 100_000)
          await new Promise((resolve) => setTimeout(resolve, 20))
          if (fail) throw new Error('the file changed')
          yield data.subarray(100_000)
        })(),
      )
    const exchange = (fail: boolean) => ({
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'content-length': String(data.length) },
      body: body(fail),
      signal: new AbortController().signal,
      connectTimeoutMs: 1_000,
      headersTimeoutMs: 1_000,
      bodyTimeoutMs: 1_000,
    })
    const url = new URL(`${s.url}/up`)
    const answer = await send(url, exchange(false), poolsFor(url))
    expect(await readJson({ status: answer.statusCode, body: answer.body }, 'up')).toEqual({ length: 300_000, chunked: null })
    await expect(send(url, exchange(true), poolsFor(url))).rejects.toThrow(/the file changed/)
    expect(s.requests).toHaveLength(2)
    expect(whole).toBe(1)
  })
})
