/**
 * What a job's percentage says about its end: the arithmetic behind the progress part of the
 * waiting rule (`core/wait.ts` states the rule, docs/performance.md "Waiting for a job" measures it).
 * No clocks, no I/O: times are whatever base the readings use.
 */
import { GAP_FRACTION } from './poll-schedule.js'

/**
 * The end is predicted from this many points less than the reading, so that the check lands just
 * after it, not just before: a reading rounded to the nearest may be half a point ahead of the job.
 */
export const PREDICTION_MARGIN_POINTS = 0.5
/**
 * How far a reading may be from the job's true progress, in points. Platforms report whole
 * percentages, rounded down (the Kore.ai sandbox) or to the nearest; the rise between two readings
 * rounded alike is then off by less than one point.
 */
export const READING_RESOLUTION = 1
/**
 * The smallest rise, in points, over the last interval that can make progress steady. A rise of one
 * point fits any rate from nothing to twice the apparent one (the resolution), so it says too little.
 */
export const STEADY_MIN_RISE = 2
/** Two rates agree when they differ by at most this share, beyond what the resolution explains. */
export const RATE_TOLERANCE = 0.25

/** When the percentage says the next check should come. */
export interface ProgressEstimate {
  at: number
  /**
   * Steady progress: `at` stands even when it is later than the no-progress schedule. Otherwise it
   * may only bring the next check sooner.
   */
  trusted: boolean
  /**
   * `at` is the predicted end itself (margin included). When false, it is the earlier bound of a
   * trusted estimate (see `observe`), where finding the job still running is no surprise.
   */
  atEnd: boolean
}

interface Reading {
  at: number
  percent: number
}

interface RateRange {
  low: number
  high: number
}

/**
 * Follows the readings of one job. After each reply, `estimate` says when its percentage puts the
 * next check, or is undefined when it says nothing (no percentage, or one that did not rise).
 *
 * - The predicted end is where the rate since the start (0 % when the wait began, for a job this
 *   step started without a percentage in its reply; else the first reading) reaches 100 %, the
 *   reading taken `PREDICTION_MARGIN_POINTS` lower.
 * - The progress is STEADY when, on this reply: it rose by at least `STEADY_MIN_RISE` points since
 *   the previous reading, that previous reading came from a reply (the assumed 0 % at the start is
 *   not one), and the rate over that last interval agrees with the rate since the start: the two
 *   ranges of rates that whole-percent readings allow (rise ± `READING_RESOLUTION`, over the time)
 *   overlap once each is widened by `RATE_TOLERANCE`.
 * - Steady progress is trusted, but not past what the readings can vouch for: the check comes at
 *   the predicted end or, if sooner, 10 % (of the time since the start) after the EARLIEST end the
 *   readings allow: the remaining points, less one, at the fastest constant rate that fits both
 *   ranges. A job whose percentage climbs at a constant rate, or slows, ends no earlier than that,
 *   so the check finds its end within 10 % of its length; only a job that speeds up can end sooner
 *   and wait for that check.
 * - Readings of 100 % or more on a running job, or below 0, say nothing.
 */
export class ProgressWatch {
  private readonly anchor: Reading
  /** The latest reading: the anchor until a reply carries a percentage. */
  private last: Reading
  /** `last` came from a reply, not from the 0 % assumed at the start. */
  private lastIsReply: boolean
  estimate: ProgressEstimate | undefined

  constructor(startedAt: number, initialPercent?: number) {
    this.anchor = { at: startedAt, percent: usable(initialPercent) ? initialPercent : 0 }
    this.last = this.anchor
    this.lastIsReply = usable(initialPercent)
  }

  observe(at: number, percent: number | undefined): void {
    this.estimate = undefined
    if (!usable(percent)) return
    const { anchor } = this
    const previous = this.last
    const previousIsReply = this.lastIsReply
    const reading = { at, percent }
    this.last = reading
    this.lastIsReply = true
    if (percent <= previous.percent || percent <= anchor.percent || at <= previous.at || at <= anchor.at) return

    const rise = percent - anchor.percent
    const end = anchor.at + ((at - anchor.at) * (100 - anchor.percent)) / Math.max(rise - PREDICTION_MARGIN_POINTS, rise / 2)
    const recent = rates(previous, reading)
    const overall = rates(anchor, reading)
    const steady = previousIsReply && percent - previous.percent >= STEADY_MIN_RISE && agree(recent, overall)
    if (!steady) {
      this.estimate = { at: end, trusted: false, atEnd: true }
      return
    }
    // The fastest constant rate that fits every reading; where the last interval ran faster than
    // any such rate (the two agree only within the tolerance), the slowest rate it allows.
    const fastest = Math.max(Math.min(recent.high, overall.high), recent.low)
    const earliestEnd = at + Math.max(0, 100 - percent - READING_RESOLUTION) / fastest
    const bound = anchor.at + (earliestEnd - anchor.at) * (1 + GAP_FRACTION)
    this.estimate = end <= bound ? { at: end, trusted: true, atEnd: true } : { at: bound, trusted: true, atEnd: false }
  }
}

/** The rates (points per unit of time) that two whole-percent readings allow. */
function rates(from: Reading, to: Reading): RateRange {
  const rise = to.percent - from.percent
  const time = to.at - from.at
  return { low: Math.max(0, rise - READING_RESOLUTION) / time, high: (rise + READING_RESOLUTION) / time }
}

function agree(a: RateRange, b: RateRange): boolean {
  return a.low <= b.high * (1 + RATE_TOLERANCE) && b.low <= a.high * (1 + RATE_TOLERANCE)
}

function usable(percent: number | undefined): percent is number {
  return percent !== undefined && Number.isFinite(percent) && percent >= 0 && percent < 100
}
