import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { compressionLevelFor, FAST, STORED } from '../src/core/artifact-level.js'
import { IN_MEMORY_DOCUMENT_LIMIT } from '../src/core/limits.js'

describe('the artifact zip level follows the content', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'flowferry-level-'))
  })
  afterEach(() => rm(dir, { recursive: true, force: true }))

  const file = async (name: string, content: Buffer | string) => {
    await writeFile(path.join(dir, name), content)
    return path.join(dir, name)
  }

  it('stores a bundle that is mostly an already-compressed package, whatever its name', async () => {
    const zip = await file('package.bin', Buffer.concat([Buffer.from('504b0304', 'hex'), Buffer.alloc(4000, 7)]))
    const manifest = await file('flowferry.json', '{"schema":1}')
    expect(await compressionLevelFor([manifest, zip])).toBe(STORED)
    expect(await compressionLevelFor([await file('x.gz', Buffer.concat([Buffer.from('1f8b08', 'hex'), Buffer.alloc(100)]))])).toBe(STORED)
  })

  it('deflates JSON at the fastest level, also when a small zip rides along', async () => {
    const flow = await file('flow.json', JSON.stringify({ nodes: Array.from({ length: 500 }, (_, i) => ({ id: `n${i}` })) }))
    const zip = await file('small.zip', Buffer.from('504b0506', 'hex'))
    expect(await compressionLevelFor([flow, zip])).toBe(FAST)
    expect(await compressionLevelFor([])).toBe(FAST)
  })

  it('stores a document above the parse limit: it is kept byte for byte, never read whole', async () => {
    const big = await file('workflow.json', '{')
    await truncate(big, IN_MEMORY_DOCUMENT_LIMIT + 1)
    expect(await compressionLevelFor([big, await file('flowferry.json', '{}')])).toBe(STORED)
  })

  it('counts a file it cannot read as nothing, instead of failing the upload', async () => {
    expect(await compressionLevelFor([path.join(dir, 'missing.json')])).toBe(FAST)
  })
})
