import { spawn } from 'node:child_process'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * Runs the action's bundle the way a GitHub runner does: `node dist/index.js` with each input as
 * an `INPUT_<NAME>` variable and the outputs and job summary written to the files named by
 * `GITHUB_OUTPUT` and `GITHUB_STEP_SUMMARY`
 * (https://docs.github.com/en/actions/using-workflows/workflow-commands-for-github-actions). The
 * demo (`flowferry demo`) runs the action through this, and so do the end-to-end tests, the
 * fault matrix and the benchmarks, so that they test what users run.
 */
export interface ActionRunOptions {
  /** Path to dist/index.js. */
  entry: string
  inputs: Record<string, string>
  /** The job's workspace; relative paths in inputs resolve against it. */
  workspace: string
  env?: Record<string, string>
  /** Kill the process after this long (a hung action is a failed step, not a hung demo or suite). */
  killAfterMs?: number
}

export interface ActionRun {
  exitCode: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  durationMs: number
}

export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const runnerDir = path.join(options.workspace, '.runner')
  await mkdir(runnerDir, { recursive: true })
  const stamp = `${Date.now()}-${Math.random().toString(16).slice(2)}`
  const outputFile = path.join(runnerDir, `output-${stamp}`)
  const summaryFile = path.join(runnerDir, `summary-${stamp}`)
  await writeFile(outputFile, '')
  await writeFile(summaryFile, '')

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: runnerDir,
    ...options.env,
  }
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value

  const started = Date.now()
  const child = spawn(process.execPath, [options.entry], { cwd: options.workspace, env })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  const timer = options.killAfterMs ? setTimeout(() => child.kill('SIGKILL'), options.killAfterMs) : undefined
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)))
  if (timer) clearTimeout(timer)

  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputFile(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
    durationMs: Date.now() - started,
  }
}

/** The runner's file format: `name<<DELIMITER`, the value's lines, `DELIMITER`. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i]!)
    if (match) {
      const [, name, delimiter] = match
      const value: string[] = []
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!)
      outputs[name!] = value.join('\n')
    } else if (lines[i]!.includes('=')) {
      const at = lines[i]!.indexOf('=')
      outputs[lines[i]!.slice(0, at)] = lines[i]!.slice(at + 1)
    }
  }
  return outputs
}
