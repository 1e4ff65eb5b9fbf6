import { open, readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import { crc32 } from 'node:zlib'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BundleError } from '../src/core/errors.js'
import { unpackZip } from '../src/core/zip.js'
import { checkStoredEntry, crc32Combine, type StoredEntry } from '../src/core/zip-stored.js'
import { useTempDirs } from './helpers/workspace.js'
import { writeRawZip } from './helpers/zip.js'

const tempDir = useTempDirs()
const runs = { seed: 16, numRuns: 300 }

/** The bytes of a stored entry as its range of the archive. */
async function rangeOf(entry: StoredEntry): Promise<Buffer> {
  const handle = await open(entry.archive, 'r')
  try {
    const buffer = Buffer.alloc(entry.bytes)
    await handle.read(buffer, 0, entry.bytes, entry.offset)
    return buffer
  } finally {
    await handle.close()
  }
}

/** The CRC of each piece of `data`, `size` bytes each, as an upload's chunks read it. */
function pieces(data: Buffer, size: number) {
  const out = []
  for (let start = 0; start < data.length; start += size) {
    const piece = data.subarray(start, start + size)
    out.push({ crc: crc32(piece), bytes: piece.length })
  }
  return out
}

describe('stored entries read from their archive', () => {
  it('property: the CRC-32 of two pieces, combined, is the CRC-32 of both (as zlib crc32_combine)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.uint8Array({ maxLength: 2000 }), (a, b) => {
        expect(crc32Combine(crc32(a), crc32(b), b.length)).toBe(crc32(Buffer.concat([a, b])))
      }),
      runs,
    )
    // Lengths past 32 bits (a zip64 entry): combining is associative whatever the lengths.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 0, max: 2 ** 40 }), fc.integer({ min: 0, max: 2 ** 40 }), (a, b, c, lb, lc) => {
        expect(crc32Combine(crc32Combine(a, b, lb), c, lc)).toBe(crc32Combine(a, crc32Combine(b, c, lc), lb + lc))
      }),
      runs,
    )
  })

  it('leaves the stored entries it is asked to in the archive, as byte ranges, and unpacks the others', async () => {
    const dir = await tempDir()
    const file = path.join(dir, 'package.zip')
    const big = Buffer.from(Array.from({ length: 5000 }, (_, i) => `{"id":"node-${i}"}`).join(','))
    await writeRawZip(file, [{ name: 'small.json', data: '{}' }, { name: 'sub/big.json', data: big }])
    const out = path.join(dir, 'out')
    const { written, left } = await unpackZip(file, out, { leave: ({ bytes }) => bytes > 1000 })
    expect([...written.keys()]).toEqual(['small.json'])
    expect(await readdir(out)).toEqual(['small.json'])
    const entry = left.get('sub/big.json')!
    expect(entry).toMatchObject({ name: 'sub/big.json', archive: file, bytes: big.length, crc32: crc32(big) })
    expect(entry.archiveBytes).toBe((await readFile(file)).length)
    expect((await rangeOf(entry)).equals(big)).toBe(true)
    // Read in pieces of any size, in any order, it checks out; a damaged piece does not.
    for (const size of [1, 700, 4096, big.length]) expect(() => checkStoredEntry(entry, pieces(big, size), 'package.zip')).not.toThrow()
    const damaged = Buffer.from(big)
    damaged[1234] ^= 1
    expect(() => checkStoredEntry(entry, pieces(damaged, 4096), 'package.zip')).toThrow(BundleError)
    expect(() => checkStoredEntry(entry, pieces(big, 4096).slice(1), 'package.zip')).toThrow(/does not match its checksum/)
  })

  it('leaves nothing in an archive that fails the checks every archive gets', async () => {
    const dir = await tempDir()
    const file = path.join(dir, 'bad.zip')
    await writeRawZip(file, [{ name: '../big.json', data: 'x'.repeat(2000) }])
    await expect(unpackZip(file, path.join(dir, 'out'), { leave: () => true })).rejects.toThrow(/would write outside/)
  })
})
