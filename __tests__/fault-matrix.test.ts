import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runMatrix } from './helpers/fault-matrix.js'

describe('the fault matrix', () => {
  it('holds in every row, and docs/reliability.md shows the same rows', { timeout: 600_000 }, async () => {
    const rows = await runMatrix({ concurrency: 3 })
    const broken = rows.filter((row) => !row.holds).map((row) => `${row.platform} ${row.operation} / ${row.fault}: ${row.problem}`)
    expect(broken).toEqual([])

    const doc = await readFile(path.resolve(import.meta.dirname, '../docs/reliability.md'), 'utf8')
    const documented = doc
      .split('\n')
      .filter((line) => /^\| \w+ \| (import|export) \|/.test(line))
      .map((line) => line.split(' | ').slice(0, 3).join(' | '))
    const produced = rows.map((row) => `| ${row.platform} | ${row.operation} | ${row.fault}`)
    expect(documented, 'docs/reliability.md is out of date: run npm run fault-matrix').toEqual(produced)
    expect(doc).not.toContain('❌')
  })
})
