import { formatDuration } from '../src/core/duration.js'
import { GAP_FRACTION, MAX_GAP_MS, pollFloor } from '../src/core/poll-schedule.js'
import { RATE_TOLERANCE, STEADY_MIN_RISE } from '../src/core/progress-watch.js'
import { LAST_CHECK_GRACE_MS, LAST_CHECK_OVERRUN_MS } from '../src/core/wait.js'
import { koreai } from '../src/platforms/koreai/facts.js'
import { seconds, table } from './report.js'

const THREE_MINUTES = 180_000
/**
 * How the sandbox job reports progress: steadily, not at all, climbing to the `--stall` percentage
 * and parked there, or steadily but ending at `AHEAD_PERCENT` (the job runs ahead of its percentage).
 */
export type ProgressKind = 'steady' | 'none' | 'stall' | 'ahead'
export const PROGRESS_KINDS: readonly ProgressKind[] = ['steady', 'none', 'stall', 'ahead']
/** Where an `ahead` job ends: its percentage predicts twice its length. */
export const AHEAD_PERCENT = 50

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

/**
 * The fewest checks that can notice a steady job of this length on the sandbox: the check at
 * poll-interval, a second reading (Kore.ai's starting reply carries no percentage, and one reading
 * is not yet steady), then the check that sees the end.
 */
export function leastChecks(lengthMs: number, options: WaitingOptions): number {
  return lengthMs <= options.pollIntervalMs ? 1 : lengthMs <= options.pollIntervalMs + floorOf(options) ? 2 : 3
}

export interface Targets {
  late: boolean
  lateTarget: string
  /** Undefined where no check-count target applies. */
  polls: boolean | undefined
  pollsTarget: string
}

/** The lateness bound and, where one applies, the check-count target of a row. */
export function targets(row: WaitingRow, options: WaitingOptions): Targets {
  const bound = Math.max(floorOf(options), GAP_FRACTION * row.lengthMs)
  const predictedEnd = (100 / AHEAD_PERCENT) * row.lengthMs
  const late =
    row.progress === 'ahead'
      ? row.lengthMs + row.ours.lateMs <= Math.max(row.lengthMs + bound, predictedEnd * (1 + GAP_FRACTION))
      : row.ours.lateMs <= bound
  const lateTarget = row.progress === 'ahead' ? '10 % after its predicted end' : 'max(floor, 10 %)'
  if (row.progress === 'steady') {
    const least = leastChecks(row.lengthMs, options)
    if (row.fixed.polls <= least) return { late, lateTarget, polls: undefined, pollsTarget: `fewer: impossible (${least} at least)` }
    return { late, lateTarget, polls: row.ours.polls < row.fixed.polls, pollsTarget: 'fewer' }
  }
  if (row.lengthMs >= THREE_MINUTES) return { late, lateTarget, polls: row.ours.polls <= row.fixed.polls, pollsTarget: 'no more' }
  return { late, lateTarget, polls: undefined, pollsTarget: '—' }
}

