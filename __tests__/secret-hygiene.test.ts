import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import yauzl from 'yauzl'
import { credentialInputs } from '../src/input-names.js'
import { platformFacts, platformNames } from '../src/platforms/registry.js'
import type { ActionRun } from '../src/sandbox/github/runner.js'
import { stringify } from 'yaml'
import { everythingWritten, runBundle } from './helpers/action.js'
import { useSandbox } from './helpers/sandbox.js'
import { useTempDirs } from './helpers/workspace.js'

const sandbox = useSandbox()
const tempDir = useTempDirs()

/** Every file under `dir`, recursively, with its bytes. */
async function files(dir: string): Promise<{ file: string; bytes: Buffer }[]> {
  const out: { file: string; bytes: Buffer }[] = []
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    const file = path.join(entry.parentPath, entry.name)
    out.push({ file, bytes: await readFile(file) })
  }
  return out
}

/** The entries of an artifact (a zip, whose deflated bytes would hide a secret from a plain search). */
async function zipEntries(file: string): Promise<{ file: string; bytes: Buffer }[]> {
  const zip = await yauzl.openPromise(file)
  const out: { file: string; bytes: Buffer }[] = []
  for (;;) {
    const entry = await new Promise<yauzl.Entry | undefined>((resolve, reject) => {
      zip.once('entry', resolve)
      zip.once('end', () => resolve(undefined))
      zip.once('error', reject)
      zip.readEntry()
    })
    if (!entry) break
    zip.removeAllListeners()
    if (entry.fileName.endsWith('/')) continue
    const chunks: Buffer[] = []
    for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer)
    out.push({ file: `${file}!${entry.fileName}`, bytes: Buffer.concat(chunks) })
  }
  zip.close()
  return out
}

describe.each(platformNames())('secret hygiene: %s', (name) => {
  it('no secret in the log (debug on), the outputs, the summary, any file written or any artifact', async () => {
    const server = await sandbox.platform(name, { jobs: { durationMs: 200, outcome: 'success' } })
    const artifacts = await sandbox.artifacts()
    const workspace = await tempDir()
    const app = server.app
    const demo = app.demo!
    const secrets = [
      ...Object.entries(app.inputs)
        .filter(([input]) => (credentialInputs as readonly string[]).includes(input))
        .map(([, value]) => value),
      ...(app.secrets?.() ?? []),
    ]
    expect(secrets.length).toBeGreaterThan(0)
    if (demo.vars) await writeFile(path.join(workspace, 'vars.yml'), stringify(demo.vars))
    const vars: Record<string, string> = demo.vars ? { 'vars-file': 'vars.yml' } : {}
    const common = { platform: name, 'base-url': server.url, ...app.inputs, 'poll-interval': '200ms' }
    const env = { ...artifacts.env, GITHUB_REPOSITORY: 'acme/flows', GITHUB_RUN_ID: '5' }
    const run = (inputs: Record<string, string>) => runBundle({ workspace, env, debug: true, inputs: { ...common, ...inputs } })

    const runs: ActionRun[] = []
    runs.push(await run({ ...demo.export, operation: 'export', path: 'bundle' }))
    runs.push(await run({ operation: 'validate', path: 'bundle' }))
    runs.push(await run({ ...demo.import, ...vars, operation: 'import', path: 'bundle', 'dry-run': 'true' }))
    runs.push(await run({ ...demo.import, ...vars, operation: 'import', path: 'bundle', wait: 'false' }))
    runs.push(await run({ ...demo.export, operation: 'diff', path: 'bundle' }))
    if (platformFacts(name).jobs && runs[3]!.outputs['job-id']) runs.push(await run({ operation: 'wait', 'job-id': runs[3]!.outputs['job-id']! }))
    runs.push(await run({ ...demo.export, operation: 'export', path: 'backup-check', backup: 'true', 'artifact-name': 'second' }))

    for (const [i, r] of runs.entries()) expect(['succeeded', 'skipped', 'in-progress'], `run ${i}: ${r.stdout.slice(-1500)}`).toContain(r.outputs.status)
    // vars.yml is the user's input, the one place the values are meant to be; everything else flowferry wrote.
    const written = [
      ...(await files(workspace)).filter(({ file }) => path.basename(file) !== 'vars.yml'),
      ...(await Promise.all(artifacts.artifacts.map((a) => zipEntries(a.file)))).flat(),
    ]
    expect(artifacts.artifacts.length).toBeGreaterThan(0)
    for (const secret of secrets) {
      for (const [i, r] of runs.entries()) expect(everythingWritten(r), `run ${i} shows a secret`).not.toContain(secret)
      for (const { file, bytes } of written) expect(bytes.includes(Buffer.from(secret)), `${file} holds a secret`).toBe(false)
    }
  })
})
