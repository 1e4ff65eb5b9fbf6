import { describe, expect, it } from 'vitest'
import { Deadline } from '../src/core/clock.js'
import { TimedOutError } from '../src/core/errors.js'
import { MemoryLogger } from '../src/core/log.js'
import { LAST_CHECK_GRACE_MS, waitForJob, type JobState, type WaitStats } from '../src/core/wait.js'
import { koreai } from '../src/platforms/koreai/facts.js'
import { platformFacts, platformNames } from '../src/platforms/registry.js'
import { shortestGap, simulatedJob } from './helpers/simulated-job.js'
import { VirtualClock } from './helpers/virtual-clock.js'

const HOUR = 3_600_000
const running = (extra: Partial<JobState> = {}): JobState => ({ id: 'ds-1', state: 'running', platformStatus: 'IN_PROGRESS', ...extra })

describe('waitForJob', () => {
  it('checks at poll-interval at first, then every 10 % of the time waited, up to a minute', async () => {
    const clock = new VirtualClock(0, 0)
    const job = simulatedJob(clock, 10 * 60_000)
    await waitForJob({ platform: 'Kore.ai', check: job.check, pollIntervalMs: 2_000, deadline: Deadline.after(HOUR, clock), log: new MemoryLogger(), clock })
    const gaps = job.polls.map((t, i) => t - (job.polls[i - 1] ?? 0))
    expect(gaps.slice(0, 10)).toEqual(Array(10).fill(2_000))
    expect(gaps[10]).toBe(2_000)
    expect(gaps[11]).toBe(2_200)
    for (const [i, gap] of gaps.entries()) if (i > 0) expect(gap).toBeLessThanOrEqual(Math.max(2_000, 0.1 * job.polls[i - 1]!))
    expect(job.polls.at(-1)! - 600_000).toBeLessThanOrEqual(60_000)
  })

  it('trusts steady progress: checks at the end it predicts, even later than the no-progress gap, and counts its checks', async () => {
    const clock = new VirtualClock(0, 0)
    const job = simulatedJob(clock, 10 * 60_000, 'steady')
    const stats: WaitStats = { polls: 0, elapsedMs: 0 }
    await waitForJob({ platform: 'Kore.ai', check: job.check, pollIntervalMs: 2_000, deadline: Deadline.after(HOUR, clock), log: new MemoryLogger(), clock }, stats)
    // predicted from a whole-percent reading (rounded down, half a point taken off): after the end, within 10 %
    expect(job.polls.at(-1)! - 600_000).toBeGreaterThanOrEqual(0)
    expect(job.polls.at(-1)! - 600_000).toBeLessThanOrEqual(600_000 * 0.1)
    const gaps = job.polls.slice(1).map((t, i) => t - job.polls[i]!)
    expect(gaps.some((gap, i) => gap > 0.1 * job.polls[i]!)).toBe(true)
    expect(job.polls.length).toBeLessThan(30)
    expect(stats.polls).toBe(job.polls.length)
  })

  it('re-estimates when a check at the trusted end finds the job still running: the next comes no later than the no-progress gap', async () => {
    const clock = new VirtualClock(0, 0)
    const polls: number[] = []
    // 20 % a minute for five minutes, as if the job took 5 min; then it crawls and ends at 6 min
    const percent = (t: number) => Math.floor(t < 300_000 ? t / 3_000 : 99)
    const check = async (): Promise<JobState> => {
      const t = clock.now()
      polls.push(t)
      return t >= 360_000 ? { id: 'ds-1', state: 'succeeded', platformStatus: 'SUCCESS' } : running({ percent: percent(t) })
    }
    await waitForJob({ platform: 'Kore.ai', check, initial: running({ percent: 0 }), pollIntervalMs: 2_000, deadline: Deadline.after(HOUR, clock), log: new MemoryLogger(), clock })
    const atEnd = polls.findIndex((t) => t >= 300_000)
    expect(polls[atEnd]! - polls[atEnd - 1]!).toBeGreaterThan(0.1 * polls[atEnd - 1]!) // trusted
    expect(polls[atEnd + 1]! - polls[atEnd]!).toBeLessThanOrEqual(0.1 * polls[atEnd]!) // re-estimated
    expect(clock.now() - 360_000).toBeLessThanOrEqual(36_000)
  })

  it('ignores a percentage that stopped moving: a job parked at 95 % is checked no faster than one without progress', async () => {
    const clock = new VirtualClock(0, 0)
    const polls: number[] = []
    const check = async (): Promise<JobState> => {
      polls.push(clock.now())
      return running({ percent: 95 })
    }
    const error = await waitForJob({ platform: 'Kore.ai', check, initial: running({ percent: 95 }), pollIntervalMs: 2_000, deadline: Deadline.after(60_000, clock), log: new MemoryLogger(), clock }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TimedOutError)
    // the old estimate kept the delay at its 250 ms floor here: 16–20 checks in the first 6 s
    expect(polls.filter((t) => t <= 6_000)).toEqual([2_000, 4_000, 6_000])
    expect(shortestGap(polls)).toBeGreaterThanOrEqual(2_000)
  })

  it('never checks faster than the platform publishes, whatever poll-interval says', async () => {
    const clock = new VirtualClock(0, 0)
    const job = simulatedJob(clock, 5 * 60_000, 'stall')
    const log = new MemoryLogger()
    await waitForJob({ platform: 'Kore.ai', check: job.check, pollIntervalMs: 200, limits: koreai.pollLimits, deadline: Deadline.after(HOUR, clock), log, clock })
    expect(shortestGap(job.polls)).toBeGreaterThanOrEqual(1_000)
    expect(job.polls.filter((t) => t < 60_000).length).toBeLessThanOrEqual(60)
    expect(log.lines.join('\n')).toContain('Kore.ai allows 60 status checks per 1m and 1800 status checks per 1h for each job: checking the job at most every 1s, not every 200ms (poll-interval)')
  })

  it('keeps every published window by counting, not only the shortest', async () => {
    const clock = new VirtualClock(0, 0)
    const job = simulatedJob(clock, Number.POSITIVE_INFINITY)
    const limits = [
      { requests: 10, perMs: 10_000, source: 'https://example.test/limits' },
      { requests: 12, perMs: 60_000, source: 'https://example.test/limits' },
    ]
    await waitForJob({ platform: 'x', check: job.check, pollIntervalMs: 1, limits, deadline: Deadline.after(180_000, clock), log: new MemoryLogger(), clock }).catch(() => {})
    expect(shortestGap(job.polls)).toBeGreaterThanOrEqual(1_000)
    for (const t of job.polls) expect(job.polls.filter((u) => u >= t && u < t + 60_000).length).toBeLessThanOrEqual(12)
  })

  it('every platform with jobs declares its published limits on status checks', () => {
    for (const name of platformNames()) {
      const platform = platformFacts(name)
      if (platform.jobs) expect(platform.pollLimits, name).toBeDefined()
      for (const limit of platform.pollLimits ?? []) expect(limit.source, name).toMatch(/^https:\/\//)
    }
    expect(koreai.pollLimits).toEqual([
      expect.objectContaining({ requests: 60, perMs: 60_000 }),
      expect.objectContaining({ requests: 1_800, perMs: HOUR }),
    ])
  })

  it('writes a heartbeat after 25 s without a line while waiting', async () => {
    const clock = new VirtualClock(0)
    const job = simulatedJob(clock, 5 * 60_000)
    const log = new MemoryLogger()
    const times: number[] = []
    log.info = (message: string) => {
      times.push(clock.now())
      log.lines.push(message)
    }
    await waitForJob({ platform: 'Kore.ai', check: job.check, pollIntervalMs: 2_000, deadline: Deadline.after(HOUR, clock), log, clock })
    const gaps = times.map((t, i) => t - (times[i - 1] ?? 0))
    // a margin under the promised 30 s: real timers fire late (30.02 s gaps were measured)
    expect(Math.max(...gaps)).toBeLessThanOrEqual(25_000)
    expect(log.lines.some((line) => /Kore\.ai job ds-1: IN_PROGRESS after \d+s, next check in \d+s/.test(line))).toBe(true)
  })

  it('returns at once when the starting reply already says the job ended', async () => {
    const clock = new VirtualClock()
    const check = async (): Promise<JobState> => {
      throw new Error('must not poll')
    }
    const initial: JobState = { id: 'ds-1', state: 'succeeded', platformStatus: 'SUCCESS' }
    await expect(waitForJob({ platform: 'x', check, initial, pollIntervalMs: 1, deadline: Deadline.after(1_000, clock), log: new MemoryLogger(), clock })).resolves.toBe(initial)
  })

  it('makes its last check at the deadline, lets that reply arrive, then stops with timed-out and no advice of its own', async () => {
    const clock = new VirtualClock(0)
    const deadline = Deadline.after(120_000, clock)
    const remainingAtCheck: number[] = []
    const job = simulatedJob(clock, Number.POSITIVE_INFINITY)
    const check = () => {
      remainingAtCheck.push(deadline.remaining())
      return job.check()
    }
    const error = await waitForJob({ platform: 'Kore.ai', check, pollIntervalMs: 2_000, deadline, log: new MemoryLogger(), clock }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TimedOutError)
    expect(error).toMatchObject({ status: 'timed-out', jobId: 'ds-1', platformStatus: 'IN_PROGRESS', hint: undefined })
    expect((error as Error).message).toMatch(/at the timeout: the last check, made at the deadline after 2m of waiting, found it IN_PROGRESS/)
    expect(job.polls.at(-1)).toBe(120_000)
    expect(shortestGap(job.polls)).toBeGreaterThanOrEqual(2_000)
    // the HTTP client shares the deadline: during the last check it sees the grace, not an expired step
    expect(remainingAtCheck.at(-1)).toBe(LAST_CHECK_GRACE_MS)
    expect(deadline.remaining()).toBe(0)
  })

  it('honours a Retry-After the platform put on a status reply', async () => {
    const clock = new VirtualClock(0)
    let n = 0
    const times: number[] = []
    const check = async (): Promise<JobState> => {
      times.push(clock.now())
      n++
      return n < 3 ? { id: 'j', state: 'running', platformStatus: 'RUNNING', retryAfterMs: 20_000 } : { id: 'j', state: 'succeeded', platformStatus: 'DONE' }
    }
    await waitForJob({ platform: 'x', check, pollIntervalMs: 1_000, deadline: Deadline.after(600_000, clock), log: new MemoryLogger(), clock })
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(20_000)
  })

  it('stops at once when a Retry-After reaches past the timeout, and says so', async () => {
    const clock = new VirtualClock(0)
    const check = async (): Promise<JobState> => running({ retryAfterMs: 600_000 })
    const error = await waitForJob({ platform: 'x', check, pollIntervalMs: 1_000, deadline: Deadline.after(60_000, clock), log: new MemoryLogger(), clock }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TimedOutError)
    expect((error as Error).message).toContain('asked not to be asked again for 10m (Retry-After), which is past the timeout')
    expect(clock.now()).toBe(1_000)
  })
})

describe('waitForJob picking up a job (operation: wait)', () => {
  it('counts the check that found the job as a check: the next one keeps the floor, even past a timeout shorter than it', async () => {
    const clock = new VirtualClock(0)
    const job = simulatedJob(clock, Number.POSITIVE_INFINITY)
    const options = { platform: 'Kore.ai', check: job.check, initial: running(), initialIsCheck: true, pollIntervalMs: 2_000, log: new MemoryLogger(), clock }
    await waitForJob({ ...options, deadline: Deadline.after(30_000, clock) }).catch(() => {})
    expect(job.polls[0]).toBeGreaterThanOrEqual(2_000)
    expect(job.polls.at(-1)).toBe(30_000)

    // a timeout 1.5 s after that check: the last check comes as soon as the floor allows, at 2 s
    const short = simulatedJob(clock, Number.POSITIVE_INFINITY)
    await waitForJob({ ...options, check: short.check, deadline: Deadline.after(1_500, clock) }).catch(() => {})
    expect(short.polls).toEqual([2_000])

    // ... but never far past the timeout: with a floor of 10 s, no check fits, and the wait ends at the timeout
    const none = simulatedJob(clock, Number.POSITIVE_INFINITY)
    const started = clock.now()
    const error = await waitForJob({ ...options, check: none.check, pollIntervalMs: 10_000, deadline: Deadline.after(1_500, clock) }).catch((e: unknown) => e)
    expect(none.polls).toEqual([])
    expect(clock.now() - started).toBe(1_500)
    expect((error as Error).message).toContain('a last check would have come sooner than 10s after the previous one, or too long after the deadline')
  })
})

describe('the first check of a job this step started', () => {
  it('comes poll-interval after the start, even under a platform limit, which spaces the checks that follow', async () => {
    const clock = new VirtualClock(0)
    const job = simulatedJob(clock, 1_500)
    await waitForJob({ platform: 'Kore.ai', check: job.check, initial: running(), pollIntervalMs: 200, limits: koreai.pollLimits, deadline: Deadline.after(HOUR, clock), log: new MemoryLogger(), clock })
    expect(job.polls).toEqual([200, 1_200, 2_200])
  })
})
