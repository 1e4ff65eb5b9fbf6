import type { IncomingHttpHeaders } from 'node:http'
import { pipeline, Transform, type Readable } from 'node:stream'
import { IN_MEMORY_DOCUMENT_LIMIT } from '../limits.js'
import { MalformedReplyError, ReplyTooLargeError } from './errors.js'
import { untrustedText } from '../untrusted-text.js'

/**
 * Reply bodies as the platform clients read them: decoded (gzip, deflate), counted, and bounded.
 *
 * A compressed reply is untrusted twice over: a few kilobytes of gzip can inflate to gigabytes
 * (a "decompression bomb"), so every limit here counts DECODED bytes, as they come out of the
 * inflater, and stops the stream the moment one is passed. Every stage is joined with
 * `stream.pipeline`, so a consumer that stops early (an error, a limit) tears down the inflater
 * and the socket as well; a half-read socket would otherwise keep the connection pool from
 * closing and leave the run pending forever.
 */

/**
 * The largest reply flowferry takes at all, after decoding: an export package streamed to disk.
 * Documents read into memory (JSON, error texts) have their own, smaller limits below.
 */
export const REPLY_LIMIT = 4 * 1024 ** 3

/** How much of a reply whose content does not matter is read before the connection is dropped. */
const DISCARD_LIMIT = 1024 * 1024

/**
 * As browsers and undici's fetch inflate: an empty or cut-short body is not an encoding error
 * (the JSON parser or the checksum then judges what arrived), corrupt data is.
 */
const lenient = () => {
  const { Z_SYNC_FLUSH } = zlib().constants
  return { flush: Z_SYNC_FLUSH, finishFlush: Z_SYNC_FLUSH }
}

/** The reply headers that say how its body comes. */
export type ReplyHeaders = Pick<IncomingHttpHeaders, 'content-encoding' | 'content-length'>

/** node:zlib, loaded by the first compressed reply (https://nodejs.org/api/process.html#processgetbuiltinmoduleid). */
const zlib = () => process.getBuiltinModule('node:zlib')

/**
 * The reply's body, decoded per Content-Encoding (RFC 9110 §8.4; flowferry asks for gzip and
 * deflate only) and limited to `limit` decoded bytes. Errors of the encoding are typed.
 *
 * A body that is not encoded and declares a Content-Length within the limit is handed over as
 * it comes: Node's parser ends the body at the declared length (RFC 9112 §6.3; bytes past it are
 * not the body), so it cannot pass the limit, and a counting stage would only add a pass over
 * every chunk of a download. Without a length (chunked), or with one past the limit, it is counted.
 */
export function decodeBody(source: Readable, headers: ReplyHeaders, what: string, limit = REPLY_LIMIT): Readable {
  const encoding = String(headers['content-encoding'] ?? '').trim().toLowerCase()
  const inflater = encoding === 'gzip' || encoding === 'x-gzip' ? zlib().createGunzip(lenient()) : encoding === 'deflate' ? zlib().createInflate(lenient()) : undefined
  const length = headers['content-length'] ?? ''
  if (!inflater && encoding === '' && /^\d{1,15}$/.test(length) && Number(length) <= limit) return source
  // A download's body (framed-body.ts) counts its own bytes: no stage between it and its reader.
  if (!inflater && encoding === '' && isLimitable(source)) {
    source.limitTo(limit, () => new ReplyTooLargeError(`${what}: the reply is larger than ${limit} bytes, the most flowferry takes`))
    return source
  }
  const bounded = limiter(limit, what)
  if (!inflater) {
    pipeline(source, bounded, ignore)
    return bounded
  }
  // Registered before pipeline's own listener, so the consumer sees the typed error first.
  inflater.once('error', (error: NodeJS.ErrnoException) => {
    bounded.destroy(new MalformedReplyError(`${what}: the reply's ${encoding} encoding is broken (${error.code ?? 'zlib'}: ${error.message})`, { cause: error }))
  })
  pipeline(source, inflater, bounded, ignore)
  return bounded
}

interface Limitable extends Readable {
  limitTo(limit: number, error: () => Error): void
}

function isLimitable(source: Readable): source is Limitable {
  return typeof (source as Partial<Limitable>).limitTo === 'function'
}

/** A pass-through that fails with ReplyTooLargeError once more than `limit` bytes went through. */
function limiter(limit: number, what: string): Transform {
  let size = 0
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length
      if (size > limit) done(new ReplyTooLargeError(`${what}: the reply is larger than ${limit} bytes, the most flowferry takes`))
      else done(null, chunk)
    },
  })
}

function ignore(): void {
  // Errors reach the consumer through the last stage; pipeline only needs a callback.
}

/** A `consume` function for replies whose body does not matter: read a little (so the connection can be reused), drop the rest. */
export async function discard(reply: { body: Readable }): Promise<void> {
  let size = 0
  try {
    for await (const chunk of reply.body) {
      size += (chunk as Buffer).length
      if (size > DISCARD_LIMIT) break
    }
  } catch {
    // whatever it held, nobody reads it
  } finally {
    reply.body.destroy()
  }
}

/**
 * Reads at most `limit` decoded bytes of a body as UTF-8; the rest is not read at all. For text
 * that is only shown (the start of an error reply): a reply that is parsed must be read whole,
 * with `readWholeText`.
 */
export async function readText(body: Readable, limit: number): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  try {
    for await (const chunk of body) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string)
      chunks.push(buffer.subarray(0, limit - size))
      size += buffer.length
      if (size >= limit) break
    }
  } finally {
    body.destroy()
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** The reply parsed as JSON (undefined when empty), read whole only up to the in-memory limit. */
export async function readJson(reply: { status: number; body: Readable }, what: string, limit = IN_MEMORY_DOCUMENT_LIMIT): Promise<unknown> {
  const chunks: Buffer[] = []
  let size = 0
  try {
    for await (const chunk of reply.body) {
      size += (chunk as Buffer).length
      if (size > limit) throw new ReplyTooLargeError(`${what}: the reply is larger than ${limit} bytes, the most flowferry reads into memory`)
      chunks.push(chunk as Buffer)
    }
  } finally {
    reply.body.destroy()
  }
  const text = Buffer.concat(chunks).toString('utf8')
  if (text.trim() === '') return undefined
  try {
    return JSON.parse(text)
  } catch {
    throw new MalformedReplyError(
      `${what}: the reply is not valid JSON (HTTP ${reply.status}, ${size} bytes, starts with "${untrustedText(text, 40)}")`,
    )
  }
}

/**
 * The whole body as UTF-8, or ReplyTooLargeError past `limit` decoded bytes. A reply that is
 * parsed must not be cut silently: the first 64 KiB of a reply of 256 MiB of spaces read as empty,
 * which an import takes for a successful empty answer.
 */
export async function readWholeText(body: Readable, limit: number, what: string): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  try {
    for await (const chunk of body) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string)
      size += buffer.length
      if (size > limit) throw new ReplyTooLargeError(`${what}: the reply is larger than ${limit} bytes, the most flowferry reads of it`)
      chunks.push(buffer)
    }
  } finally {
    body.destroy()
  }
  return Buffer.concat(chunks).toString('utf8')
}
