import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ACTION_ENTRY } from '../__tests__/helpers/action.js'
import { writeKoreaiPackage } from '../__tests__/helpers/koreai.js'
import { runAction } from '../src/sandbox/github/runner.js'
import { type RateLimit } from '../src/sandbox/rate-limit.js'
import { startPlatformSandbox } from '../src/sandbox/server.js'
import { seconds, table, type Section } from './report.js'

const BUNDLES = 100
const LATENCY_MS = 200
const RATE_LIMIT: RateLimit = { requests: 100, windowSeconds: 1 }

/**
 * Batches: one step importing 100 Kore.ai bundles (a glob) into a sandbox whose jobs take 200 ms
 * and which allows 100 requests a second, against a sequential loop (concurrency 1) and the
 * ideal, ceil(100 / concurrency) × 200 ms. Every bundle must succeed: a 429 the client did not
 * absorb would fail one.
 */
export async function batchBench(): Promise<Section> {
  const workspace = await mkdtemp(path.join(tmpdir(), 'flowferry-batch-'))
  try {
    await mkdir(path.join(workspace, 'bundles'))
    for (let i = 0; i < BUNDLES; i++) {
      const name = `flow-${String(i).padStart(3, '0')}`
      await writeKoreaiPackage(path.join(workspace, 'bundles', `${name}.zip`), { flow: { nodes: [{ id: 'start' }] }, app: { name } })
    }
    const rows: string[][] = []
    const figures: Record<string, number> = {}
    for (const concurrency of [1, 4, 8, 16]) {
      const run = await importAll(workspace, concurrency)
      const ideal = Math.ceil(BUNDLES / concurrency) * LATENCY_MS
      // No client can send the batch's requests faster than the limit lets them through.
      const floor = Math.max(ideal, Math.ceil(run.requests / RATE_LIMIT.requests) * RATE_LIMIT.windowSeconds * 1000)
      rows.push([
        concurrency === 1 ? '1 (sequential loop)' : String(concurrency),
        `${run.succeeded}/${BUNDLES}`,
        seconds(run.wallMs),
        seconds(ideal),
        seconds(floor),
        `${(run.wallMs / floor).toFixed(2)}×`,
        String(run.requests),
        String(run.refused),
      ])
      figures[`wall-${concurrency}`] = run.wallMs
    }
    return {
      title: 'Batches',
      body: [
        table(['concurrency', 'succeeded', 'wall time', 'ideal ⌈100/c⌉ × 200 ms', 'ideal within the rate limit', 'wall / that', 'requests', '429s absorbed'], rows),
        '',
        `${BUNDLES} bundles in one step (\`path: bundles/*.zip\`), jobs of ${LATENCY_MS} ms, a limit of ${RATE_LIMIT.requests} requests per`,
        `${RATE_LIMIT.windowSeconds} s announced in RateLimit-* headers, \`poll-interval: 200ms\`. Each import is four requests before its`,
        'job starts (three uploads and the import) and at least one status poll, so the rate limit, not the job',
        'latency, bounds the larger concurrencies; the pacer spreads requests over the window instead of running',
        'into 429s, and the ones it meets are retried after Retry-After.',
      ].join('\n'),
      figures,
    }
  } finally {
    await rm(workspace, { recursive: true, force: true })
  }
}

async function importAll(workspace: string, concurrency: number) {
  const server = await startPlatformSandbox('koreai', { jobs: { durationMs: LATENCY_MS, outcome: 'success' }, rateLimit: RATE_LIMIT })
  try {
    const started = Date.now()
    const run = await runAction({
      entry: ACTION_ENTRY,
      workspace,
      killAfterMs: 600_000,
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
