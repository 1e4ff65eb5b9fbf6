import { systemClock, type Clock, type Deadline } from './clock.js'
import { formatDuration } from './duration.js'
import { TimedOutError } from './errors.js'
import type { Logger } from './log.js'

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
  /** The platform asked not to be asked again before this (Retry-After on a status reply). */
  retryAfterMs?: number
}

export interface WaitOptions {
  platform: string
  /** Fetches the job's current state; HTTP retries happen inside. */
  check: () => Promise<JobState>
  /** The state the starting call returned, when it already says something. */
  initial?: JobState
  firstDelayMs: number
  deadline: Deadline
  log: Logger
  clock?: Clock
  /** Longest gap between two polls. */
  maxDelayMs?: number
  /** Longest silence in the log while waiting. */
  heartbeatMs?: number
  /** How to resume, for the timed-out message (e.g. the `operation: wait` step to add). */
  resumeHint?: (jobId: string) => string
}

export interface WaitStats {
  polls: number
  elapsedMs: number
}

const GROWTH = 1.5
const JITTER = 0.2
/** Never poll more often than this, whatever the estimate says. */
const MIN_DELAY_MS = 250

/**
 * Polls a job until it ends or the deadline passes.
 *
 * The delay starts at `poll-interval` and grows by half each time (±20% jitter, capped at
 * `maxDelayMs`), so short jobs are noticed quickly and long ones are not hammered. When the
 * platform reports a percentage, the remaining time is estimated from the progress so far and
 * the next poll is brought forward to the expected end, if that is sooner. A heartbeat line keeps
 * the log (and CI "no output" watchdogs) alive. The last poll is placed just before the deadline;
 * after it, a `TimedOutError` names the job and how to pick it up again.
 */
export async function waitForJob(options: WaitOptions, stats: WaitStats = { polls: 0, elapsedMs: 0 }): Promise<JobState> {
  const clock = options.clock ?? systemClock
  const maxDelay = options.maxDelayMs ?? 30_000
  // Under the promised 30 s on purpose: timers fire late and lines before the wait count too, and
  // a measured gap of 30.02 s between log lines was seen against a real server.
  const heartbeat = options.heartbeatMs ?? 25_000
  const { log, deadline } = options
  const started = clock.now()
  let lastLine = started
  let delay = options.firstDelayMs
  let state = options.initial
  let reported = state ? describe(state) : ''

  for (;;) {
    if (state && state.state !== 'running') {
      stats.elapsedMs = clock.now() - started
      return state
    }
    const remaining = deadline.remaining()
    if (remaining < 1_000) throw timedOut(options, state, clock.now() - started)
    // Keep a little time back so that the last poll lands before the deadline, not after it.
    const reserve = Math.min(remaining / 2, 2_000)
    let wait = Math.min(nextDelay(delay, state, started, clock), maxDelay)
    if (state?.retryAfterMs !== undefined) wait = Math.max(wait, state.retryAfterMs)
    wait = Math.min(wait, remaining - reserve)

    // Sleep in slices so the heartbeat keeps its rhythm even when polls are far apart.
    const pollAt = clock.now() + wait
    for (let now = clock.now(); now < pollAt; now = clock.now()) {
      await clock.sleep(Math.min(pollAt, lastLine + heartbeat) - now)
      if (clock.now() >= lastLine + heartbeat && clock.now() < pollAt) {
        log.info(heartbeatLine(options.platform, state, clock.now() - started, pollAt - clock.now()))
        lastLine = clock.now()
      }
    }

    state = await options.check()
    stats.polls++
    const text = describe(state)
    if (text !== reported || clock.now() - lastLine >= heartbeat) {
      log.info(heartbeatLine(options.platform, state, clock.now() - started))
      reported = text
      lastLine = clock.now()
    }
    delay = Math.min(maxDelay, delay * GROWTH)
  }

  function nextDelay(base: number, current: JobState | undefined, since: number, c: Clock): number {
    const jittered = base * (1 - JITTER + 2 * JITTER * c.random())
    const estimate = current ? estimateRemaining(current, c.now() - since) : undefined
    const chosen = estimate === undefined ? jittered : Math.min(jittered, estimate)
    return Math.max(MIN_DELAY_MS, chosen)
  }
}

/**
 * Time left if progress is linear in time: elapsed × (100 − p) / p, plus a small margin so the
 * poll arrives just after the end rather than just before it.
 */
export function estimateRemaining(state: JobState, elapsedMs: number): number | undefined {
  const p = state.percent
  if (p === undefined || !(p > 0) || p >= 100 || elapsedMs <= 0) return undefined
  return (elapsedMs * (100 - p)) / p * 1.05 + 100
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

function timedOut(options: WaitOptions, state: JobState | undefined, elapsedMs: number): TimedOutError {
  const id = state?.id
  const last = state ? ` (last status ${describe(state)})` : ''
  return new TimedOutError(
    `Gave up waiting for ${options.platform} job ${id ?? ''} after ${formatDuration(elapsedMs)}${last}: ` +
      'the timeout passed. The job may still be running on the platform.',
    id,
    state?.platformStatus,
    id && options.resumeHint ? options.resumeHint(id) : undefined,
  )
}
