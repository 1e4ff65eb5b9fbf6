import type { Hash } from 'node:crypto'
import { createHash } from '../crypto.js'
import { open, rename, rm, type FileHandle } from 'node:fs/promises'
import { siblingTemp } from '../fs.js'
import { streamed } from '../memory.js'
import { untrustedText } from '../untrusted-text.js'
import type { HttpReply } from './client.js'
import { FramedBody, READ_BUFFER } from './framed-body.js'

/** As long as a label from a reply may be shown (core/reply-fields.ts). */
const HEADER_LIMIT = 200

export interface SavedFile {
  bytes: number
  /** SHA-256 of the bytes saved, taken as they were written; undefined when not asked for. */
  sha256?: string
  contentType?: string
  /** The file name the server suggested (Content-Disposition), if any. */
  filename?: string
}

/**
 * Bytes gathered from the reply before one write to the file. The socket hands over chunks of
 * 16–64 KiB; writing each through a WriteStream (16 KiB high-water mark) waited for the disk once
 * per chunk, and the reply stood still meanwhile (downloads ran at 0.57–0.81× curl's rate on the
 * same loopback, docs/performance.md, Large files). Gathered into 1 MiB writes, with one
 * write in flight while the next batch fills, the reply keeps flowing and the file sees a
 * thousand writes per gigabyte instead of sixteen thousand. At most two batches are held: the
 * memory stays flat whatever the file's size.
 */
const WRITE_BATCH = 1024 * 1024

/**
 * A `consume` function for HttpClient.request that streams the reply into `file`: written to a
 * temporary name and renamed only when complete, so a broken download leaves nothing behind
 * (and the client may retry it). The bytes are hashed as they arrive, in the same pass, unless
 * `hash: false`: a package that is unpacked (its files hashed as they come out) needs no checksum
 * of its own, and SHA-256 is the largest cost of a download after the socket (about 0.6 s of CPU
 * per gigabyte, on the thread that reads the reply).
 */
export function saveTo(file: string, options: { hash: false }): (reply: HttpReply) => Promise<SavedFile>
export function saveTo(file: string): (reply: HttpReply) => Promise<SavedFile & { sha256: string }>
export function saveTo(file: string, options: { hash?: false } = {}): (reply: HttpReply) => Promise<SavedFile> {
  return async (reply) => {
    const temp = siblingTemp(file, 'download')
    const hash = options.hash === false ? undefined : createHash('sha256')
    let bytes = 0
    try {
      const output = await open(temp, 'wx')
      if (reply.body instanceof FramedBody) {
        try {
          bytes = await pumpInto(output, reply.body, hash)
        } finally {
          await output.close()
        }
        // Counted once, at the end: the download made no garbage per read, but a run that streamed
        // this much still gets its full collection between stages (memory.ts, releaseGarbage), as
        // before the artifact upload, which is where an export's memory peaks.
        streamed(bytes)
        await rename(temp, file)
        return described(reply, bytes, hash)
      }
      let writing: Promise<void> | undefined
      try {
        let batch: Buffer[] = []
        let batched = 0
        for await (const chunk of reply.body as AsyncIterable<Buffer>) {
          bytes += chunk.length
          hash?.update(chunk)
          streamed(chunk.length)
          batch.push(chunk)
          batched += chunk.length
          if (batched < WRITE_BATCH) continue
          // One write in flight: wait for the previous one before handing over the next batch.
          if (writing) await writing
          writing = writeAll(output, batch)
          // Its failure is thrown where it is awaited; until then it must not count as unhandled.
          writing.catch(() => undefined)
          batch = []
          batched = 0
        }
        if (writing) await writing
        writing = undefined
        if (batch.length > 0) await writeAll(output, batch)
      } finally {
        // A reply that broke off mid-file: let the write in flight end before the file is closed.
        await writing?.catch(() => undefined)
        await output.close()
      }
      await rename(temp, file)
    } catch (error) {
      await rm(temp, { force: true })
      throw error
    }
    return described(reply, bytes, hash)
  }
}

function described(reply: HttpReply, bytes: number, hash: Hash | undefined): SavedFile {
  // Both are the platform's words, and both reach messages (a wrong content type) or outputs (a
  // name from the file name): shown as text from outside is (core/untrusted-text.ts).
  const type = reply.headers['content-type']
  const contentType = Array.isArray(type) ? type[0] : type
  const filename = filenameOf(reply.headers['content-disposition'])
  return {
    bytes,
    sha256: hash?.digest('hex'),
    contentType: contentType === undefined ? undefined : untrustedText(contentType, HEADER_LIMIT),
    filename: filename === undefined ? undefined : untrustedText(filename, HEADER_LIMIT),
  }
}

/**
 * A download's body (framed-transport.ts) taken in place from the socket's buffer: each piece
 * hashed and copied into one of two batch buffers, and a full batch written while the other
 * fills. The socket is paused only when both are full (the disk is slower than the network). No
 * buffer is allocated per read: the garbage a streamed reply makes (memory.ts) is not made.
 */
async function pumpInto(output: FileHandle, body: FramedBody, hash: Hash | undefined): Promise<number> {
  // A batch is cut once it holds WRITE_BATCH bytes; one socket read more always fits.
  let filling: Buffer = Buffer.allocUnsafeSlow(WRITE_BATCH + READ_BUFFER)
  let spare: Buffer | undefined = Buffer.allocUnsafeSlow(WRITE_BATCH + READ_BUFFER)
  let filled = 0
  let bytes = 0
  let writing: Promise<void> | undefined
  let waiting = false
  let failure: unknown
  const startWrite = () => {
    const batch = filling
    const length = filled
    filling = spare!
    spare = undefined
    filled = 0
    writing = writeAll(output, [batch.subarray(0, length)]).then(
      () => {
        spare = batch
        writing = undefined
        if (!waiting) return
        waiting = false
        startWrite()
        body.flow()
      },
      (error: unknown) => {
        failure = error
        body.destroy(error as Error)
      },
    )
  }
  try {
    await body.pump((piece) => {
      bytes += piece.length
      hash?.update(piece)
      // One socket read hands over at most READ_BUFFER bytes, which a batch has room for past
      // WRITE_BATCH. Should a paused socket (TLS decrypting what it had) hand over another read,
      // the batch grows: Buffer.copy would drop what does not fit, and the file would lose bytes.
      if (filled + piece.length > filling.length) filling = Buffer.concat([filling.subarray(0, filled)], filled + piece.length + READ_BUFFER)
      piece.copy(filling, filled)
      filled += piece.length
      if (filled < WRITE_BATCH || waiting) return !waiting
      if (writing) {
        waiting = true
        return false
      }
      startWrite()
      return true
    })
  } catch (error) {
    // A reply that broke off mid-file: let the write in flight end before the file is closed.
    await writing?.catch(() => undefined)
    throw failure ?? error
  }
  while (writing) await writing
  if (failure) throw failure
  if (filled > 0) await writeAll(output, [filling.subarray(0, filled)])
  return bytes
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

/** Writes every byte of `chunks` at the file's current end (a short write goes on from where it stopped). */
async function writeAll(output: FileHandle, chunks: Buffer[]): Promise<void> {
  let rest = chunks
  while (rest.length > 0) {
    let { bytesWritten } = await output.writev(rest)
    if (bytesWritten === 0) throw new Error('the disk took none of the bytes written')
    while (rest.length > 0 && bytesWritten >= rest[0]!.length) bytesWritten -= rest.shift()!.length
    if (bytesWritten > 0) rest[0] = rest[0]!.subarray(bytesWritten)
  }
}
