import { createHash, randomBytes } from 'node:crypto'
import { spawn } from 'node:child_process'
import { readdir, readFile } from 'node:fs/promises'
import { createServer as createTcpServer, type AddressInfo, type Socket } from 'node:net'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterEach, describe, expect, it } from 'vitest'
import { NetworkError } from '../src/core/errors.js'
import { HttpClient } from '../src/core/http/client.js'
import { closeHttp, downloadSockets } from '../src/core/http/dispatcher.js'
import { saveTo } from '../src/core/http/download.js'
import { MemoryLogger } from '../src/core/log.js'
import { useServers } from './helpers/server.js'
import { useTempDirs } from './helpers/workspace.js'

/**
 * Downloads (RequestSpec.download) through their own transport (core/http/framed-transport.ts:
 * a socket reading into one reused buffer, the reply framed by reply-framing.ts), over real
 * loopback sockets: what they save, and that they keep what the request loop promises (retries,
 * timeouts, typed errors, nothing left behind), for bodies pumped in place and read as streams.
 */
const server = useServers()
const tempDir = useTempDirs()
const sockets: Socket[] = []
const closers: (() => Promise<void>)[] = []
afterEach(async () => {
  await closeHttp()
  for (const socket of sockets.splice(0)) socket.destroy()
  await Promise.all(closers.splice(0).map((close) => close()))
})

/** Timeouts far from what a loaded machine takes, but for the test of the timeouts themselves. */
function client(url: string, log = new MemoryLogger(), readMs = 10_000) {
  return new HttpClient({
    baseUrl: new URL(url),
    log,
    credentials: { authorize: (request) => void (request.headers.authorization = 'Bearer s3cret') },
    retry: { baseDelayMs: 5, maxDelayMs: 20, maxAttempts: 3 },
    timeouts: { connectMs: 10_000, readMs },
  })
}

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

/** A TCP server that answers every connection with `wire` (then `after`: close, or stay silent). */
async function rawServer(wire: (count: number) => Buffer | string, after: 'close' | 'stall' = 'close'): Promise<{ url: string; connections: () => number }> {
  let connections = 0
  const tcp = createTcpServer((socket) => {
    sockets.push(socket)
    const count = ++connections
    socket.once('data', () => {
      socket.write(wire(count))
      if (after === 'close') socket.end()
    })
    socket.on('error', () => undefined)
  })
  await new Promise<void>((resolve) => tcp.listen(0, '127.0.0.1', resolve))
  closers.push(() => new Promise<void>((resolve) => tcp.close(() => resolve())))
  return { url: `http://127.0.0.1:${(tcp.address() as AddressInfo).port}`, connections: () => connections }
}

