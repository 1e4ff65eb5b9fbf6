import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { FramingError, MAX_HEAD_BYTES, MAX_HEADERS, ReplyFramer, type ReplyHead } from '../src/core/http/reply-framing.js'

/**
 * The download transport's reply reader (core/http/reply-framing.ts): whatever the points the
 * socket splits a reply at, the same head and the same body bytes come out, and every ambiguous
 * or malformed reply is refused with a FramingError, never read some other way.
 */
const runs = { numRuns: 300, seed: 20261207 }

interface Outcome {
  head?: ReplyHead
  body: Buffer
  ended: number
  error?: unknown
}

/** Feeds `wire` cut at `cuts` (offsets), then closes the connection when `close`. */
function read(wire: Buffer, cuts: number[] = [], close = true): Outcome {
  const pieces: Buffer[] = []
  const outcome: Outcome = { body: Buffer.alloc(0), ended: 0 }
  const framer = new ReplyFramer({
    head: (head) => {
      outcome.head = head
    },
    // Copied now: the reader must not keep a view past the call (the socket's buffer is reused).
    body: (buffer, start, end) => pieces.push(Buffer.from(buffer.subarray(start, end))),
    end: () => outcome.ended++,
  })
  const points = [...new Set([0, ...cuts.filter((cut) => cut > 0 && cut < wire.length), wire.length])].sort((a, b) => a - b)
  try {
    for (let i = 1; i < points.length; i++) {
      // Each piece in a buffer of its own, at an offset, as a reused read buffer holds it.
      const scratch = Buffer.alloc(points[i]! - points[i - 1]! + 7, 0x41)
      wire.copy(scratch, 3, points[i - 1], points[i])
      framer.feed(scratch, 3, 3 + points[i]! - points[i - 1]!)
    }
    if (close) framer.close()
  } catch (error) {
    outcome.error = error
  }
  outcome.body = Buffer.concat(pieces)
  return outcome
}

const head = (lines: string[]) => Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1')

function chunked(body: Buffer, sizes: number[], extension = false, trailers: string[] = []): Buffer {
  const parts: Buffer[] = []
  let at = 0
  for (const size of sizes) {
    if (at >= body.length) break
    const piece = body.subarray(at, at + Math.max(1, size))
    at += piece.length
    parts.push(Buffer.from(`${piece.length.toString(16)}${extension ? ';name="v"' : ''}\r\n`), piece, Buffer.from('\r\n'))
  }
  if (at < body.length) parts.push(Buffer.from(`${(body.length - at).toString(16)}\r\n`), body.subarray(at), Buffer.from('\r\n'))
  parts.push(Buffer.from(`0\r\n${trailers.map((line) => `${line}\r\n`).join('')}\r\n`))
  return Buffer.concat(parts)
}

const bodies = fc.uint8Array({ maxLength: 3000 }).map((bytes) => Buffer.from(bytes))
const cuts = fc.array(fc.nat({ max: 3500 }), { maxLength: 12 })

