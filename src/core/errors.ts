/**
 * The error types flowferry raises on purpose. Everything that reaches the user is one of these;
 * anything else is a bug and is reported as such by `describeError`.
 *
 * Each error knows the step status it stands for (`failed` or `timed-out`) and, where it can,
 * what the user should change (`hint`).
 */
import { phrase, setting, subject } from './phrasing.js'

export type FailureStatus = 'failed' | 'timed-out'

export class FlowferryError extends Error {
  /** The `status` output this error leads to. */
  readonly status: FailureStatus = 'failed'
  /** One sentence on what to change, shown after the message. */
  readonly hint: string | undefined

  constructor(message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = new.target.name
    this.hint = options.hint
  }

  /** The same error with another hint: its class, fields and cause kept. */
  withHint(hint: string | undefined): this {
    const copy = Object.assign(Object.create(Object.getPrototypeOf(this) as object) as this, this, { hint })
    Object.defineProperties(copy, { message: { value: this.message, writable: true }, stack: { value: this.stack, writable: true } })
    if (this.cause !== undefined) Object.defineProperty(copy, 'cause', { value: this.cause, writable: true })
    return copy
  }
}

/**
 * A missing or malformed input. The message names the input and shows a good value, each in the
 * words of the front end that shows it (`timeout: 30m` in a workflow, `--timeout 30m` on the CLI).
 */
export class InputError extends FlowferryError {
  constructor(
    readonly input: string,
    problem: string,
    example?: string,
  ) {
    super(`${subject(input)}: ${problem}`, {
      hint: example === undefined ? undefined : `For example: ${setting(input, example)}`,
    })
  }
}

/** Where in a file a problem is, for annotations. Lines and columns count from 1. */
export interface FileLocation {
  file: string
  line?: number
  col?: number
}

export type Severity = 'error' | 'warning' | 'notice'

/** One problem found in a bundle or a target, reported as an annotation and a summary row. */
export interface Finding extends FileLocation {
  severity: Severity
  message: string
  /** A short stable name of the check, e.g. `manifest.checksum`. */
  rule: string
}

/** A bundle (or platform file) that cannot be used. Carries every finding, not just the first. */
export class BundleError extends FlowferryError {
  constructor(
    message: string,
    readonly findings: Finding[] = [],
    options: { hint?: string; cause?: unknown } = {},
  ) {
    super(message, options)
  }

  static at(location: FileLocation, rule: string, message: string, hint?: string): BundleError {
    return new BundleError(`${formatLocation(location)}: ${message}`, [{ ...location, severity: 'error', rule, message }], {
      hint,
    })
  }
}

/** The platform answered with an error status. `detail` is the platform's own words. */
export class HttpError extends FlowferryError {
  constructor(
    readonly httpStatus: number,
    readonly method: string,
    /** Path only: query strings can hold signatures. */
    readonly path: string,
    readonly detail: string,
    readonly code?: string,
    readonly requestId?: string,
    options: { hint?: string; reply?: string } = {},
  ) {
    const parts = [`${method} ${path} failed with HTTP ${httpStatus}`]
    if (code) parts.push(`code ${code}`)
    let message = parts.join(', ')
    if (detail) message += `: ${detail}`
    if (requestId) message += ` (request id ${requestId})`
    super(message, { hint: options.hint })
    this.reply = options.reply
  }

  /**
   * The reply's text as it came (at most 64 KiB), for a caller that reads it as data (a replayed
   * result). Never shown: `detail` is the shown, masked form of it.
   */
  readonly reply: string | undefined

  /**
   * The same refusal read anew: `detail` restates what the platform said (what its status means
   * for this call, with its own words kept inside), and `hint` replaces the hint unless left out.
   * Status, method, path, code, request id and reply stay; the message is rebuilt from them.
   * (Only the hint changes: `withHint`.)
   */
  withDetail(detail: string, hint: string | undefined = this.hint): HttpError {
    return new HttpError(this.httpStatus, this.method, this.path, detail, this.code, this.requestId, { hint, reply: this.reply })
  }
}

/** The connection failed before the request could be delivered, or every retry was used up. */
export class NetworkError extends FlowferryError {}

/**
 * A request that must not be repeated (an import) may or may not have reached the platform:
 * the connection broke after the body was sent, or the reply was lost. Sending it again could
 * import twice, so flowferry stops and says so.
 */
export class UncertainDeliveryError extends FlowferryError {
  constructor(what: string, cause: unknown, harmless?: string) {
    super(
      `${what}: the request was sent but no complete reply came back (${causeText(cause).replace(`${what}: `, '')}). ` +
        'The platform may or may not have carried it out; flowferry did not send it again, to avoid doing it twice.',
      {
        cause,
        hint: harmless ?? `Check the target environment for the change before ${phrase('rerunning')}.`,
      },
    )
  }
}

/** The platform replied, but not in a shape flowferry understands. */
export class ReplyError extends FlowferryError {}

/** The platform's asynchronous job ended in failure. */
export class JobFailedError extends FlowferryError {
  constructor(
    message: string,
    readonly jobId: string | undefined,
    readonly platformStatus: string,
  ) {
    super(message)
  }
}

/** The `timeout` passed. The platform job may still be running. */
export class TimedOutError extends FlowferryError {
  override readonly status = 'timed-out' as const

  constructor(
    message: string,
    readonly jobId?: string,
    readonly platformStatus?: string,
    hint?: string,
  ) {
    super(message, { hint })
  }
}

export function formatLocation(location: FileLocation): string {
  let text = location.file
  if (location.line !== undefined) {
    text += `:${location.line}`
    if (location.col !== undefined) text += `:${location.col}`
  }
  return text
}

function causeText(cause: unknown): string {
  if (cause instanceof Error) {
    const code = (cause as NodeJS.ErrnoException).code
    return code ? `${code}: ${cause.message}` : cause.message
  }
  return String(cause)
}

/** The text shown for any thrown value: our own errors as they are, anything else marked as unexpected. */
export function describeError(error: unknown): string {
  if (error instanceof FlowferryError) return error.hint ? `${error.message}\n${error.hint}` : error.message
  if (error instanceof Error) return `Unexpected error: ${error.message}`
  return `Unexpected error: ${String(error)}`
}

export function statusOf(error: unknown): FailureStatus {
  return error instanceof FlowferryError ? error.status : 'failed'
}
