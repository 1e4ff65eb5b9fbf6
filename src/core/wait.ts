import { systemClock, type Clock, type Deadline } from './clock.js'
import { formatDuration } from './duration.js'
import { TimedOutError } from './errors.js'
import type { Logger } from './log.js'
import { planNextPoll, pollFloor, PollWindows, type PollLimit } from './poll-schedule.js'
import { ProgressWatch } from './progress-watch.js'

export type { PollLimit } from './poll-schedule.js'

/** A platform job as flowferry tracks it, whatever the platform calls its fields. */
export interface JobState {
  id: string
  state: 'running' | 'succeeded' | 'failed'
  /** The platform's own word, e.g. `IN_PROGRESS`, `SUCCESS`. */
  platformStatus: string
  /** 0–100 where the platform reports progress. */
  percent?: number
  workflowId?: string
  /** What the job does, in the platform's words (`IMPORT`, `EXPORT`). */
  action?: string
  downloadUrl?: string
  /** The platform's explanation of a failure, where it gives one. */
  message?: string
  /** What to change when the job failed, as the platform client knows it (its documentation's preconditions). */
  hint?: string
  /** The platform asked not to be asked again before this (Retry-After on a status reply). */
  retryAfterMs?: number
}

export interface WaitOptions {
  platform: string
  /** Fetches the job's current state; HTTP retries happen inside. */
  check: () => Promise<JobState>
  /** The state the starting call returned, when it already says something. */
  initial?: JobState
  /** `initial` came from a status check (operation: wait), so the floor counts from it too. */
  initialIsCheck?: boolean
  /** `poll-interval`: the shortest gap between two checks. */
  pollIntervalMs: number
  /** The platform's published limits on status checks of one job. */
  limits?: readonly PollLimit[]
  deadline: Deadline
  log: Logger
  clock?: Clock
  /** Longest gap between two checks. */
  maxGapMs?: number
  /** Longest silence in the log while waiting. */
  heartbeatMs?: number
}

export interface WaitStats {
  polls: number
  elapsedMs: number
}

/** How long the check made at the deadline may take to answer. */
export const LAST_CHECK_GRACE_MS = 5_000
/**
 * How late the last check may come when the floor keeps it from the deadline itself: a timer that
 * fired late, or a step that picked the job up with a check less than the floor before its timeout.
 */
export const LAST_CHECK_OVERRUN_MS = 2_000

/** Lines about the platform's limits already said in this run (they hold for every job). */
const saidOnce = new Set<string>()

