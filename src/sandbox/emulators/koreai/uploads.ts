import { randomUUID } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { rm, stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { readJsonBody, readMultipart, sendJson } from '../../http-helpers.js'
import type { Router } from '../../router.js'
import type { KoreaiStore } from './store.js'

/**
 * Kore.ai's file uploads: a single multipart upload below `singleUploadLimit`, else an upload
 * session (start, numbered chunks, complete) whose chunks are joined on disk. Each stored file
 * gets the id that an import then names
 * (https://koreai.mintlify.app/ai-for-process/apis/apis-list/upload-file-api.md).
 */
export function uploadRoutes(router: Router, store: KoreaiStore): void {
  router.on('POST', '/api/public/files', (c) => uploadSingle(store, c.req, c.res))
  router.on('POST', '/api/public/files/session/start', (c) => startSession(store, c.req, c.res))
  router.on('POST', '/api/public/files/session/:sessionId/complete', (c) => completeSession(store, c.res, c.params.sessionId!))
  router.on('POST', '/api/public/files/session/:sessionId', (c) => uploadChunk(store, c.req, c.res, c.params.sessionId!))
}

async function uploadSingle(store: KoreaiStore, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { fields, files } = await readMultipart(req, store.options.storageDir)
  const file = files.find((f) => f.field === 'file')
  if (!file || !fields.fileContext) {
    for (const f of files) await rm(f.path, { force: true })
    return sendJson(res, 400, { errors: [{ msg: 'file and fileContext are required', code: 400 }] })
  }
  if (file.size >= store.settings.singleUploadLimit) {
    await rm(file.path, { force: true })
    return sendJson(res, 413, { errors: [{ msg: 'File is 25 MB or larger; use the chunked upload session', code: 413 }] })
  }
  sendJson(res, 200, store.storeFile(file.path, file.filename, file.size))
}

async function startSession(store: KoreaiStore, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = (await readJsonBody(req)) as Record<string, unknown> | undefined
  const missing = ['fileContext', 'totalChunks', 'fileExtension', 'fileName', 'fileSize'].filter((k) => body?.[k] === undefined)
  if (!body || missing.length > 0) return sendJson(res, 400, { errors: [{ msg: `Missing fields: ${missing.join(', ')}`, code: 400 }] })
  const sessionId = randomUUID()
  store.sessions.set(sessionId, {
    fileName: String(body.fileName),
    fileSize: Number(body.fileSize),
    totalChunks: Number(body.totalChunks),
    chunks: new Map(),
  })
  sendJson(res, 200, { sessionId, expirationDate: new Date(store.options.clock.now() + 3_600_000).toISOString() })
}

async function uploadChunk(store: KoreaiStore, req: IncomingMessage, res: ServerResponse, sessionId: string): Promise<void> {
  const session = store.sessions.get(sessionId)
  const { fields, files } = await readMultipart(req, store.options.storageDir)
  const file = files.find((f) => f.field === 'file')
  const number = Number(fields.chunkNumber)
  if (!session || !file || !Number.isInteger(number) || number < 0 || number >= (session?.totalChunks ?? 0)) {
    for (const f of files) await rm(f.path, { force: true })
    return sendJson(res, session ? 400 : 404, { errors: [{ msg: session ? 'Invalid chunk' : 'Unknown upload session', code: session ? 400 : 404 }] })
  }
  const previous = session.chunks.get(number)
  if (previous) await rm(previous, { force: true })
  session.chunks.set(number, file.path)
  sendJson(res, 200, { chunkNumber: String(number), sessionId })
}

async function completeSession(store: KoreaiStore, res: ServerResponse, sessionId: string): Promise<void> {
  const session = store.sessions.get(sessionId)
  if (!session) return sendJson(res, 404, { errors: [{ msg: 'Unknown upload session', code: 404 }] })
  const missing = [...Array(session.totalChunks).keys()].filter((n) => !session.chunks.has(n))
  if (missing.length > 0) return sendJson(res, 400, { errors: [{ msg: `Missing chunks: ${missing.join(', ')}`, code: 400 }] })
  const merged = path.join(store.options.storageDir, `merged-${randomUUID()}`)
  for (let n = 0; n < session.totalChunks; n++) {
    await pipeline(createReadStream(session.chunks.get(n)!), createWriteStream(merged, { flags: 'a' }))
    await rm(session.chunks.get(n)!, { force: true })
  }
  const { size } = await stat(merged)
  store.sessions.delete(sessionId)
  if (size !== session.fileSize) {
    await rm(merged, { force: true })
    return sendJson(res, 400, { errors: [{ msg: `Merged size ${size} does not match fileSize ${session.fileSize}`, code: 400 }] })
  }
  sendJson(res, 200, store.storeFile(merged, session.fileName, size))
}
