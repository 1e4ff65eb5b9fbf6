import { createHash, randomUUID } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'
import busboy from 'busboy'

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  })
  res.end(text)
}

export function sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers })
  res.end(text)
}

/** The request body as bytes, gunzipped when the client sent Content-Encoding: gzip. */
export async function readRaw(req: IncomingMessage): Promise<Buffer> {
  const source = /gzip/i.test(String(req.headers['content-encoding'] ?? '')) ? req.pipe(createGunzip()) : req
  const chunks: Buffer[] = []
  for await (const chunk of source) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** JSON body; undefined for an empty or unparsable one (handlers answer 400). */
export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const raw = await readRaw(req)
  if (raw.length === 0) return undefined
  try {
    return JSON.parse(raw.toString('utf8'))
  } catch {
    return undefined
  }
}

export async function readFormBody(req: IncomingMessage): Promise<URLSearchParams> {
  return new URLSearchParams((await readRaw(req)).toString('utf8'))
}

export interface UploadedFile {
  field: string
  filename: string
  contentType: string
  path: string
  size: number
  sha256: string
}

/**
 * Parses a multipart body with busboy, streaming each file part to `dir` (so a 1 GiB upload
 * never sits in memory) while hashing it.
 */
export async function readMultipart(
  req: IncomingMessage,
  dir: string,
): Promise<{ fields: Record<string, string>; files: UploadedFile[] }> {
  const fields: Record<string, string> = {}
  const files: UploadedFile[] = []
  const pending: Promise<void>[] = []
  await new Promise<void>((resolve, reject) => {
    let parser: busboy.Busboy
    try {
      parser = busboy({ headers: req.headers, limits: { fieldSize: 1024 * 1024 } })
    } catch (error) {
      reject(error)
      return
    }
    parser.on('field', (name, value) => {
      fields[name] = value
    })
    parser.on('file', (field, stream, info) => {
      const target = path.join(dir, `upload-${randomUUID()}`)
      const hash = createHash('sha256')
      let size = 0
      stream.on('data', (chunk: Buffer) => {
        hash.update(chunk)
        size += chunk.length
      })
      pending.push(
        pipeline(stream, createWriteStream(target)).then(() => {
          files.push({ field, filename: info.filename ?? '', contentType: info.mimeType, path: target, size, sha256: hash.digest('hex') })
        }),
      )
    })
    parser.on('error', reject)
    parser.on('close', () => resolve())
    req.on('error', reject)
    req.pipe(parser)
  })
  await Promise.all(pending)
  return { fields, files }
}

export function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name.toLowerCase()]
  return Array.isArray(value) ? value[0] : value
}