describe('reply framing: the same reply whatever the split points', () => {
  it('a Content-Length body', () => {
    fc.assert(
      fc.property(bodies, cuts, (body, at) => {
        const wire = Buffer.concat([head(['HTTP/1.1 200 OK', `Content-Length: ${body.length}`, 'Content-Type: application/zip']), body])
        const out = read(wire, at)
        expect(out.error).toBeUndefined()
        expect(out.head).toEqual({ status: 200, headers: { 'content-length': String(body.length), 'content-type': 'application/zip' } })
        expect(out.body.equals(body)).toBe(true)
        expect(out.ended).toBe(1)
      }),
      runs,
    )
  })

  it('a chunked body: any chunk sizes, extensions, trailers (dropped)', () => {
    fc.assert(
      fc.property(bodies, fc.array(fc.integer({ min: 1, max: 700 }), { maxLength: 10 }), fc.boolean(), fc.boolean(), cuts, (body, sizes, extension, trailer, at) => {
        const wire = Buffer.concat([head(['HTTP/1.1 200 OK', 'Transfer-Encoding: chunked']), chunked(body, sizes, extension, trailer ? ['X-Checksum: abc', 'Content-Length: 5'] : [])])
        const out = read(wire, at)
        expect(out.error).toBeUndefined()
        expect(out.head!.headers).toEqual({ 'transfer-encoding': 'chunked' })
        expect(out.body.equals(body)).toBe(true)
        expect(out.ended).toBe(1)
      }),
      runs,
    )
  })

  it('a body that runs until the connection closes; interim 1xx replies skipped', () => {
    fc.assert(
      fc.property(bodies, cuts, fc.boolean(), (body, at, interim) => {
        const wire = Buffer.concat([interim ? head(['HTTP/1.1 100 Continue']) : Buffer.alloc(0), head(['HTTP/1.0 200 OK', 'Set-Cookie: a=1', 'set-cookie: b=2', 'X-A: 1', 'x-a: 2']), body])
        const open = read(wire, at, false)
        expect(open.ended).toBe(0)
        const out = read(wire, at)
        expect(out.error).toBeUndefined()
        expect(out.head).toEqual({ status: 200, headers: { 'set-cookie': ['a=1', 'b=2'], 'x-a': '1, 2' } })
        expect(out.body.equals(body)).toBe(true)
        expect(out.ended).toBe(1)
      }),
      runs,
    )
  })

  it('a reply cut short anywhere is refused at close, never taken whole', () => {
    fc.assert(
      fc.property(bodies.filter((body) => body.length > 0), fc.boolean(), fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), cuts, (body, useChunks, share, at) => {
        const framed = useChunks ? Buffer.concat([head(['HTTP/1.1 200 OK', 'Transfer-Encoding: chunked']), chunked(body, [100, 300])]) : Buffer.concat([head(['HTTP/1.1 200 OK', `Content-Length: ${body.length}`]), body])
        const out = read(framed.subarray(0, Math.floor(framed.length * share)), at)
        expect(out.error).toBeInstanceOf(FramingError)
        expect(out.ended).toBe(0)
      }),
      runs,
    )
  })

  it('a mangled reply is read or refused with a FramingError, nothing else', () => {
    fc.assert(
      fc.property(bodies, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }), cuts, (body, flips, at) => {
        const wire = Buffer.concat([head(['HTTP/1.1 200 OK', 'Transfer-Encoding: chunked']), chunked(body, [64, 200, 5])])
        for (const [where, byte] of flips) wire[where % wire.length] = byte
        const out = read(wire, at)
        if (out.error !== undefined) expect(out.error).toBeInstanceOf(FramingError)
        else expect(out.ended).toBe(1)
        // Where it stops does not depend on where the socket split it.
        expect(read(wire).error === undefined).toBe(out.error === undefined)
      }),
      runs,
    )
  })
})

