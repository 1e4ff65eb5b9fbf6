import type { RateLimit } from '../src/sandbox/rate-limit.js'

export const RATE_LIMIT: RateLimit = { requests: 100, windowSeconds: 1 }
/** Requests one Kore.ai import cannot do without: three uploads, the import, one status check. */
export const REQUESTS_PER_BUNDLE = 5
export const FLOOR_TARGET = 1.2
export const SPEEDUP_TARGET = 3.5

/**
 * The two lower bounds on the platform's part of a batch of `bundles` at `concurrency`, with jobs
 * of `jobMs`, ms. `jobs`: a slot imports its ⌈bundles / c⌉ bundles one after another, each a job
 * of `jobMs`. `rate`: the sandbox's limit is a fixed window (src/sandbox/rate-limit.ts): a window
 * opens at the first request after the previous one ended and passes `requests` of them. The
 * batch's requests need k = ⌈total / requests⌉ windows, so the last opens (k − 1) windows after
 * the first request. The requests in that window that need no job after it are the status checks
 * of bundles imported before it, one per slot; each of the others belongs to a bundle whose import
 * is in the window (its uploads come before its import), at most REQUESTS_PER_BUNDLE of them per
 * bundle, and those bundles' jobs follow, c at a time. Dividing the total by the limit instead (the
 * rate as if it were spread evenly) put the floor up to one window too late, which flattered every
 * row where the rate limit binds.
 */
export function floorMs(bundles: number, concurrency: number, jobMs = 200): { jobs: number; rate: number } {
  const jobs = Math.ceil(bundles / concurrency) * jobMs
  const total = bundles * REQUESTS_PER_BUNDLE
  const windows = Math.ceil(total / RATE_LIMIT.requests)
  const inLast = total - (windows - 1) * RATE_LIMIT.requests
  const importedInLast = Math.ceil(Math.max(0, inLast - concurrency) / REQUESTS_PER_BUNDLE)
  const rate = (windows - 1) * RATE_LIMIT.windowSeconds * 1000 + Math.ceil(importedInLast / concurrency) * jobMs
  return { jobs, rate }
}

/** One point of the sweep: a batch size, a job length, a concurrency. */
export interface BatchPoint {
  bundles: number
  jobMs: number
  concurrency: number
}

/** Which targets a point can be held to, and its floor. */
export interface PointTargets {
  floor: number
  /**
   * The rate limit binds: the batch needs more than one window, and the window bound is at
   * least the jobs' chain. Elsewhere the floor is a chain of jobs and the action's start-up,
   * which no concurrency shortens, is most of what lies above it.
   */
  rateBinds: boolean
  /** The best speed-up over the sequential loop the two floors allow (⌈10/4⌉ rounds: 3.33× at most). */
  possibleSpeedup: number
}

export function targetsOf(point: BatchPoint): PointTargets {
  const { jobs, rate } = floorMs(point.bundles, point.concurrency, point.jobMs)
  const sequential = floorMs(point.bundles, 1, point.jobMs)
  const floor = Math.max(jobs, rate)
  return {
    floor,
    rateBinds: point.bundles * REQUESTS_PER_BUNDLE > RATE_LIMIT.requests && rate >= jobs,
    possibleSpeedup: Math.max(sequential.jobs, sequential.rate) / floor,
  }
}

/**
 * The points of a sweep: every batch size × job length × concurrency whose floor is at most
 * `maxFloorMs` (a sweep must end in minutes); the others are returned apart, to be named.
 */
export function sweepPoints(counts: number[], jobLengths: number[], concurrencies: number[], maxFloorMs: number): { points: BatchPoint[]; left: BatchPoint[] } {
  const points: BatchPoint[] = []
  const left: BatchPoint[] = []
  for (const jobMs of jobLengths) {
    for (const concurrency of concurrencies) {
      for (const bundles of counts) {
        const point = { bundles, jobMs, concurrency }
        ;(targetsOf(point).floor <= maxFloorMs ? points : left).push(point)
      }
    }
  }
  return { points, left }
}

/**
 * The sequential loop's time for `bundles`, from two measured runs at concurrency 1: it takes the
 * bundles one after another, so its time is a start-up plus a time per bundle (the limit never
 * binds there: 5 requests per job). The line through the runs at `small` and `large` bundles.
 */
export function sequentialLine(small: { bundles: number; ms: number }, large: { bundles: number; ms: number }): { startMs: number; perBundleMs: number; at: (bundles: number) => number } {
  const perBundleMs = (large.ms - small.ms) / (large.bundles - small.bundles)
  const startMs = small.ms - small.bundles * perBundleMs
  return { startMs, perBundleMs, at: (bundles) => startMs + bundles * perBundleMs }
}
