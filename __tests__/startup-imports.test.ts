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

/** What loading `entryPoint` compiles: the input files of every chunk its static imports reach, with their bytes. */
async function staticallyReached(entryPoint: string): Promise<[string, number][]> {
  const { metafile } = await build({ entryPoints: [entryPoint], bundle: true, platform: 'node', format: 'esm', splitting: true, outdir: 'unused', write: false, metafile: true, logLevel: 'silent' })
  const outputs = metafile.outputs
  const entry = Object.keys(outputs).find((name) => outputs[name]!.entryPoint === entryPoint)!
  const reached = new Set<string>()
  const stack = [entry]
  while (stack.length > 0) {
    const name = stack.pop()!
    if (reached.has(name)) continue
    reached.add(name)
    for (const imported of outputs[name]!.imports) if (imported.kind === 'import-statement' && outputs[imported.path]) stack.push(imported.path)
  }
  return [...reached].flatMap((name) => Object.entries(outputs[name]!.inputs).map(([file, { bytesInOutput }]): [string, number] => [file, bytesInOutput]))
}

function heavyIn(files: [string, number][], heavy = HEAVY): string[] {
  const found = files.map(([file]) => file).filter((file) => heavy.some((name) => file.includes(`node_modules/${name}`)))
  return [...new Set(found.map((file) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)![1]!))]
}

describe('start-up', () => {
  it('loads no heavy module, and under 150 KB of code, before the operation is known', async () => {
    const inputs = await staticallyReached('src/index.ts')
    expect(heavyIn(inputs)).toEqual([])
    expect(inputs.reduce((sum, [, bytes]) => sum + bytes, 0)).toBeLessThan(START_BUDGET)
  })

  // An export or a wait sends its first request with the platform's client and the operation's
  // code: neither may bring the JSON walker (jsonc-parser), which only reading or writing a bundle needs
  // (Platform.loadRules, and the bundle writer loaded by the export after its requests).
  it.each(['koreai', 'zuora', 'secmaster', 'leapwork'])('%s: the platform and the export and wait operations load no heavy module', async (name) => {
    for (const entry of [`src/platforms/${name}/index.ts`, 'src/operations/export.ts', 'src/operations/wait.ts']) {
      expect({ entry, heavy: heavyIn(await staticallyReached(entry), ['undici', 'zod', '@actions/', '@octokit/', 'yazl', 'jsonc-parser']) }).toEqual({ entry, heavy: [] })
    }
  })

  // An import reads a bundle before its first request: the zip reader it may need is loaded when a
  // zip is opened, the JSON walker only to fill placeholders or place an error, a backup's export
  // (the artifact client) and a dry run only when asked for.
  it('the import operation loads no heavy module', async () => {
    expect(heavyIn(await staticallyReached('src/operations/import.ts'), ['undici', 'zod', '@actions/', '@octokit/', 'yauzl', 'yazl', 'jsonc-parser'])).toEqual([])
  })
})
