import { describe, expect, it } from 'vitest'
import { Deadline } from '../src/core/clock.js'
import { TimedOutError } from '../src/core/errors.js'
import { MemoryLogger } from '../src/core/log.js'
import { waitForJob, type JobState } from '../src/core/wait.js'
import { koreai } from '../src/platforms/koreai/facts.js'
import { fixedPollerChecks, shortestGap, simulatedJob, type ProgressKind } from './helpers/simulated-job.js'
import { VirtualClock } from './helpers/virtual-clock.js'

/**
 * The waiting rule's guarantees (src/core/wait.ts, docs/performance.md) over the whole range of job
 * lengths, on a virtual clock: log-spaced lengths from 1 s to 1 h, plus, as the worst case for
 * lateness, a job ending 1 ms after each check the schedule makes; every kind of progress; jitter
 * at both of its extremes.
 */
const HOUR = 3_600_000
const POLL_INTERVAL = 2_000
const KINDS: ProgressKind[] = ['none', 'steady', 'rounded', 'stall']
const SEEDS = [0, 0.5, 0.999]

async function wait(durationMs: number, progress: ProgressKind, seed: number, pollIntervalMs = POLL_INTERVAL) {
  const clock = new VirtualClock(0, seed)
  const job = simulatedJob(clock, durationMs, progress)
  const initial: JobState = { id: 'ds-1', state: 'running', platformStatus: 'IN_PROGRESS' }
  await waitForJob({ platform: 'Kore.ai', check: job.check, initial, pollIntervalMs, limits: koreai.pollLimits, deadline: Deadline.after(2 * HOUR, clock), log: new MemoryLogger(), clock })
  return { late: clock.now() - durationMs, polls: job.polls }
}

/** The checks made on a job that never ends, up to an hour: the moments just after which a job's end is noticed latest. */
async function endlessChecks(seed: number): Promise<number[]> {
  const clock = new VirtualClock(0, seed)
  const job = simulatedJob(clock, Number.POSITIVE_INFINITY)
  await waitForJob({ platform: 'Kore.ai', check: job.check, pollIntervalMs: POLL_INTERVAL, limits: koreai.pollLimits, deadline: Deadline.after(HOUR, clock), log: new MemoryLogger(), clock }).catch(() => {})
  return job.polls
}

const logSpaced = (from: number, to: number, n: number) => Array.from({ length: n }, (_, i) => Math.round(from * (to / from) ** (i / (n - 1))))

describe('the waiting rule over job lengths from 1 s to 1 h', () => {
  it('notices every end within max(poll-interval, 10 % of the job), never checks faster than the floor', async () => {
    for (const seed of SEEDS) {
      const worst = (await endlessChecks(seed)).map((t) => t + 1)
      for (const length of [...logSpaced(1_000, HOUR, 40), ...worst]) {
        for (const kind of KINDS) {
          const { late, polls } = await wait(length, kind, seed)
          const where = `${length} ms, progress ${kind}, seed ${seed}`
          expect(late, where).toBeGreaterThanOrEqual(0)
          expect(late, where).toBeLessThanOrEqual(Math.max(POLL_INTERVAL, 0.1 * length))
          if (polls.length > 1) expect(shortestGap(polls), where).toBeGreaterThanOrEqual(POLL_INTERVAL)
        }
      }
    }
  })

  it('checks no more often than a fixed 5 s poller for every job of 3 min or more, and far less at 1 h', async () => {
    for (const seed of SEEDS) {
      for (const length of [180_000, ...logSpaced(180_001, HOUR, 30), ...(await endlessChecks(seed)).filter((t) => t >= 180_000).map((t) => t + 1)]) {
        for (const kind of KINDS) {
          const { polls } = await wait(length, kind, seed)
          expect(polls.length, `${length} ms, progress ${kind}, seed ${seed}`).toBeLessThanOrEqual(fixedPollerChecks(length))
        }
      }
      for (const kind of KINDS) expect((await wait(HOUR, kind, seed)).polls.length).toBeLessThanOrEqual(fixedPollerChecks(HOUR) / 6)
    }
  })

  it('with steady progress, never checks more than without; fewer than the fixed poller from the length where the floor allows it', async () => {
    for (const length of logSpaced(5_000, HOUR, 60)) {
      const without = (await wait(length, 'none', 0.5)).polls.length
      for (const kind of ['steady', 'rounded'] as const) {
        const steady = (await wait(length, kind, 0.5)).polls.length
        expect(steady, `${length} ms, ${kind}`).toBeLessThanOrEqual(without)
        // Below 3 min the 10 % lateness bound itself needs more checks than a fixed 5 s poller
        // makes, and progress may only bring checks forward (docs/performance.md has the figures).
        if (length >= 180_000) expect(steady, `${length} ms, ${kind}`).toBeLessThan(fixedPollerChecks(length))
      }
    }
  })

  it('ends every timeout with a check AT the deadline, the floor kept before it', async () => {
    for (const pollIntervalMs of [250, 1_000, 2_000, 5_000]) {
      for (const timeout of [...logSpaced(500, 30 * 60_000, 50), 3_000, 2_999, 3_001]) {
        for (const kind of ['none', 'steady', 'stall'] as const) {
          const clock = new VirtualClock(0, 0.999)
          const job = simulatedJob(clock, kind === 'none' ? Number.POSITIVE_INFINITY : 10 * timeout, kind)
          const initial: JobState = { id: 'ds-1', state: 'running', platformStatus: 'IN_PROGRESS' }
          const error = await waitForJob({ platform: 'Kore.ai', check: job.check, initial, pollIntervalMs, limits: koreai.pollLimits, deadline: Deadline.after(timeout, clock), log: new MemoryLogger(), clock }).catch((e: unknown) => e)
          const where = `timeout ${timeout} ms, poll-interval ${pollIntervalMs} ms, progress ${kind}`
          expect(error, where).toBeInstanceOf(TimedOutError)
          const floor = Math.max(pollIntervalMs, 1_000)
          expect(job.polls.at(-1), where).toBe(timeout)
          if (job.polls.length > 1) expect(shortestGap(job.polls), where).toBeGreaterThanOrEqual(floor)
          expect(clock.now(), where).toBe(timeout)
        }
      }
    }
  })
})
