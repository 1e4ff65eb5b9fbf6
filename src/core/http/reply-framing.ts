import type { IncomingHttpHeaders } from 'node:http'

/**
 * A strict reader of ONE HTTP/1.1 reply (RFC 9112, https://www.rfc-editor.org/rfc/rfc9112), for
 * the download transport (framed-transport.ts), which reads the socket into one reused buffer and
 * hands this reader byte ranges of it: the body comes out as ranges of the same buffer, never
 * copied. Node's own parser is not reachable from a socket read this way, and the one maintained
 * parser on npm that takes byte ranges (http-parser-js 0.5) is lenient where this must not be: it
 * lets Transfer-Encoding win over a Content-Length, reads any other Transfer-Encoding as "until
 * close", takes `parseInt` of a chunk size (so "1x" is 1 and "zz" ends the body), and skips
 * malformed header lines. So this file is its own, as small as one reply on one connection needs:
 *
 * - a status line `HTTP/1.x NNN reason`; interim 1xx replies skipped (101 refused: nothing asked
 *   for an upgrade);
 * - header lines `name: value` ending in CRLF, names tokens, values without control characters;
 *   no line folding; at most MAX_HEAD_BYTES for the status line and headers together, and
 *   MAX_HEADERS lines (Node's client defaults: https://nodejs.org/api/http.html#httpmaxheadersize,
 *   https://nodejs.org/api/http.html#requestmaxheaderscount);
 * - the body framed as RFC 9112 §6.3 says, refusing what it calls ambiguous or invalid: both
 *   Transfer-Encoding and Content-Length, a Transfer-Encoding other than `chunked`, a
 *   Content-Length that is not digits, or sent twice; chunk sizes of hex digits only (at most
 *   12); trailer fields checked like headers and dropped (they never reach the reply's headers);
 * - nothing after the reply's end is read: the connection carries one request and is closed there.
 * Every refusal is a FramingError that says what was wrong.
 */

export const MAX_HEAD_BYTES = 16 * 1024
export const MAX_HEADERS = 2000
/** A chunk-size line, extensions included; longer is no reply a server means. */
const MAX_CHUNK_LINE = 4096
const MAX_CHUNK_DIGITS = 12

export class FramingError extends Error {
  readonly code = 'REPLY_FRAMING'
  constructor(message: string) {
    super(`the reply is not valid HTTP/1.1: ${message}`)
    this.name = 'FramingError'
  }
}

export interface ReplyHead {
  status: number
  /** Lower-case names; repeated ones joined as Node joins them (set-cookie a list). */
  headers: IncomingHttpHeaders
}

export interface FramingEvents {
  head(head: ReplyHead): void
  /** A piece of the body: `buffer[start, end)`, valid only during the call. */
  body(buffer: Buffer, start: number, end: number): void
  end(): void
}

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/
const FIELD_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/
const STATUS_LINE = /^HTTP\/1\.[01] ([1-9]\d\d)(?: [\t\x20-\x7e\x80-\xff]*)?$/
const CHUNK_LINE = /^([0-9A-Fa-f]+)[ \t]*(?:;[\t\x20-\x7e\x80-\xff]*)?$/
/** Headers Node keeps the first of, dropping repeats (https://nodejs.org/api/http.html#messageheaders). */
const FIRST_ONLY = new Set(['age', 'authorization', 'content-type', 'etag', 'expires', 'from', 'host', 'if-modified-since', 'if-unmodified-since', 'last-modified', 'location', 'max-forwards', 'proxy-authorization', 'referer', 'retry-after', 'server', 'user-agent'])

type State = 'head' | 'sized' | 'untilClose' | 'chunkLine' | 'chunk' | 'chunkEnd' | 'trailers' | 'done'

export class ReplyFramer {
  private state: State = 'head'
  private readonly headBuffer = Buffer.allocUnsafe(MAX_HEAD_BYTES)
  private headLength = 0
  /** Bytes of body still to come (sized), or of the current chunk. */
  private remaining = 0
  private line = ''
  private trailerBytes = 0
  private received = 0
  private expected: number | undefined

