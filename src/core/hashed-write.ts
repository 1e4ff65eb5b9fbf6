import { createHash } from './crypto.js'
import { mkdir, open, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { siblingTemp, type FileDigest } from './fs.js'
import { remember } from './plain-file.js'

/**
 * Writes a file from pieces (text or bytes) and takes its SHA-256 as it writes, so a bundle file
 * is never read back to be hashed. Pieces are gathered into writes of about WRITE_BYTES. The file
 * appears whole or not at all (a temporary name beside it, renamed), and is remembered as the file
 * of that checksum (core/plain-file.ts), as if `digestPlainFile` had read it.
 */
const WRITE_BYTES = 256 * 1024

export async function writeHashed(file: string, pieces: Iterable<string | Buffer> | AsyncIterable<string | Buffer>, mode = 0o644): Promise<FileDigest> {
  await mkdir(path.dirname(file), { recursive: true })
  const temp = siblingTemp(file)
  const hash = createHash('sha256')
  let bytes = 0
  try {
    const output = await open(temp, 'wx', mode)
    try {
      const write = async (data: Buffer) => {
        hash.update(data)
        bytes += data.length
        for (let done = 0; done < data.length; ) done += (await output.write(data, done, data.length - done)).bytesWritten
      }
      let text: string[] = []
      let textLength = 0
      const flush = async () => {
        if (text.length === 0) return
        const data = Buffer.from(text.join(''), 'utf8')
        text = []
        textLength = 0
        await write(data)
      }
      for await (const piece of pieces) {
        if (typeof piece !== 'string') {
          await flush()
          await write(piece)
          continue
        }
        text.push(piece)
        textLength += piece.length
        if (textLength >= WRITE_BYTES) await flush()
      }
      await flush()
      remember(file, await output.stat({ bigint: true }))
    } finally {
      await output.close()
    }
    await rename(temp, file)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
  return { bytes, sha256: hash.digest('hex') }
}
