import type { ServerResponse } from 'node:http'
import { createDeflate, createGzip } from 'node:zlib'

/**
 * Replies a compromised or broken platform could send, for the loopback servers of the tests:
 * here, decompression bombs. A bomb is a few hundred kilobytes on the wire that inflate to far more
 * than any limit of flowferry's; it is built once per encoding (zeros compress about 1000:1).
 */
const bombs = new Map<string, Promise<Buffer>>()

export type BombEncoding = 'gzip' | 'deflate'

export function bomb(encoding: BombEncoding, inflatedMiB = 256): Promise<Buffer> {
  const key = `${encoding}:${inflatedMiB}`
  let built = bombs.get(key)
  if (!built) {
    built = new Promise<Buffer>((resolve, reject) => {
      const zip = encoding === 'gzip' ? createGzip({ level: 1 }) : createDeflate({ level: 1 })
      const chunks: Buffer[] = []
      zip.on('data', (chunk: Buffer) => chunks.push(chunk)).on('end', () => resolve(Buffer.concat(chunks))).on('error', reject)
      const mib = Buffer.alloc(1024 * 1024, 0x20)
      let written = 0
      const write = () => {
        while (written < inflatedMiB) {
          written++
          if (!zip.write(mib)) return void zip.once('drain', write)
        }
        zip.end()
      }
      write()
    })
    bombs.set(key, built)
  }
  return built
}

/** Answers with a JSON-typed reply whose body is a decompression bomb. */
export async function sendBomb(res: ServerResponse, encoding: BombEncoding, status = 200): Promise<void> {
  const body = await bomb(encoding)
  res.writeHead(status, { 'content-type': 'application/json', 'content-encoding': encoding, 'content-length': String(body.length) })
  res.end(body)
}
