import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { stringify } from 'yaml'
import { mapLimit } from '../../src/core/concurrency.js'
import { exists } from '../../src/core/fs.js'
import { platformNames } from '../../src/platforms/registry.js'
import type { FaultRule } from '../../src/sandbox/faults.js'
import { runAction } from '../../src/sandbox/github/runner.js'
import { startPlatformSandbox } from '../../src/sandbox/server.js'
import type { CallDescriptor } from '../../src/sandbox/types.js'
import { ACTION_ENTRY } from './action.js'

/**
 * The fault matrix (docs/reliability.md): every platform, import and export, against every fault
 * the sandbox can inject, through dist/index.js as a runner runs it. Each row records the status,
 * the exit code, how many times the fault's target request was sent and carried out, and any
 * partial file left behind; a row holds when the status is the expected one, the exit code
 * matches it, nothing was carried out twice, and nothing was left half-written.
 */
export interface MatrixRow {
  platform: string
  operation: 'import' | 'export'
  fault: string
  /** Which request the fault hit. */
  target: string
  expected: string[]
  status: string
  exitCode: number | null
  sent: number
  carriedOut: number
  partialFiles: string[]
  holds: boolean
  /** Why the row does not hold, when it does not. */
  problem?: string
}

type CallName = 'import' | 'export' | 'download' | 'status'

interface Scenario {
  fault: string
  call: CallName
  rules?: (call: CallDescriptor) => FaultRule[]
  jobs?: { outcome: 'failed' | 'endless' }
  config?: Record<string, unknown>
  expect: (call: CallDescriptor) => string[]
}

const rule = (kind: FaultRule['kind'], extra: Partial<FaultRule> = {}) => (call: CallDescriptor): FaultRule[] => [
  { kind, method: call.method, path: call.path, ...extra },
]
const ifRepeatable = (call: CallDescriptor) => (call.idempotent ? ['succeeded'] : ['failed'])
const always = (status: string) => () => [status]

/** The faults of issue "Reliability and security evidence", aimed at each call where they apply. */
function scenarios(calls: Partial<Record<CallName, CallDescriptor>>, operation: 'import' | 'export'): Scenario[] {
  const main: CallName = operation
  const list: Scenario[] = [
    { fault: '429 with Retry-After', call: main, rules: rule('429', { retryAfter: 1, times: 2 }), expect: always('succeeded') },
    { fault: '429 without Retry-After', call: main, rules: rule('429', { times: 2 }), expect: always('succeeded') },
    { fault: '500 burst', call: main, rules: rule('500', { times: 2 }), expect: ifRepeatable },
    { fault: '502 burst', call: main, rules: rule('502', { times: 2 }), expect: ifRepeatable },
    { fault: '503 burst', call: main, rules: rule('503', { times: 2 }), expect: ifRepeatable },
    // Reset before the body: with a streamed body flowferry can tell it was not delivered and sends it again.
    { fault: 'reset before the body was sent', call: main, rules: rule('reset-before-body'), expect: (c) => (c.idempotent ? ['succeeded'] : ['failed', 'succeeded']) },
    { fault: 'reset after the body was sent', call: main, rules: rule('reset-after-body'), expect: ifRepeatable },
    // A call the platform answers when its work is done is waited for until the timeout (8 s here), so a 4 s stall is not one.
    { fault: 'reply stalls past the read timeout', call: main, rules: rule('stall', { delayMs: 4_000 }), expect: (c) => (c.waitsForReply ? ['succeeded'] : ifRepeatable(c)) },
    { fault: 'malformed JSON reply', call: main, rules: rule('malformed'), expect: ifRepeatable },
  ]
  if (operation === 'export') {
    const download: CallName = calls.download ? 'download' : 'export'
    list.push({ fault: 'truncated download', call: download, rules: rule('truncate'), expect: ifRepeatable })
  }
  if (calls.status) {
    list.push(
      { fault: '503 burst on status polls', call: 'status', rules: rule('503', { times: 2 }), expect: always('succeeded') },
      { fault: 'malformed status reply', call: 'status', rules: rule('malformed'), expect: always('succeeded') },
      { fault: 'job fails', call: 'status', jobs: { outcome: 'failed' }, expect: always('failed') },
      { fault: 'job never ends', call: 'status', jobs: { outcome: 'endless' }, expect: always('timed-out') },
    )
  }
  return list
}

