import { PassThrough, pipeline, type Readable } from 'node:stream'
import { gzipSync } from 'node:zlib'
import type FormData from 'form-data'
import { countingStage } from '../memory.js'
import { assertUploadable, plainFileStream } from '../plain-file.js'

/**
 * What a request carries. Small bodies are bytes (they can be hashed for request signing and
 * replayed on retry); files travel as streams opened afresh for each attempt, never read whole.
 */
export type RequestBody =
  | { kind: 'json'; value: unknown }
  | { kind: 'form'; fields: Record<string, string> }
  | { kind: 'bytes'; data: Buffer; contentType: string }
  | { kind: 'multipart'; parts: MultipartPart[] }

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
    }

/** A body ready to send: bytes, or a factory for a fresh stream per attempt. */
export interface PreparedBody {
  headers: Record<string, string>
  /** Bytes for small bodies; request signers hash these. Absent for streamed bodies. */
  bytes?: Buffer
  open(): Readable | Buffer
}

export const json = (value: unknown): RequestBody => ({ kind: 'json', value })

export async function prepareBody(body: RequestBody, gzipAbove: number | undefined): Promise<PreparedBody> {
  switch (body.kind) {
    case 'json':
      return bytesBody(Buffer.from(JSON.stringify(body.value)), 'application/json', gzipAbove)
    case 'form':
      return bytesBody(
        Buffer.from(new URLSearchParams(body.fields).toString()),
        'application/x-www-form-urlencoded',
        gzipAbove,
      )
    case 'bytes':
      return bytesBody(body.data, body.contentType, gzipAbove)
    case 'multipart':
      // Checked before anything is sent; each attempt's stream checks its descriptor again.
      for (const part of body.parts) if ('file' in part) await assertUploadable(part.file, part.size)
      // form-data (with its MIME database) is loaded only by the requests that upload files.
      return multipartBody(body.parts, (await import('form-data')).default)
  }
}

function bytesBody(data: Buffer, contentType: string, gzipAbove: number | undefined): PreparedBody {
  const headers: Record<string, string> = { 'content-type': contentType }
  let bytes = data
  if (gzipAbove !== undefined && data.length > gzipAbove) {
    bytes = gzipSync(data)
    headers['content-encoding'] = 'gzip'
  }
  headers['content-length'] = String(bytes.length)
  return { headers, bytes, open: () => bytes }
}

/**
 * Multipart through `form-data`: it knows every part's length up front (so the request carries a
 * Content-Length, which some servers insist on for uploads) and exposes the boundary before
 * sending (so a signer can sign the Content-Type that is actually sent).
 */
function multipartBody(parts: MultipartPart[], Form: typeof FormData): PreparedBody {
  // A probe form with empty placeholders measures the body without opening any file.
  // The boundary is fixed before the parts are added: form-data writes it into each part's header.
  const build = (probe: boolean, boundary?: string): FormData => {
    const form = new Form()
    if (boundary) form.setBoundary(boundary)
    for (const part of parts) {
      if ('value' in part) {
        form.append(part.name, part.value)
      } else {
        const range = part.start === undefined ? {} : { start: part.start, end: part.end }
        const length = part.start === undefined ? part.size : (part.end ?? part.size - 1) - part.start + 1
        form.append(part.name, probe ? Buffer.alloc(0) : countedRead(part.file, range, part.size), {
          filename: part.filename,
          contentType: part.contentType,
          knownLength: length,
        })
      }
    }
    return form
  }
  const probe = build(true)
  const boundary = probe.getBoundary()
  const headers: Record<string, string> = {
    'content-type': `multipart/form-data; boundary=${boundary}`,
    'content-length': String(probe.getLengthSync()),
  }
  return {
    headers,
    open: () => {
      const form = build(false, boundary)
      // form-data is an old-style stream; a PassThrough gives undici a proper Readable.
      const out = new PassThrough()
      form.on('error', (error: Error) => out.destroy(error))
      return form.pipe(out)
    },
  }
}

/**
 * A file (range) read through the counting stage; a read error reaches the request through it.
 * The file is opened as core/plain-file.ts opens files: the very file whose checksum was verified,
 * at the size announced, or an error before a byte of it is read.
 */
function countedRead(file: string, range: { start?: number; end?: number }, size: number): Readable {
  const stage = countingStage()
  pipeline(plainFileStream(file, range, size), stage, () => {})
  return stage
}
