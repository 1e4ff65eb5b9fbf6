import { describe, expect, it } from 'vitest'
import { Deadline } from '../src/core/clock.js'
import { TimedOutError } from '../src/core/errors.js'
import { MemoryLogger } from '../src/core/log.js'
import { ProgressWatch } from '../src/core/progress-watch.js'
import { waitForJob, type JobState } from '../src/core/wait.js'
import { koreai } from '../src/platforms/koreai/facts.js'
import { fixedPollerChecks, shortestGap, simulatedJob, type ProgressKind } from './helpers/simulated-job.js'
import { VirtualClock } from './helpers/virtual-clock.js'

/**
 * The waiting rule's guarantees (src/core/wait.ts, docs/performance.md) over the whole range of job
 * lengths, on a virtual clock: log-spaced lengths from 1 s to 1 h, plus, as the worst case for
 * lateness without progress, a job ending 1 ms after each check the schedule makes; every kind of
 * progress; jitter at both of its extremes; a starting reply with and without a percentage
 * (Kore.ai's carries none).
 */
const HOUR = 3_600_000
const POLL_INTERVAL = 2_000
/** The kinds of progress under which every end is noticed within max(floor, 10 %). */
const BOUNDED: ProgressKind[] = ['none', 'steady', 'rounded', 'stall', 'slower']
/** Progress that speeds up beyond every rate it showed: the one case where trust costs lateness. */
const AHEAD: ProgressKind[] = ['faster', 'ahead']
const SEEDS = [0, 0.5, 0.999]
type Start = 'bare' | 'with a percentage'
const STARTS: Start[] = ['bare', 'with a percentage']

