import { describe, expect, it } from 'vitest'
import { SEEDED_WORKFLOW_ID } from '../src/sandbox/emulators/koreai/seed.js'
import { runBundle } from './helpers/action.js'
import { useSandbox } from './helpers/sandbox.js'
import { useTempDirs } from './helpers/workspace.js'

const sandbox = useSandbox()
const tempDir = useTempDirs()

const count = (text: string, part: string) => text.split(part).length - 1

describe('waiting through dist/index.js', () => {
  it('timeout: 3s on a job that never ends: a last check at the deadline, not before, then timed-out with the resume step once', async () => {
    const server = await sandbox.platform('koreai', { jobs: { durationMs: 300, outcome: 'endless' } })
    const run = await runBundle({
      workspace: await tempDir(),
      debug: true,
      inputs: {
        platform: 'koreai',
        operation: 'export',
        'base-url': server.url,
        'api-key': server.app.inputs['api-key']!,
        'workflow-id': SEEDED_WORKFLOW_ID,
        timeout: '3s',
        'upload-artifact': 'false',
      },
    })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.status).toBe('timed-out')
    const jobId = run.outputs['job-id']!
    expect(jobId).toMatch(/^ds-/)

    // The step says when its timeout falls; the sandbox, on the same machine clock, saw the last check then or after.
    const deadline = Date.parse(/the timeout falls at (\S+Z)/.exec(run.stdout)?.[1] ?? 'missing')
    expect(deadline).not.toBeNaN()
    const checks = server.requests.filter((r) => r.path.startsWith('/api/public/dock-status/'))
    expect(checks.length).toBeGreaterThanOrEqual(1)
    expect(checks.at(-1)!.at).toBeGreaterThanOrEqual(deadline)
    expect(checks.at(-1)!.status).toBe(200)
    expect(run.stdout).toContain('the last check, made at the deadline')

    // The resume step: once in the log, once in the summary.
    expect(count(run.stdout, 'operation: wait')).toBe(1)
    expect(count(run.stdout, `job-id: ${jobId}`)).toBe(1)
    expect(count(run.summary, 'operation: wait')).toBe(1)
    expect(run.stdout).toContain('re-running this step would start it again')
  })
})
