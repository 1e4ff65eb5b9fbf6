import { pipeline, Readable } from 'node:stream'
import { assertUploadable } from '../plain-file.js'
import { fileChunks, multipart, type MultipartPart } from './multipart.js'

/**
 * What a request carries. Small bodies are bytes (they can be hashed for request signing and
 * replayed on retry); files travel as streams opened afresh for each attempt, never read whole.
 */
export type RequestBody =
  | { kind: 'json'; value: unknown }
  | { kind: 'form'; fields: Record<string, string> }
  | { kind: 'bytes'; data: Buffer; contentType: string }
  | { kind: 'multipart'; parts: MultipartPart[] }
  /** A file as the whole body (gzipped as it streams, where the client gzips bodies of its size). */
  | { kind: 'file'; file: string; size: number; contentType: string }

/** A body ready to send: bytes, or a factory for a fresh stream per attempt. */
export interface PreparedBody {
  headers: Record<string, string>
  /** Bytes for small bodies; request signers hash these. Absent for streamed bodies. */
  bytes?: Buffer
  open(): Readable | Buffer
}

/** node:zlib, loaded by the first body gzipped (https://nodejs.org/api/process.html#processgetbuiltinmoduleid). */
const zlib = () => process.getBuiltinModule('node:zlib')

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
    case 'multipart': {
      // Checked before anything is sent; each attempt's stream checks its descriptor again.
      for (const part of body.parts) if ('file' in part) await assertUploadable(part.file, part.size)
      const form = multipart(body.parts)
      return { headers: { 'content-type': form.contentType, 'content-length': String(form.length) }, open: form.open }
    }
    case 'file':
      await assertUploadable(body.file, body.size)
      return fileBody(body.file, body.size, body.contentType, gzipAbove)
  }
}

function bytesBody(data: Buffer, contentType: string, gzipAbove: number | undefined): PreparedBody {
  const headers: Record<string, string> = { 'content-type': contentType }
  let bytes = data
  if (gzipAbove !== undefined && data.length > gzipAbove) {
    bytes = zlib().gzipSync(data)
    headers['content-encoding'] = 'gzip'
  }
  headers['content-length'] = String(bytes.length)
  return { headers, bytes, open: () => bytes }
}

/**
 * A file sent as the body, streamed from disk for each attempt so that memory does not grow with
 * it. Gzipped as it streams, where the platform takes gzipped bodies: the compressed length is
 * not known before the end, so the request goes without a Content-Length, in chunked transfer
 * coding (https://www.rfc-editor.org/rfc/rfc9112#section-7.1). Every attempt sends the same bytes
 * (the same verified file through the same deflate settings), as a retry under one Idempotency-Key
 * must. Such a body has no `bytes`: a signer that hashes bodies signs it as an unsigned payload.
 */
function fileBody(file: string, size: number, contentType: string, gzipAbove: number | undefined): PreparedBody {
  const gzip = gzipAbove !== undefined && size > gzipAbove
  const headers: Record<string, string> = gzip ? { 'content-type': contentType, 'content-encoding': 'gzip' } : { 'content-type': contentType, 'content-length': String(size) }
  return {
    headers,
    open: () => {
      const source = Readable.from(fileChunks(file, size), { objectMode: false })
      if (!gzip) return source
      // A read error destroys the gzip stream with it, and so ends the request unfinished.
      return pipeline(source, zlib().createGzip(), () => {})
    },
  }
}