async function wait(durationMs: number, progress: ProgressKind, seed: number, start: Start = 'bare') {
  const clock = new VirtualClock(0, seed)
  const job = simulatedJob(clock, durationMs, progress)
  const initial: JobState = { id: 'ds-1', state: 'running', platformStatus: 'IN_PROGRESS', ...(start === 'bare' || progress === 'none' ? {} : { percent: 0 }) }
  await waitForJob({ platform: 'Kore.ai', check: job.check, initial, pollIntervalMs: POLL_INTERVAL, limits: koreai.pollLimits, deadline: Deadline.after(2 * HOUR, clock), log: new MemoryLogger(), clock })
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
  it('notices every end within max(poll-interval, 10 % of the job), without progress, with steady, stalling or slowing progress; never checks faster than the floor', async () => {
    for (const seed of SEEDS) {
      const worst = (await endlessChecks(seed)).map((t) => t + 1)
      for (const length of [...logSpaced(1_000, HOUR, 120), ...worst]) {
        for (const kind of BOUNDED) {
          for (const start of kind === 'none' ? ['bare' as const] : STARTS) {
            const { late, polls } = await wait(length, kind, seed, start)
            const where = `${length} ms, progress ${kind}, start ${start}, seed ${seed}`
            expect(late, where).toBeGreaterThanOrEqual(0)
            expect(late, where).toBeLessThanOrEqual(Math.max(POLL_INTERVAL, 0.1 * length))
            if (polls.length > 1) expect(shortestGap(polls), where).toBeGreaterThanOrEqual(POLL_INTERVAL)
          }
        }
      }
    }
  })

  it('checks no more often than a fixed 5 s poller for every job of 3 min or more, and far less at 1 h, whatever the progress', async () => {
    for (const seed of SEEDS) {
      for (const length of [180_000, ...logSpaced(180_001, HOUR, 30), ...(await endlessChecks(seed)).filter((t) => t >= 180_000).map((t) => t + 1)]) {
        for (const kind of [...BOUNDED, ...AHEAD]) {
          const { polls } = await wait(length, kind, seed)
          expect(polls.length, `${length} ms, progress ${kind}, seed ${seed}`).toBeLessThanOrEqual(fixedPollerChecks(length))
        }
      }
      for (const kind of [...BOUNDED, ...AHEAD]) expect((await wait(HOUR, kind, seed)).polls.length).toBeLessThanOrEqual(fixedPollerChecks(HOUR) / 6)
    }
  })

  it('with steady progress, checks fewer times than the fixed 5 s poller at every length where that is possible, and never more than without progress', async () => {
    const lengths = [...logSpaced(1_000, HOUR, 150), 5_000, 10_000, 10_001, 15_000, 15_001]
    for (const start of STARTS) {
      // Fewer is impossible where the fixed poller needs no more checks than flowferry's least: the
      // check at poll-interval (2 s), and, before a percentage can be steady, a second reading when
      // the starting reply carried none; then the check that sees the end. So 3 checks (2 with a
      // percentage at the start) against the fixed poller's 1 at 5 s, 2 at 10 s, 3 at 15 s: jobs up to
      // 15 s (10 s) are the exceptions. There flowferry still notices the end within max(2 s, 10 %).
      // With a percentage at the start and readings rounded to the nearest, 3 up to 15 s as well: a
      // first reading of 14 % at 2 s puts the end anywhere from 13.3 s (14.99 % rounded down) to
      // 14.8 s (13.5 % rounded to the nearest), and no one check is both after the latest and within
      // 10 % of the earliest.
      const least = (kind: ProgressKind) => (start === 'bare' || kind === 'rounded' ? 3 : 2)
      const exceptions: number[] = []
      for (const length of lengths) {
        const without = (await wait(length, 'none', 0.5)).polls.length
        for (const kind of ['steady', 'rounded'] as const) {
          const steady = (await wait(length, kind, 0.5, start)).polls.length
          const where = `${length} ms, ${kind}, start ${start}`
          expect(steady, where).toBeLessThanOrEqual(without)
          if (fixedPollerChecks(length) > least(kind)) expect(steady, where).toBeLessThan(fixedPollerChecks(length))
          else if (kind === 'steady') exceptions.push(length)
        }
      }
      expect(Math.max(...exceptions)).toBe(start === 'bare' ? 15_000 : 10_000)
    }
  })

  it('progress that speeds up beyond every rate it showed, or ends ahead of its percentage, is noticed within 10 % after the end that percentage predicted', async () => {
    // `faster` does its first half at half the rate that finishes in time, `ahead` ends at 50 %:
    // both percentages predict twice the real length. This is the trade the rule makes (wait.ts).
    const lates: number[] = []
    for (const length of logSpaced(1_000, HOUR, 120)) {
      for (const kind of AHEAD) {
        for (const start of STARTS) {
          const { late, polls } = await wait(length, kind, 0.5, start)
          const where = `${length} ms, progress ${kind}, start ${start}`
          expect(late, where).toBeGreaterThanOrEqual(0)
          expect(length + late, where).toBeLessThanOrEqual(Math.max(length + Math.max(POLL_INTERVAL, 0.1 * length), 1.1 * 2 * length))
          if (polls.length > 1) expect(shortestGap(polls), where).toBeGreaterThanOrEqual(POLL_INTERVAL)
          lates.push(late / length)
        }
      }
    }
    // ... and the trade is real: such a job can be noticed about a length late (the docs say so)
    expect(Math.max(...lates)).toBeGreaterThan(0.9)
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

describe('what counts as steady progress', () => {
  const watch = (readings: [number, number][], initialPercent?: number) => {
    const w = new ProgressWatch(0, initialPercent)
    for (const [at, percent] of readings) w.observe(at, percent)
    return w.estimate
  }

  it('needs two readings from replies, the last interval rising by 2 points or more at the rate since the start', () => {
    expect(watch([[2_000, 20]])).toMatchObject({ trusted: false })
    expect(watch([[2_000, 20]], 0)).toMatchObject({ trusted: true })
    expect(watch([[2_000, 20], [4_000, 40]])).toMatchObject({ trusted: true })
    // one point says too little: a rate anywhere from nothing to twice the apparent one
    expect(watch([[20_000, 10], [22_000, 11]])).toMatchObject({ trusted: false })
    // rounding explains 21 against 20 points, a rise of 2 against 3: steady
    expect(watch([[20_000, 20], [22_000, 22]])).toMatchObject({ trusted: true })
  })

  it('drops the trust when the rate changes sharply, stalls or goes backwards; a reading without a percentage says nothing', () => {
    expect(watch([[10_000, 10], [12_000, 16]])).toMatchObject({ trusted: false }) // three times faster
    expect(watch([[10_000, 30], [12_000, 31]])).toMatchObject({ trusted: false }) // a third as fast (and one point)
    expect(watch([[10_000, 50], [20_000, 60]])).toMatchObject({ trusted: false }) // a fifth as fast
    expect(watch([[10_000, 50], [20_000, 50]])).toBeUndefined()
    expect(watch([[10_000, 50], [20_000, 40]])).toBeUndefined()
    expect(watch([[10_000, 50], [20_000, Number.NaN]])).toBeUndefined()
    expect(watch([[10_000, 50], [20_000, 100]])).toBeUndefined()
  })

  it('places a trusted check at the predicted end, or sooner, 10 % after the earliest end the readings allow', () => {
    // 50 % at 50 s, 60 % at 60 s: the end is predicted at 100 s, from half a point less
    expect(watch([[50_000, 50], [60_000, 60]])).toEqual({ at: (60_000 * 100) / 59.5, trusted: true, atEnd: true })
    // 2 % at 2 s, 4 % at 4 s: a constant rate of up to 1.25 points a second fits both (5 points in
    // 4 s), so perhaps 95 points in 76 s: a check by 88 s, not at the 103 s predicted
    const early = watch([[2_000, 2], [4_000, 4]])!
    expect(early).toMatchObject({ trusted: true, atEnd: false })
    expect(early.at).toBeCloseTo((4_000 + (95 / 1.25) * 1_000) * 1.1, 0)
  })
})
