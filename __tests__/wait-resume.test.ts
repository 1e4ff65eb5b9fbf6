import { describe, expect, it } from 'vitest'
import { noArtifactStore } from '../src/core/artifact.js'
import { actionPhrasing } from '../src/action/phrasing.js'
import { Deadline } from '../src/core/clock.js'
import { HttpError, TimedOutError } from '../src/core/errors.js'
import { MemoryLogger } from '../src/core/log.js'
import { render } from '../src/core/phrasing.js'
import type { Settings } from '../src/settings.js'
import type { RunContext } from '../src/operations/context.js'
import { followJob } from '../src/operations/job.js'
import { newResult } from '../src/operations/result.js'
import { platform as koreai } from '../src/platforms/koreai/index.js'
import type { PlatformClient } from '../src/platforms/platform.js'
import { simulatedJob } from './helpers/simulated-job.js'
import { VirtualClock } from './helpers/virtual-clock.js'

const resumeHint = (id: string) => `# Resume in a later step\n- uses: flowferry/flowferry@v0\n  with:\n    operation: wait\n    job-id: ${id}`

function context(operation: 'export' | 'wait', jobStatus: PlatformClient['jobStatus'], clock: VirtualClock, timeoutMs: number): RunContext {
  const client = { jobStatus } as PlatformClient
  return {
    settings: { operation, wait: true, pollIntervalMs: 2_000 } as Settings,
    platform: koreai,
    log: new MemoryLogger(),
    clock,
    deadline: Deadline.after(timeoutMs, clock),
    artifacts: noArtifactStore,
    client: () => client,
    resumeHint,
  }
}

const count = (text: string | undefined, part: string) => (text ?? '').split(part).length - 1

describe('the resume advice after a wait that ended early', () => {
  it('is given once on a timeout, with the warning that running the step again starts the job again', async () => {
    const clock = new VirtualClock(0)
    const job = simulatedJob(clock, Number.POSITIVE_INFINITY)
    const result = newResult('koreai', 'export')
    const error = await followJob(context('export', job.check, clock, 3_000), { id: 'ds-1', state: 'running', platformStatus: 'IN_PROGRESS' }, result, 'the export').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TimedOutError)
    const hint = (error as TimedOutError).hint
    expect(count(hint, 'operation: wait')).toBe(1)
    expect(count(hint, 'job-id: ds-1')).toBe(1)
    expect(render(hint!, actionPhrasing(() => 'koreai'))).toMatch(/^# Job ds-1 was started and may still be running; re-running this step would start it again\.\n# Resume/)
    expect(count((error as Error).message, 'may still be running')).toBe(1)
    expect(job.polls.at(-1)).toBe(3_000)
  })

  it('is the resume step alone in operation: wait, and once after a failed status check too', async () => {
    const clock = new VirtualClock(0)
    const job = simulatedJob(clock, Number.POSITIVE_INFINITY)
    const timedOut = await followJob(context('wait', job.check, clock, 3_000), { id: 'ds-1', state: 'running', platformStatus: 'IN_PROGRESS' }, newResult('koreai', 'wait'), 'job ds-1', { fromCheck: true }).catch((e: unknown) => e)
    expect((timedOut as TimedOutError).hint).toBe(resumeHint('ds-1'))
    const refused = async () => {
      throw new HttpError(503, 'GET', '/api/public/dock-status/ds-1', 'busy', undefined, undefined, { hint: 'run the step again' })
    }
    const failed = await followJob(context('export', refused, clock, 60_000), { id: 'ds-1', state: 'running', platformStatus: 'IN_PROGRESS' }, newResult('koreai', 'export'), 'the export').catch((e: unknown) => e)
    expect(count((failed as HttpError).hint, 'operation: wait')).toBe(1)
    expect((failed as HttpError).hint).not.toContain('run the step again')
  })
})
