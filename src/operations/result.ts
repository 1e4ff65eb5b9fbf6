import { rm } from 'node:fs/promises'
import type { Clock } from '../core/clock.js'
import type { Change } from '../core/diff.js'
import { BundleError, describeError, JobFailedError, statusOf, TimedOutError, type Finding } from '../core/errors.js'
import { untrustedText } from '../core/untrusted-text.js'
import type { Operation } from '../input-names.js'

/** The `status` output's values. */
export type Status = 'succeeded' | 'failed' | 'timed-out' | 'in-progress' | 'skipped'

/**
 * What one operation on one bundle (or workflow) came to: the contract's outputs and what the
 * summary shows. Operations fill it in as they go, so a failure half-way still reports what was
 * known by then (the workflow id, the job id).
 */
export interface Result {
  platform: string
  operation: Operation
  status: Status
  platformStatus?: string
  workflowId?: string
  workflowName?: string
  jobId?: string
  version?: string
  /** Export: the bundle directory written. Import/validate/diff: the bundle read. */
  path?: string
  files?: string[]
  artifactId?: string
  artifactUrl?: string
  artifactName?: string
  downloadUrl?: string
  changed?: boolean
  backupArtifactId?: string
  /** Markdown of the semantic diff, for the summary. */
  diff?: string
  /** The same diff as data, file by file (at most 200 changes each), for the pull-request comment. */
  diffFiles?: DiffFile[]
  durationMs?: number
  /** What went wrong (failed/timed-out) or what is pending (in-progress). */
  message?: string
  /** What to change, or how to continue. */
  hint?: string
  findings?: Finding[]
  /** A dry run: what it checked and what it could not (operations/dry-run.ts). */
  dryRun?: DryRunVerdict
  notes?: string[]
  /** Export: the placeholders `redact-secrets` wrote, which an import must be given values for. */
  placeholders?: string[]
}

export interface DiffFile {
  file: string
  /** Changes in the file, of which `changes` holds the first 200. */
  total: number
  changes: Change[]
}

/**
 * What a dry run established and what it could not, each a clause that reads on its own. The log,
 * the `result` output, the job summary and the pull-request comment all show these and the
 * headline composed from them (operations/dry-run.ts), so none can claim more than was checked.
 */
export interface DryRunVerdict {
  checked: string[]
  unchecked: string[]
}

export function newResult(platform: string, operation: Operation, fields: Partial<Result> = {}): Result {
  return { platform, operation, status: 'succeeded', ...fields }
}

/** Long enough for flowferry's own longest messages (a list of findings), short enough for a log line. */
const MESSAGE_LIMIT = 4000

/** Records an error on a result, keeping what the result already knew. */
export function recordFailure(result: Result, error: unknown): Result {
  result.status = statusOf(error)
  // A message may quote a reply, a bundle or (for an unexpected error) anything: it is masked
  // whole, then kept to one line with visible escapes, like any text from outside.
  result.message = untrustedText(describeError(error).split('\n')[0]!, MESSAGE_LIMIT)
  const hint = error instanceof Error && 'hint' in error ? ((error as { hint?: string }).hint ?? undefined) : undefined
  result.hint = hint?.split('\n').map((line) => untrustedText(line, MESSAGE_LIMIT)).join('\n')
  if (error instanceof TimedOutError || error instanceof JobFailedError) {
    result.jobId ??= error.jobId
    result.platformStatus ??= error.platformStatus
  }
  if (error instanceof BundleError && error.findings.length > 0) {
    result.findings = [...(result.findings ?? []), ...error.findings]
  }
  return result
}

const SEVERITY: Status[] = ['succeeded', 'skipped', 'in-progress', 'timed-out', 'failed']

/** The status of a batch: the worst of its parts. */
export function overallStatus(results: readonly Result[]): Status {
  let worst: Status = results.length > 0 && results.every((r) => r.status === 'skipped') ? 'skipped' : 'succeeded'
  for (const result of results) {
    if (result.status !== 'skipped' && SEVERITY.indexOf(result.status) > SEVERITY.indexOf(worst)) worst = result.status
  }
  return worst
}

export function isFailure(status: Status): boolean {
  return status === 'failed' || status === 'timed-out'
}

/**
 * Runs one unit of an operation (one bundle, one workflow, one job) to its result: a thrown
 * error becomes the result's failure, the temporary directories the work registered in
 * `cleanup` are removed, and the duration is recorded, whatever happened.
 */
export async function settle(
  result: Result,
  clock: Clock,
  work: (cleanup: string[]) => Promise<void>,
): Promise<Result> {
  const started = clock.now()
  const cleanup: string[] = []
  try {
    await work(cleanup)
  } catch (error) {
    recordFailure(result, error)
  } finally {
    await removeDirs(cleanup)
    result.durationMs = clock.now() - started
  }
  return result
}

/** Removes an operation's temporary directories (settle's `cleanup`, or a bundle's read ahead of its turn). */
export async function removeDirs(dirs: readonly string[]): Promise<void> {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })))
}
