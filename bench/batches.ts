import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ACTION_ENTRY } from '../__tests__/helpers/action.js'
import { writeKoreaiPackage } from '../__tests__/helpers/koreai.js'
import { runAction } from '../src/sandbox/github/runner.js'
import { type RateLimit } from '../src/sandbox/rate-limit.js'
import { startPlatformSandbox } from '../src/sandbox/server.js'
import { seconds, table, type Section } from './report.js'

const LATENCY_MS = 200
const RATE_LIMIT: RateLimit = { requests: 100, windowSeconds: 1 }
/** Requests one Kore.ai import cannot do without: three uploads, the import, one status check. */
const REQUESTS_PER_BUNDLE = 5
const CONCURRENCIES = [1, 4, 8, 16, 32]
/** action.yml's default `concurrency`: the row most users get. */
const DEFAULT_CONCURRENCY = 4
const FLOOR_TARGET = 1.2
const SPEEDUP_TARGET = 3.5

/**
 * Batches: one step importing `bundles` Kore.ai bundles (a glob) into a sandbox whose jobs take
 * 200 ms and which allows 100 requests a second. The floor is what no client could beat, from the
 * bundle count, the limit and the concurrency alone (`floorMs`). Every bundle must succeed: a 429
 * the client did not absorb would fail one.
 */
export async function batchBench(bundles = 100): Promise<Section> {
  const workspace = await mkdtemp(path.join(tmpdir(), 'flowferry-batch-'))
  try {
    await mkdir(path.join(workspace, 'bundles'))
    for (let i = 0; i < bundles; i++) {
      const name = `flow-${String(i).padStart(3, '0')}`
      await writeKoreaiPackage(path.join(workspace, 'bundles', `${name}.zip`), { flow: { nodes: [{ id: 'start' }] }, app: { name } })
    }
    const rows: string[][] = []
    const figures: Record<string, number> = {}
    let sequential = Number.NaN
    const verdicts: { concurrency: number; met: boolean; floorRatio: number; speedup: number }[] = []
    for (const concurrency of CONCURRENCIES) {
      const run = await importAll(workspace, concurrency)
      if (concurrency === 1) sequential = run.wallMs
      const { jobs, rate } = floorMs(bundles, concurrency)
      const floor = Math.max(jobs, rate)
      // The floor target applies where the rate limit binds (the jobs' chain is no longer);
      // the speed-up target to every concurrent row.
      const binds = rate >= jobs
      const floorRatio = run.wallMs / floor
      const speedup = sequential / run.wallMs
      const floorMet = !binds || floorRatio <= FLOOR_TARGET
      const speedupMet = concurrency === 1 || speedup >= SPEEDUP_TARGET
      if (concurrency > 1) verdicts.push({ concurrency, met: floorMet && speedupMet, floorRatio, speedup })
      rows.push([
        concurrency === 1 ? '1 (sequential loop)' : String(concurrency),
        `${run.succeeded}/${bundles}`,
        seconds(run.wallMs),
        seconds(floor),
        `${(run.wallMs / floor).toFixed(2)}×`,
        concurrency === 1 ? '1.00×' : `${(sequential / run.wallMs).toFixed(2)}×`,
        String(run.requests),
        String(run.refused),
        binds ? (floorMet ? 'yes' : '**no**') : '— (jobs bind)',
        concurrency === 1 ? '—' : speedupMet ? 'yes' : '**no**',
      ])
      figures[`wall-${concurrency}`] = run.wallMs
      figures[`floor-ratio-${concurrency}`] = run.wallMs / floor
      figures[`speedup-${concurrency}`] = sequential / run.wallMs
    }
    return {
      title: 'Batches',
      body: [
        table(['concurrency', 'succeeded', 'wall time', 'floor', 'wall / floor', 'sequential / wall', 'requests', '429s absorbed', `≤ ${FLOOR_TARGET}× floor`, `≥ ${SPEEDUP_TARGET}× sequential`], rows),
        '',
        `${bundles} bundles in one step (\`path: bundles/*.zip\`), jobs of ${LATENCY_MS} ms, a limit of ${RATE_LIMIT.requests} requests per`,
        `${RATE_LIMIT.windowSeconds} s window announced in RateLimit-* headers, \`poll-interval: 200ms\`. The floor is computed from the bundle count,`,
        `the limit and the concurrency, not from what flowferry sent. Each import needs ${REQUESTS_PER_BUNDLE} requests (three uploads, the import, one`,
        `status check ${LATENCY_MS} ms after the import at the earliest), so ${bundles} need ${bundles * REQUESTS_PER_BUNDLE}. Two bounds, the floor the larger:`,
        `with c bundles at a time, ⌈${bundles}/c⌉ jobs follow one another in a slot; and the window is a fixed one, so the last of the`,
        `⌈${bundles * REQUESTS_PER_BUNDLE}/${RATE_LIMIT.requests}⌉ windows opens ${RATE_LIMIT.windowSeconds} s × (windows − 1) after the first request at the earliest, and all but the c status checks`,
        `left over from before it belong to bundles imported inside it, whose jobs still run there, c at a time. The floor leaves`,
        `out the action's start and the round trips (each well under a millisecond over loopback), so it is slightly below what any`,
        `client could reach. Wall time is the action's process, spawn to exit.`,
        `Targets: at most ${FLOOR_TARGET}× the floor where the rate limit binds, at least ${SPEEDUP_TARGET}× faster than the sequential loop.`,
        verdictLine(verdicts),
      ].join('\n'),
      figures,
    }
  } finally {
    await rm(workspace, { recursive: true, force: true })
  }
}