const PARTIAL = /\.(staging|tmp|download|old)-[A-Za-z0-9]+$/

export async function runMatrix(options: { platforms?: string[]; concurrency?: number } = {}): Promise<MatrixRow[]> {
  const jobs: (() => Promise<MatrixRow[]>)[] = []
  for (const name of options.platforms ?? platformNames()) {
    jobs.push(() => platformRows(name))
  }
  return (await mapLimit(jobs, options.concurrency ?? 4, (job) => job())).flat()
}

async function platformRows(name: string): Promise<MatrixRow[]> {
  const probe = await startPlatformSandbox(name)
  const calls = probe.app.calls
  const extras = probe.app.scenarios ?? []
  await probe.close()
  if (!calls) return []
  const rows: MatrixRow[] = []
  for (const operation of ['import', 'export'] as const) {
    for (const scenario of scenarios(calls, operation)) {
      const call = calls[scenario.call]!
      rows.push(await runRow({ platform: name, operation, fault: scenario.fault, call, rules: scenario.rules?.(call) ?? [], jobs: scenario.jobs, config: scenario.config ?? {}, expected: scenario.expect(call) }))
    }
    for (const extra of extras.filter((e) => e.operation === operation)) {
      rows.push(await runRow({ platform: name, operation, fault: extra.name, call: calls[operation], rules: [], config: extra.config, inputs: extra.inputs, expected: [extra.expect] }))
    }
  }
  return rows
}

/** One row to run: a fault (rules, a job outcome, platform settings or other inputs) aimed at one call. */
interface RowSpec {
  platform: string
  operation: 'import' | 'export'
  fault: string
  call: CallDescriptor
  rules: FaultRule[]
  jobs?: { outcome: 'failed' | 'endless' }
  config: Record<string, unknown>
  /** Inputs of the faulty run that differ from the sandbox's own (the preparing export keeps those). */
  inputs?: Record<string, string>
  expected: string[]
}

async function runRow({ platform, operation, fault, call, rules, jobs, config, inputs: override, expected }: RowSpec): Promise<MatrixRow> {
  const server = await startPlatformSandbox(platform, { jobs: { durationMs: 300, outcome: 'success' } })
  const workspace = await mkdtemp(path.join(tmpdir(), 'flowferry-matrix-'))
  try {
    const demo = server.app.demo!
    const common = { platform, 'base-url': server.url, ...server.app.inputs, 'poll-interval': '250ms', timeout: '8s', 'upload-artifact': 'false' }
    const env = { FLOWFERRY_READ_TIMEOUT: '1500ms' }
    let inputs: Record<string, string> = { ...common, ...demo.export, operation: 'export', path: 'bundle' }
    if (operation === 'import') {
      // The bundle to import comes from a clean export of the same sandbox.
      const exported = await runAction({ entry: ACTION_ENTRY, workspace, inputs, env, killAfterMs: 60_000 })
      if (exported.exitCode !== 0) throw new Error(`${platform}: the export before the import failed:\n${exported.stdout}`)
      const vars: Record<string, string> = {}
      if (demo.vars) {
        await writeFile(path.join(workspace, 'vars.yml'), stringify(demo.vars))
        vars['vars-file'] = 'vars.yml'
      }
      inputs = { ...common, ...demo.import, ...vars, operation: 'import', path: 'bundle' }
    }
    inputs = { ...inputs, ...override }
    server.requests.length = 0
    for (const r of rules) server.faults.add(r)
    if (jobs) Object.assign(server.jobs, jobs)
    if (Object.keys(config).length > 0) server.app.configure?.(config)
    const run = await runAction({ entry: ACTION_ENTRY, workspace, inputs, env, killAfterMs: 60_000 })
    const status = run.outputs.status ?? '(none)'
    const targeted = server.requests.filter((r) => r.method === call.method && matches(call.path, r.path))
    const carriedOut = targeted.filter((r) => r.handled && !r.replayed && (r.status === undefined || r.status < 400)).length
    const partialFiles = await partials(workspace)
    if (operation === 'export' && status !== 'succeeded' && (await exists(path.join(workspace, 'bundle')))) partialFiles.push('bundle/ (export failed but left a directory)')
    const problems: string[] = []
    if (!expected.includes(status)) problems.push(`status ${status}, expected ${expected.join(' or ')}`)
    const failing = status === 'failed' || status === 'timed-out'
    if ((run.exitCode === 1) !== failing || (run.exitCode !== 0 && run.exitCode !== 1)) problems.push(`exit code ${run.exitCode} for status ${status}`)
    if (!call.idempotent && carriedOut > 1) problems.push(`carried out ${carriedOut} times`)
    if (partialFiles.length > 0) problems.push(`left ${partialFiles.join(', ')}`)
    return {
      platform,
      operation,
      fault,
      target: `${call.method} ${call.path}`,
      expected,
      status,
      exitCode: run.exitCode,
      sent: targeted.length,
      carriedOut,
      partialFiles,
      holds: problems.length === 0,
      problem: problems.length > 0 ? `${problems.join('; ')}\n${run.stdout.split('\n').slice(-12).join('\n')}` : undefined,
    }
  } finally {
    await server.close()
    await rm(workspace, { recursive: true, force: true })
  }
}

