import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ACTION_ENTRY } from '../__tests__/helpers/action.js'
import { writeKoreaiPackage } from '../__tests__/helpers/koreai.js'
import { formatDuration } from '../src/core/duration.js'
import { runAction } from '../src/sandbox/github/runner.js'
import { startPlatformSandbox } from '../src/sandbox/server.js'
import { FLOOR_TARGET, RATE_LIMIT, REQUESTS_PER_BUNDLE, SPEEDUP_TARGET, sequentialLine, sweepPoints, targetsOf, type BatchPoint, type PointTargets } from './batch-floor.js'
import { seconds, table, type Section } from './report.js'

/** action.yml's default `concurrency`: the rows most users get. */
const DEFAULT_CONCURRENCY = 4
const POLL_INTERVAL = '200ms'

export interface BatchOptions {
  /** Bundles one step imports, per point. */
  counts: number[]
  /** How long each platform job takes, ms. */
  jobLengths: number[]
  concurrencies: number[]
  /** Points whose floor is longer are left out (and named): the sweep must end in minutes. */
  maxFloorMs: number
}

/**
 * The range a user meets: a handful of bundles to a few hundred, quick jobs and slow ones, at the
 * default concurrency and a higher one. Points past 60 s of floor are left out by default: 100
 * bundles of 2 s jobs at the default concurrency (50 s) is a batch users run, and is measured; 300
 * of them, 4 at a time, would be 150 s of waiting for what the 100-bundle row already shows.
 */
export const defaultBatchOptions: BatchOptions = { counts: [10, 100, 300], jobLengths: [200, 2_000], concurrencies: [DEFAULT_CONCURRENCY, 16], maxFloorMs: 60_000 }

interface Row {
  point: BatchPoint
  wallMs: number
  sequentialMs: number
  succeeded: number
  requests: number
  refused: number
}

/**
 * Batches: one step importing N Kore.ai packages (a glob) into a sandbox whose jobs take a set
 * time and which allows 100 requests a second, over a sweep of N, job lengths and concurrencies.
 * Every point is held to its floor (batch-floor.ts), computed from the bundle count, the limit, the
 * job length and the concurrency alone, and to the sequential loop at the same N and job length.
 */
export async function batchBench(options: BatchOptions = defaultBatchOptions): Promise<Section> {
  const workspace = await mkdtemp(path.join(tmpdir(), 'flowferry-batch-'))
  const dirs = new Map<number, string>()
  /** A directory of `count` packages, made once per count. */
  const bundlesOf = async (count: number) => {
    const existing = dirs.get(count)
    if (existing) return existing
    const dir = `bundles-${count}`
    await mkdir(path.join(workspace, dir))
    for (let i = 0; i < count; i++) {
      const name = `flow-${String(i).padStart(4, '0')}`
      await writeKoreaiPackage(path.join(workspace, dir, `${name}.zip`), { flow: { nodes: [{ id: 'start' }] }, app: { name } })
    }
    dirs.set(count, dir)
    return dir
  }
  try {
    const { points, left } = sweepPoints(options.counts, options.jobLengths, options.concurrencies, options.maxFloorMs)
    const lines = new Map<number, ReturnType<typeof sequentialLine>>()
    const sequentialRows: string[][] = []
    for (const jobMs of new Set(points.map((p) => p.jobMs))) {
      // Two runs one bundle at a time, far enough apart for a steady slope: about 4 s of jobs.
      const small = 2
      const large = small + Math.min(20, Math.max(3, Math.round(4_000 / jobMs)))
      const a = await importAll(workspace, await bundlesOf(small), 1, jobMs)
      const b = await importAll(workspace, await bundlesOf(large), 1, jobMs)
      const line = sequentialLine({ bundles: small, ms: a.wallMs }, { bundles: large, ms: b.wallMs })
      lines.set(jobMs, line)
      sequentialRows.push([formatDuration(jobMs), `${seconds(a.wallMs)} (${small})`, `${seconds(b.wallMs)} (${large})`, `${line.perBundleMs.toFixed(0)} ms`, `${line.startMs.toFixed(0)} ms`])
    }
    const rows: Row[] = []
    for (const point of points) {
      const run = await importAll(workspace, await bundlesOf(point.bundles), point.concurrency, point.jobMs)
      rows.push({ point, ...run, sequentialMs: lines.get(point.jobMs)!.at(point.bundles) })
    }
    return report(rows, sequentialRows, left)
  } finally {
    await rm(workspace, { recursive: true, force: true })
  }
}

