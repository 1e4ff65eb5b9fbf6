import type { Clock, Deadline } from '../clock.js'
import { formatDuration } from '../duration.js'
import { HttpError, NetworkError, TimedOutError } from '../errors.js'
import type { Logger } from '../log.js'
import { backoffDelay, errorCode, retryAfterDelay, type RetryPolicy } from './retry.js'
import { input, phrase } from '../phrasing.js'
import { untrustedText } from '../untrusted-text.js'

/**
 * Between two attempts of one request: give up when the attempts or the `timeout` are spent,
 * saying which, or wait as retry.ts decides and say so in the log. (Whether a failure may be
 * retried at all is decided by the request loop, core/http/client.ts, by the rules of retry.ts.)
 */

/** What the waiting needs of the client: the policy, the clock, the step's deadline, the log. */
export interface Retrying {
  policy: RetryPolicy
  clock: Clock
  deadline: Deadline
  log: Logger
}

/** The pause a reply asked for, and whose word it is, for the log line. */
export interface AskedPause {
  ms: number
  source: string
}

export async function pauseBeforeRetry(
  retrying: Retrying,
  what: string,
  attempt: number,
  problem: string,
  pause: AskedPause | undefined,
  lastError: unknown,
): Promise<void> {
  const { policy, clock, deadline, log } = retrying
  const retryAfterMs = pause?.ms
  if (attempt >= policy.maxAttempts) {
    if (lastError instanceof HttpError) throw lastError
    throw new NetworkError(`${what} failed after ${attempt} attempts: ${problem}`, {
      cause: lastError,
      hint: 'Check that base-url is right and the platform is reachable from the runner.',
    })
  }
  const wait =
    retryAfterMs !== undefined
      ? retryAfterDelay(retryAfterMs, attempt, policy, clock.random)
      : backoffDelay(attempt, policy, clock.random)
  if (wait >= deadline.remaining()) {
    throw new TimedOutError(
      `${what}: ${problem}, and the next attempt (in ${formatDuration(wait)}) would come after the timeout`,
      undefined,
      undefined,
      `Raise ${input('timeout')}, or ${phrase('rerun')} later.`,
    )
  }
  const source = pause ? ` ${pause.source}` : ''
  log.info(`${what}: ${problem}; retrying in ${formatDuration(wait)}${source} (attempt ${attempt + 1} of ${policy.maxAttempts})`)
  await clock.sleep(wait, deadline.signal()).catch(() => {
    throw new TimedOutError(`${what}: ${problem}, and the timeout passed while waiting to try again`, undefined, undefined, `Raise ${input('timeout')}, or ${phrase('rerun')} later.`)
  })
}

/**
 * Stop when the step's `timeout` has passed. When a request that is not idempotent failed after it
 * may have left (`cause`), the message says it may have reached the platform.
 */
export function checkDeadline(deadline: Deadline, what: string, idempotent: boolean, cause?: unknown): void {
  if (!deadline.expired()) return
  const uncertain = cause !== undefined && !idempotent
  throw new TimedOutError(
    `${what} did not finish before the timeout`,
    undefined,
    undefined,
    uncertain
      ? `The request may have reached the platform: check the target before ${phrase('rerunning')}, or raise ${input('timeout')}.`
      : `Raise ${input('timeout')}, or ${phrase('rerun')}.`,
  )
}

/**
 * A network failure in words: its code (ECONNRESET…) and message, the code once. Node's message can
 * carry the other side's words (a refused certificate's message lists every name the certificate
 * holds, chosen by whoever serves it), so it is shown as text from outside: one line, at most
 * 300 characters.
 */
export function describeCause(error: unknown): string {
  const code = errorCode(error)
  const message = untrustedText(error instanceof Error ? error.message : String(error), 300)
  // As a word of its own: CONNECT_TIMEOUT is not named by a message that names FLOWFERRY_CONNECT_TIMEOUT.
  return code && !message.split(/\W+/).includes(code) ? `${code}: ${message}` : message
}

/**
 * The platform's TLS certificate was refused: nothing was sent, and no retry would change it. A
 * platform behind a private CA is reached by giving Node that CA
 * (https://nodejs.org/api/cli.html#node_extra_ca_certsfile); never by turning the check off.
 */
export function certificateRefused(what: string, error: unknown): NetworkError {
  return new NetworkError(`${what}: the platform's TLS certificate was refused (${describeCause(error)}); nothing was sent`, {
    cause: error,
    hint:
      `Check ${input('base-url')}: its host must be one the certificate names. If the platform's certificate comes from a private CA, ` +
      "give the step that CA's PEM file in the environment variable NODE_EXTRA_CA_CERTS.",
  })
}
