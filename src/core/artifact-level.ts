import { open } from 'node:fs/promises'
import { IN_MEMORY_DOCUMENT_LIMIT } from './limits.js'

/**
 * The zlib level @actions/artifact zips a bundle with (0–9; it uses 6 unless told otherwise:
 * https://github.com/actions/toolkit/tree/main/packages/artifact#upload-an-artifact). Level 6 on
 * a 1 GiB package that is already a zip spent a minute of CPU to save nothing. So the level
 * follows the content, weighed by bytes:
 * - most bytes already compressed (a zip, gzip, 7z, xz, bzip2 or zstd file: its first bytes
 *   say so, whatever its name) or opaque (larger than IN_MEMORY_DOCUMENT_LIMIT: flowferry keeps
 *   such files byte for byte and never reads them whole) → 0, stored;
 * - otherwise, documents (JSON, a vars file) → 1: deflate's fastest level still shrinks JSON
 *   several times over, at a fraction of level 6's time
 *   (https://www.zlib.net/manual.html#Constants: 1 gives best speed).
 */
export const STORED = 0
export const FAST = 1

const MAGIC: Buffer[] = [
  Buffer.from('504b0304', 'hex'), // zip
  Buffer.from('504b0506', 'hex'), // empty zip
  Buffer.from('1f8b', 'hex'), // gzip
  Buffer.from('377abcaf271c', 'hex'), // 7z
  Buffer.from('fd377a585a00', 'hex'), // xz
  Buffer.from('425a68', 'hex'), // bzip2
  Buffer.from('28b52ffd', 'hex'), // zstd
]

/** The level for the files of one artifact (absolute paths). A file that cannot be read counts as a document. */
export async function compressionLevelFor(files: string[]): Promise<number> {
  let opaque = 0
  let documents = 0
  for (const file of files) {
    const { bytes, head } = await peek(file)
    if (bytes > IN_MEMORY_DOCUMENT_LIMIT || MAGIC.some((magic) => head.subarray(0, magic.length).equals(magic))) opaque += bytes
    else documents += bytes
  }
  return opaque > documents ? STORED : FAST
}

async function peek(file: string): Promise<{ bytes: number; head: Buffer }> {
  try {
    const handle = await open(file, 'r')
    try {
      const { size } = await handle.stat()
      const head = Buffer.alloc(8)
      const { bytesRead } = await handle.read(head, 0, head.length, 0)
      return { bytes: size, head: head.subarray(0, bytesRead) }
    } finally {
      await handle.close()
    }
  } catch {
    return { bytes: 0, head: Buffer.alloc(0) }
  }
}