/**
 * The two lower bounds on the platform's part of a batch, ms. `jobs`: a slot imports its
 * ⌈bundles / c⌉ bundles one after another, each a job of LATENCY_MS. `rate`: the sandbox's limit
 * is a fixed window (src/sandbox/rate-limit.ts): a window opens at the first request after the
 * previous one ended and passes `requests` of them. The batch's requests need
 * k = ⌈total / requests⌉ windows, so the last opens (k − 1) windows after the first request. The
 * requests in that window that need no job after it are the status checks of bundles imported
 * before it, one per slot; each of the others belongs to a bundle whose import is in the window
 * (its uploads come before its import), at most REQUESTS_PER_BUNDLE of them per bundle, and those
 * bundles' jobs follow, c at a time. Dividing the total by the limit instead (the rate as if it
 * were spread evenly) put the floor up to one window too late, which flattered every row where
 * the rate limit binds.
 */
export function floorMs(bundles: number, concurrency: number): { jobs: number; rate: number } {
  const jobs = Math.ceil(bundles / concurrency) * LATENCY_MS
  const total = bundles * REQUESTS_PER_BUNDLE
  const windows = Math.ceil(total / RATE_LIMIT.requests)
  const inLast = total - (windows - 1) * RATE_LIMIT.requests
  const importedInLast = Math.ceil(Math.max(0, inLast - concurrency) / REQUESTS_PER_BUNDLE)
  const rate = (windows - 1) * RATE_LIMIT.windowSeconds * 1000 + Math.ceil(importedInLast / concurrency) * LATENCY_MS
  return { jobs, rate }
}

/** Where the targets are met and where not, the default concurrency named: a verdict from the rows above. */
function verdictLine(verdicts: { concurrency: number; met: boolean; floorRatio: number; speedup: number }[]): string {
  const met = verdicts.filter((v) => v.met).map((v) => v.concurrency)
  const missed = verdicts.filter((v) => !v.met)
  const atDefault = verdicts.find((v) => v.concurrency === DEFAULT_CONCURRENCY)
  const parts = [met.length > 0 ? `Met at concurrency ${met.join(', ')}.` : 'Met at no concurrency.']
  if (missed.length > 0) parts.push(`Not met at ${missed.map((v) => `${v.concurrency} (${v.floorRatio.toFixed(2)}× the floor, ${v.speedup.toFixed(2)}× the sequential loop)`).join(', ')}.`)
  if (atDefault) parts.push(`The default (\`concurrency: ${DEFAULT_CONCURRENCY}\`) ${atDefault.met ? 'meets them' : 'does not meet them'}.`)
  return parts.join(' ')
}

async function importAll(workspace: string, concurrency: number) {
  const server = await startPlatformSandbox('koreai', { jobs: { durationMs: LATENCY_MS, outcome: 'success' }, rateLimit: RATE_LIMIT })
  try {
    const started = Date.now()
    const run = await runAction({
      entry: ACTION_ENTRY,
      workspace,
      killAfterMs: 900_000,
      inputs: {
        platform: 'koreai',
        operation: 'import',
        'base-url': server.url,
        'api-key': server.app.inputs['api-key']!,
        path: 'bundles/*.zip',
        concurrency: String(concurrency),
        'poll-interval': '200ms',
      },
    })
    const wallMs = Date.now() - started
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
