import type { Hash } from 'node:crypto'
import { open, writeFile, type FileHandle } from 'node:fs/promises'
import type yauzl from 'yauzl'

/**
 * Entries up to this size (packed and unpacked) are inflated in one piece: a workflow's JSON
 * files are a few KiB, and a stream pipeline per file (read stream, inflate stream, counting
 * stage, write stream) cost an import ~5 ms before its first request for the first file and
 * ~1.5 ms for each one after, against one read, one inflation and one write. Larger entries
 * stream (core/zip.ts), so memory stays flat: at most this twice is held here.
 */
export const SMALL_ENTRY_BYTES = 1024 * 1024

/** Whether `entry` is unpacked by `unpackSmall`: deflated, not encrypted, small both ways. */
export function isSmallDeflated(entry: yauzl.Entry): boolean {
  return entry.compressionMethod === 8 && !entry.isEncrypted() && entry.compressedSize <= SMALL_ENTRY_BYTES && entry.uncompressedSize <= SMALL_ENTRY_BYTES
}

/**
 * Unpacks a small deflated entry into `target` (created, never overwritten), hashing it on the way;
 * `input` is the archive, opened once by the caller (core/zip.ts, unpackZip) for all its entries.
 * The checks are those of yauzl's stream with `validateEntrySizes` and of `copyStored`: the packed
 * bytes must all be there, inflate to no more and no less than the size the archive records
 * (`maxOutputLength` stops a bomb that lies about it before it fills memory), and match its CRC-32.
 * Inflation: https://nodejs.org/api/zlib.html#zlibinflaterawsyncbuffer-options ; its output limit:
 * https://nodejs.org/api/zlib.html#class-options (maxOutputLength).
 */
export async function unpackSmall(input: FileHandle, zip: yauzl.ZipFile, entry: yauzl.Entry, target: string, name: string, hash: Hash): Promise<void> {
  const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true })
  const packed = Buffer.allocUnsafe(entry.compressedSize)
  const { bytesRead } = await input.read(packed, 0, packed.length, fileDataStart)
  if (bytesRead !== packed.length) throw new Error(`entry ${JSON.stringify(name)} is cut short`)
  const { inflateRawSync, crc32 } = process.getBuiltinModule('node:zlib')
  let bytes: Buffer
  try {
    bytes = inflateRawSync(packed, { maxOutputLength: Math.max(1, entry.uncompressedSize) })
  } catch (error) {
    throw new Error(`entry ${JSON.stringify(name)} does not inflate to the ${entry.uncompressedSize} bytes it declares (${(error as Error).message})`)
  }
  if (bytes.length !== entry.uncompressedSize) throw new Error(`entry ${JSON.stringify(name)} inflates to ${bytes.length} bytes, not the ${entry.uncompressedSize} it declares`)
  if (crc32(bytes) !== entry.crc32) throw new Error(`entry ${JSON.stringify(name)} does not match its checksum (CRC-32)`)
  hash.update(bytes)
  await writeFile(target, bytes, { flag: 'wx' })
}

/**
 * A stored (uncompressed) entry is copied straight from the archive (`input`, opened once by the
 * caller) through two reused buffers,
 * checking its CRC on the way. Large packages are usually stored (their content does not
 * compress), and this moves a gigabyte without leaving a gigabyte of buffers for the collector.
 * The next piece is read while this one is checked, hashed and written, so the checksums (on
 * this thread) and the disk (on libuv's) work at the same time instead of taking turns.
 */
export async function copyStored(input: FileHandle, zip: yauzl.ZipFile, entry: yauzl.Entry, target: string, name: string, hash: Hash): Promise<void> {
  const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true })
  const total = entry.uncompressedSize
  const size = Math.min(1024 * 1024, Math.max(1, total))
  const buffers = [Buffer.allocUnsafe(size), Buffer.allocUnsafe(size)] as const
  const output = await open(target, 'wx')
  const { crc32 } = process.getBuiltinModule('node:zlib')
  const read = (into: Buffer, done: number) => {
    const reading = input.read(into, 0, Math.min(size, total - done), fileDataStart + done).then((r) => r.bytesRead)
    // Its failure is thrown where it is awaited; until then it must not count as unhandled.
    reading.catch(() => undefined)
    return reading
  }
  let crc = 0
  let reading: Promise<number> | undefined = total > 0 ? read(buffers[0], 0) : undefined
  let writing: Promise<void> | undefined
  try {
    for (let done = 0, turn = 0; reading; turn ^= 1) {
      const bytesRead = await reading
      if (bytesRead === 0) throw new Error(`entry ${JSON.stringify(name)} is cut short`)
      const chunk = buffers[turn]!.subarray(0, bytesRead)
      done += bytesRead
      // The other buffer is free once its write has ended.
      await writing
      reading = done < total ? read(buffers[turn ^ 1]!, done) : undefined
      crc = crc32(chunk, crc)
      hash.update(chunk)
      writing = writeAll(output, chunk)
      writing.catch(() => undefined)
    }
    await writing
  } finally {
    // A failure mid-copy: let the read and write in flight end before their files are closed.
    await Promise.allSettled([reading, writing])
    await output.close()
  }
  if (crc !== entry.crc32) throw new Error(`entry ${JSON.stringify(name)} does not match its checksum (CRC-32)`)
}

/** Writes every byte of `data` at the file's current end (a short write goes on from where it stopped). */
async function writeAll(output: FileHandle, data: Buffer): Promise<void> {
  for (let done = 0; done < data.length; ) {
    const { bytesWritten } = await output.write(data, done, data.length - done)
    if (bytesWritten === 0) throw new Error('the disk took none of the bytes written')
    done += bytesWritten
  }
}
