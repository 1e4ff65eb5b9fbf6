import { VirtualClock } from '../__tests__/helpers/virtual-clock.js'
import { Deadline } from '../src/core/clock.js'
import { closeHttp } from '../src/core/http/dispatcher.js'
import { MemoryLogger } from '../src/core/log.js'
import { waitForJob, type JobState } from '../src/core/wait.js'
import { readInputs } from '../src/inputs.js'
import { platforms } from '../src/platforms/registry.js'
import { SEEDED_WORKFLOW_ID } from '../src/sandbox/emulators/koreai/seed.js'
import { startPlatformSandbox } from '../src/sandbox/server.js'
import { seconds, table, type Section } from './report.js'

/**
 * Waiting: how long after a job ends flowferry notices, and how many polls that took, against a
 * fixed 5 s poller (the common practice) — for jobs of 5 s, 60 s and 10 min on the sandbox's
 * clock. The sandbox and the client share a virtual clock, so a ten-minute job takes no ten
 * minutes, while every poll is a real HTTP request to the Kore.ai sandbox.
 */
export async function waitingBench(): Promise<Section> {
  const rows: string[][] = []
  const figures: Record<string, number> = {}
  for (const durationMs of [5_000, 60_000, 600_000]) {
    for (const percentages of [true, false]) {
      const ours = await measure(durationMs, percentages, 'flowferry')
      const fixed = await measure(durationMs, percentages, 'fixed')
      const share = (ms: number) => `${seconds(ms)} (${((ms / durationMs) * 100).toFixed(1)} %)`
      rows.push([
        seconds(durationMs),
        percentages ? 'yes' : 'no',
        share(ours.lateMs),
        String(ours.polls),
        share(fixed.lateMs),
        String(fixed.polls),
        ours.lateMs <= durationMs * 0.1 && ours.polls < fixed.polls ? 'yes' : ours.lateMs <= durationMs * 0.1 ? 'late ✓, polls ✗' : 'no',
      ])
      figures[`late-${durationMs}-${percentages}`] = ours.lateMs
      figures[`polls-${durationMs}-${percentages}`] = ours.polls
    }
  }
  await closeHttp()
  return {
    title: 'Waiting for a job',
    body: [
      table(
        ['job length', 'platform reports %', 'flowferry: noticed after the end', 'polls', 'fixed 5 s poller: noticed after', 'polls', 'within 10 % and fewer polls'],
        rows,
      ),
      '',
      'flowferry waits `poll-interval` (default 2 s) first, then 1.5× longer each time up to 30 s; when the platform',
      'reports a percentage it polls at the end that the progress so far predicts. A 5 s job is where a fixed',
      '5 s poller is at its best (one poll, landing exactly at the end); flowferry notices it as soon, with one',
      'poll more, because it cannot know the job is short before asking.',
    ].join('\n'),
    figures,
  }
}

async function measure(durationMs: number, percentages: boolean, poller: 'flowferry' | 'fixed'): Promise<{ lateMs: number; polls: number }> {
  const clock = new VirtualClock(Date.now(), 0.5)
  const server = await startPlatformSandbox('koreai', { clock, jobs: { durationMs, outcome: 'success' }, config: { percentages } })
  try {
    const inputs: Record<string, string> = {
      platform: 'koreai',
      operation: 'export',
      'base-url': server.url,
      'api-key': server.app.inputs['api-key']!,
      'workflow-id': SEEDED_WORKFLOW_ID,
    }
    const settings = readInputs((name) => inputs[name] ?? '')
    const log = new MemoryLogger(false)
    const deadline = Deadline.after(3_600_000, clock)
    const client = platforms.koreai!.connect(settings, { log, deadline, clock })
    const started = await client.exportWorkflow('')
    const job = started.job!
    const end = clock.now() + durationMs
    server.requests.length = 0
    let final: JobState
    if (poller === 'flowferry') {
      final = await waitForJob({ platform: 'Kore.ai', check: () => client.jobStatus!(job.id), initial: job, pollIntervalMs: 2_000, limits: platforms.koreai!.pollLimits, deadline, log, clock })
    } else {
      do {
        await clock.sleep(5_000)
        final = await client.jobStatus!(job.id)
      } while (final.state === 'running')
    }
    if (final.state !== 'succeeded') throw new Error(`the job ended ${final.platformStatus}`)
    return { lateMs: Math.max(0, clock.now() - end), polls: server.requests.filter((r) => r.path.includes('/dock-status/')).length }
  } finally {
    await server.close()
  }
}