/**
 * Checks a job until it ends or the step's timeout passes. The rule (docs/performance.md,
 * "Waiting for a job"; `core/poll-schedule.ts` does the arithmetic):
 *
 * - Never two checks closer than the floor: `poll-interval`, or the platform's published limit on
 *   status checks of one job, whichever is longer (Kore.ai: 60 a minute, so 1 s; its longer
 *   window, 1,800 an hour, is kept by counting). The first check after the call that started the
 *   job comes `poll-interval` after it: a limit on checks says nothing about that call.
 * - Without progress, each gap is at most 10 % of the time waited so far (and at most 60 s), but
 *   never under the floor. A job that ends just after a check is then noticed within
 *   max(floor, 10 % of its duration); a fixed growth factor cannot promise that, because the gap
 *   after a check must stay within 10 % of the time already waited, not of the previous gap.
 *   Jitter only ever shortens a gap, never lengthens it, and there is none at the floor.
 * - A percentage that is STEADY is trusted: it rose by 2 points or more since the previous reading,
 *   at a rate that agrees within 25 % with the rate since the start once whole-percent rounding is
 *   allowed for (`core/progress-watch.ts` has the exact test; a job whose starting reply carried no
 *   percentage needs two readings first). The next check then comes at the end that rate predicts
 *   (1 % later, to land just after it), EVEN WHEN that is later than the no-progress gap, but no
 *   later than 10 % (of the time waited) after the earliest end the readings allow. A job that keeps
 *   a rate it has shown, or slows down, is therefore still noticed within max(floor, 10 % of its
 *   length). A check that finds the job running at the predicted end re-estimates: the next one
 *   comes at the no-progress gap or a fresh steady estimate, whichever is sooner.
 * - The one cost of that trust: a job that speeds up beyond every rate it has shown (it ends well
 *   ahead of its percentage; a job that fails part-way is one) is noticed at the end its percentage
 *   predicted, up to 10 % after it, however long before that it ended. The trade is made because a steady percentage saves most
 *   status checks (a 1 min job: 4 against 12 for a fixed 5 s poller), and every check is a request
 *   against the platform's rate limits (Kore.ai: 60 a minute and 1,800 an hour per job), while a
 *   batch waits on many jobs at once.
 * - Where a fixed poller cannot be beaten: a 5 s job, which a fixed 5 s poller sees in one check.
 *   flowferry checks at `poll-interval` (the job could be 1 s long), again for a second reading when
 *   the starting reply carried no percentage (Kore.ai's does not), then at the predicted end: 3
 *   checks, so every job up to 15 s (3 checks of the fixed poller) takes as many or more.
 * - Progress that is not steady (it stalled, went backwards, changed rate sharply, rose by one point,
 *   or is a first reading) only brings a check SOONER, to the end it predicts, never under the
 *   floor; from that reply on, the no-progress gaps apply again. A job parked at 95 % is checked
 *   like one without progress.
 * - A Retry-After on a status reply is honoured; one that reaches past the timeout ends the wait
 *   at once, since no check may be made before it.
 * - The last check is made AT the deadline: the checks before it are placed so that it keeps the
 *   floor (only a late timer, or a job picked up by a check less than the floor before the
 *   timeout, moves it later, by `LAST_CHECK_OVERRUN_MS` at most), and its reply is given
 *   `LAST_CHECK_GRACE_MS` to arrive. Only then does the wait give up, with a `TimedOutError` that
 *   says what happened; the caller adds how to resume, once.
 * - A heartbeat line appears after 25 s without one, so the log (and CI watchdogs) see life.
 */
