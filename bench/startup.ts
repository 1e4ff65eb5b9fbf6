import { spawn } from 'node:child_process'
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ACTION_ENTRY } from '../__tests__/helpers/action.js'
import { writeKoreaiBundle, writeKoreaiPackage } from '../__tests__/helpers/koreai.js'
import { median, percentile, table, type Section } from './report.js'

/** One way a run starts: its platform and operation, and the inputs a runner would pass for it. */
interface StartCase {
  label: string
  inputs: Record<string, string>
}

/**
 * Each platform's export (their first request differs: an export call, a token, a signed call, a
 * folder listing), a Kore.ai `wait` (a status poll) and a Kore.ai import (a package read, unpacked
 * and checked, then its first upload). The loopback server answers
 * every first request with 503, and the process is stopped there.
 */
/** What the import cases read: a Kore.ai export package and a flowferry bundle, of a small flow as most are. */
const IMPORTED = 'flow.zip'
const BUNDLE = 'bundle'

const CASES: StartCase[] = [
  { label: 'Kore.ai export', inputs: { platform: 'koreai', operation: 'export', 'api-key': 'kg-bench-key-123', 'workflow-id': 'a-1' } },
  { label: 'Kore.ai wait', inputs: { platform: 'koreai', operation: 'wait', 'api-key': 'kg-bench-key-123', 'job-id': 'ds-1' } },
  { label: 'Zuora export', inputs: { platform: 'zuora', operation: 'export', 'client-id': 'bench-client', 'client-secret': 'bench-secret-123', 'workflow-id': '1' } },
  {
    label: 'SecMaster export',
    inputs: { platform: 'secmaster', operation: 'export', 'project-id': 'p1', 'workspace-id': 'w1', 'access-key-id': 'HPUABENCHKEY1234', 'secret-access-key': 'bench-secret-key-123', 'workflow-id': 'wf-1' },
  },
  { label: 'Leapwork export', inputs: { platform: 'leapwork', operation: 'export', 'api-key': 'bench-leapwork-key', 'workflow-id': 'f-1' } },
  // An import reads and checks its bundle before its first request (an upload): a package is
  // unpacked; a bundle's manifest is checked against its schema and every file's checksum verified.
  { label: 'Kore.ai import (package)', inputs: { platform: 'koreai', operation: 'import', 'api-key': 'kg-bench-key-123', path: IMPORTED } },
  { label: 'Kore.ai import (bundle)', inputs: { platform: 'koreai', operation: 'import', 'api-key': 'kg-bench-key-123', path: BUNDLE } },
]

/**
 * Start-up: from spawning `node dist/index.js` (inputs as INPUT_* variables, as a runner does)
 * to its first request arriving at a loopback server — everything flowferry does before it
 * talks to the platform — against spawning `node -e ""` until it exits.
 */
export async function startupBench(runs = 21): Promise<Section> {
  let firstRequest: (() => void) | undefined
  const server = createServer((req, res) => {
    firstRequest?.()
    req.resume()
    res.writeHead(503).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const workspace = await mkdtemp(path.join(tmpdir(), 'flowferry-bench-'))
  await writeKoreaiPackage(path.join(workspace, IMPORTED), { flow: { nodes: [{ id: 'start' }] }, app: { name: 'Start-up' } })
  await writeKoreaiBundle(path.join(workspace, BUNDLE), { flow: { nodes: [{ id: 'start' }] }, app: { name: 'Start-up' } })

  const times = CASES.map(() => ({ toFirstRequest: [] as number[], nodeAlone: [] as number[] }))
  try {
    for (let i = 0; i < runs; i++) {
      for (const [index, start] of CASES.entries()) {
        const started = performance.now()
        const inputs = { ...start.inputs, 'base-url': url, 'upload-artifact': 'false' }
        const child = spawn(process.execPath, [ACTION_ENTRY], {
          cwd: workspace,
          env: {
            PATH: process.env.PATH,
            GITHUB_WORKSPACE: workspace,
            ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
          },
          stdio: 'ignore',
        })
        await new Promise<void>((resolve) => {
          firstRequest = () => {
            times[index]!.toFirstRequest.push(performance.now() - started)
            firstRequest = undefined
            resolve()
          }
        })
        child.kill()
        await new Promise((resolve) => child.once('close', resolve))

        const bare = performance.now()
        await new Promise((resolve) => spawn(process.execPath, ['-e', '']).once('close', resolve))
        times[index]!.nodeAlone.push(performance.now() - bare)
      }
    }
  } finally {
    server.close()
    await rm(workspace, { recursive: true, force: true })
  }

  // Pair by pair: each flowferry run against the bare node run right after it, so a machine that
  // slows down or speeds up during the benchmark moves both sides of each ratio alike.
  const ratiosOf = ({ toFirstRequest, nodeAlone }: (typeof times)[number]) => toFirstRequest.map((ms, i) => ms / nodeAlone[i]!)
  const medians = times.map((time) => median(ratiosOf(time)))
  const worst = Math.max(...medians)
  const dist = path.dirname(ACTION_ENTRY)
  const files = (await readdir(dist)).filter((name) => name.endsWith('.js'))
  const sizes = await Promise.all(files.map(async (name) => ({ name, bytes: (await stat(path.join(dist, name))).size })))
  const ms = (values: number[]) => `${median(values).toFixed(0)} ms (p90 ${percentile(values, 0.9).toFixed(0)} ms)`
  return {
    title: 'Start-up',
    body: [
      `Spawn → first request on the wire, median of ${runs} runs of each, every run beside a bare \`node -e ""\` run (spawn → exit) right after it; the ratio is taken pair by pair.`,
      '',
      table(
        ['run', 'spawn → first request', '`node -e ""`', "flowferry's own share", 'ratio: median (p90)', 'at most 2×'],
        CASES.map(({ label }, index) => {
          const time = times[index]!
          const each = ratiosOf(time)
          const share = `${(median(time.toFirstRequest) - median(time.nodeAlone)).toFixed(0)} ms`
          return [label, ms(time.toFirstRequest), ms(time.nodeAlone), share, `${medians[index]!.toFixed(2)}× (${percentile(each, 0.9).toFixed(2)}×)`, medians[index]! <= 2 ? 'yes' : '**no**']
        }),
      ),
      '',
      'An import reaches its first request (the first upload) only after reading and checking its bundle: a package is ' +
        'unpacked (its zip reader, inflation, SHA-256); a bundle\'s manifest is checked against its schema (zod, loaded then) ' +
        'and every file\'s checksum verified; then the platform\'s rules and the placeholders. An export or a wait needs only ' +
        'the platform\'s client before its first request.',
      '',
      worst <= 2
        ? `Target met by every run: at most ${worst.toFixed(2)}× \`node -e ""\` (target: at most 2×).`
        : `Target **not met**: ${medians.filter((ratio) => ratio > 2).length} of ${CASES.length} runs over 2×, the slowest ${worst.toFixed(2)}× \`node -e ""\`.`,
      '',
      table(
        ['dist/ file', 'bytes', 'loaded'],
        sizes
          .sort((a, b) => b.bytes - a.bytes)
          .map(({ name, bytes }) => [name, bytes.toLocaleString('en'), name === 'index.js' ? 'at start' : 'only when needed (dynamic import)']),
      ),
    ].join('\n'),
    figures: Object.fromEntries(CASES.map(({ label }, index) => [label, medians[index]!])),
  }
}
