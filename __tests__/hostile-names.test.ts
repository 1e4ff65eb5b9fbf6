import { mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readBundle } from '../src/core/bundle-read.js'
import { BundleError } from '../src/core/errors.js'
import { nameKey, sameNames } from '../src/core/names.js'
import { extractZip } from '../src/core/zip.js'
import { entryOf, koreaiFiles } from './helpers/hostile-bundle.js'
import { useTempDirs } from './helpers/workspace.js'
import { writeRawZip } from './helpers/zip.js'

const tempDir = useTempDirs()
/** Fixed seed and run count: the same cases in every CI run, and a failure can be replayed. */
const runs = { numRuns: 150, seed: 20261127 }

/** Parts of names as an attacker would pick them: climbs, roots, drives, other cases and Unicode forms, controls. */
const part = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('a', 'A', 'flow.json', 'FLOW.JSON', 'caf\u00e9', 'cafe\u0301', 'sub') },
  { weight: 2, arbitrary: fc.constantFrom('..', '.', '', 'C:', 'x\\y', '\n::warning::x', '\u0000', '\u0085', '\u202e', 'a'.repeat(300)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
)
const name = fc.tuple(fc.boolean(), fc.array(part, { minLength: 1, maxLength: 4 })).map(([rooted, parts]) => (rooted ? '/' : '') + parts.join('/'))

/** Every file under `dir`, relative, with `/`. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
}

describe('property: zip entry names', () => {
  it('an archive is unpacked inside its destination with one file per name, or refused with a BundleError and nothing written', async () => {
    const dir = await tempDir()
    let n = 0
    const outcomes = { unpacked: 0, refused: 0 }
    await fc.assert(
      fc.asyncProperty(fc.array(name, { minLength: 1, maxLength: 4 }), async (names) => {
        const file = path.join(dir, `case-${n}.zip`)
        const dest = path.join(dir, `out-${n++}`)
        await writeRawZip(file, names.map((entry, i) => ({ name: entry, data: `{"i":${i}}` })))
        const clash = sameNames(names.filter((entry) => !entry.endsWith('/')).map((entry) => entry.replace(/\/$/, ''))).length > 0
        try {
          const written = await extractZip(file, dest)
          expect(clash).toBe(false)
          const onDisk = await filesUnder(dest)
          expect(onDisk.sort()).toEqual(written.map((entry) => path.posix.normalize(entry)).sort())
          expect(new Set(written.map(nameKey)).size).toBe(written.length)
          outcomes.unpacked++
        } catch (error) {
          if (!(error instanceof BundleError)) throw error
          expect(await filesUnder(dest)).toEqual([])
          outcomes.refused++
        } finally {
          await rm(dest, { recursive: true, force: true })
          await rm(file, { force: true })
        }
        expect((await readdir(dir)).filter((entry) => !entry.startsWith('out-') && !entry.startsWith('case-'))).toEqual([])
      }),
      runs,
    )
    // Both sides of the rule were exercised, not only refusals.
    expect(outcomes.unpacked).toBeGreaterThan(10)
    expect(outcomes.refused).toBeGreaterThan(10)
  })
})

describe('property: manifest paths', () => {
  it('a manifest of any paths is read (each file inside the bundle, listed once) or refused with a BundleError', async () => {
    const root = await tempDir()
    let n = 0
    const outcomes = { read: 0, refused: 0 }
    await fc.assert(
      fc.asyncProperty(fc.array(name, { minLength: 1, maxLength: 4 }), async (paths) => {
        const dir = path.join(root, `bundle-${n++}`)
        await mkdir(dir)
        const base = koreaiFiles()[0]!
        // Write each path's file where it is safe to try, so that a refusal is the rule's, not a missing file.
        for (const entry of paths) {
          const target = path.resolve(dir, entry)
          if (target.startsWith(dir + path.sep) && !entry.includes('\0')) {
            await mkdir(path.dirname(target), { recursive: true }).catch(() => undefined)
            await writeFile(target, base.data).catch(() => undefined)
          }
        }
        const manifest = { schema: 1, platform: 'koreai', name: 'Names', files: paths.map((entry) => ({ ...entryOf(base), path: entry })) }
        await writeFile(path.join(dir, 'flowferry.json'), JSON.stringify(manifest))
        try {
          const bundle = await readBundle(dir, 'koreai')
          expect(sameNames(bundle.manifest.files.map((f) => f.path))).toEqual([])
          for (const entry of bundle.manifest.files) {
            const resolved = path.resolve(dir, entry.path)
            expect(resolved.startsWith(dir + path.sep)).toBe(true)
            expect(entry.path).not.toMatch(/[\u0000-\u001f\u007f-\u009f\\]/)
          }
          outcomes.read++
        } catch (error) {
          if (!(error instanceof BundleError)) throw error
          expect(error.findings.length).toBeGreaterThan(0)
          outcomes.refused++
        }
        await rm(dir, { recursive: true, force: true })
      }),
      runs,
    )
    expect(outcomes.read).toBeGreaterThan(5)
    expect(outcomes.refused).toBeGreaterThan(10)
  })
})