function matches(pattern: string, requestPath: string): boolean {
  return pattern.length > 2 && pattern.startsWith('/') && pattern.endsWith('/') && !pattern.slice(1, -1).includes('/')
    ? new RegExp(pattern.slice(1, -1)).test(requestPath)
    : requestPath.includes(pattern)
}

async function partials(dir: string, prefix = ''): Promise<string[]> {
  const found: string[] = []
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name === '.runner') continue
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name
    if (PARTIAL.test(entry.name) || entry.name.includes('.staging-')) found.push(relative)
    else if (entry.isDirectory()) found.push(...(await partials(path.join(dir, entry.name), relative)))
  }
  return found
}

/** docs/reliability.md: the rows as a table, with what each column means. Deterministic: no timings. */
export function renderMatrix(rows: MatrixRow[]): string {
  const lines = [
    '# Reliability: the fault matrix',
    '',
    'Generated by `npm run fault-matrix` (`scripts/fault-matrix.ts`); `npm test` runs the same matrix',
    '(`__tests__/fault-matrix.test.ts`) and fails when a row does not hold or this file is out of date.',
    '',
    "Each row runs `dist/index.js` as a runner does against the platform's sandbox with one fault",
    'injected into one request (the *target*). The read timeout is 1.5 s for these runs',
    '(`FLOWFERRY_READ_TIMEOUT`), the step timeout 8 s, and jobs take 300 ms.',
    '',
    '- **status / exit**: the `status` output and the process exit code (1 exactly when failed or timed-out).',
    '- **sent**: how many times the target request reached the platform.',
    '- **carried out**: how many of those the platform acted on (refusals such as 429, and replays of an',
    '  idempotent request answered from the platform\'s store, are not carried out).',
    '  A request flowferry may not repeat (an import, starting an export) is never carried out twice.',
    '- **partial files**: temporary or half-written files left in the workspace (always none).',
    '',
    '| platform | operation | fault | target | expected | status | exit | sent | carried out | partial files | holds |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map((r) =>
      [
        r.platform,
        r.operation,
        r.fault,
        `\`${r.target}\``,
        r.expected.join(' or '),
        r.status,
        String(r.exitCode),
        String(r.sent),
        String(r.carriedOut),
        r.partialFiles.length ? r.partialFiles.join(', ') : 'none',
        r.holds ? '✅' : '❌',
      ].join(' | '),
    ).map((row) => `| ${row} |`),
    '',
  ]
  return lines.join('\n')
}

export async function writeMatrix(file: string, rows: MatrixRow[]): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(file, renderMatrix(rows))
}