export function sweepTable(rows: WaitingRow[], options: WaitingOptions): string {
  const share = (ms: number, of: number) => `${seconds(ms)} (${((ms / of) * 100).toFixed(1)} %)`
  const fixed = `fixed ${formatDuration(options.fixedEveryMs)} poller`
  const yes = (ok: boolean) => (ok ? 'yes' : '**no**')
  return table(
    ['job length', 'progress', 'flowferry noticed the end after', 'checks', `${fixed}: noticed after`, 'checks', 'checks, flowferry / fixed', 'lateness target', 'check-count target'],
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
        `${t.lateTarget}: ${yes(t.late)}`,
        t.polls === undefined ? t.pollsTarget : `${t.pollsTarget}: ${yes(t.polls)}`,
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
 * The text under the waiting tables: the rule, what it guarantees, where the fixed poller cannot be
 * beaten, and every point where a target is not met, all computed from the same rows, so nothing
 * is left out.
 */
export function waitingProse(rows: WaitingRow[], options: WaitingOptions, floorMs: number): string {
  const limits = koreai.pollLimits ?? []
  const every = formatDuration(options.fixedEveryMs)
  const gaps = rows.flatMap((row) => row.ours.times.slice(1).map((t, i) => t - row.ours.times[i]!))
  const busiestMinute = Math.max(...rows.map((row) => Math.max(...row.ours.times.map((t) => row.ours.times.filter((u) => u >= t && u < t + 60_000).length))))
  const of = (kind: ProgressKind) => rows.filter((row) => row.progress === kind)
  const pct = (ms: number, length: number) => `${((ms / length) * 100).toFixed(0)} %`
  const lines = [
    '**The rule** (`src/core/wait.ts`; the arithmetic in `src/core/poll-schedule.ts` and `src/core/progress-watch.ts`):',
    '',
    `- Never two checks of a job closer than the floor: \`poll-interval\`, or the platform's published limit, whichever is`,
    `  longer. Kore.ai publishes ${limits.map((l) => `${l.requests} dock-status calls per ${formatDuration(l.perMs)}`).join(' and ')} per job`,
    `  ([Kore.ai community, "Understanding rate limits for Kore.ai public APIs"](${limits[0]?.source ?? ''}), written for its`,
    '  XO platform: AI for Process documents none): the shortest window spread evenly, 1 s, is a floor; the longer',
    '  ones are kept by counting. The first check after the call that started the job comes `poll-interval` after',
    '  it: a limit on checks says nothing about that call.',
    `- Without progress, the gap after a check is at most ${GAP_FRACTION * 100} % of the time waited so far (and at most ${formatDuration(MAX_GAP_MS)}), never under`,
    '  the floor. A job that ends just after a check is therefore noticed within max(floor, 10 % of its length).',
    '  Jitter only ever shortens a gap (by up to 5 %), never lengthens one, and there is none at the floor.',
    `- A percentage that is **steady** is trusted. Steady: on this reply it rose by ${STEADY_MIN_RISE} points or more since the previous`,
    "  reading, that reading came from a reply too (Kore.ai's starting reply carries no percentage, so two checks come",
    `  first), and the rate over that last interval agrees with the rate since the start within ${RATE_TOLERANCE * 100} %, beyond what`,
    '  whole-percent readings explain (a rise may be off by up to one point). The next check then comes at the end that rate',
    '  predicts (from half a point less than the reading, so that it lands just after the end, not just before), even when',
    '  that is later than the no-progress gap, but no later than 10 % (of the time waited) after the earliest end the',
    '  readings allow: the remaining points, less one, at the fastest constant rate that fits them. Never under the floor,',
    '  never past the check at the deadline. A check that finds the job still running at the predicted end re-estimates:',
    '  the next one comes at the no-progress gap or at a fresh steady estimate, whichever is sooner.',
    '- Progress that is not steady (it stalled, went backwards, changed rate sharply, rose by one point, or is a first',
    '  reading) only brings a check sooner, to the end it predicts; from that reply on, the no-progress gaps apply again.',
    `- The last check is made at the deadline, never a give-up before it; the checks before it are placed so that it`,
    `  keeps the floor (a late timer may move it up to ${formatDuration(LAST_CHECK_OVERRUN_MS)} later), and its reply gets ${formatDuration(LAST_CHECK_GRACE_MS)} of grace, which the`,
    '  HTTP client sees through the deadline they share. The resume step is printed once.',
    '- A Retry-After on a status reply is honoured; a heartbeat line appears after 25 s without one.',
    '',
    '**What is guaranteed** (`__tests__/wait-guarantees.test.ts` checks each over lengths from 1 s to 1 h):',
    '',
    '- Without progress, or with progress that stalls, goes backwards or slows down: every end is noticed within',
    `  max(floor, 10 % of the job), and a job of ${formatDuration(THREE_MINUTES)} or more gets no more checks than the fixed ${every} poller.`,
    '- With steady progress (a constant rate, read as whole percentages rounded down or to the nearest): the same',
    '  lateness bound, and fewer checks than the fixed poller wherever fewer is possible (below). In this sweep:',
    `  ${steadyFigures(of('steady'), of('none'))}.`,
    ...aheadLines(of('ahead'), pct),
    '',
    ...unbeatable(of('steady'), options, floorMs),
    '',
    `**Reading the tables.** Each row is one job on the Kore.ai sandbox, with the client on the same virtual clock; every`,
    `check is a real HTTP request, counted by the sandbox. "Noticed the end after": from the job's end to the reply that`,
    `says so. Progress: *steady* climbs evenly, *none* reports no percentage, *stall* climbs to ${options.stall.percent} % by`,
    `${options.stall.after * 100} % of the job and stays there, *ahead* climbs evenly but the job ends at ${AHEAD_PERCENT} %. The fixed poller checks`,
    `every ${every} from the start. Shortest gap between two checks over the sweep: ${seconds(Math.min(...gaps))} (floor ${formatDuration(floorMs)}); most checks`,
    `of one job in any minute: ${busiestMinute} (Kore.ai allows ${limits[0]?.requests ?? '—'}).`,
  ]
  const fixedLate = of('none').filter((row) => row.fixed.lateMs > Math.max(floorMs, GAP_FRACTION * row.lengthMs))
  if (fixedLate.length > 0) {
    lines.push(`The fixed poller itself misses the lateness bound: ${fixedLate.map((row) => `${formatDuration(row.lengthMs)}: ${seconds(row.fixed.lateMs)} late (${pct(row.fixed.lateMs, row.lengthMs)})`).join(', ')}.`)
  }
  lines.push('')
  const missed = rows.filter((row) => {
    const t = targets(row, options)
    return !t.late || t.polls === false
  })
  if (missed.length === 0) return [...lines, 'Every row meets its targets.'].join('\n')
  lines.push('**Where a target is not met.** This breaks the rule; it is a bug:', '')
  for (const row of missed) {
    const t = targets(row, options)
    const what = [!t.late ? `noticed ${seconds(row.ours.lateMs)} late (${t.lateTarget})` : '', t.polls === false ? `${row.ours.polls} checks against ${row.fixed.polls} (${t.pollsTarget})` : '']
    lines.push(`- ${formatDuration(row.lengthMs)}, ${row.progress}: ${what.filter(Boolean).join('; ')}.`)
  }
  return lines.join('\n')
}

/** Steady against no progress and the fixed poller, at a few lengths of the sweep. */
function steadyFigures(steady: WaitingRow[], none: WaitingRow[]): string {
  const picks = [steady.find((row) => row.lengthMs >= 60_000), steady.find((row) => row.lengthMs >= THREE_MINUTES), steady.at(-1)]
  return [...new Set(picks)]
    .filter((row): row is WaitingRow => row !== undefined)
    .map((row) => `${formatDuration(row.lengthMs)}: ${row.ours.polls} checks, against ${none.find((n) => n.lengthMs === row.lengthMs)?.ours.polls ?? '—'} without progress and ${row.fixed.polls} for the fixed poller`)
    .join(';\n  ')
}

/** The trade: what trusting a percentage costs when the job runs ahead of it. */
function aheadLines(ahead: WaitingRow[], pct: (ms: number, length: number) => string): string[] {
  if (ahead.length === 0) return []
  const worst = ahead.reduce((a, b) => (b.ours.lateMs / b.lengthMs > a.ours.lateMs / a.lengthMs ? b : a))
  return [
    '- Progress the job runs ahead of (it speeds up beyond every rate it has shown, or ends before its percentage',
    '  says: a job that fails part-way is one) is the one case where trust costs lateness. The job is noticed at the',
    '  end its percentage predicted, up to 10 % after it, however long before that it ended. Ending at ' + `${AHEAD_PERCENT} %, a job is`,
    `  noticed up to about its own length late (here ${formatDuration(worst.lengthMs)}: ${seconds(worst.ours.lateMs)}, ${pct(worst.ours.lateMs, worst.lengthMs)}). The trade is made because a steady`,
    "  percentage saves most checks, and every check is a request against the platform's rate limits (Kore.ai: 60 a",
    '  minute and 1,800 an hour per job), while a batch waits on many jobs at once; a percentage wrong in that direction',
    '  costs a later notice, never a wrong result. A job whose percentage stalls or slows instead is caught by the next',
    '  check, which then follows the no-progress schedule.',
  ]
}

/** Where flowferry cannot check fewer times than the fixed poller, with the figures. */
function unbeatable(steady: WaitingRow[], options: WaitingOptions, floorMs: number): string[] {
  const rows = steady.filter((row) => row.fixed.polls <= leastChecks(row.lengthMs, options))
  if (rows.length === 0) return []
  const every = formatDuration(options.fixedEveryMs)
  const first = formatDuration(options.pollIntervalMs)
  return [
    `**Where the fixed poller cannot be beaten.** A ${every} job: the fixed poller checks once, exactly at its end. flowferry`,
    `checks at ${first} (\`poll-interval\`: the job could as well have been 1 s long), then ${formatDuration(floorMs)} later for a second reading`,
    '(one reading is not yet steady), then at the end they predict: 3 checks. So no job the fixed poller sees in 3 checks',
    `or fewer, up to ${formatDuration(3 * options.fixedEveryMs)}, can be seen in fewer: ${rows.map((row) => `${formatDuration(row.lengthMs)}: ${row.ours.polls} against ${row.fixed.polls}`).join('; ')}.`,
    `A starting reply that carried a percentage would save the second reading: jobs up to ${formatDuration(2 * options.fixedEveryMs)} would then be the exceptions`,
    `(up to ${formatDuration(3 * options.fixedEveryMs)} with readings rounded to the nearest, where a first reading can leave the end uncertain by more than 10 %).`,
  ]
}
