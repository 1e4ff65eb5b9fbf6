import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { plainFileContains } from '../src/core/plain-file.js'
import { startsLikeZip } from '../src/core/zip.js'
import { useTempDirs } from './helpers/workspace.js'

const tempDir = useTempDirs()

describe('plainFileContains: a search of a file as it streams', () => {
  it('finds the needle wherever it lies, across reads of any size, as Buffer.includes would', async () => {
    const dir = await tempDir()
    let n = 0
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 300 }),
        fc.uint8Array({ minLength: 1, maxLength: 12 }),
        fc.option(fc.nat(), { nil: undefined }),
        fc.integer({ min: 1, max: 40 }),
        async (body, needle, at, chunk) => {
          const bytes = Buffer.from(body)
          // Half the cases hold the needle somewhere (often across a read's end), the others only by chance.
          const content = at === undefined ? bytes : Buffer.concat([bytes.subarray(0, at % (bytes.length + 1)), needle, bytes.subarray(at % (bytes.length + 1))])
          const file = path.join(dir, `f${n++}`)
          await writeFile(file, content)
          expect(await plainFileContains(file, { shown: 'f' }, Buffer.from(needle), { chunk })).toBe(content.includes(Buffer.from(needle)))
        },
      ),
      { seed: 20261207, numRuns: 300 },
    )
  })

  it('finds a placeholder mark split between two 1 MiB reads', async () => {
    const dir = await tempDir()
    const mark = Buffer.from('${flowferry.')
    const file = path.join(dir, 'flow.json')
    const before = Buffer.alloc(1024 * 1024 - 5, 0x20)
    await writeFile(file, Buffer.concat([before, mark, Buffer.from('X}')]))
    expect(await plainFileContains(file, { shown: 'flow.json' }, mark)).toBe(true)
    await writeFile(file, Buffer.concat([before, mark.subarray(0, 5), Buffer.from(' '), mark.subarray(5)]))
    expect(await plainFileContains(file, { shown: 'flow.json' }, mark)).toBe(false)
  })

  it('does not search a file past maxBytes, nor one whose first bytes skip turns down', async () => {
    const dir = await tempDir()
    const mark = Buffer.from('${flowferry.')
    const file = path.join(dir, 'flow.json')
    await writeFile(file, Buffer.concat([Buffer.from('{"a":"'), mark, Buffer.from('X}"}')]))
    expect(await plainFileContains(file, { shown: 'flow.json' }, mark, { maxBytes: 22 })).toBe(true)
    expect(await plainFileContains(file, { shown: 'flow.json' }, mark, { maxBytes: 21 })).toBe(false)
    expect(await plainFileContains(file, { shown: 'flow.json' }, mark, { skip: (head) => head.subarray(0, 2).toString() === '{"' })).toBe(false)
    expect(await plainFileContains(file, { shown: 'flow.json' }, mark, { skip: startsLikeZip })).toBe(true)
    await writeFile(file, Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), mark]))
    expect(await plainFileContains(file, { shown: 'flow.json' }, mark, { skip: startsLikeZip })).toBe(false)
  })
})
