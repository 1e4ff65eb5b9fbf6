import { createHash, randomBytes } from 'node:crypto'
import { createServer } from 'node:http'
import { writeFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { Readable } from 'node:stream'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { prepareBody, type PreparedBody } from '../src/core/http/body.js'
import { readMultipart } from '../src/sandbox/http-helpers.js'
import { useTempDirs } from './helpers/workspace.js'

const tempDir = useTempDirs()

async function bytesOf(body: PreparedBody): Promise<Buffer> {
  const opened = body.open()
  if (Buffer.isBuffer(opened)) return opened
  const chunks: Buffer[] = []
  for await (const chunk of opened as Readable) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** The body as a multipart parser (busboy, the sandbox's) reads it, sent over loopback. */
async function parsed(body: PreparedBody, dir: string): Promise<Awaited<ReturnType<typeof readMultipart>>> {
  const bytes = await bytesOf(body)
  const server = createServer((req, res) => {
    void readMultipart(req, dir).then((result) => res.end(JSON.stringify(result)))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  try {
    const reply = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, { method: 'POST', headers: body.headers, body: bytes })
    return (await reply.json()) as Awaited<ReturnType<typeof readMultipart>>
  } finally {
    server.close()
  }
}

describe('request bodies', () => {
  it('writes multipart with the Content-Length it announced, a byte range of the file, and names that cannot break the header', async () => {
    const dir = await tempDir()
    const file = path.join(dir, 'data.bin')
    const content = randomBytes(700_000)
    await writeFile(file, content)
    const body = await prepareBody(
      {
        kind: 'multipart',
        parts: [
          { name: 'file', file, filename: 'a"b\r\nContent-Type: evil.json', contentType: 'application/octet-stream', size: content.length, start: 1000, end: 600_999 },
          { name: 'chunkNumber', value: '3' },
        ],
      },
      undefined,
    )
    expect(Number(body.headers['content-length'])).toBe((await bytesOf(body)).length)
    const { fields, files } = await parsed(body, dir)
    expect(fields).toEqual({ chunkNumber: '3' })
    expect(files).toHaveLength(1)
    expect(files[0]).toMatchObject({ field: 'file', filename: 'a%22b%0D%0AContent-Type: evil.json', contentType: 'application/octet-stream', size: 600_000 })
    expect(files[0]!.sha256).toBe(createHash('sha256').update(content.subarray(1000, 601_000)).digest('hex'))
  })

  it('streams a file body gzipped, without a Content-Length, the same bytes on every attempt', async () => {
    const dir = await tempDir()
    const file = path.join(dir, 'workflow.json')
    const text = JSON.stringify({ tasks: Array.from({ length: 20_000 }, (_, i) => ({ id: i, name: `Task ${i}` })) })
    await writeFile(file, text)
    const body = await prepareBody({ kind: 'file', file, size: Buffer.byteLength(text), contentType: 'application/json' }, 1000)
    expect(body.headers).toEqual({ 'content-type': 'application/json', 'content-encoding': 'gzip' })
    expect(body.bytes).toBeUndefined()
    const first = await bytesOf(body)
    expect(gunzipSync(first).toString('utf8')).toBe(text)
    expect((await bytesOf(body)).equals(first)).toBe(true)

    const plain = await prepareBody({ kind: 'file', file, size: Buffer.byteLength(text), contentType: 'application/json' }, undefined)
    expect(plain.headers['content-length']).toBe(String(Buffer.byteLength(text)))
    expect((await bytesOf(plain)).toString('utf8')).toBe(text)
  })

  it('ends a streamed body with an error, not a short body, when the file changed after it was checked', async () => {
    const dir = await tempDir()
    const file = path.join(dir, 'workflow.json')
    await writeFile(file, 'x'.repeat(5000))
    const body = await prepareBody({ kind: 'file', file, size: 5000, contentType: 'application/json' }, 1000)
    await writeFile(file, 'x'.repeat(4000))
    await expect(bytesOf(body)).rejects.toThrow(/4000 bytes now, 5000 when it was checked/)
  })
})
