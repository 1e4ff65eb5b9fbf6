import { stat } from 'node:fs/promises'
import path from 'node:path'
import { eachLimit } from '../../core/concurrency.js'
import { discard, readJson, type HttpClient } from '../../core/http/client.js'
import { json } from '../../core/http/body.js'
import type { MultipartPart } from '../../core/http/multipart.js'
import { displayPath } from '../../core/fs.js'
import { storedReads, type StoredEntry } from '../../core/zip-stored.js'
import { FlowferryError } from '../../core/errors.js'
import { phrase } from '../../core/phrasing.js'
import { loadSchemas } from '../../core/schema.js'
import { parseFileId, parseSessionId } from './replies.js'

/** Kore.ai takes files "smaller than 25 MB" in one request; read as 25,000,000 bytes to stay on the safe side. */
export const SINGLE_UPLOAD_LIMIT = 25_000_000
/** Chunk size for the session upload (not documented; well under the single-request limit). */
export const CHUNK_SIZE = 8 * 1024 * 1024
/**
 * The Upload File API gives no chunk size (https://docs.kore.ai/ai-for-process/apis/apis-list/upload-file-api),
 * so a tenant or proxy that wants smaller (or larger) chunks is served by this variable: bytes, or
 * a number with KiB/MiB/KB/MB, from 64 KiB to just under the single-request limit.
 */
export const CHUNK_SIZE_VARIABLE = 'FLOWFERRY_KOREAI_CHUNK_SIZE'
const UNITS: Record<string, number> = { '': 1, b: 1, kb: 1000, kib: 1024, mb: 1_000_000, mib: 1024 * 1024 }

export function chunkSize(env: NodeJS.ProcessEnv = process.env): number {
  const value = env[CHUNK_SIZE_VARIABLE]?.trim()
  if (!value) return CHUNK_SIZE
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(value)
  const bytes = match && UNITS[match[2]!.toLowerCase()] !== undefined ? Math.floor(Number(match[1]) * UNITS[match[2]!.toLowerCase()]!) : NaN
  if (!(bytes >= 64 * 1024 && bytes < SINGLE_UPLOAD_LIMIT)) {
    throw new FlowferryError(`${CHUNK_SIZE_VARIABLE} '${value}' is not a size from 64 KiB to under 25 MB`, { hint: `For example: ${CHUNK_SIZE_VARIABLE}=5MiB, or leave it unset for 8 MiB.` })
  }
  return bytes
}
/**
 * Chunks sent at once. The Upload File API numbers chunks (`chunkNumber`, from 0) and merges them
 * by number when the session is completed ("Complete" also reports the numbers missing), so their
 * order of arrival does not matter (https://docs.kore.ai/ai-for-process/apis/apis-list/upload-file-api).
 * One at a time left the line idle while each chunk was received and stored; four keep it busy,
 * and each is streamed from its byte range of the file, so memory does not grow with them.
 */
export const CHUNKS_IN_FLIGHT = 4
const FILE_CONTEXT = 'bulkImport'
// Written when needed: a mention draws phrasing's nonce, and with it node:crypto (core/crypto.ts).
const nothingImported = () => `Nothing was imported yet, so ${phrase('rerunning')} is safe.`

/**
 * A file Kore.ai took: its reply is kept as parsed JSON, not yet believed, until `fileId()` checks
 * it (replies.ts parseFileId) and gives the id. The reply is read without zod
 * (RequestSpec.readsWithoutSchemas) because a bundle's three files go up at once: the two small
 * ones are answered while the flow is still streaming, and loading zod there (~20 ms, on the one
 * thread that also feeds the flow's socket) held a 10 MiB flow's upload at half curl's rate
 * (docs/performance.md, Large files). The caller checks every reply once the uploads have ended.
 */
export interface Uploaded {
  fileId(): Promise<string>
}

/** A reply whose check waits for `fileId()`; zod is loaded then, if no other reply has loaded it. */
function uploaded(reply: unknown, what: string): Uploaded {
  return {
    fileId: async () => {
      await loadSchemas()
      return parseFileId(reply, what)
    },
  }
}

/**
 * Uploads one bundle file: in one request below the limit, else through an upload session
 * (start → numbered chunks → complete). Files are streamed from disk, chunks as byte ranges of the
 * file, so memory stays flat whatever the size. A file left in its package (`packed`,
 * core/bundle.ts) is sent from its byte range of the archive; its CRC-32 is taken as the chunks
 * pass and checked before the session is completed, so a damaged package becomes no file.
 */
export async function uploadFile(http: HttpClient, file: string, packed?: StoredEntry): Promise<Uploaded> {
  const size = packed ? packed.bytes : (await stat(file)).size
  const filename = path.basename(file)
  const reads = packed && storedReads(packed, displayPath(packed.archive))
  /** The file's bytes (`start` … `end`, inclusive) as a multipart part, from the archive when packed. */
  const part = (contentType: string, piece: number, range?: { start: number; end: number }): MultipartPart => {
    if (!reads) return { name: 'file', file, filename, contentType, size, ...range }
    const { start, end } = range ?? { start: 0, end: size - 1 }
    return { name: 'file', filename, contentType, ...reads.range(piece, start, end) }
  }
  const checked = () => reads?.check()
  if (size < SINGLE_UPLOAD_LIMIT) {
    // One request: its bytes are checked once it has been read through, a refusal after it is harmless.
    const what = `upload ${filename}`
    const reply = await http.request(
      {
        method: 'POST',
        path: '/api/public/files',
        what,
        harmlessIfRepeated: nothingImported(),
        body: { kind: 'multipart', parts: [part('application/json', 0), { name: 'fileContext', value: FILE_CONTEXT }] },
        readsWithoutSchemas: true,
      },
      (answer) => readJson(answer, what),
    )
    checked()
    return uploaded(reply, what)
  }

  const chunk = chunkSize()
  const totalChunks = Math.ceil(size / chunk)
  const sessionId = await http.json(
    {
      method: 'POST',
      path: '/api/public/files/session/start',
      what: `start the upload session for ${filename}`,
      harmlessIfRepeated: nothingImported(),
      body: json({
        fileContext: FILE_CONTEXT,
        totalChunks,
        fileExtension: path.extname(filename).slice(1) || 'json',
        fileName: filename,
        fileSize: size,
      }),
    },
    (reply) => parseSessionId(reply, `start the upload session for ${filename}`),
  )
  // Each chunk names its place (chunkNumber) and the session is merged by number on complete, so
  // chunks may arrive in any order; complete is sent only once every chunk was accepted.
  await eachLimit(totalChunks, CHUNKS_IN_FLIGHT, async (number) => {
    const start = number * chunk
    const end = Math.min(size, start + chunk) - 1
    await http.request(
      {
        method: 'POST',
        path: `/api/public/files/session/${encodeURIComponent(sessionId)}`,
        what: `upload chunk ${number + 1} of ${totalChunks} of ${filename}`,
        harmlessIfRepeated: nothingImported(),
        body: { kind: 'multipart', parts: [part('application/octet-stream', number, { start, end }), { name: 'chunkNumber', value: String(number) }] },
      },
      discard,
    )
  })
  checked()
  const what = `complete the upload of ${filename}`
  const reply = await http.request(
    {
      method: 'POST',
      path: `/api/public/files/session/${encodeURIComponent(sessionId)}/complete`,
      what,
      harmlessIfRepeated: nothingImported(),
      readsWithoutSchemas: true,
    },
    (answer) => readJson(answer, what),
  )
  return uploaded(reply, what)
}
