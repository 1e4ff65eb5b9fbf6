import { spawn } from 'node:child_process'
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ACTION_ENTRY } from '../__tests__/helpers/action.js'
import { median, percentile, table, type Section } from './report.js'

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

  const toFirstRequest: number[] = []
  const nodeAlone: number[] = []
  try {
    for (let i = 0; i < runs; i++) {
      const started = performance.now()
      const child = spawn(process.execPath, [ACTION_ENTRY], {
        cwd: workspace,
        env: {
          PATH: process.env.PATH,
          GITHUB_WORKSPACE: workspace,
          'INPUT_PLATFORM': 'koreai',
          'INPUT_OPERATION': 'export',
          'INPUT_BASE-URL': url,
          'INPUT_API-KEY': 'kg-bench-key-123',
          'INPUT_WORKFLOW-ID': 'a-1',
          'INPUT_UPLOAD-ARTIFACT': 'false',
        },
        stdio: 'ignore',
      })
      await new Promise<void>((resolve) => {
        firstRequest = () => {
          toFirstRequest.push(performance.now() - started)
          firstRequest = undefined
          resolve()
        }
      })
      child.kill()
      await new Promise((resolve) => child.once('close', resolve))

      const bare = performance.now()
      await new Promise((resolve) => spawn(process.execPath, ['-e', '']).once('close', resolve))
      nodeAlone.push(performance.now() - bare)
    }
  } finally {
    server.close()
    await rm(workspace, { recursive: true, force: true })
  }

  // Pair by pair: each flowferry run against the bare node run right after it, so a machine that
  // slows down or speeds up during the benchmark moves both sides of each ratio alike.
  const ratios = toFirstRequest.map((ms, i) => ms / nodeAlone[i]!)
  const dist = path.dirname(ACTION_ENTRY)
  const files = (await readdir(dist)).filter((name) => name.endsWith('.js'))
  const sizes = await Promise.all(files.map(async (name) => ({ name, bytes: (await stat(path.join(dist, name))).size })))
  const ms = (values: number[]) => `${median(values).toFixed(0)} ms (p90 ${percentile(values, 0.9).toFixed(0)} ms)`
  return {
    title: 'Start-up',
    body: [
      table(
        ['measure', 'flowferry', 'baseline'],
        [
          ['spawn → first request on the wire, median of ' + runs, ms(toFirstRequest), `\`node -e ""\` spawn → exit: ${ms(nodeAlone)}`],
          ['ratio, pair by pair: median (p90)', `${median(ratios).toFixed(2)}× (${percentile(ratios, 0.9).toFixed(2)}×)`, 'target: at most 2×'],
          ['flowferry\'s own share', `${(median(toFirstRequest) - median(nodeAlone)).toFixed(0)} ms`, ''],
        ],
      ),
      '',
      median(ratios) <= 2 ? `Target met: ${median(ratios).toFixed(2)}× \`node -e ""\` (at most 2×).` : `Target **not met**: ${median(ratios).toFixed(2)}× \`node -e ""\`, against at most 2×.`,
      '',
      table(
        ['dist/ file', 'bytes', 'loaded'],
        sizes
          .sort((a, b) => b.bytes - a.bytes)
          .map(({ name, bytes }) => [name, bytes.toLocaleString('en'), name === 'index.js' ? 'at start' : 'only when needed (dynamic import)']),
      ),
    ].join('\n'),
    figures: { startupMs: median(toFirstRequest), nodeMs: median(nodeAlone), ratio: median(ratios) },
  }
}
