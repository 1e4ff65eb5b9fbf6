import { randomBytes } from '../crypto.js'
import { Readable } from 'node:stream'
import { streamed } from '../memory.js'
import { plainFileStream } from '../plain-file.js'

/**
 * multipart/form-data written by flowferry itself (RFC 7578, https://www.rfc-editor.org/rfc/rfc7578):
 * each part's header and the closing boundary are a few bytes known before anything is sent, so the
 * body's length is counted up front (the request carries a Content-Length, which some servers
 * insist on for uploads) and the boundary is fixed before a signer signs the Content-Type.
 *
 * The file bytes go from the file to the transport through one stream, read in READ_CHUNK pieces.
 * `form-data` did this through four streams of its own and a PassThrough, 64 KiB at a time: on a
 * loaded 2-core runner that work competed with the upload for the CPU (docs/performance.md, the
 * Kore.ai upload at 0.40× curl).
 */

export type MultipartPart =
  | { name: string; value: string }
  | {
      name: string
      /** A file on disk, or a byte range of one (`start`/`end` inclusive, as in createReadStream). */
      file: string
      filename: string
      contentType: string
      size: number
      start?: number
      end?: number
      /**
       * Called as the part begins, each time the body is sent (a retry sends it again); the function
       * it returns sees the part's bytes as they pass, so a check of them costs no second read.
       */
      watch?: () => (chunk: Buffer) => void
    }

type FilePart = Extract<MultipartPart, { file: string }>

/**
 * Bytes read from the file at a time: fewer, larger reads cost less per byte through every stage
 * (file stream, transport, socket). Four chunks of the Kore.ai upload in flight hold a few of these each.
 */
const READ_CHUNK = 256 * 1024

interface Multipart {
  contentType: string
  length: number
  /** A fresh stream of the whole body; each file is opened (and checked) as its part begins. */
  open(): Readable
}

export function multipart(parts: MultipartPart[]): Multipart {
  const boundary = `----flowferry${randomBytes(12).toString('hex')}`
  const pieces: (Buffer | FilePart)[] = []
  let length = 0
  const add = (piece: Buffer | FilePart) => {
    pieces.push(piece)
    length += Buffer.isBuffer(piece) ? piece.length : partLength(piece)
  }
  for (const part of parts) {
    const disposition = `form-data; name="${escape(part.name)}"${'file' in part ? `; filename="${escape(part.filename)}"` : ''}`
    const type = 'file' in part ? `\r\nContent-Type: ${part.contentType}` : ''
    add(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}${type}\r\n\r\n`))
    if ('file' in part) add(part)
    add(Buffer.from('value' in part ? `${part.value}\r\n` : '\r\n'))
  }
  add(Buffer.from(`--${boundary}--\r\n`))
  return { contentType: `multipart/form-data; boundary=${boundary}`, length, open: () => Readable.from(body(pieces), { objectMode: false }) }
}

async function* body(pieces: (Buffer | FilePart)[]): AsyncGenerator<Buffer> {
  for (const piece of pieces) {
    if (Buffer.isBuffer(piece)) {
      yield piece
      continue
    }
    const seen = piece.watch?.()
    for await (const chunk of fileChunks(piece.file, piece.size, piece.start === undefined ? {} : { start: piece.start, end: piece.end })) {
      seen?.(chunk)
      yield chunk
    }
  }
}

/**
 * A file's bytes (or a range of them), READ_CHUNK at a time and counted for core/memory.ts as they
 * pass. Opened as core/plain-file.ts opens files: the very file whose checksum was verified, at the
 * size announced, or an error (which ends the body, and so the request) before a byte is read.
 */
export async function* fileChunks(file: string, size: number, range: { start?: number; end?: number } = {}): AsyncGenerator<Buffer> {
  for await (const chunk of plainFileStream(file, { ...range, highWaterMark: READ_CHUNK }, size)) {
    streamed((chunk as Buffer).length)
    yield chunk as Buffer
  }
}

function partLength(part: FilePart): number {
  return part.start === undefined ? part.size : (part.end ?? part.size - 1) - part.start + 1
}

/**
 * A name or file name in a part's header, as browsers write it: `"` and line breaks
 * percent-encoded, so a name from a bundle cannot end the header or the quoted string early
 * (https://html.spec.whatwg.org/multipage/form-control-infrastructure.html#multipart-form-data).
 */
function escape(text: string): string {
  return text.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}
