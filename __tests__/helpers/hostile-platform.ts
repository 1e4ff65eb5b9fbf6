import { createServer, request, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gunzipSync, inflateSync } from 'node:zlib'
import { afterEach } from 'vitest'
import { startPlatformSandbox, type PlatformSandboxServer, type SandboxStartOptions } from '../../src/sandbox/server.js'

/**
 * A compromised platform: the platform's sandbox (so every endpoint answers as documented),
 * behind a loopback proxy that rewrites the replies on their way to flowferry. A test says how:
 * change JSON replies (`tamper`), add headers (`headers`), or answer a request itself
 * (`answer`) — an error page that echoes the credentials, a reply no platform would send.
 * Links the sandbox hands out on its own origin are rewritten to the proxy's, so they stay on
 * `base-url`; links on the sandbox's foreign origin stay foreign.
 */
export interface HostileBehaviour {
  tamper?: (value: unknown, exchange: Exchange) => unknown
  headers?: Record<string, string>
  /** Answers the request itself (returns true), or lets it through to the sandbox. */
  answer?: (exchange: Exchange, body: Buffer, res: ServerResponse) => boolean
}

export interface Exchange {
  method: string
  path: string
  status: number
  /** The request's headers, as flowferry sent them (credentials included). */
  requestHeaders: IncomingHttpHeaders
}

export interface HostilePlatform {
  /** The base-url to give flowferry. */
  url: string
  sandbox: PlatformSandboxServer
  close(): Promise<void>
}

export async function startHostilePlatform(name: string, behaviour: HostileBehaviour, options: SandboxStartOptions = {}): Promise<HostilePlatform> {
  const sandbox = await startPlatformSandbox(name, options)
  const target = new URL(sandbox.url)
  // The sandbox's own origin, not a longer port that starts with the same digits.
  const ownOrigin = new RegExp(`${sandbox.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\d)`, 'g')
  let url = ''
  const server = createServer(async (req, res) => {
    const body = await readAll(req)
    const exchange: Exchange = { method: req.method ?? 'GET', path: req.url ?? '/', status: 0, requestHeaders: req.headers }
    if (behaviour.answer?.(exchange, body, res)) return
    const upstream = request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers }, async (reply) => {
      exchange.status = reply.statusCode ?? 502
      let bytes: Buffer = await readAll(reply)
      const headers: Record<string, string | string[]> = {}
      for (const [key, value] of Object.entries(reply.headers)) {
        if (value !== undefined && !['content-length', 'content-encoding', 'transfer-encoding', 'connection'].includes(key)) headers[key] = value
      }
      const encoding = String(reply.headers['content-encoding'] ?? '')
      if (encoding.includes('gzip')) bytes = gunzipSync(bytes)
      else if (encoding.includes('deflate')) bytes = inflateSync(bytes)
      if (String(reply.headers['content-type'] ?? '').includes('json') && bytes.length > 0) {
        const text = bytes.toString('utf8').replace(ownOrigin, url)
        let value: unknown
        try {
          value = JSON.parse(text)
        } catch {
          value = undefined
        }
        bytes = Buffer.from(value === undefined ? text : JSON.stringify(behaviour.tamper ? behaviour.tamper(value, exchange) : value))
      }
      res.writeHead(exchange.status, { ...headers, ...behaviour.headers, 'content-length': String(bytes.length) })
      res.end(bytes)
    })
    upstream.on('error', () => res.destroy())
    upstream.end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url,
    sandbox,
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await sandbox.close()
    },
  }
}

/** Hostile platforms started in a test, closed after it. */
export function useHostilePlatforms() {
  const open: HostilePlatform[] = []
  afterEach(async () => {
    await Promise.all(open.splice(0).map((platform) => platform.close()))
  })
  return async (name: string, behaviour: HostileBehaviour, options?: SandboxStartOptions): Promise<HostilePlatform> => {
    const platform = await startHostilePlatform(name, behaviour, options)
    open.push(platform)
    return platform
  }
}

/** `value` with `payload` appended to every string or number whose key matches `keys`, at any depth. */
export function inject(value: unknown, keys: RegExp, payload: string): unknown {
  if (Array.isArray(value)) return value.map((item) => inject(item, keys, payload))
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      keys.test(key) && (typeof inner === 'string' || typeof inner === 'number') ? `${inner}${payload}` : inject(inner, keys, payload),
    ]),
  )
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): true {
  const text = JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)), ...headers })
  res.end(text)
  return true
}

async function readAll(stream: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}