  /** `noBody`: the request was a HEAD, whose reply has none whatever its headers say. */
  constructor(private readonly on: FramingEvents, private readonly noBody = false) {}

  /** Whether the reply ended (its last byte read). */
  get finished(): boolean {
    return this.state === 'done'
  }

  /** Reads `buffer[start, end)`; throws FramingError. */
  feed(buffer: Buffer, start: number, end: number): void {
    let at = start
    while (at < end) {
      switch (this.state) {
        case 'head':
          at = this.readHead(buffer, at, end)
          break
        case 'sized':
        case 'chunk': {
          const take = Math.min(this.remaining, end - at)
          this.remaining -= take
          this.received += take
          this.on.body(buffer, at, at + take)
          at += take
          if (this.remaining > 0) break
          if (this.state === 'sized') this.finish()
          else this.state = 'chunkEnd'
          break
        }
        case 'untilClose':
          this.received += end - at
          this.on.body(buffer, at, end)
          at = end
          break
        case 'chunkEnd':
          at = this.readLine(buffer, at, end, 2, (line) => {
            if (line !== '') throw new FramingError('a chunk is longer than its size says')
            this.state = 'chunkLine'
          })
          break
        case 'chunkLine':
          at = this.readLine(buffer, at, end, MAX_CHUNK_LINE, (line) => this.chunkSize(line))
          break
        case 'trailers':
          at = this.readLine(buffer, at, end, MAX_HEAD_BYTES - this.trailerBytes, (line) => this.trailer(line))
          break
        case 'done':
          // The connection is closed at the reply's end and carries nothing else: what a server
          // sends past it is no reply, and never read as one (wherever a read splits it).
          return
      }
    }
  }

  /** The connection closed: the end of a body that runs until then, or a reply cut short. */
  close(): void {
    if (this.state === 'done') return
    if (this.state === 'untilClose') return this.finish()
    if (this.state === 'head') throw new FramingError(this.headLength === 0 ? 'the connection closed before a reply' : 'the connection closed in the middle of the reply\'s headers')
    const of = this.expected === undefined ? '' : ` of ${this.expected}`
    throw new FramingError(`the reply broke off after ${this.received}${of} bytes of its body`)
  }

  private finish(): void {
    this.state = 'done'
    this.on.end()
  }

  /** Gathers the head up to its blank line (copied: it is small), then reads it. */
  private readHead(buffer: Buffer, at: number, end: number): number {
    const before = this.headLength
    const take = Math.min(end - at, MAX_HEAD_BYTES - before)
    buffer.copy(this.headBuffer, before, at, at + take)
    this.headLength += take
    const blank = this.headBuffer.subarray(0, this.headLength).indexOf('\r\n\r\n', Math.max(0, before - 3), 'latin1')
    if (blank < 0) {
      if (this.headLength >= MAX_HEAD_BYTES) throw new FramingError(`its headers are larger than ${MAX_HEAD_BYTES} bytes`)
      return at + take
    }
    const used = blank + 4 - before
    const text = this.headBuffer.toString('latin1', 0, blank)
    this.headLength = 0
    this.startBody(parseHead(text))
    return at + used
  }

