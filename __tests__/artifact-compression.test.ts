import { describe, expect, it } from 'vitest'
import yauzl from 'yauzl'
import { runBundle } from './helpers/action.js'
import { useSandbox } from './helpers/sandbox.js'
import { useTempDirs } from './helpers/workspace.js'

const sandbox = useSandbox()
const tempDir = useTempDirs()

/** Each entry of a zip and how it is stored: 0 stored, 8 deflated. */
function methods(file: string): Promise<Record<string, number>> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error)
      const found: Record<string, number> = {}
      zip.on('entry', (entry: yauzl.Entry) => {
        found[entry.fileName] = entry.compressionMethod
        zip.readEntry()
      })
      zip.on('end', () => resolve(found))
      zip.on('error', reject)
      zip.readEntry()
    })
  })
}

describe('the artifact zip level, chosen by content, through the real client', () => {
  it('uploads a Leapwork package stored and a Kore.ai flow deflated, through the real client', async () => {
    const artifacts = await sandbox.artifacts()
    for (const [platform, entry, method] of [
      ['leapwork', /\.zip$/, 0],
      ['koreai', /^flow_definition\.json$/, 8],
    ] as const) {
      const server = await sandbox.platform(platform, { jobs: { durationMs: 50, outcome: 'success' } })
      const workspace = await tempDir()
      const run = await runBundle({
        workspace,
        env: artifacts.env,
        inputs: { platform, 'base-url': server.url, ...server.app.inputs, ...server.app.demo!.export, operation: 'export', path: 'exported', 'artifact-name': platform, 'poll-interval': '100ms' },
      })
      expect(run.exitCode, run.stdout).toBe(0)
      const stored = artifacts.artifacts.find((artifact) => artifact.name === platform)!
      const entries = await methods(stored.file)
      const name = Object.keys(entries).find((key) => entry.test(key))
      expect(name, JSON.stringify(entries)).toBeDefined()
      expect(entries[name!]).toBe(method)
    }
  })
})
