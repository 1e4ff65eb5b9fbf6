/**
 * When to check a running job next: the arithmetic of the waiting rule, without clocks or I/O, so
 * that every guarantee can be tested on its own. `core/wait.ts` drives it; the rule itself is
 * written out there.
 */

/** A published limit on the status checks of one job: at most `requests` in any `perMs`. */
export interface PollLimit {
  requests: number
  perMs: number
  /** The public page that states it. */
  source: string
}

/** A gap between two checks is at most this share of the time waited so far. */
export const GAP_FRACTION = 0.1
/** Longest gap between two checks, whatever the time waited. */
export const MAX_GAP_MS = 60_000
/** Jitter shortens a gap by up to this share; it never lengthens one. */
export const JITTER = 0.05

/**
 * The shortest gap between two checks: `poll-interval`, or the platform's shortest published
 * window spread evenly (60 per minute: 1 s), whichever is longer. Longer windows are kept by
 * counting (`PollWindows`).
 */
export function pollFloor(pollIntervalMs: number, limits: readonly PollLimit[] = []): number {
  const shortest = limits.length > 0 ? limits.reduce((a, b) => (b.perMs < a.perMs ? b : a)) : undefined
  return Math.max(pollIntervalMs, shortest ? Math.ceil(shortest.perMs / shortest.requests) : 0)
}

/** The no-progress gap after a check made `waitedMs` into the wait. */
export function gapAfter(waitedMs: number, floorMs: number, maxGapMs = MAX_GAP_MS): number {
  return Math.max(floorMs, Math.min(maxGapMs, GAP_FRACTION * waitedMs))
}

/** The times of recent checks, so that no published window ever holds more than it allows. */
export class PollWindows {
  private readonly times: number[] = []
  private readonly keep: number

  constructor(private readonly limits: readonly PollLimit[] = []) {
    this.keep = Math.max(0, ...limits.map((limit) => limit.requests))
  }

  record(at: number): void {
    this.times.push(at)
    if (this.times.length > this.keep) this.times.splice(0, this.times.length - this.keep)
  }

  /** The earliest moment the next check keeps every window. */
  earliest(): number {
    let at = Number.NEGATIVE_INFINITY
    for (const limit of this.limits) {
      const oldest = this.times[this.times.length - limit.requests]
      if (oldest !== undefined) at = Math.max(at, oldest + limit.perMs)
    }
    return at
  }
}

export interface PlanInput {
  /** When waiting began; the no-progress gaps grow with the time since. */
  started: number
  /** When the last status arrived (the starting reply counts): the no-progress gap runs from it. */
  last: number
  /** When the last status CHECK was sent, if there was one: the floor runs from it. */
  lastCheck?: number
  now: number
  floorMs: number
  /**
   * `poll-interval`: when the last status came from the call that started the job, not from a
   * check, the first check may come this soon; a platform's limit spaces checks, not the start.
   */
  firstGapMs?: number
  maxGapMs?: number
  deadline: number
  /** 0–1, for the jitter. */
  random: number
  /**
   * When the job's percentage puts the next check (`ProgressWatch` in core/progress-watch.ts):
   * trusted, it stands even later than the no-progress gap; otherwise it may only bring the check sooner.
   */
  progress?: { at: number; trusted: boolean }
  /** Not before this: a Retry-After, a published window. */
  notBefore?: number
  /**
   * How far past the deadline the last check may slide when the floor keeps it from the deadline
   * itself (a timer that fired late, a timeout shorter than the floor); beyond, there is none.
   */
  overrunMs?: number
}

export interface Plan {
  at: number
  /** This check is the last: at the deadline, or as soon after it as the floor allows. */
  final: boolean
  /** False when no check is allowed near the deadline (too soon after the last one): give up there. */
  poll: boolean
}

/**
 * The next check: the no-progress gap (jittered only shorter), or where the progress puts it (there
 * even when later, if trusted; else only when sooner), never sooner than the floor after the last
 * check or than `notBefore`, never later than the deadline. When the deadline is in reach, the
 * checks are placed so that the last one falls on the deadline and the one before it at least the
 * floor earlier.
 */
export function planNextPoll(input: PlanInput): Plan {
  const { started, last, floorMs, deadline } = input
  const maxGap = Math.max(floorMs, input.maxGapMs ?? MAX_GAP_MS)
  const grid = (t: number) => gapAfter(t - started, floorMs, maxGap)
  const earliest = Math.max(input.now, (input.lastCheck ?? Number.NEGATIVE_INFINITY) + floorMs, input.notBefore ?? Number.NEGATIVE_INFINITY)

  let gap = grid(last)
  if (gap > floorMs) gap = Math.max(floorMs, gap * (1 - JITTER * input.random))
  if (input.lastCheck === undefined && input.firstGapMs !== undefined) gap = Math.min(gap, input.firstGapMs)
  let at = last + gap
  if (input.progress) at = input.progress.trusted ? input.progress.at : Math.min(at, input.progress.at)
  // Whole milliseconds, as clocks count them, rounded to the safe side of each bound: a gap down
  // (never over 10 %), the floor up (never under it).
  const notBefore = Math.ceil(earliest)
  at = Math.max(Math.floor(at), notBefore)

  if (at >= deadline) return last_(deadline, notBefore, input.overrunMs ?? 0)

  // Where the checks after this one would fall: the last of them before the deadline must leave
  // the floor free before the check at the deadline, else one of them comes that much sooner: the
  // last, planned when its turn comes, if the gap before it can shrink that much and keep the floor
  // (gaps only grow, so that one has the most to give); this one otherwise.
  let tail = at
  let lastStep = 0
  for (let steps = 0; steps < 100_000; steps++) {
    const next = tail + grid(tail)
    if (next >= deadline) break
    lastStep = next - tail
    tail = next
  }
  // A tenth of the floor to spare, so that a timer firing a little late does not push the check at
  // the deadline past it.
  const room = floorMs * 1.1
  const shortfall = room - (deadline - tail)
  if (shortfall > 0 && lastStep - floorMs < shortfall) at = Math.max(notBefore, Math.floor(at - shortfall))
  // Still too close to the deadline for another check after it: this one is the last, at the deadline.
  if (deadline - at < room) return last_(deadline, notBefore, input.overrunMs ?? 0)
  return { at, final: false, poll: true }
}

function last_(deadline: number, notBefore: number, overrunMs: number): Plan {
  if (notBefore <= deadline) return { at: deadline, final: true, poll: true }
  if (notBefore <= deadline + overrunMs) return { at: notBefore, final: true, poll: true }
  return { at: deadline, final: true, poll: false }
}
