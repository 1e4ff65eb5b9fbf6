import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Bundle } from '../src/core/bundle.js'
import { BundleError } from '../src/core/errors.js'
import { applyEdits } from '../src/core/json-edit.js'
import { locatePaths } from '../src/core/json-location.js'
import { exportTarget } from '../src/core/paths.js'
import type { RunContext } from '../src/operations/context.js'
import { fillPlaceholders, loadVars } from '../src/operations/vars.js'
import { checkDocument } from '../src/platforms/zuora/bundle.js'
import { useTempDirs } from './helpers/workspace.js'

const tempDir = useTempDirs()

/**
 * CPU milliseconds this process has used since `since` (process.cpuUsage()): what the work
 * itself cost. The wall clock also counts the time other processes held the CPU, which on a
 * busy 2-core machine is several times the work; the bounds below catch quadratic work, not load.
 */
function cpuMsSince(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since)
  return (used.user + used.system) / 1000
}

describe('counts a hostile bundle can inflate stay bounded, in output and in time', () => {
  it('a Zuora document of 20,000 broken tasks (two findings each): 100 findings located in one parse, then a count of the rest, still an error', () => {
    const document = { workflow: {}, tasks: Array.from({ length: 20_000 }, () => ({ name: 'no id' })), linkages: [] as unknown[] }
    const text = JSON.stringify(document, null, 1)
    const started = process.cpuUsage()
    const findings = checkDocument(document, text, 'workflow.json')
    expect(cpuMsSince(started)).toBeLessThan(5_000)
    expect(findings).toHaveLength(101)
    expect(findings.at(-1)).toMatchObject({ rule: 'zuora.more', severity: 'error', message: 'and 39900 more findings like these' })
    expect(findings[0]).toMatchObject({ rule: 'zuora.task', line: 4 })
  })

  it('locatePaths finds the same places as a parse per path, in one walk', () => {
    const text = '{\n  "a": [\n    1,\n    {"b": 2}\n  ]\n}'
    expect(locatePaths(text, [['a', 1, 'b'], ['a', 9]])).toEqual([{ line: 4, col: 6 }, { line: 2, col: 3 }])
    expect(locatePaths('['.repeat(600), [['x']])).toEqual([undefined])
  })

  it('100,000 placeholders without a value: the error names 50 places and the number of the rest, quickly', async () => {
    const dir = await tempDir()
    const values = Array.from({ length: 100_000 }, (_, i) => `"\${flowferry.NAME_${i}}"`)
    await writeFile(path.join(dir, 'flow.json'), `[${values.join(',')}]`)
    const bundle: Bundle = {
      dir,
      location: 'bundles/many',
      adopted: false,
      manifest: { schema: 1, platform: 'koreai', name: 'Many', files: [{ path: 'flow.json', role: 'flowData', bytes: 0, sha256: '0'.repeat(64) }] },
    }
    const context = { settings: {} } as unknown as RunContext
    const started = process.cpuUsage()
    const error = (await fillPlaceholders(context, bundle, await loadVars(context, {}), []).catch((e: unknown) => e)) as BundleError
    expect(cpuMsSince(started)).toBeLessThan(10_000)
    expect(error).toBeInstanceOf(BundleError)
    expect(error.findings).toHaveLength(50)
    expect(error.message).toMatch(/NAME_49 and 99950 more; nothing was imported$/)
    expect(error.message.length).toBeLessThan(2_000)
  })

  it('edits are applied in one pass', () => {
    const text = 'x'.repeat(200_000)
    const edits = Array.from({ length: 100_000 }, (_, i) => ({ offset: i * 2, length: 1, text: 'y' }))
    const started = process.cpuUsage()
    expect(applyEdits(text, edits)).toBe('yx'.repeat(100_000))
    expect(cpuMsSince(started)).toBeLessThan(2_000)
  })

  it('an export directory name too long for a file system is refused before anything is created', async () => {
    const workspace = await tempDir()
    const saved = process.env.GITHUB_WORKSPACE
    process.env.GITHUB_WORKSPACE = workspace
    try {
      await expect(exportTarget(`out/${'n'.repeat(300)}`, 'path')).rejects.toThrow(/is too long to create: at most 255 bytes per folder name/)
      await expect(exportTarget(Array.from({ length: 20 }, () => 'x'.repeat(60)).join('/'), 'path')).rejects.toThrow(/1024 in all/)
    } finally {
      if (saved === undefined) delete process.env.GITHUB_WORKSPACE
      else process.env.GITHUB_WORKSPACE = saved
    }
  })
})