describe('reply framing refuses what is ambiguous', () => {
  const refused: [string, Buffer, RegExp][] = [
    ['both Transfer-Encoding and Content-Length', Buffer.concat([head(['HTTP/1.1 200 OK', 'Content-Length: 3', 'Transfer-Encoding: chunked']), Buffer.from('0\r\n\r\n')]), /both Transfer-Encoding and Content-Length/],
    ['a Transfer-Encoding other than chunked', head(['HTTP/1.1 200 OK', 'Transfer-Encoding: gzip, chunked']), /not one flowferry reads/],
    ['chunked twice', head(['HTTP/1.1 200 OK', 'Transfer-Encoding: chunked', 'Transfer-Encoding: chunked']), /transfer-encoding twice/],
    ['two Content-Lengths, even equal', head(['HTTP/1.1 200 OK', 'Content-Length: 3', 'Content-Length: 3']), /content-length twice/],
    ...['1e3', '+3', '0x3', '-1', '3, 3', '', '1234567890123456'].map((value): [string, Buffer, RegExp] => [`Content-Length "${value}"`, head(['HTTP/1.1 200 OK', `Content-Length: ${value}`]), /is not a number of bytes/]),
    ...['1x', '-1', '0x10', ' 5', '', 'g', '1234567890abc'].map((size): [string, Buffer, RegExp] => [`chunk size "${size}"`, Buffer.from(`HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n${size}\r\nabcde\r\n0\r\n\r\n`), /is not a chunk size/]),
    ['a chunk longer than its size', Buffer.from('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n0\r\n\r\n'), /longer than its size/],
    ['a bare LF after a chunk size', Buffer.from('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\nab\r\n0\r\n\r\n'), /does not end in CRLF/],
    ['headers ended by bare LFs', Buffer.from('HTTP/1.1 200 OK\nContent-Length: 0\n\n\r\n\r\n'), /status line/],
    ['a bare LF inside a header', head(['HTTP/1.1 200 OK', 'X-A: 1\nContent-Length: 0']), /control character/],
    ['a folded header line', head(['HTTP/1.1 200 OK', 'X-A: 1', ' 2']), /not a header line/],
    ['a header without a colon', head(['HTTP/1.1 200 OK', 'Content-Length 0']), /not a header line/],
    ['a space before the colon', head(['HTTP/1.1 200 OK', 'Content-Length : 0']), /not a header line/],
    ['a NUL in a value', head(['HTTP/1.1 200 OK', 'X-A: a\0b']), /control character/],
    ['a bad trailer line', Buffer.from('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nnot a field\r\n\r\n'), /not a header line/],
    ['HTTP/2 in the status line', head(['HTTP/2 200 OK']), /status line/],
    ['a two-digit status', head(['HTTP/1.1 20 OK']), /status line/],
    ['a switch of protocols', head(['HTTP/1.1 101 Switching Protocols', 'Upgrade: websocket']), /switches protocols/],
    ['headers past the size limit', head(['HTTP/1.1 200 OK', `X-Big: ${'a'.repeat(MAX_HEAD_BYTES)}`]), /larger than/],
    ['more headers than the limit', head(['HTTP/1.1 200 OK', ...Array.from({ length: MAX_HEADERS + 1 }, (_, i) => `X${i}: 1`)]), /more than 2000 headers|larger than/],
    ['nothing at all', Buffer.alloc(0), /closed before a reply/],
  ]
  for (const [name, wire, message] of refused) {
    it(`${name}, however it is split`, () => {
      fc.assert(
        fc.property(cuts, (at) => {
          const out = read(wire, at.map((cut) => cut % (wire.length + 1)))
          expect(out.error).toBeInstanceOf(FramingError)
          expect((out.error as Error).message).toMatch(message)
          expect(out.ended).toBe(0)
        }),
        { ...runs, numRuns: 40 },
      )
    })
  }

  it('bytes after the end of a reply are never read as anything, wherever the split', () => {
    const wire = Buffer.concat([head(['HTTP/1.1 200 OK', 'Content-Length: 2']), Buffer.from('okHTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nX')])
    fc.assert(
      fc.property(cuts, (at) => {
        const out = read(wire, at.map((cut) => cut % (wire.length + 1)))
        expect(out.error).toBeUndefined()
        expect(out.body.toString()).toBe('ok')
        expect(out.ended).toBe(1)
      }),
      { ...runs, numRuns: 40 },
    )
  })

  it('a status without a body (204, 304) and an empty Content-Length end at the headers', () => {
    for (const status of ['204 No Content', '304 Not Modified']) expect(read(head([`HTTP/1.1 ${status}`])).ended).toBe(1)
    expect(read(head(['HTTP/1.1 200 OK', 'Content-Length: 0'])).ended).toBe(1)
    expect(read(head(['HTTP/1.1 200'])).error).toBeUndefined()
  })
})
