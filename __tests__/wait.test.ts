import { describe, expect, it } from 'vitest'
import { Deadline } from '../src/core/clock.js'
import { TimedOutError } from '../src/core/errors.js'
import { MemoryLogger } from '../src/core/log.js'
import { waitForJob, type JobState, type WaitStats } from '../src/core/wait.js'
import { VirtualClock } from './helpers/virtual-clock.js'

/** A job that ends `durationMs` after the clock's start, reporting linear progress if asked. */
function job(clock: VirtualClock, durationMs: number, options: { percent?: boolean; outcome?: 'succeeded' | 'failed' } = {}) {
  const start = clock.now()
  const polls: number[] = []
  const check = async (): Promise<JobState> => {
    const elapsed = clock.now() - start
    polls.push(elapsed)
    const done = elapsed >= durationMs
    return {
      id: 'ds-1',
      state: done ? (options.outcome ?? 'succeeded') : 'running',
      platformStatus: done ? (options.outcome === 'failed' ? 'FAILED' : 'SUCCESS') : 'IN_PROGRESS',
      percent: options.percent && !done ? (elapsed / durationMs) * 100 : undefined,
    }
  }
  return { check, polls }
}

describe('waitForJob', () => {
  it('starts at poll-interval and grows the delay to the cap', async () => {
    const clock = new VirtualClock()
    const { check, polls } = job(clock, 10 * 60_000)
    const log = new MemoryLogger()
    await waitForJob({ platform: 'Kore.ai', check, firstDelayMs: 2_000, deadline: Deadline.after(3_600_000, clock), log, clock })
    const gaps = polls.map((t, i) => t - (polls[i - 1] ?? 0))
    expect(gaps[0]).toBe(2_000)
    expect(gaps[1]).toBe(3_000)
    expect(Math.max(...gaps)).toBe(30_000)
    // noticed within one capped delay of the end, with far fewer polls than a fixed 5 s poller (120)
    expect(polls.at(-1)! - 600_000).toBeLessThanOrEqual(30_000)
    expect(polls.length).toBeLessThan(40)
  })

  it('brings the next poll forward to the end the progress percentage predicts', async () => {
    const clock = new VirtualClock()
    const { check, polls } = job(clock, 10 * 60_000, { percent: true })
    const stats: WaitStats = { polls: 0, elapsedMs: 0 }
    await waitForJob({ platform: 'Kore.ai', check, firstDelayMs: 2_000, deadline: Deadline.after(3_600_000, clock), log: new MemoryLogger(), clock }, stats)
    expect(polls.at(-1)! - 600_000).toBeLessThan(60_000 * 0.1)
    expect(stats.polls).toBe(polls.length)
  })

  it('writes a heartbeat at least every 30 s while waiting', async () => {
    const clock = new VirtualClock()
    const { check } = job(clock, 5 * 60_000)
    const log = new MemoryLogger()
    const times: number[] = []
    const start = clock.now()
    log.info = (message: string) => {
      times.push(clock.now() - start)
      log.lines.push(message)
    }
    await waitForJob({ platform: 'Kore.ai', check, firstDelayMs: 2_000, deadline: Deadline.after(3_600_000, clock), log, clock })
    const gaps = times.map((t, i) => t - (times[i - 1] ?? 0))
    // a margin under the promised 30 s: real timers fire late (30.02 s gaps were measured)
    expect(Math.max(...gaps)).toBeLessThanOrEqual(25_000)
    expect(log.lines.some((line) => /Kore\.ai job ds-1: IN_PROGRESS after \d/.test(line))).toBe(true)
  })

  it('returns at once when the starting reply already says the job ended', async () => {
    const clock = new VirtualClock()
    const check = async (): Promise<JobState> => {
      throw new Error('must not poll')
    }
    const initial: JobState = { id: 'ds-1', state: 'succeeded', platformStatus: 'SUCCESS' }
    await expect(waitForJob({ platform: 'x', check, initial, firstDelayMs: 1, deadline: Deadline.after(1_000, clock), log: new MemoryLogger(), clock })).resolves.toBe(
      initial,
    )
  })

  it('stops at the timeout with timed-out, the job id and how to resume', async () => {
    const clock = new VirtualClock()
    const { check, polls } = job(clock, Number.POSITIVE_INFINITY)
    const error = await waitForJob({
      platform: 'Kore.ai',
      check,
      firstDelayMs: 2_000,
      deadline: Deadline.after(120_000, clock),
      log: new MemoryLogger(),
      clock,
      resumeHint: (id) => `operation: wait\njob-id: ${id}`,
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TimedOutError)
    expect(error).toMatchObject({ status: 'timed-out', jobId: 'ds-1', platformStatus: 'IN_PROGRESS' })
    expect((error as TimedOutError).hint).toContain('job-id: ds-1')
    // never past the deadline, and the last poll close to it
    expect(polls.at(-1)!).toBeLessThanOrEqual(120_000)
    expect(polls.at(-1)!).toBeGreaterThan(115_000)
  })

  it('honours a Retry-After the platform put on a status reply', async () => {
    const clock = new VirtualClock()
    let n = 0
    const times: number[] = []
    const check = async (): Promise<JobState> => {
      times.push(clock.now())
      n++
      return n < 3 ? { id: 'j', state: 'running', platformStatus: 'RUNNING', retryAfterMs: 20_000 } : { id: 'j', state: 'succeeded', platformStatus: 'DONE' }
    }
    await waitForJob({ platform: 'x', check, firstDelayMs: 1_000, deadline: Deadline.after(600_000, clock), log: new MemoryLogger(), clock })
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(20_000)
  })
})
