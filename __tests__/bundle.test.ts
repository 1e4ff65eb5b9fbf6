import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { RoleRule } from '../src/core/bundle.js'
import { writeBundle } from '../src/core/bundle-write.js'
import { readBundle } from '../src/core/bundle-read.js'
import { BundleError } from '../src/core/errors.js'
import { stagingDirFor } from '../src/core/fs.js'
import { useTempDirs } from './helpers/workspace.js'

const tempDir = useTempDirs()
const rules: RoleRule[] = [
  { role: 'flowData', file: 'flow.json', format: 'json', required: true },
  { role: 'package', file: 'p.zip', format: 'opaque', required: false },
]

async function exportInto(target: string) {
  const staging = await stagingDirFor(target)
  await writeFile(path.join(staging, 'flow.json'), '{"b":1,"a":{"d":[2,1],"c":true}}')
  await writeFile(path.join(staging, 'p.zip'), Buffer.from([1, 2, 3]))
  return writeBundle({
    staging,
    target,
    platform: 'koreai',
    name: 'Flow',
    source: { workflowId: 'a-1' },
    files: [
      { path: 'flow.json', role: 'flowData' },
      { path: 'p.zip', role: 'package' },
    ],
    rules,
    redact: false,
  })
}

describe('bundles', () => {
  it('writes JSON canonically, opaque files as they are, and a manifest with checksums', async () => {
    const target = path.join(await tempDir(), 'bundle')
    const manifest = await exportInto(target)
    const canonical = '{\n  "a": {\n    "c": true,\n    "d": [\n      2,\n      1\n    ]\n  },\n  "b": 1\n}\n'
    expect(await readFile(path.join(target, 'flow.json'), 'utf8')).toBe(canonical)
    expect(await readFile(path.join(target, 'p.zip'))).toEqual(Buffer.from([1, 2, 3]))
    expect(manifest.files.map((f) => [f.path, f.bytes])).toEqual([
      ['flow.json', Buffer.byteLength(canonical)],
      ['p.zip', 3],
    ])
    const bundle = await readBundle(target, 'koreai')
    expect(bundle.manifest.name).toBe('Flow')
  })

  it('reports every file that changed since export', async () => {
    const target = path.join(await tempDir(), 'bundle')
    await exportInto(target)
    await writeFile(path.join(target, 'flow.json'), '{}\n')
    await writeFile(path.join(target, 'p.zip'), 'x')
    const error = await readBundle(target, 'koreai').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(BundleError)
    expect((error as BundleError).findings.map((f) => f.rule)).toEqual(['manifest.checksum', 'manifest.checksum'])
    expect((error as BundleError).message).toMatch(/changed since export/)
  })

  it('refuses a bundle of another platform and a manifest that escapes its directory', async () => {
    const target = path.join(await tempDir(), 'bundle')
    await exportInto(target)
    await expect(readBundle(target, 'zuora')).rejects.toThrow(/for platform 'koreai', but the step's platform is 'zuora'/)
    const manifest = JSON.parse(await readFile(path.join(target, 'flowferry.json'), 'utf8'))
    manifest.files[0].path = '../outside.json'
    await writeFile(path.join(target, 'flowferry.json'), JSON.stringify(manifest))
    await expect(readBundle(target, 'koreai')).rejects.toThrow(/must stay inside the bundle/)
  })

  it('points at the line of a broken manifest', async () => {
    const target = path.join(await tempDir(), 'bundle')
    await mkdir(target)
    await writeFile(path.join(target, 'flowferry.json'), '{\n  "schema": 1,\n  "platform": \n}')
    const error = (await readBundle(target, 'koreai').catch((e: unknown) => e)) as BundleError
    expect(error.findings[0]).toMatchObject({ rule: 'manifest.json', line: 4 })
  })

  it('replaces an earlier export in place but never an unrelated directory', async () => {
    const dir = await tempDir()
    const target = path.join(dir, 'bundle')
    await exportInto(target)
    await exportInto(target)
    const unrelated = path.join(dir, 'src')
    await mkdir(unrelated)
    await writeFile(path.join(unrelated, 'main.ts'), '')
    await expect(exportInto(unrelated)).rejects.toThrow(/holds other files, not a flowferry bundle/)
    expect(await readFile(path.join(unrelated, 'main.ts'), 'utf8')).toBe('')
  })
})
