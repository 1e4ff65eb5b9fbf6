import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { VirtualClock } from '../__tests__/helpers/virtual-clock.js'
import { runBundle } from '../__tests__/helpers/action.js'
import { Deadline } from '../src/core/clock.js'
import { formatDuration } from '../src/core/duration.js'
import { closeHttp } from '../src/core/http/dispatcher.js'
import { MemoryLogger } from '../src/core/log.js'
import { waitForJob, type JobState } from '../src/core/wait.js'
import { readInputs } from '../src/inputs.js'
import type { KoreaiSettings } from '../src/platforms/koreai/facts.js'
import type { Settings } from '../src/settings.js'
import { platform as KOREAI } from '../src/platforms/koreai/index.js'
import { SEEDED_WORKFLOW_ID } from '../src/sandbox/emulators/koreai/seed.js'
import { startPlatformSandbox } from '../src/sandbox/server.js'
import type { Section } from './report.js'
import { AHEAD_PERCENT, floorOf, PROGRESS_KINDS, sweepTable, timeoutTable, waitingProse, type Measured, type ProgressKind, type TimeoutRun, type WaitingOptions, type WaitingRow } from './waiting-report.js'

const THREE_MINUTES = 180_000

/** Log-spaced lengths from `from` to `to`, whole seconds, plus the 3 min the poll-count target starts at. */
export function sweep(fromMs: number, toMs: number, points: number): number[] {
  const spaced = Array.from({ length: points }, (_, i) => Math.round((fromMs * (toMs / fromMs) ** (i / Math.max(1, points - 1))) / 1000) * 1000)
  return [...new Set([...spaced, ...(fromMs <= THREE_MINUTES && toMs >= THREE_MINUTES ? [THREE_MINUTES] : [])])].sort((a, b) => a - b)
}

/**
 * Waiting: for each job length of the sweep, with steady, absent, stalling progress and progress
 * that the job runs ahead of (it ends at `AHEAD_PERCENT`), how long
 * after the job's end flowferry notices it and how many checks that took, beside a fixed poller
 * measured the same way; then a short timeout on a job that never ends, through dist/index.js.
 * The Kore.ai sandbox and the client share a virtual clock, so an hour costs seconds, while every
 * check is a real HTTP request to the sandbox.
 */
export async function waitingBench(options: WaitingOptions): Promise<Section> {
  const rows: WaitingRow[] = []
  for (const lengthMs of options.lengthsMs) {
    for (const progress of PROGRESS_KINDS) {
      process.stderr.write(`  waiting: ${formatDuration(lengthMs)}, progress ${progress}\n`)
      rows.push({ lengthMs, progress, ours: await measure(lengthMs, progress, 'flowferry', options), fixed: await measure(lengthMs, progress, 'fixed', options) })
    }
  }
  await closeHttp()
  const timeout = await shortTimeout(options.timeoutMs)
  const figures: Record<string, number> = {}
  for (const row of rows) {
    figures[`late-${row.lengthMs}-${row.progress}`] = row.ours.lateMs
    figures[`polls-${row.lengthMs}-${row.progress}`] = row.ours.polls
    figures[`fixed-polls-${row.lengthMs}-${row.progress}`] = row.fixed.polls
  }
  Object.assign(figures, { 'timeout-last-check-after-deadline': timeout.lastCheckAfterMs, 'timeout-resume-blocks': timeout.resumeBlocks })
  return {
    title: 'Waiting for a job',
    body: [sweepTable(rows, options), '', timeoutTable(timeout, options), '', waitingProse(rows, options, floorOf(options))].join('\n'),
    figures,
  }
}

async function measure(lengthMs: number, progress: ProgressKind, poller: 'flowferry' | 'fixed', options: WaitingOptions): Promise<Measured> {
  const clock = new VirtualClock(Date.now(), 0.5)
  const config =
    progress === 'none' ? { percentages: false }
    : progress === 'stall' ? { percentages: true, stall: options.stall }
    : progress === 'ahead' ? { percentages: true, stall: { percent: AHEAD_PERCENT, after: 1 } }
    : { percentages: true }
  const server = await startPlatformSandbox('koreai', { clock, jobs: { durationMs: lengthMs, outcome: 'success' }, config })
  try {
    const inputs: Record<string, string> = { platform: 'koreai', operation: 'export', 'base-url': server.url, 'api-key': server.app.inputs['api-key']!, 'workflow-id': SEEDED_WORKFLOW_ID }
    const settings = readInputs((name) => inputs[name] ?? '') as Settings<KoreaiSettings>
    const log = new MemoryLogger(false)
    const deadline = Deadline.after(2 * lengthMs + 3_600_000, clock)
    const client = KOREAI.connect(settings, { log, deadline, clock })
    const job = (await client.exportWorkflow('')).job!
    const end = clock.now() + lengthMs
    server.requests.length = 0
    const times: number[] = []
    const check = () => {
      times.push(clock.now())
      return client.jobStatus!(job.id)
    }
    let final: JobState
    if (poller === 'flowferry') {
      final = await waitForJob({ platform: KOREAI.title, check, initial: job, pollIntervalMs: options.pollIntervalMs, limits: KOREAI.pollLimits, deadline, log, clock })
    } else {
      do {
        await clock.sleep(options.fixedEveryMs)
        final = await check()
      } while (final.state === 'running')
    }
    if (final.state !== 'succeeded') throw new Error(`the job ended ${final.platformStatus}`)
    const polls = server.requests.filter((r) => r.path.startsWith('/api/public/dock-status/')).length
    if (polls !== times.length) throw new Error(`the sandbox saw ${polls} checks, the client made ${times.length}`)
    return { lateMs: clock.now() - end, polls, times }
  } finally {
    await server.close()
  }
}

/** `timeout` on a job that never ends, through `node dist/index.js`, in real time. */
async function shortTimeout(timeoutMs: number): Promise<TimeoutRun> {
  const server = await startPlatformSandbox('koreai', { jobs: { durationMs: 1_000, outcome: 'endless' } })
  const workspace = await mkdtemp(path.join(tmpdir(), 'flowferry-bench-wait-'))
  try {
    const started = Date.now()
    const run = await runBundle({
      workspace,
      debug: true,
      killAfterMs: timeoutMs + 60_000,
      inputs: { platform: 'koreai', operation: 'export', 'base-url': server.url, 'api-key': server.app.inputs['api-key']!, 'workflow-id': SEEDED_WORKFLOW_ID, timeout: formatDuration(timeoutMs), 'upload-artifact': 'false' },
    })
    const deadline = Date.parse(/the timeout falls at (\S+Z)/.exec(run.stdout)?.[1] ?? '')
    if (Number.isNaN(deadline)) throw new Error(`the run did not say when its timeout falls:\n${run.stdout}`)
    const checks = server.requests.filter((r) => r.path.startsWith('/api/public/dock-status/'))
    return {
      timeoutMs,
      checks: checks.length,
      lastCheckAfterMs: (checks.at(-1)?.at ?? Number.NaN) - deadline,
      endedAfterMs: started + run.durationMs - deadline,
      status: run.outputs.status ?? '',
      resumeBlocks: run.stdout.split('operation: wait').length - 1,
      summaryBlocks: run.summary.split('operation: wait').length - 1,
    }
  } finally {
    await server.close()
    await rm(workspace, { recursive: true, force: true })
  }
}

