import { HttpError, JobFailedError, NetworkError, TimedOutError } from '../core/errors.js'
import { waitForJob, type JobState } from '../core/wait.js'
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
  options: { wait?: boolean } = {},
): Promise<JobState | undefined> {
  const { settings, log } = context
  result.jobId = job.id || result.jobId
  result.platformStatus = job.platformStatus
  let final = job
  if (job.state === 'running') {
    if (!(options.wait ?? settings.wait)) {
      result.status = 'in-progress'
      result.message = `${what} is running as job ${job.id}; not waiting (wait: false).`
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
          firstDelayMs: settings.pollIntervalMs,
          deadline: context.deadline,
          log,
          clock: context.clock,
          resumeHint: context.resumeHint,
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
    throw new JobFailedError(`${what} failed: ${context.platform.title} reported ${merged.platformStatus}${reason}`, merged.id, merged.platformStatus)
  }
  return merged
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>
}

/**
 * A status check that fails (a 429 whose Retry-After reaches past the timeout, a network that
 * stays down) says nothing about the job, which was started and may still be running. The
 * request-level advice ("run the step again") would start it a second time, so the error is
 * given the job id and the `operation: wait` step that picks the job up instead.
 */
function whileWaiting(error: unknown, job: JobState, context: RunContext): unknown {
  const resume = context.resumeHint(job.id)
  if (error instanceof TimedOutError && !error.jobId) {
    return new TimedOutError(`${error.message}. The job may still be running on the platform.`, job.id, job.platformStatus, resume)
  }
  const hint = `# Job ${job.id} was started and may still be running: do not re-run this step, which would start it again; pick it up with operation: wait.\n${resume}`
  if (error instanceof NetworkError) return new NetworkError(error.message, { cause: error.cause, hint })
  if (error instanceof HttpError) {
    return new HttpError(error.httpStatus, error.method, error.path, error.detail, error.code, error.requestId, { hint })
  }
  return error
}
