import { stat } from 'node:fs/promises'
import path from 'node:path'
import { discard, type HttpClient } from '../../core/http/client.js'
import { json } from '../../core/http/body.js'
import { parseFileId, parseSessionId } from './replies.js'

/** Kore.ai takes files "smaller than 25 MB" in one request; read as 25,000,000 bytes to stay on the safe side. */
export const SINGLE_UPLOAD_LIMIT = 25_000_000
/** Chunk size for the session upload (not documented; well under the single-request limit). */
export const CHUNK_SIZE = 8 * 1024 * 1024
const FILE_CONTEXT = 'bulkImport'
const NOTHING_IMPORTED = 'Nothing was imported yet, so re-running the step is safe.'

/**
 * Uploads one bundle file and returns its fileId: in one request below the limit, else through
 * an upload session (start → numbered chunks → complete). Files are streamed from disk, chunks
 * as byte ranges of the file, so memory stays flat whatever the size.
 */
export async function uploadFile(http: HttpClient, file: string): Promise<string> {
  const { size } = await stat(file)
  const filename = path.basename(file)
  if (size < SINGLE_UPLOAD_LIMIT) {
    return http.json(
      {
        method: 'POST',
        path: '/api/public/files',
        what: `upload ${filename}`,
        harmlessIfRepeated: NOTHING_IMPORTED,
        body: {
          kind: 'multipart',
          parts: [
            { name: 'file', file, filename, contentType: 'application/json', size },
            { name: 'fileContext', value: FILE_CONTEXT },
          ],
        },
      },
      (reply) => parseFileId(reply, `upload ${filename}`),
    )
  }

  const totalChunks = Math.ceil(size / CHUNK_SIZE)
  const sessionId = await http.json(
    {
      method: 'POST',
      path: '/api/public/files/session/start',
      what: `start the upload session for ${filename}`,
      harmlessIfRepeated: NOTHING_IMPORTED,
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
  for (let chunk = 0; chunk < totalChunks; chunk++) {
    const start = chunk * CHUNK_SIZE
    const end = Math.min(size, start + CHUNK_SIZE) - 1
    await http.request(
      {
        method: 'POST',
        path: `/api/public/files/session/${encodeURIComponent(sessionId)}`,
        what: `upload chunk ${chunk + 1} of ${totalChunks} of ${filename}`,
        harmlessIfRepeated: NOTHING_IMPORTED,
        body: {
          kind: 'multipart',
          parts: [
            { name: 'file', file, filename, contentType: 'application/octet-stream', size, start, end },
            { name: 'chunkNumber', value: String(chunk) },
          ],
        },
      },
      discard,
    )
  }
  return http.json(
    {
      method: 'POST',
      path: `/api/public/files/session/${encodeURIComponent(sessionId)}/complete`,
      what: `complete the upload of ${filename}`,
      harmlessIfRepeated: NOTHING_IMPORTED,
    },
    (reply) => parseFileId(reply, `complete the upload of ${filename}`),
  )
}
