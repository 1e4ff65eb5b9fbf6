import { createWriteStream } from 'node:fs'
import { createHash } from 'node:crypto'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { describe, expect, it } from 'vitest'
import yazl from 'yazl'
import { BundleError } from '../src/core/errors.js'
import { extractZip, extractZipHashed, inspectZip, isZipFile } from '../src/core/zip.js'
import { useTempDirs } from './helpers/workspace.js'
import { writeRawZip } from './helpers/zip.js'

const tempDir = useTempDirs()

describe('zip safety', () => {
  it('extracts an ordinary archive', async () => {
    const dir = await tempDir()
    const file = path.join(dir, 'ok.zip')
    await writeRawZip(file, [{ name: 'a.json', data: '{}' }, { name: 'sub/b.json', data: '[]' }])
    expect(await isZipFile(file)).toBe(true)
    await expect(extractZip(file, path.join(dir, 'out'))).resolves.toEqual(['a.json', 'sub/b.json'])
  })

  it.each([
    ['../escape.json', /"\.\." would write outside/],
    ['/etc/passwd', /absolute paths/],
    ['C:/Windows/x', /absolute paths/],
    ['a\\b.json', /backslashes/],
  ])('refuses the entry %s and writes nothing', async (name, message) => {
    const dir = await tempDir()
    const file = path.join(dir, 'bad.zip')
    await writeRawZip(file, [{ name: 'fine.json', data: '{}' }, { name, data: 'x' }])
    const { findings } = await inspectZip(file)
    expect(findings.map((f) => f.message).join()).toMatch(message)
    await expect(extractZip(file, path.join(dir, 'out'))).rejects.toBeInstanceOf(BundleError)
    await expect(readdir(path.join(dir, 'out'))).rejects.toThrow()
  })

  it('refuses symbolic links', async () => {
    const dir = await tempDir()
    const file = path.join(dir, 'link.zip')
    await writeRawZip(file, [{ name: 'passwd', data: '/etc/passwd', mode: 0o120777 }])
    const { findings } = await inspectZip(file)
    expect(findings[0]).toMatchObject({ rule: 'zip.symlink' })
  })

  it('refuses a zip bomb by its expansion ratio', async () => {
    const dir = await tempDir()
    const file = path.join(dir, 'bomb.zip')
    const zip = new yazl.ZipFile()
    zip.addBuffer(Buffer.alloc(64 * 1024 * 1024), 'zeros.bin')
    zip.end()
    await pipeline(zip.outputStream, createWriteStream(file))
    const { findings } = await inspectZip(file)
    expect(findings[0]).toMatchObject({ rule: 'zip.ratio' })
    await expect(extractZip(file, path.join(dir, 'out'))).rejects.toThrow(/zip bomb/)
  })

  it('refuses archives over the entry and size limits', async () => {
    const dir = await tempDir()
    const file = path.join(dir, 'many.zip')
    await writeRawZip(file, Array.from({ length: 5 }, (_, i) => ({ name: `f${i}`, data: 'x'.repeat(10) })))
    expect((await inspectZip(file, { maxEntries: 4, maxTotalBytes: 1e9, maxRatio: 200 })).findings[0]).toMatchObject({ rule: 'zip.entries' })
    expect((await inspectZip(file, { maxEntries: 10, maxTotalBytes: 20, maxRatio: 200 })).findings[0]).toMatchObject({ rule: 'zip.size' })
  })

  it('says clearly when a file is not a zip at all', async () => {
    const dir = await tempDir()
    const file = path.join(dir, 'not.zip')
    await writeFile(file, 'this is text')
    expect(await isZipFile(file)).toBe(false)
    await expect(inspectZip(file)).rejects.toThrow(/not a readable zip archive/)
  })

  it('copies a stored entry of several buffers whole, with the checksum of its bytes', async () => {
    const dir = await tempDir()
    const file = path.join(dir, 'stored.zip')
    // Two and a half copy buffers, bytes that differ from one buffer to the next.
    const data = Buffer.from(Array.from({ length: 2.5 * 1024 * 1024 }, (_, i) => (i * 31 + (i >> 20)) & 0xff))
    const zip = new yazl.ZipFile()
    zip.addBuffer(data, 'big.bin', { compress: false })
    zip.addBuffer(Buffer.alloc(0), 'empty.bin', { compress: false })
    zip.end()
    await pipeline(zip.outputStream, createWriteStream(file))
    const digests = await extractZipHashed(file, path.join(dir, 'out'))
    expect(digests.get('big.bin')).toEqual({ bytes: data.length, sha256: createHash('sha256').update(data).digest('hex') })
    expect(Buffer.compare(await readFile(path.join(dir, 'out', 'big.bin')), data)).toBe(0)
    expect(digests.get('empty.bin')?.bytes).toBe(0)
  })

  it('refuses a stored entry whose bytes do not match its CRC-32, and leaves no file behind', async () => {
    const dir = await tempDir()
    const file = path.join(dir, 'corrupt.zip')
    const data = Buffer.alloc(1536 * 1024, 7)
    const zip = new yazl.ZipFile()
    zip.addBuffer(data, 'big.bin', { compress: false })
    zip.end()
    await pipeline(zip.outputStream, createWriteStream(file))
    const bytes = await readFile(file)
    bytes[30 + 'big.bin'.length + 1024 * 1024 + 5]! ^= 0xff
    await writeFile(file, bytes)
    await expect(extractZip(file, path.join(dir, 'out'))).rejects.toThrow(/does not match its checksum/)
    expect(await readdir(path.join(dir, 'out'))).toEqual([])
  })

  // Small deflated entries are inflated in one piece (core/zip-entry.ts), large ones streamed: both
  // must refuse the same lies, and leave nothing behind.
  const sizes = [['small', 3000], ['large (streamed)', 1536 * 1024 + 7]] as const
  /** Bytes deflate cannot shrink much (a bomb's ratio is refused before any of this). */
  const noise = (length: number) => {
    let x = 20261207
    return Buffer.from(Array.from({ length }, () => ((x = (x * 1103515245 + 12345) >>> 0), x >>> 24)))
  }
  it.each(sizes)('unpacks a deflated %s entry with the checksum of its bytes', async (_, length) => {
    const dir = await tempDir()
    const file = path.join(dir, 'ok.zip')
    const data = noise(length)
    await writeRawZip(file, [{ name: 'sub/flow.json', data, deflate: true }, { name: 'sub/empty.json', data: '', deflate: true }])
    const digests = await extractZipHashed(file, path.join(dir, 'out'))
    expect(digests.get('sub/flow.json')).toEqual({ bytes: length, sha256: createHash('sha256').update(data).digest('hex') })
    expect(Buffer.compare(await readFile(path.join(dir, 'out', 'sub', 'flow.json')), data)).toBe(0)
    expect(digests.get('sub/empty.json')?.bytes).toBe(0)
  })

  it.each(sizes.flatMap(([size, length]) => [
    [size, 'fewer bytes than it holds', length, { bytes: length - 1 }],
    [size, 'more bytes than it holds', length, { bytes: length + 1 }],
    [size, 'another CRC-32', length, { crc: 12345 }],
  ] as const))('refuses a deflated %s entry whose header declares %s, and leaves no file behind', async (_, __, length, declared) => {
    const dir = await tempDir()
    const file = path.join(dir, 'lying.zip')
    await writeRawZip(file, [{ name: 'flow.json', data: noise(length), deflate: true, declared }])
    await expect(extractZip(file, path.join(dir, 'out'))).rejects.toThrow(/could not unpack the archive/)
    expect(await readdir(path.join(dir, 'out')).catch(() => [])).toEqual([])
  })
})