describe('downloads through the framed transport', () => {
  it('saves a Content-Length body byte for byte, hashed, on a connection of its own that carries the credentials', async () => {
    const body = randomBytes(3 * 1024 * 1024 + 12345)
    const platform = await server((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/zip', 'content-length': body.length, 'content-disposition': 'attachment; filename="a b.zip"' })
      // In pieces of odd sizes, so that the reads never line up with the batches.
      for (let at = 0; at < body.length; at += 70_001) res.write(body.subarray(at, at + 70_001))
      res.end()
    })
    const dir = await tempDir()
    const file = path.join(dir, 'out.zip')
    const saved = await client(platform.url).request({ method: 'GET', path: '/export', download: true }, saveTo(file))
    expect(saved).toEqual({ bytes: body.length, sha256: sha(body), contentType: 'application/zip', filename: 'a b.zip' })
    expect((await readFile(file)).equals(body)).toBe(true)
    expect(platform.requests[0]!.headers.connection).toBe('close')
    expect(platform.requests[0]!.headers.authorization).toBe('Bearer s3cret')
    expect(downloadSockets.size).toBe(0)
  })

  it('saves a chunked body, a gzipped one (read as a stream through the inflater), and a POST with a body', async () => {
    const body = randomBytes(1024 * 1024 + 7)
    const platform = await server((req, res, sent) => {
      if (req.url === '/gzip') {
        res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(body))
        return
      }
      res.writeHead(200, { 'x-got': sent })
      for (let at = 0; at < body.length; at += 100_000) res.write(body.subarray(at, at + 100_000))
      res.end()
    })
    const dir = await tempDir()
    for (const [name, spec] of [
      ['chunked', { method: 'GET', path: '/chunked' }],
      ['gzip', { method: 'GET', path: '/gzip' }],
      ['post', { method: 'POST', path: '/post', idempotent: true, body: { kind: 'bytes', data: Buffer.from('{"id":[1]}'), contentType: 'application/json' } }],
    ] as const) {
      const file = path.join(dir, name)
      const saved = await client(platform.url).request({ ...spec, download: true }, saveTo(file, { hash: false }))
      expect(saved.bytes).toBe(body.length)
      expect(sha(await readFile(file))).toBe(sha(body))
    }
    expect(platform.requests[2]!.body).toBe('{"id":[1]}')
  })

  it('saves a body that runs until the server closes the connection (no length, not chunked)', async () => {
    const platform = await rawServer(() => 'HTTP/1.1 200 OK\r\nContent-Type: application/zip\r\n\r\nthe whole body')
    const file = path.join(await tempDir(), 'out')
    const saved = await client(platform.url).request({ method: 'GET', path: '/x', download: true }, saveTo(file))
    expect(saved.bytes).toBe(14)
    expect(await readFile(file, 'utf8')).toBe('the whole body')
  })

  it('reads an error reply as text and sends a GET again, as for any request', async () => {
    const platform = await server((_req, res, _body, count) => {
      if (count === 1) res.writeHead(503, { 'content-type': 'application/json' }).end('{"error":"busy"}')
      else res.writeHead(200, { 'content-length': 2 }).end('ok')
    })
    const log = new MemoryLogger()
    const file = path.join(await tempDir(), 'out')
    const saved = await client(platform.url, log).request({ method: 'GET', path: '/x', download: true }, saveTo(file))
    expect(saved.bytes).toBe(2)
    expect(platform.requests).toHaveLength(2)
  })

  const hostile: [string, string, RegExp][] = [
    ['both Content-Length and Transfer-Encoding', 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n', /both Transfer-Encoding and Content-Length/],
    ['a bad chunk size', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5x\r\nhello\r\n0\r\n\r\n', /"5x" is not a chunk size/],
    ['oversize headers', `HTTP/1.1 200 OK\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, /headers are larger than 16384 bytes/],
    ['a body cut short', 'HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nhello', /broke off after 5 of 100 bytes/],
    ['a chunked body cut short', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n', /broke off after 5 bytes/],
  ]
  for (const [name, wire, message] of hostile) {
    it(`refuses ${name}: a GET is sent again, then fails naming it, and leaves no file`, async () => {
      const platform = await rawServer(() => wire)
      const dir = await tempDir()
      const error = await client(platform.url).request({ method: 'GET', path: '/x', what: 'download it', download: true }, saveTo(path.join(dir, 'out'))).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(NetworkError)
      expect((error as Error).message).toMatch(/download it/)
      expect((error as Error).message).toMatch(message)
      expect(platform.connections()).toBe(3)
      expect(await readdir(dir)).toEqual([])
      expect(downloadSockets.size).toBe(0)
    })
  }

  it('a body that stalls fails with the body timeout; the headers that never come, with the headers timeout', async () => {
    const stalls = await rawServer(() => 'HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nhello', 'stall')
    const dir = await tempDir()
    const error = await client(stalls.url, undefined, 300).request({ method: 'GET', path: '/x', download: true }, saveTo(path.join(dir, 'out'))).catch((e: unknown) => e)
    expect((error as Error).message).toMatch(/BODY_TIMEOUT|body timeout/)
    const silent = await rawServer(() => '', 'stall')
    const none = await client(silent.url, undefined, 300).request({ method: 'GET', path: '/x', download: true }, saveTo(path.join(dir, 'out'))).catch((e: unknown) => e)
    expect((none as Error).message).toMatch(/headers timeout/)
    expect(await readdir(dir)).toEqual([])
  })

  it('refuses a header value it would have to send with a line break: nothing is sent', async () => {
    const platform = await rawServer(() => 'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n')
    const error = await client(platform.url)
      .request({ method: 'GET', path: '/x', headers: { 'x-a': 'a\r\nx-b: smuggled' }, download: true }, saveTo(path.join(await tempDir(), 'out')))
      .catch((e: unknown) => e)
    expect(String((error as Error).message)).toMatch(/ERR_INVALID_CHAR|Invalid character/)
    expect(platform.connections()).toBe(0)
  })
})

describe('downloads over TLS (tls.connect with onread)', () => {
  const TLS_DIR = path.resolve(import.meta.dirname, 'helpers/tls')
  const CERT = path.join(TLS_DIR, 'localhost-cert.pem')

  /** Runs a download in a fresh node (NODE_EXTRA_CA_CERTS is read at start), printing what it saved or its error. */
  function downloadIn(url: string, file: string, env: Record<string, string>): Promise<string> {
    const script = `
      import { HttpClient } from './src/core/http/client.ts'
      import { saveTo } from './src/core/http/download.ts'
      import { closeHttp } from './src/core/http/dispatcher.ts'
      import { MemoryLogger } from './src/core/log.ts'
      const http = new HttpClient({ baseUrl: new URL(${JSON.stringify(url)}), log: new MemoryLogger(), retry: { maxAttempts: 1 } })
      try { console.log(JSON.stringify(await http.request({ method: 'GET', path: '/x', download: true }, saveTo(${JSON.stringify(file)})))) }
      catch (error) { console.log('ERROR ' + error.message) }
      await closeHttp()`
    return new Promise((resolve) => {
      let out = ''
      const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: path.resolve(import.meta.dirname, '..'), env: { ...process.env, ...env } })
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
      child.on('close', () => resolve(out.trim()))
    })
  }

  it('saves the body over TLS when the CA is given, and refuses an untrusted certificate', async () => {
    const https = process.getBuiltinModule('node:https')
    const body = randomBytes(2 * 1024 * 1024 + 99)
    const tls = https.createServer({ key: await readFile(path.join(TLS_DIR, 'localhost-key.pem')), cert: await readFile(CERT) }, (_req, res) => {
      res.writeHead(200, { 'content-length': body.length })
      for (let at = 0; at < body.length; at += 50_000) res.write(body.subarray(at, at + 50_000))
      res.end()
    })
    await new Promise<void>((resolve) => tls.listen(0, '127.0.0.1', resolve))
    closers.push(() => new Promise<void>((resolve) => { tls.closeAllConnections(); tls.close(() => resolve()) }))
    const url = `https://localhost:${(tls.address() as AddressInfo).port}`
    const dir = await tempDir()
    const trusted = await downloadIn(url, path.join(dir, 'a'), { NODE_EXTRA_CA_CERTS: CERT })
    expect(JSON.parse(trusted)).toEqual({ bytes: body.length, sha256: sha(body) })
    expect((await readFile(path.join(dir, 'a'))).equals(body)).toBe(true)
    const untrusted = await downloadIn(url, path.join(dir, 'b'), {})
    expect(untrusted).toMatch(/^ERROR .*TLS certificate was refused \(DEPTH_ZERO_SELF_SIGNED_CERT.*nothing was sent/)
    expect(await readdir(dir)).toEqual(['a'])
  }, 30_000)
})
