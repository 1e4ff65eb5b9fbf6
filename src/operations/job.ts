import { FlowferryError, HttpError, JobFailedError, NetworkError, TimedOutError } from '../core/errors.js'
import { phrase, setting } from '../core/phrasing.js'
import { waitForJob, type JobState } from '../core/wait.js'
import { Input } from '../input-names.js'
import type { RunContext } from './context.js'
import type { Result } from './result.js'

/**
 * Takes a job to its end for an operation: waits unless `wait: false`, records the job on the
 * result as it goes, and turns a failed job into a JobFailedError. Returns undefined when the
 * result should stay `in-progress`.
 */
export async function followJob(
  context: RunContext,
  job: JobState,
  result: Result,
  what: string,
  /** `fromCheck`: `job` came from a status check, not from the call that started it. */
  options: { wait?: boolean; fromCheck?: boolean } = {},
): Promise<JobState | undefined> {
  const { settings, log } = context
  result.jobId = job.id || result.jobId
  result.platformStatus = job.platformStatus
  let final = job
  if (job.state === 'running') {
    if (!(options.wait ?? settings.wait)) {
      result.status = 'in-progress'
      result.message = `${what} is running as job ${job.id}; not waiting (${setting(Input.Wait, 'false')}).`
      result.hint = context.resumeHint(job.id)
      return undefined
    }
    const client = context.client()
    if (!client.jobStatus) throw new Error(`${context.platform.name} returned a running job but cannot report on it`)
    try {
      final = await log.group(`Wait for ${context.platform.title} job ${job.id}`, () =>
        waitForJob({
          platform: context.platform.title,
          check: () => client.jobStatus!(job.id),
          initial: job,
          initialIsCheck: options.fromCheck,
          pollIntervalMs: settings.pollIntervalMs,
          limits: context.platform.pollLimits,
          deadline: context.deadline,
          log,
          clock: context.clock,
        }),
      )
    } catch (error) {
      throw whileWaiting(error, job, context)
    }
  }
  result.platformStatus = final.platformStatus
  // Records on the status endpoint may leave out what the starting reply said (the download link).
  const merged: JobState = { ...job, ...definedOnly(final) }
  if (merged.state === 'failed') {
    const reason = merged.message ? `: ${merged.message}` : ' (the platform gives no reason)'
    throw new JobFailedError(`${what} failed: ${context.platform.title} reported ${merged.platformStatus}${reason}`, merged.id, merged.platformStatus).withHint(merged.hint)
  }
  return merged
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>
}

/**
 * However the wait ends early (the timeout, a 429 whose Retry-After reaches past it, a network that
 * stays down), the job was started and may still be running. The request-level advice ("run the
 * step again") would start it a second time, so the job id and the way to pick the job up become
 * the error's hint, here and only here: the poller says what happened, never how to resume, so the
 * advice is printed once. A wait step starts nothing: there the way to resume is enough.
 */
function whileWaiting(error: unknown, job: JobState, context: RunContext): unknown {
  if (!(error instanceof FlowferryError)) return error
  const resume = context.resumeHint(job.id)
  // A comment line, so that the block stays valid YAML where the summary shows it as one.
  const note = context.settings.operation === 'wait' ? resume : `# Job ${job.id} was started and may still be running; ${phrase('rerunning')} would start it again.\n${resume}`
  if (error instanceof TimedOutError) {
    // The HTTP client's timeout knows no job; the poller's already names it.
    if (error.jobId) return error.withHint(note)
    return new TimedOutError(`${error.message}. The job may still be running on the platform.`, job.id, job.platformStatus, note)
  }
  // A passing fault's advice is to run again, which is exactly wrong here; any other (a refused
  // key) keeps its advice before the note.
  const passing = error instanceof NetworkError || (error instanceof HttpError && (error.httpStatus === 429 || error.httpStatus >= 500))
  return error.withHint(passing ? note : [error.hint, note].filter(Boolean).join('\n'))
}
