import { describeError } from './core/errors.js'

/**
 * The contract says every failure ends with `status` set, an `::error` naming what to change, and
 * exit code 1 (../README.md, "Status and exit code"). `run()` turns every error into a result and
 * publishes it; this module is for whatever gets past that, which can only be a bug:
 *
 * - `run()` itself rejects (publishing threw, say);
 * - a promise rejects with nobody listening, or a callback throws (`unhandledRejection`,
 *   `uncaughtException`): Node would end the process with a stack trace and no status;
 * - the event loop empties while `run()` still waits on a promise that nothing can settle any
 *   more (a stream left half-read): Node would exit with code 13, "unsettled top-level await",
 *   again with no status. `beforeExit` is emitted exactly then.
 *   https://nodejs.org/api/process.html#event-beforeexit
 *
 * Each ends through `fail`, once: the front end's own way of writing `status: failed` and the
 * error, then exit code 1.
 */
export type Fail = (message: string) => void

const MAY_HAVE_BEEN_SENT =
  'If this was an import, check the target environment before trying again: a request may have reached the platform.'

export async function guarded(work: () => Promise<unknown>, fail: Fail): Promise<void> {
  let pending = true
  let failed = false
  const failOnce = (message: string) => {
    if (failed) return
    failed = true
    process.exitCode = 1
    try {
      fail(message)
    } catch {
      // Even the last resort could not write its status; the exit code still says failed.
    }
  }
  const crash = (kind: string) => (reason: unknown) => {
    failOnce(`${describeError(reason)} (${kind}; this is a bug in flowferry). ${MAY_HAVE_BEEN_SENT}`)
    // Whatever threw may have left the run in any state: stop here, once what was written is out.
    process.stdout.write('', () => process.exit(1))
  }
  const onRejection = crash('an unhandled promise rejection')
  const onException = crash('an uncaught exception')
  const onEmptyLoop = () => {
    if (!pending) return
    failOnce(`flowferry stopped before finishing: the run was left waiting on something that can no longer happen (this is a bug in flowferry). ${MAY_HAVE_BEEN_SENT}`)
  }
  process.on('unhandledRejection', onRejection)
  process.on('uncaughtException', onException)
  process.on('beforeExit', onEmptyLoop)
  try {
    await work()
  } catch (error) {
    failOnce(`${describeError(error)} (while reporting the outcome). ${MAY_HAVE_BEEN_SENT}`)
  } finally {
    pending = false
    process.off('beforeExit', onEmptyLoop)
    // The rejection and exception handlers stay: a stray callback after run() is a bug too.
  }
}
