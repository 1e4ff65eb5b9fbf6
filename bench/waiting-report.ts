/**
 * The waiting benchmark's rows, targets and text: the tables, the rule, and every point where a target is
 * not met with its reason, computed from the same rows so that nothing is left out.
 */
import { formatDuration } from '../src/core/duration.js'
import { GAP_FRACTION, MAX_GAP_MS, pollFloor } from '../src/core/poll-schedule.js'
import { LAST_CHECK_GRACE_MS, LAST_CHECK_OVERRUN_MS } from '../src/core/wait.js'
import { koreai } from '../src/platforms/koreai/facts.js'
import { seconds, table } from './report.js'

const THREE_MINUTES = 180_000
export type ProgressKind = 'steady' | 'none' | 'stall'

export interface WaitingOptions {
  lengthsMs: number[]
  pollIntervalMs: number
  fixedEveryMs: number
  stall: { percent: number; after: number }
  timeoutMs: number
}

export interface WaitingRow {
  lengthMs: number
  progress: ProgressKind
  ours: Measured
  fixed: Measured
}

export interface Measured {
  lateMs: number
  polls: number
  /** When each check was made, on the shared clock. */
  times: number[]
}

export function floorOf(options: WaitingOptions): number {
  return pollFloor(options.pollIntervalMs, koreai.pollLimits)
}

/** The lateness bound and, where one applies, the poll-count target of a row: [holds, what]. */
export function targets(row: WaitingRow, options: WaitingOptions): { late: boolean; polls: boolean | undefined; pollsTarget: string } {
  const late = row.ours.lateMs <= Math.max(floorOf(options), 0.1 * row.lengthMs)
  if (row.progress === 'steady') return { late, polls: row.ours.polls < row.fixed.polls, pollsTarget: 'fewer' }
  if (row.lengthMs >= THREE_MINUTES) return { late, polls: row.ours.polls <= row.fixed.polls, pollsTarget: 'no more' }
  return { late, polls: undefined, pollsTarget: '' }
}

export function sweepTable(rows: WaitingRow[], options: WaitingOptions): string {
  const share = (ms: number, of: number) => `${seconds(ms)} (${((ms / of) * 100).toFixed(1)} %)`
  const fixed = `fixed ${formatDuration(options.fixedEveryMs)} poller`
  return table(
    ['job length', 'progress', 'flowferry noticed the end after', 'checks', `${fixed}: noticed after`, 'checks', 'checks, flowferry / fixed', 'within max(floor, 10 %)', 'check-count target'],
    rows.map((row) => {
      const t = targets(row, options)
      return [
        formatDuration(row.lengthMs),
        row.progress,
        share(row.ours.lateMs, row.lengthMs),
        String(row.ours.polls),
        share(row.fixed.lateMs, row.lengthMs),
        String(row.fixed.polls),
        `${(row.ours.polls / row.fixed.polls).toFixed(2)}×`,
        t.late ? 'yes' : '**no**',
        t.polls === undefined ? '—' : `${t.pollsTarget}: ${t.polls ? 'yes' : '**no**'}`,
      ]
    }),
  )
}

export interface TimeoutRun {
  timeoutMs: number
  checks: number
  lastCheckAfterMs: number
  endedAfterMs: number
  status: string
  resumeBlocks: number
  summaryBlocks: number
}

export function timeoutTable(run: TimeoutRun, options: WaitingOptions): string {
  const signed = (ms: number) => `${ms >= 0 ? '+' : '−'}${Math.abs(Math.round(ms))} ms`
  return table(
    [`timeout ${formatDuration(run.timeoutMs)}, a job that never ends, node dist/index.js`, 'flowferry', 'baseline'],
    [
      ['last check, from the deadline', signed(run.lastCheckAfterMs), 'the deadline: at it, never before'],
      ['step ended, from the deadline', signed(run.endedAfterMs), `at most the last check's grace after it`],
      ['checks', String(run.checks), `floor ${formatDuration(floorOf(options))} between two`],
      ['status', run.status, 'timed-out'],
      ['resume step printed (log / summary)', `${run.resumeBlocks} / ${run.summaryBlocks}`, '1 / 1'],
    ],
  )
}

/**
 * The text under the waiting tables: the rule, what the columns mean, and every point where a
 * target is not met, with the reason, computed from the same rows, so nothing is left out.
 */
