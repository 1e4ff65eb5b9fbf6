import { spawn } from 'node:child_process'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parse } from 'yaml'
import { parseOutputFile } from '../../src/sandbox/github/runner.js'
import { condition, interpolate, type Functions, type Value } from './expressions.js'

/**
 * Runs one job of a workflow file the way a runner does, so that the reusable workflows' own
 * scripts are executed in tests, not only linted: each step's `if:` and `${{ }}` expressions
 * evaluated (expressions.ts), `run:` scripts given to bash with the shell the runner would use
 * and the files it provides (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STEP_SUMMARY, GITHUB_PATH), and
 * `uses:` steps handed to the test, which says what the action does (runs flowferry's bundle,
 * copies an artifact, or nothing for a checkout).
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax
 */
export interface WorkflowStep {
  id?: string
  name?: string
  if?: string | boolean
  uses?: string
  run?: string
  shell?: string
  with?: Record<string, unknown>
  env?: Record<string, unknown>
  'continue-on-error'?: boolean | string
  'working-directory'?: string
}

interface WorkflowJob {
  if?: string | boolean
  needs?: string | string[]
  env?: Record<string, unknown>
  defaults?: { run?: { shell?: string } }
  outputs?: Record<string, string>
  steps?: WorkflowStep[]
}

interface WorkflowFile {
  env?: Record<string, unknown>
  defaults?: { run?: { shell?: string } }
  jobs: Record<string, WorkflowJob>
}

export interface StepRun {
  step: WorkflowStep
  outcome: 'success' | 'failure' | 'skipped'
  outputs: Record<string, string>
  stdout: string
  stderr: string
}

export interface JobRun {
  result: 'success' | 'failure' | 'skipped'
  outputs: Record<string, string>
  steps: StepRun[]
  summary: string
}

export type UsesHandler = (uses: string, inputs: Record<string, string>, env: Record<string, string>, step: WorkflowStep) => Promise<{ ok: boolean; outputs?: Record<string, string> }>

export interface JobOptions {
  file: string
  job: string
  /** `inputs`, `github`, `needs` (with `result` and `outputs`), `matrix`, `secrets`, `strategy`, … */
  context: Record<string, Value>
  workspace: string
  /** The job's RUNNER_TEMP. */
  temp: string
  uses?: UsesHandler
  /** Environment the runner gives every step (GITHUB_EVENT_NAME, …), besides the files. */
  env?: Record<string, string>
}

export async function loadWorkflow(file: string): Promise<WorkflowFile> {
  return parse(await readFile(file, 'utf8')) as WorkflowFile
}

/** The shell a `run:` step gets: bash -e without a `shell:`, bash -eo pipefail with `shell: bash`. */
function shellOf(shell: string | undefined): string[] {
  if (shell === undefined) return ['bash', '-e']
  if (shell === 'bash') return ['bash', '--noprofile', '--norc', '-eo', 'pipefail']
  if (shell === 'sh') return ['sh', '-e']
  throw new Error(`shell '${shell}' not supported by the test runner`)
}

export async function runJob(options: JobOptions): Promise<JobRun> {
  const workflow = await loadWorkflow(options.file)
  const job = workflow.jobs[options.job]
  if (!job) throw new Error(`${options.file} has no job ${options.job}`)
  await mkdir(options.temp, { recursive: true })
  const needs = Object.values((options.context.needs ?? {}) as Record<string, { result?: string }>)
  const jobStatus: Functions = { status: { failed: needs.some((need) => need.result === 'failure') } }
  const context: Record<string, Value> = { ...options.context, runner: { temp: options.temp, os: 'Linux' }, steps: {}, env: {} }
  if (!condition(job.if, context, jobStatus)) return { result: 'skipped', outputs: {}, steps: [], summary: '' }

  const steps: StepRun[] = []
  const extraEnv: Record<string, string> = {}
  let summary = ''
  let failed = false
  for (const [index, step] of (job.steps ?? []).entries()) {
    const functions: Functions = { status: { failed } }
    const evaluate = (value: unknown) => (typeof value === 'string' ? interpolate(value, context, functions) : String(value))
    const env: Record<string, string> = { ...extraEnv }
    for (const scope of [workflow.env, job.env, step.env]) for (const [name, value] of Object.entries(scope ?? {})) env[name] = evaluate(value)
    context.env = env
    let record: StepRun
    if (!condition(step.if, context, functions)) {
      record = { step, outcome: 'skipped', outputs: {}, stdout: '', stderr: '' }
    } else if (step.run !== undefined) {
      const files = path.join(options.temp, `_step${index}`)
      await mkdir(files, { recursive: true })
      const file = (name: string) => path.join(files, name)
      for (const name of ['output', 'env', 'summary', 'path']) await writeFile(file(name), '')
      const script = file('script.sh')
      await writeFile(script, interpolate(step.run, context, functions))
      const [shell, ...args] = shellOf(step.shell ?? job.defaults?.run?.shell ?? workflow.defaults?.run?.shell)
      const ran = await spawnScript(shell!, [...args, script], {
        cwd: step['working-directory'] ? path.resolve(options.workspace, evaluate(step['working-directory'])) : options.workspace,
        env: {
          PATH: process.env.PATH ?? '',
          HOME: process.env.HOME ?? '',
          CI: 'true',
          GITHUB_ACTIONS: 'true',
          GITHUB_WORKSPACE: options.workspace,
          RUNNER_TEMP: options.temp,
          GITHUB_OUTPUT: file('output'),
          GITHUB_ENV: file('env'),
          GITHUB_STEP_SUMMARY: file('summary'),
          GITHUB_PATH: file('path'),
          ...options.env,
          ...env,
        },
      })
      Object.assign(extraEnv, parseOutputFile(await readFile(file('env'), 'utf8')))
      summary += await readFile(file('summary'), 'utf8')
      record = { step, outcome: ran.code === 0 ? 'success' : 'failure', outputs: parseOutputFile(await readFile(file('output'), 'utf8')), stdout: ran.stdout, stderr: ran.stderr }
    } else if (step.uses !== undefined) {
      const inputs = Object.fromEntries(Object.entries(step.with ?? {}).map(([name, value]) => [name, evaluate(value)]))
      const done = options.uses ? await options.uses(step.uses, inputs, { ...options.env, ...env, RUNNER_TEMP: options.temp }, step) : { ok: true }
      record = { step, outcome: done.ok ? 'success' : 'failure', outputs: done.outputs ?? {}, stdout: '', stderr: '' }
    } else {
      throw new Error(`${options.file} job ${options.job}: a step with neither run nor uses`)
    }
    steps.push(record)
    const continues = record.outcome === 'failure' && step['continue-on-error'] !== undefined && (step['continue-on-error'] === true || evaluate(step['continue-on-error']) === 'true')
    if (record.outcome === 'failure' && !continues) failed = true
    if (step.id) {
      ;(context.steps as Record<string, Value>)[step.id] = { outputs: record.outputs, outcome: record.outcome, conclusion: continues ? 'success' : record.outcome }
    }
  }
  const final: Functions = { status: { failed } }
  const outputs = Object.fromEntries(Object.entries(job.outputs ?? {}).map(([name, value]) => [name, interpolate(value, context, final)]))
  return { result: failed ? 'failure' : 'success', outputs, steps, summary }
}

function spawnScript(command: string, args: string[], options: { cwd: string; env: Record<string, string> }): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, options)
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}