export async function waitForJob(options: WaitOptions, stats: WaitStats = { polls: 0, elapsedMs: 0 }): Promise<JobState> {
  const clock = options.clock ?? systemClock
  // Under the promised 30 s on purpose: timers fire late and lines before the wait count too, and
  // a measured gap of 30.02 s between log lines was seen against a real server.
  const heartbeat = options.heartbeatMs ?? 25_000
  const { log, deadline } = options
  const limits = options.limits ?? []
  const floor = pollFloor(options.pollIntervalMs, limits)
  const started = clock.now()
  let state = options.initial
  if (state && state.state !== 'running') return state

  if (floor > options.pollIntervalMs) {
    const line =
      `${options.platform} allows ${describeLimit(limits)}: checking the job at most every ${formatDuration(floor)}, ` +
      `not every ${formatDuration(options.pollIntervalMs)} (poll-interval)`
    // Said once a run: a batch waits on a job per bundle, and a hundred copies of it say nothing more.
    if (saidOnce.has(line)) log.debug(line)
    else log.info(line)
    saidOnce.add(line)
  }
  log.debug(`${options.platform} job: the timeout falls at ${new Date(deadline.at).toISOString()}`)
  const windows = new PollWindows(limits)
  const progress = new ProgressWatch(started, state?.percent)
  let last = started
  let lastCheck = options.initialIsCheck ? started : undefined
  let lastLine = started
  let reported = state ? describe(state) : ''
  let retryAfter: { at: number; ms: number } | undefined
  // The last check was placed at a trusted predicted end and found the job running: the end is
  // later than predicted, so the next check may not come later than the no-progress gap.
  let missedEnd = false

  for (;;) {
    if (retryAfter && retryAfter.at > deadline.at) throw timedOut(options, state, clock.now() - started, `the platform asked not to be asked again for ${formatDuration(retryAfter.ms)} (Retry-After), which is past the timeout`)
    const estimate = progress.estimate
    const plan = planNextPoll({
      started,
      last,
      lastCheck,
      now: clock.now(),
      floorMs: floor,
      firstGapMs: options.pollIntervalMs,
      maxGapMs: options.maxGapMs,
      deadline: deadline.at,
      random: clock.random(),
      progress: estimate && { at: estimate.at, trusted: estimate.trusted && !missedEnd },
      notBefore: Math.max(retryAfter?.at ?? Number.NEGATIVE_INFINITY, windows.earliest()),
      overrunMs: LAST_CHECK_OVERRUN_MS,
    })

    // Sleep in slices so the heartbeat keeps its rhythm even when checks are far apart.
    for (let now = clock.now(); now < plan.at; now = clock.now()) {
      await clock.sleep(Math.min(plan.at, lastLine + heartbeat) - now)
      if (clock.now() >= lastLine + heartbeat && clock.now() < plan.at) {
        log.info(heartbeatLine(options.platform, state, clock.now() - started, plan.at - clock.now()))
        lastLine = clock.now()
      }
    }
    if (!plan.poll) throw timedOut(options, state, clock.now() - started, `a last check would have come sooner than ${formatDuration(floor)} after the previous one, or too long after the deadline`)

    const sentAt = clock.now()
    windows.record(sentAt)
    state = plan.final ? await deadline.lastCall(LAST_CHECK_GRACE_MS, options.check) : await options.check()
    stats.polls++
    last = sentAt
    lastCheck = sentAt
    missedEnd = estimate !== undefined && estimate.trusted && estimate.atEnd && !missedEnd && plan.at >= Math.floor(estimate.at)
    progress.observe(sentAt, state.percent)
    retryAfter = state.retryAfterMs === undefined ? undefined : { at: clock.now() + state.retryAfterMs, ms: state.retryAfterMs }
    const text = describe(state)
    if (text !== reported || clock.now() - lastLine >= heartbeat) {
      log.info(heartbeatLine(options.platform, state, clock.now() - started))
      reported = text
      lastLine = clock.now()
    }
    if (state.state !== 'running') {
      stats.elapsedMs = clock.now() - started
      return state
    }
    if (plan.final) throw timedOut(options, state, clock.now() - started)
  }
}

function describeLimit(limits: readonly PollLimit[]): string {
  return limits.map((limit) => `${limit.requests} status checks per ${formatDuration(limit.perMs)}`).join(' and ') + ' for each job'
}

function describe(state: JobState): string {
  return state.percent === undefined ? state.platformStatus : `${state.platformStatus} ${Math.round(state.percent)}%`
}

function heartbeatLine(platform: string, state: JobState | undefined, elapsedMs: number, nextMs?: number): string {
  const status = state ? describe(state) : 'started'
  const id = state?.id ? ` ${state.id}` : ''
  const next = nextMs === undefined ? '' : `, next check in ${formatDuration(nextMs)}`
  return `${platform} job${id}: ${status} after ${formatDuration(elapsedMs)}${next}`
}

/** `why` says what kept the wait from its check at the deadline; without it, that check was made. */
function timedOut(options: WaitOptions, state: JobState | undefined, elapsedMs: number, why?: string): TimedOutError {
  const id = state?.id
  const status = state ? describe(state) : 'unknown'
  const detail = why
    ? `after ${formatDuration(elapsedMs)} (last status ${status}): ${why}`
    : `at the timeout: the last check, made at the deadline after ${formatDuration(elapsedMs)} of waiting, found it ${status}`
  return new TimedOutError(
    `Gave up waiting for ${options.platform} job ${id ?? ''} ${detail}. The job may still be running on the platform.`,
    id,
    state?.platformStatus,
  )
}
