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
 * bundle count and the limit alone: each bundle needs five requests, so the batch needs
 * bundles × 5 requests, which the limit lets through at 100 a second; and with c bundles at a time,
 * ⌈bundles / c⌉ jobs of 200 ms one after another. Every bundle must succeed: a 429 the client did
 * not absorb would fail one.
 */
export async function batchBench(bundles = 100): Promise<Section> {
  const workspace = await mkdtemp(path.join(tmpdir(), 'flowferry-batch-'))
  try {
    await mkdir(path.join(workspace, 'bundles'))
    for (let i = 0; i < bundles; i++) {
      const name = `flow-${String(i).padStart(3, '0')}`
      await writeKoreaiPackage(path.join(workspace, 'bundles', `${name}.zip`), { flow: { nodes: [{ id: 'start' }] }, app: { name } })
    }
    const rateFloor = ((bundles * REQUESTS_PER_BUNDLE) / RATE_LIMIT.requests) * RATE_LIMIT.windowSeconds * 1000
    const rows: string[][] = []
    const figures: Record<string, number> = {}
    let sequential = Number.NaN
    const verdicts: { concurrency: number; met: boolean; floorRatio: number; speedup: number }[] = []
    for (const concurrency of CONCURRENCIES) {
      const run = await importAll(workspace, concurrency)
      if (concurrency === 1) sequential = run.wallMs
      const jobs = Math.ceil(bundles / concurrency) * LATENCY_MS
      const floor = Math.max(jobs, rateFloor)
      // The floor target applies where the rate limit binds (the jobs' chain is no longer);
      // the speed-up target to every concurrent row.
      const binds = rateFloor >= jobs
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
        `${RATE_LIMIT.windowSeconds} s announced in RateLimit-* headers, \`poll-interval: 200ms\`. The floor is computed from the bundle count`,
        `and the limit, not from what flowferry sent: each import needs ${REQUESTS_PER_BUNDLE} requests (three uploads, the import, one status`,
        `check), so ${bundles} need ${bundles * REQUESTS_PER_BUNDLE}, which the limit passes in ${seconds(rateFloor)}; with c bundles at a time, ⌈${bundles}/c⌉ jobs of`,
        `${LATENCY_MS} ms also follow one another. The floor is the larger of the two. Wall time is the action's process, spawn to exit.`,
        `Targets: at most ${FLOOR_TARGET}× the floor where the rate limit binds, at least ${SPEEDUP_TARGET}× faster than the sequential loop.`,
        verdictLine(verdicts),
      ].join('\n'),
      figures,
    }
  } finally {
    await rm(workspace, { recursive: true, force: true })
  }
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