  private startBody(head: ReplyHead): void {
    if (head.status < 200) return // an interim reply: the real one follows (RFC 9110 §15.2)
    const { headers } = head
    const coding = headers['transfer-encoding']
    const length = headers['content-length']
    // Judged before the head is handed over: a reply refused here never reaches a reader.
    if (coding !== undefined) {
      if (length !== undefined) throw new FramingError('it has both Transfer-Encoding and Content-Length')
      if (coding.trim().toLowerCase() !== 'chunked') throw new FramingError(`Transfer-Encoding "${coding.slice(0, 40)}" is not one flowferry reads (only chunked)`)
    } else if (length !== undefined && !/^\d{1,15}$/.test(length)) {
      throw new FramingError(`its Content-Length "${length.slice(0, 40)}" is not a number of bytes`)
    }
    this.on.head(head)
    if (this.noBody || head.status === 204 || head.status === 304) this.finish()
    else if (coding !== undefined) this.state = 'chunkLine'
    else if (length === undefined) this.state = 'untilClose'
    else {
      this.expected = Number(length)
      this.remaining = this.expected
      if (this.remaining === 0) this.finish()
      else this.state = 'sized'
    }
  }

  /** Reads one CRLF-ended line of at most `limit` bytes (CRLF included) and hands it over. */
  private readLine(buffer: Buffer, at: number, end: number, limit: number, take: (line: string) => void): number {
    const newline = buffer.indexOf(10, at)
    const stop = newline < 0 || newline >= end ? end : newline + 1
    this.line += buffer.toString('latin1', at, stop)
    if (this.line.length > limit) throw new FramingError(this.state === 'chunkEnd' ? 'a chunk is longer than its size says' : 'a chunk-size or trailer line is too long')
    if (stop === newline + 1) {
      const line = this.line
      this.line = ''
      if (!line.endsWith('\r\n') || line.indexOf('\r') !== line.length - 2) throw new FramingError('a line does not end in CRLF')
      take(line.slice(0, -2))
    }
    return stop
  }

  private chunkSize(line: string): void {
    const match = CHUNK_LINE.exec(line)
    if (!match || match[1]!.length > MAX_CHUNK_DIGITS) throw new FramingError(`"${line.slice(0, 40)}" is not a chunk size`)
    this.remaining = parseInt(match[1]!, 16)
    this.state = this.remaining === 0 ? 'trailers' : 'chunk'
  }

  private trailer(line: string): void {
    this.trailerBytes += line.length + 2
    if (line === '') return this.finish()
    // Checked like a header, then dropped: nothing the reply's headers said is changed by them.
    headerField(line)
  }
}

/** The status line and the header lines, CRLF between them. */
export function parseHead(text: string): ReplyHead {
  const lines = text.split('\r\n')
  const statusLine = lines[0]!
  const status = STATUS_LINE.exec(statusLine)
  if (!status || /[\r\n]/.test(statusLine)) throw new FramingError(`its status line "${statusLine.slice(0, 60)}" is not HTTP/1.1's`)
  const code = Number(status[1])
  if (code === 101) throw new FramingError('it switches protocols (101), which nothing asked for')
  if (lines.length - 1 > MAX_HEADERS) throw new FramingError(`it has more than ${MAX_HEADERS} headers`)
  const headers: IncomingHttpHeaders = {}
  const raw = headers as Record<string, string | string[] | undefined>
  for (const line of lines.slice(1)) {
    const [name, value] = headerField(line)
    const known = raw[name]
    if (known === undefined) raw[name] = name === 'set-cookie' ? [value] : value
    else if (name === 'content-length' || name === 'transfer-encoding') throw new FramingError(`it sends ${name} twice`)
    else if (Array.isArray(known)) known.push(value)
    else if (!FIRST_ONLY.has(name)) raw[name] = `${known}${name === 'cookie' ? '; ' : ', '}${value}`
  }
  return { status: code, headers }
}

/** One `name: value` line: the lower-case name and the value without surrounding blanks. */
function headerField(line: string): [string, string] {
  const colon = line.indexOf(':')
  const name = colon < 0 ? '' : line.slice(0, colon)
  if (!TOKEN.test(name)) throw new FramingError(`"${line.slice(0, 60)}" is not a header line`)
  const value = line.slice(colon + 1).replace(/^[ \t]+|[ \t]+$/g, '')
  if (!FIELD_VALUE.test(value)) throw new FramingError(`header ${name} has a control character in its value`)
  return [name.toLowerCase(), value]
}
