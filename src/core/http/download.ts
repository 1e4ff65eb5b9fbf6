import { createHash } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import { pipeline } from 'node:stream/promises'
import { siblingTemp } from '../fs.js'
import { streamed } from '../memory.js'
import { untrustedText } from '../untrusted-text.js'
import type { HttpReply } from './client.js'

/** As long as a label from a reply may be shown (core/reply-fields.ts). */
const HEADER_LIMIT = 200

export interface SavedFile {
  bytes: number
  /** SHA-256 of the bytes saved, taken as they were written. */
  sha256: string
  contentType?: string
  /** The file name the server suggested (Content-Disposition), if any. */
  filename?: string
}

/**
 * A `consume` function for HttpClient.request that streams the reply into `file`: written to a
 * temporary name and renamed only when complete, so a broken download leaves nothing behind
 * (and the client may retry it).
 */
export function saveTo(file: string): (reply: HttpReply) => Promise<SavedFile> {
  return async (reply) => {
    const temp = siblingTemp(file, 'download')
    const hash = createHash('sha256')
    let bytes = 0
    try {
      await pipeline(
        reply.body,
        async function* (source) {
          for await (const chunk of source) {
            bytes += chunk.length
            hash.update(chunk)
            streamed(chunk.length)
            yield chunk
          }
        },
        createWriteStream(temp),
      )
      await rename(temp, file)
    } catch (error) {
      await rm(temp, { force: true })
      throw error
    }
    // Both are the platform's words, and both reach messages (a wrong content type) or outputs (a
    // name from the file name): shown as text from outside is (core/untrusted-text.ts).
    const type = reply.headers['content-type']
    const contentType = Array.isArray(type) ? type[0] : type
    const filename = filenameOf(reply.headers['content-disposition'])
    return {
      bytes,
      sha256: hash.digest('hex'),
      contentType: contentType === undefined ? undefined : untrustedText(contentType, HEADER_LIMIT),
      filename: filename === undefined ? undefined : untrustedText(filename, HEADER_LIMIT),
    }
  }
}

/** `attachment; filename="Invoice triage.zip"` (or RFC 5987 `filename*=UTF-8''…`) → the name. */
export function filenameOf(disposition: string | undefined): string | undefined {
  if (!disposition) return undefined
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition)
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim())
    } catch {
      // fall through to the plain form
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/.exec(disposition)
  return (plain?.[2] ?? plain?.[1])?.trim() || undefined
}