/** A measured point with its targets and its two ratios, worked out once for the table and the verdict. */
type Assessed = Row & { targets: PointTargets; floorRatio: number; speedup: number }

function report(measured: Row[], sequentialRows: string[][], left: BatchPoint[]): Section {
  const figures: Record<string, number> = {}
  const rows: Assessed[] = measured.map((row) => {
    const targets = targetsOf(row.point)
    return { ...row, targets, floorRatio: row.wallMs / targets.floor, speedup: row.sequentialMs / row.wallMs }
  })
  const cells = rows.map(({ point, wallMs, sequentialMs, succeeded, requests, refused, targets, floorRatio, speedup }) => {
    const key = `${point.bundles}-${point.jobMs}-${point.concurrency}`
    figures[`wall-${key}`] = wallMs
    figures[`floor-ratio-${key}`] = floorRatio
    figures[`speedup-${key}`] = speedup
    return [
      String(point.bundles),
      formatDuration(point.jobMs),
      point.concurrency === DEFAULT_CONCURRENCY ? `${point.concurrency} (default)` : String(point.concurrency),
      `${succeeded}/${point.bundles}`,
      seconds(wallMs),
      seconds(targets.floor),
      `${floorRatio.toFixed(2)}×`,
      seconds(sequentialMs),
      `${speedup.toFixed(2)}×`,
      `${requests} (${refused})`,
      floorVerdict(point, targets, floorRatio),
      targets.possibleSpeedup >= SPEEDUP_TARGET ? (speedup >= SPEEDUP_TARGET ? 'yes' : '**no**') : `— (${targets.possibleSpeedup.toFixed(2)}× at most)`,
    ]
  })
  const body = [
    table(['bundles', 'job', 'concurrency', 'succeeded', 'wall time', 'floor', 'wall / floor', 'sequential loop (fitted line)', 'sequential / wall', 'requests (429s)', `≤ ${FLOOR_TARGET}× floor`, `≥ ${SPEEDUP_TARGET}× sequential`], cells),
    '',
    table(['job', 'sequential loop, few bundles', 'more bundles', 'per bundle', 'start-up and end'], sequentialRows),
    '',
    `Each point is one step importing that many Kore.ai packages (\`path: bundles-N/*.zip\`) into a sandbox whose jobs take the`,
    `time shown and which allows ${RATE_LIMIT.requests} requests per ${RATE_LIMIT.windowSeconds} s window (announced in RateLimit-* headers), \`poll-interval: ${POLL_INTERVAL}\`.`,
    `The floor is computed from the bundle count, the limit, the job length and the concurrency, not from what flowferry sent.`,
    `Each import needs ${REQUESTS_PER_BUNDLE} requests (three uploads, the import, one status check a job's length after the import at the earliest).`,
    `Two bounds, the floor the larger: with c bundles at a time, ⌈N/c⌉ jobs follow one another in a slot; and the window is a fixed`,
    `one, so the last of the ⌈5N/${RATE_LIMIT.requests}⌉ windows opens ${RATE_LIMIT.windowSeconds} s × (windows − 1) after the first request at the earliest, and all but the c status`,
    `checks left over from before it belong to bundles imported inside it, whose jobs still run there, c at a time. The floor leaves`,
    `out the action's start and the round trips, so it is below what any client could reach. Wall time is the action's process,`,
    `spawn to exit. The sequential loop (concurrency 1) is measured for each job length with a few bundles and with more: it takes`,
    `them one after another, so its time is a start-up plus a time per bundle, and the line through the two runs gives it at each N.`,
    `Targets: at most ${FLOOR_TARGET}× the floor where the rate limit binds (more than one window, and the windows at least as long as`,
    `the jobs' chain: elsewhere the floor is a chain of jobs and the start-up is most of what lies above it); at least ${SPEEDUP_TARGET}×`,
    `the sequential loop where the floors allow it (⌈N/c⌉ rounds of jobs can be no faster than N/⌈N/c⌉ times one).`,
    ...(left.length > 0 ? [`Left out, their floor past the sweep's limit (\`--max-floor\`): ${left.map((p) => `${p.bundles} bundles of ${formatDuration(p.jobMs)} jobs at ${p.concurrency}`).join('; ')}.`] : []),
    verdictLine(rows),
  ]
  return { title: 'Batches', body: body.join('\n'), figures }
}

