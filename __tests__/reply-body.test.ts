import { once } from 'node:events'
import { readdir } from 'node:fs/promises'
import { get, type IncomingMessage } from 'node:http'
import { createServer, type AddressInfo } from 'node:net'
import path from 'node:path'
import { PassThrough, Readable } from 'node:stream'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { saveTo } from '../src/core/http/download.js'
import { MalformedReplyError, ReplyTooLargeError } from '../src/core/http/errors.js'
import { decodeBody, readJson, readText } from '../src/core/http/reply-body.js'
import { bomb } from './helpers/crafted-replies.js'
import { useTempDirs } from './helpers/workspace.js'

const tempDir = useTempDirs()

/** A socket-like source that records whether it was torn down. */
function source(chunks: Buffer[]): Readable & { torn: Promise<void> } {
  const stream = Readable.from(chunks, { objectMode: false }) as Readable & { torn: Promise<void> }
  stream.torn = new Promise((resolve) => stream.once('close', () => resolve()))
  return stream
}

describe('decodeBody', () => {
  it('counts decoded bytes: a bomb stops at the limit, and the source is torn down', async () => {
    const raw = source([await bomb('gzip', 16)])
    const body = decodeBody(raw, { 'content-encoding': 'gzip' }, 'read it', 1024 * 1024)
    const error = await readText(body, 64 * 1024 * 1024).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ReplyTooLargeError)
    expect((error as Error).message).toBe('read it: the reply is larger than 1048576 bytes, the most flowferry takes')
    await raw.torn
  })

  it('a consumer that stops early tears down inflater and source', async () => {
    const raw = new PassThrough()
    const closed = new Promise((resolve) => raw.once('close', resolve))
    raw.write(gzipSync('x'.repeat(100_000)))
    const body = decodeBody(raw, { 'content-encoding': 'gzip' }, 'read it')
    expect(await readText(body, 10)).toBe('xxxxxxxxxx')
    await closed
  })

  it('corrupt encoding is a MalformedReplyError; an empty or cut-short body is not an encoding error', async () => {
    const corrupt = decodeBody(source([Buffer.from('not gzip at all')]), { 'content-encoding': 'gzip' }, 'read it')
    const error = await readText(corrupt, 100).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(MalformedReplyError)
    expect((error as Error).message).toMatch(/^read it: the reply's gzip encoding is broken \(Z_DATA_ERROR/)

    expect(await readText(decodeBody(source([]), { 'content-encoding': 'gzip' }, 'x'), 100)).toBe('')
    expect(await readText(decodeBody(source([gzipSync('hello world').subarray(0, 15)]), { 'content-encoding': 'x-gzip' }, 'x'), 100)).toBe('hell')
    expect(await readText(decodeBody(source([Buffer.from('plain')]), {}, 'x'), 100)).toBe('plain')
  })

  it('readJson refuses more than its limit of decoded bytes', async () => {
    const body = decodeBody(source([await bomb('deflate', 8)]), { 'content-encoding': 'deflate' }, 'read it')
    const error = await readJson({ status: 200, body }, 'read it', 1024).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ReplyTooLargeError)
    expect((error as Error).message).toMatch(/^read it: the reply is larger than 1024 bytes/)
  })

  it('a download past the limit leaves no file behind', async () => {
    const dir = await tempDir()
    const body = decodeBody(source([await bomb('gzip', 8)]), { 'content-encoding': 'gzip' }, 'download', 1024 * 1024)
    const error = await saveTo(path.join(dir, 'package.zip'))({ status: 200, headers: {}, body, url: new URL('http://127.0.0.1/') }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ReplyTooLargeError)
    expect(await readdir(dir)).toEqual([])
  })

  it('an unencoded body counted only when its length is not declared within the limit', async () => {
    const within = source([Buffer.from('hello')])
    expect(decodeBody(within, { 'content-length': '5' }, 'x', 1024)).toBe(within)
    for (const length of [undefined, '2048', '1e3', '']) {
      const body = decodeBody(source([Buffer.alloc(2048)]), { 'content-length': length }, 'read it', 1024)
      await expect(readText(body, 4096)).rejects.toBeInstanceOf(ReplyTooLargeError)
    }
    // An encoded body is counted after decoding, whatever its declared length.
    const encoded = decodeBody(source([await bomb('gzip', 8)]), { 'content-encoding': 'gzip', 'content-length': '100' }, 'read it', 1024 * 1024)
    await expect(readText(encoded, 64 * 1024 * 1024)).rejects.toBeInstanceOf(ReplyTooLargeError)
  })

  it('a reply cannot run past its declared Content-Length: the parser ends the body there', async () => {
    // A server that declares 5 bytes and sends 4 MiB: only the 5 are the body.
    const server = createServer((socket) => {
      // The client drops the connection once it has read the body: the rest is never taken.
      socket.on('error', () => undefined)
      socket.once('data', () => socket.end(`HTTP/1.1 200 OK\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello${'x'.repeat(4 * 1024 * 1024)}`))
    })
    server.listen(0, '127.0.0.1')
    await once(server, 'listening')
    try {
      const reply = await new Promise<IncomingMessage>((resolve, reject) => get(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, resolve).once('error', reject))
      const body = decodeBody(reply, reply.headers, 'x', 5)
      expect(body).toBe(reply)
      expect(await readText(body, 1024)).toBe('hello')
    } finally {
      server.close()
    }
  })
})
