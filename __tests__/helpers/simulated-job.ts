import type { JobState } from '../../src/core/wait.js'
import type { VirtualClock } from './virtual-clock.js'

/**
 * How a simulated job reports progress: not at all, steadily (whole percentages, rounded down as
 * the sandbox does, or to the nearest), climbing to 95 % by half its length and parked there,
 * changing rate at half its length (`faster`: a quarter of the work in the first half, three times
 * that rate after; `slower`: the other way round), or `ahead`: steady as if the job took twice as
 * long, so it ends at 50 %.
 */
export type ProgressKind = 'none' | 'steady' | 'rounded' | 'stall' | 'faster' | 'slower' | 'ahead'

export interface SimulatedJob {
  check: () => Promise<JobState>
  /** When each check was made, in ms since the job started. */
  polls: number[]
  start: number
}

/** A job that ends `durationMs` after the clock's present moment (never, for Infinity). */
export function simulatedJob(clock: VirtualClock, durationMs: number, progress: ProgressKind = 'none', outcome: 'succeeded' | 'failed' = 'succeeded'): SimulatedJob {
  const start = clock.now()
  const polls: number[] = []
  const check = async (): Promise<JobState> => {
    const elapsed = clock.now() - start
    polls.push(elapsed)
    const done = elapsed >= durationMs
    const share = elapsed / durationMs
    const percent =
      progress === 'steady' ? Math.floor(share * 100)
      : progress === 'rounded' ? Math.round(share * 100)
      : progress === 'stall' ? Math.floor(Math.min(1, share / 0.5) * 95)
      : progress === 'faster' ? Math.floor((share < 0.5 ? share * 0.5 : 0.25 + (share - 0.5) * 1.5) * 100)
      : progress === 'slower' ? Math.floor((share < 0.5 ? share * 1.5 : 0.75 + (share - 0.5) * 0.5) * 100)
      : progress === 'ahead' ? Math.floor(share * 50)
      : undefined
    return {
      id: 'ds-1',
      state: done ? outcome : 'running',
      platformStatus: done ? (outcome === 'failed' ? 'FAILED' : 'SUCCESS') : 'IN_PROGRESS',
      percent: done ? (percent === undefined ? undefined : 100) : percent === undefined ? undefined : Math.min(99, percent),
    }
  }
  return { check, polls, start }
}

/** The shortest gap between two consecutive checks. */
export function shortestGap(polls: number[]): number {
  return Math.min(...polls.slice(1).map((t, i) => t - polls[i]!))
}

/** Checks a fixed poller makes: one every `everyMs`, until one sees the end. */
export function fixedPollerChecks(durationMs: number, everyMs = 5_000): number {
  return Math.max(1, Math.ceil(durationMs / everyMs))
}