function floorVerdict(point: BatchPoint, targets: PointTargets, ratio: number): string {
  if (point.bundles * REQUESTS_PER_BUNDLE <= RATE_LIMIT.requests) return '— (one window)'
  if (!targets.rateBinds) return '— (jobs bind)'
  return ratio <= FLOOR_TARGET ? 'yes' : '**no**'
}

/** Over the whole sweep, per concurrency, the default's first: where each target applies, met or not. */
function verdictLine(rows: Assessed[]): string {
  const name = (row: Assessed) => `${row.point.bundles} × ${formatDuration(row.point.jobMs)}`
  const concurrencies = [...new Set(rows.map((row) => row.point.concurrency))].sort((a, b) => (a === DEFAULT_CONCURRENCY ? -1 : b === DEFAULT_CONCURRENCY ? 1 : a - b))
  return concurrencies
    .map((concurrency) => {
      const own = rows.filter((row) => row.point.concurrency === concurrency)
      const floorRows = own.filter((row) => row.targets.rateBinds)
      const floorMissed = floorRows.filter((row) => row.floorRatio > FLOOR_TARGET)
      const speedRows = own.filter((row) => row.targets.possibleSpeedup >= SPEEDUP_TARGET)
      const speedMissed = speedRows.filter((row) => row.speedup < SPEEDUP_TARGET)
      const lost = own.filter((row) => row.succeeded < row.point.bundles)
      const met = floorMissed.length === 0 && speedMissed.length === 0 && lost.length === 0
      const who = concurrency === DEFAULT_CONCURRENCY ? `The default (\`concurrency: ${concurrency}\`)` : `Concurrency ${concurrency}`
      const parts = [
        `${FLOOR_TARGET}× the floor at ${floorRows.length - floorMissed.length} of ${floorRows.length} points where the limit binds${floorMissed.length ? ` (not at ${floorMissed.map((row) => `${name(row)}: ${row.floorRatio.toFixed(2)}×`).join(', ')})` : ''}`,
        `${SPEEDUP_TARGET}× the sequential loop at ${speedRows.length - speedMissed.length} of ${speedRows.length} points where the floors allow it${speedMissed.length ? ` (not at ${speedMissed.map((row) => `${name(row)}: ${row.speedup.toFixed(2)}×`).join(', ')})` : ''}`,
      ]
      if (lost.length > 0) parts.push(`not every bundle succeeded at ${lost.map(name).join(', ')}`)
      // "0 of 0 points" is no pass: a sweep where no point is held to a target says so.
      const verdict = !met ? 'does not meet them over the sweep' : floorRows.length + speedRows.length === 0 ? 'is held to no target at these points' : 'meets every target that applies over the sweep'
      return `${who} ${verdict}: ${parts.join('; ')}.`
    })
    .join(' ')
}

async function importAll(workspace: string, dir: string, concurrency: number, jobMs: number) {
  const server = await startPlatformSandbox('koreai', { jobs: { durationMs: jobMs, outcome: 'success' }, rateLimit: RATE_LIMIT })
  try {
    const started = performance.now()
    const run = await runAction({
      entry: ACTION_ENTRY,
      workspace,
      killAfterMs: 900_000,
      inputs: {
        platform: 'koreai',
        operation: 'import',
        'base-url': server.url,
        'api-key': server.app.inputs['api-key']!,
        path: `${dir}/*.zip`,
        concurrency: String(concurrency),
        'poll-interval': POLL_INTERVAL,
      },
    })
    const wallMs = performance.now() - started
    const results = JSON.parse(run.outputs.result ?? '[]') as { status: string }[]
    return {
      wallMs,
      succeeded: results.filter((r) => r.status === 'succeeded').length,
      requests: server.requests.length,
      refused: server.requests.filter((r) => r.status === 429).length,
    }
  } finally {
    await server.close()
  }
}
