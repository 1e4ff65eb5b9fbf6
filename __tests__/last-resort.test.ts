import { spawn } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { SEEDED_FLOW_ID, SEEDED_WORKFLOW_ID } from '../src/sandbox/emulators/koreai/seed.js'
import { runBundle } from './helpers/action.js'
import { useSandbox } from './helpers/sandbox.js'
import { json, useServers } from './helpers/server.js'
import { useTempDirs } from './helpers/workspace.js'

const tempDir = useTempDirs()
const sandbox = useSandbox()
const server = useServers()
const TSX = path.resolve(import.meta.dirname, '../node_modules/.bin/tsx')
const LAST_RESORT = path.resolve(import.meta.dirname, '../src/last-resort.ts')

/** Runs `work` (the body of an async function) under guarded() in a process of its own. */
async function guardedProcess(work: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const dir = await tempDir()
  const script = path.join(dir, 'driver.mts')
  await writeFile(
    script,
    `import { guarded } from ${JSON.stringify(LAST_RESORT)}\n` +
      `await guarded(async () => { ${work} }, (message) => { process.stdout.write('status=failed\\n' + 'error=' + message + '\\n') })\n`,
  )
  const child = spawn(TSX, [script], { cwd: dir })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  return { code, stdout, stderr }
}

describe('the last resort: whatever escapes run() still ends with a status and exit code 1', () => {
  it('a run left waiting on a promise nothing can settle (Node would exit 13, "unsettled top-level await")', async () => {
    const result = await guardedProcess('await new Promise(() => {})')
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('status=failed')
    expect(result.stdout).toMatch(/error=flowferry stopped before finishing: .*a bug in flowferry.*check the target environment before trying again/)
    expect(result.stderr).not.toMatch(/unsettled top-level await/)
  })

  it('an unhandled rejection while the run goes on', async () => {
    const result = await guardedProcess("Promise.reject(new TypeError('x is not a function')); await new Promise((r) => setTimeout(r, 5000))")
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/error=Unexpected error: x is not a function \(an unhandled promise rejection; this is a bug in flowferry\)/)
  })

  it('an exception thrown in a callback', async () => {
    const result = await guardedProcess("setTimeout(() => { throw new RangeError('boom') }, 1); await new Promise((r) => setTimeout(r, 5000))")
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/error=Unexpected error: boom \(an uncaught exception/)
  })

  it('a run that rejects, once only', async () => {
    const result = await guardedProcess("throw new Error('publish broke')")
    expect(result.code).toBe(1)
    expect(result.stdout.match(/status=failed/g)).toHaveLength(1)
    expect(result.stdout).toMatch(/error=Unexpected error: publish broke \(while reporting the outcome\)/)
  })

  it('a run that ends well is left alone', async () => {
    const result = await guardedProcess('await new Promise((r) => setTimeout(r, 10))')
    expect(result).toMatchObject({ code: 0, stdout: '' })
  })
})

describe('the action bundle when its own reporting fails', () => {
  it('an output file it cannot write: still an ::error and exit code 1', async () => {
    const workspace = await tempDir()
    const run = await runBundle({
      workspace,
      env: { GITHUB_OUTPUT: workspace },
      inputs: { platform: 'koreai', operation: 'validate', path: 'nothing-here' },
    })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(/^::error::.*\(while reporting the outcome\)/m)
  })
})

describe('errors of GitHub\'s artifact service', () => {
  it('a refused upload is a failed step that says what to change, not an unexpected error', async () => {
    const koreai = await sandbox.platform('koreai', { jobs: { durationMs: 100, outcome: 'success' } })
    const real = await sandbox.artifacts()
    const refusing = await server((_req, res) => json(res, 409, { code: 'already_exists', msg: 'an artifact with this name already exists on the workflow run' }))
    const run = await runBundle({
      workspace: await tempDir(),
      env: { ...real.env, ACTIONS_RESULTS_URL: `${refusing.url}/` },
      inputs: { platform: 'koreai', 'base-url': koreai.url, 'api-key': koreai.app.inputs['api-key']!, operation: 'export', 'workflow-id': SEEDED_WORKFLOW_ID, 'flow-id': SEEDED_FLOW_ID, 'poll-interval': '100ms', path: 'out' },
    })
    expect(run.exitCode, run.stdout).toBe(1)
    expect(run.outputs.status).toBe('failed')
    expect(run.stdout).toMatch(/^::error::upload of artifact '[^']+' failed: .*already exists/m)
    expect(run.stdout).toMatch(/set `artifact-name` to another one, or upload-artifact: false/)
    expect(run.stdout).not.toMatch(/Unexpected error/)
  })
})
