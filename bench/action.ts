import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { ACTION_ENTRY } from '../__tests__/helpers/action.js'
import { parseOutputFile } from '../src/sandbox/github/runner.js'

export const MiB = 1024 * 1024
const TIME = '/usr/bin/time'

export interface TimedRun {
  ms: number
  /** Peak resident set of the action's process, bytes. */
  peakRss: number
  outputs: Record<string, string>
  stdout: string
}

/**
 * Runs `node dist/index.js` as a runner does (inputs as INPUT_* variables, outputs to
 * GITHUB_OUTPUT) and reports its wall time and peak RSS: GNU time's maximum resident set when
 * /usr/bin/time is there, as `/usr/bin/time -v` reports it, else VmHWM read from /proc while it
 * runs. `env` adds variables (the artifact service's, for an export with `upload-artifact` on).
 */
export async function timedAction(workspace: string, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<TimedRun> {
  const runner = path.join(workspace, '.runner')
  await mkdir(runner, { recursive: true })
  const outputFile = path.join(runner, `output-${process.hrtime.bigint()}`)
  await writeFile(outputFile, '')
  const childEnv: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: workspace, GITHUB_OUTPUT: outputFile, RUNNER_TEMP: runner, ...env }
  for (const [name, value] of Object.entries(inputs)) childEnv[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  const gnuTime = existsSync(TIME)
  const started = performance.now()
  const child = gnuTime
    ? spawn(TIME, ['-f', '%M', process.execPath, ACTION_ENTRY], { cwd: workspace, env: childEnv })
    : spawn(process.execPath, [ACTION_ENTRY], { cwd: workspace, env: childEnv })
  let hwm = 0
  const poll = gnuTime ? undefined : setInterval(() => (hwm = Math.max(hwm, vmHwm(child.pid))), 10)
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  const ms = performance.now() - started
  if (poll) clearInterval(poll)
  if (code !== 0) throw new Error(`${inputs.operation} of ${inputs.path ?? inputs['workflow-id']} failed (exit ${code}):\n${stdout.slice(-3000)}\n${stderr.slice(-1000)}`)
  const peakRss = gnuTime ? Number(stderr.trim().split('\n').at(-1)) * 1024 : hwm
  return { ms, peakRss, outputs: parseOutputFile(await readFile(outputFile, 'utf8')), stdout }
}

/** VmHWM (peak resident set) of a running process, bytes; 0 once it is gone. */
function vmHwm(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024
  } catch {
    return 0
  }
}

/** curl moving the same bytes: its wall time, ms. `output` is where it writes the reply's body. */
export function curl(args: string[], output = '/dev/null'): Promise<number> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const child = spawn('curl', ['-sS', '--fail', '-o', output, ...args], { stdio: ['ignore', 'ignore', 'inherit'] })
    child.on('close', (code) => (code === 0 ? resolve(performance.now() - started) : reject(new Error(`curl exited ${code}`))))
  })
}

export function mb(bytes: number): string {
  return bytes >= 1024 * MiB ? `${(bytes / 1024 / MiB).toFixed(bytes % (1024 * MiB) === 0 ? 0 : 1)} GiB` : `${(bytes / MiB).toFixed(bytes < MiB ? 2 : bytes % MiB === 0 ? 0 : 1)} MiB`
}

export function ratio(value: number, baseline: number): string {
  return `${(value / baseline).toFixed(2)}×`
}
