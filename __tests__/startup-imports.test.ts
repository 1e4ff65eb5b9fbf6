import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'

/**
 * What `node dist/index.js` compiles before it does anything: the modules src/index.ts reaches by
 * static imports. The heavy ones (undici, zod, the toolkit's clients, Octokit, the zip reader) are
 * each loaded by the one path that needs them (a dynamic import), so a run reaches its first
 * request in about twice the time of a bare `node` (docs/performance.md, Start-up).
 */
const HEAVY = ['undici', 'zod', '@actions/core', '@actions/github', '@actions/artifact', '@octokit/', 'yauzl', 'yazl', 'jsonc-parser']
const START_BUDGET = 150_000

describe('start-up', () => {
  it('loads no heavy module, and under 150 KB of code, before the operation is known', async () => {
    const { metafile } = await build({ entryPoints: ['src/index.ts'], bundle: true, platform: 'node', format: 'esm', splitting: true, outdir: 'unused', write: false, metafile: true, logLevel: 'silent' })
    const outputs = metafile.outputs
    const entry = Object.keys(outputs).find((name) => outputs[name]!.entryPoint === 'src/index.ts')!
    const reached = new Set<string>()
    const stack = [entry]
    while (stack.length > 0) {
      const name = stack.pop()!
      if (reached.has(name)) continue
      reached.add(name)
      for (const imported of outputs[name]!.imports) if (imported.kind === 'import-statement' && outputs[imported.path]) stack.push(imported.path)
    }
    const inputs = [...reached].flatMap((name) => Object.entries(outputs[name]!.inputs))
    const heavy = inputs.map(([file]) => file).filter((file) => HEAVY.some((name) => file.includes(`node_modules/${name}`)))
    expect([...new Set(heavy.map((file) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)![1]))]).toEqual([])
    expect(inputs.reduce((sum, [, { bytesInOutput }]) => sum + bytesInOutput, 0)).toBeLessThan(START_BUDGET)
  })
})