export function waitingProse(rows: WaitingRow[], options: WaitingOptions, floorMs: number): string {
  const limits = koreai.pollLimits ?? []
  const every = formatDuration(options.fixedEveryMs)
  const gaps = rows.flatMap((row) => row.ours.times.slice(1).map((t, i) => t - row.ours.times[i]!))
  const busiestMinute = Math.max(...rows.map((row) => Math.max(...row.ours.times.map((t) => row.ours.times.filter((u) => u >= t && u < t + 60_000).length))))
  const lines = [
    '**The rule** (`src/core/wait.ts`, arithmetic in `src/core/poll-schedule.ts`):',
    '',
    `- Never two checks of a job closer than the floor: \`poll-interval\`, or the platform's published limit, whichever is`,
    `  longer. Kore.ai publishes ${limits.map((l) => `${l.requests} dock-status calls per ${formatDuration(l.perMs)}`).join(' and ')} per job`,
    `  ([Kore.ai community, "Understanding rate limits for Kore.ai public APIs"](${limits[0]?.source ?? ''}), written for its`,
    '  XO platform: AI for Process documents none): the shortest window spread evenly, 1 s, is a floor; the longer',
    '  ones are kept by counting. The first check after the call that started the job comes `poll-interval` after',
    '  it: a limit on checks says nothing about that call.',
    `- Without progress, the gap after a check is at most ${GAP_FRACTION * 100} % of the time waited so far (and at most ${formatDuration(MAX_GAP_MS)}), never under`,
    '  the floor. A job that ends just after a check is therefore noticed within max(floor, 10 % of its length).',
    '  A growth factor on the previous gap (the old 1.5×) cannot promise that: the bound is on the time already',
    '  waited, so the gap may grow by at most that 10 % per check. Jitter only ever shortens a gap (by up to 5 %),',
    '  never lengthens one, and there is none at the floor, where no gap may be shorter or longer.',
    '- A percentage is used only to check SOONER than that: at the end its rate predicts (1 % later, to land after',
    '  it), never under the floor, and only from a reply in which it moved. Progress that stops moving is ignored',
    '  until it moves again.',
    `- The last check is made at the deadline, never a give-up before it; the checks before it are placed so that it`,
    `  keeps the floor (a late timer may move it up to ${formatDuration(LAST_CHECK_OVERRUN_MS)} later), and its reply gets ${formatDuration(LAST_CHECK_GRACE_MS)} of grace, which the`,
    '  HTTP client sees through the deadline they share. The resume step is printed once.',
    '- A Retry-After on a status reply is honoured; a heartbeat line appears after 25 s without one.',
    '',
    `**Reading the tables.** Each row is one job on the Kore.ai sandbox, with the client on the same virtual clock; every`,
    `check is a real HTTP request, counted by the sandbox. "Noticed the end after": from the job's end to the reply that`,
    `says so. Progress: *steady* climbs evenly, *none* reports no percentage, *stall* climbs to ${options.stall.percent} % by`,
    `${options.stall.after * 100} % of the job and stays there. The fixed poller checks every ${every} from the start.`,
    `Shortest gap between two checks over the sweep: ${seconds(Math.min(...gaps))} (floor ${formatDuration(floorMs)}); most checks of one job in any`,
    `minute: ${busiestMinute} (Kore.ai allows ${limits[0]?.requests ?? '—'}).`,
    '',
  ]
  const missed = rows.filter((row) => {
    const t = targets(row, options)
    return !t.late || t.polls === false
  })
  if (missed.length === 0) return [...lines, 'Every row meets its targets.'].join('\n')

  const lateMissed = missed.filter((row) => !targets(row, options).late)
  const pollsMissed = missed.filter((row) => targets(row, options).polls === false)
  lines.push('**Where a target is not met, and why.**', '')
  if (lateMissed.length > 0) {
    lines.push(`- Noticed later than max(floor, 10 %): ${lateMissed.map((row) => `${formatDuration(row.lengthMs)} (${row.progress})`).join(', ')}. This breaks the rule; it is a bug.`)
  }
  if (pollsMissed.length > 0) {
    const floorPhase = floorMs / GAP_FRACTION
    const needed = (d: number) => (d <= floorPhase ? Math.ceil(d / floorMs) : Math.round(floorPhase / floorMs + Math.log(d / floorPhase) / Math.log(1 + GAP_FRACTION)))
    const figures = pollsMissed.map((row) => `${formatDuration(row.lengthMs)}: ${row.ours.polls} against ${row.fixed.polls}`).join('; ')
    const steady = rows.filter((row) => row.progress === 'steady')
    const crossover = steady.find((_, i) => steady.slice(i).every((later) => targets(later, options).polls))?.lengthMs
    const fixedLate = pollsMissed.filter((row) => row.fixed.lateMs > Math.max(floorMs, 0.1 * row.lengthMs))
    lines.push(
      `- With steady progress, more checks than the fixed ${every} poller (${figures}). This follows from the rule and`,
      '  cannot be tuned away while both of its promises hold. A job may end at any moment; to notice every end within',
      `  max(floor, 10 %), the gap after a check made t into the wait may not exceed max(${formatDuration(floorMs)}, 10 % of t). Up to`,
      `  ${formatDuration(floorPhase)} that is ${formatDuration(floorMs)}, and after it each check comes at most 10 % later, so a job of length D is seen running by`,
      `  about ${formatDuration(floorPhase)} / ${formatDuration(floorMs)} + ln(D / ${formatDuration(floorPhase)}) / ln 1.1 checks (${needed(30_000)} at 30s, ${needed(60_000)} at 1m, ${needed(180_000)} at 3m),`,
      `  against D / ${every} for the fixed poller (${[30_000, 60_000, 180_000].map((d) => Math.ceil(d / options.fixedEveryMs)).join(', ')}). Progress could cut those checks only by being trusted to`,
      '  check LATER than this schedule; the rule lets it check only sooner, because a percentage can be wrong (one',
      '  parked at 95 %, one that ends ahead of its percentage), and then a late check would break the lateness bound.',
      `  So with steady progress flowferry checks fewer times than the fixed poller ${crossover === undefined ? 'at no length of this sweep' : `from ${formatDuration(crossover)} on (every length of this sweep from there)`}.`,
      `  The shortest job is the extreme: the fixed poller sees a ${formatDuration(options.fixedEveryMs)} job in one check, exactly at its end; flowferry must`,
      `  check at ${formatDuration(floorMs)} and ${formatDuration(2 * floorMs)} first, since the job could as well have been 1 s long.`,
    )
    if (fixedLate.length > 0) {
      lines.push(
        `  The price on the other side: at these lengths the fixed poller misses the lateness bound itself — ${fixedLate
          .map((row) => `${formatDuration(row.lengthMs)}: ${seconds(row.fixed.lateMs)} late (${((row.fixed.lateMs / row.lengthMs) * 100).toFixed(0)} %)`)
          .join(', ')}.`,
      )
    }
  }
  return lines.join('\n')
}
