import * as core from '@actions/core'
import { formatLocation, type Finding } from './errors.js'
import { redact } from './secrets.js'

/**
 * How flowferry talks to the person watching the run. The action writes workflow commands
 * through @actions/core; the CLI writes plain lines. Operations and platforms only see this
 * interface, so both front ends say the same things.
 *
 * Every line passes through `redact` first: the runner masks registered secrets, but the CLI
 * has no runner, and a platform may echo a credential back in an error message.
 */
export interface Logger {
  debug(message: string): void
  info(message: string): void
  warning(message: string): void
  error(message: string): void
  /** A file/line annotation (on the run page in the action) for a validation finding. */
  annotate(finding: Finding): void
  /** A collapsible section of the log around one phase. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
  readonly debugEnabled: boolean
}

export class ActionsLogger implements Logger {
  get debugEnabled(): boolean {
    return core.isDebug()
  }

  debug(message: string): void {
    core.debug(redact(message))
  }

  info(message: string): void {
    core.info(redact(message))
  }

  warning(message: string): void {
    core.warning(redact(message))
  }

  error(message: string): void {
    core.error(redact(message))
  }

  annotate(finding: Finding): void {
    const properties: core.AnnotationProperties = {
      title: `flowferry ${finding.rule}`,
      file: finding.file,
      startLine: finding.line,
      startColumn: finding.line === undefined ? undefined : finding.col,
    }
    const message = redact(finding.message)
    if (finding.severity === 'error') core.error(message, properties)
    else if (finding.severity === 'warning') core.warning(message, properties)
    else core.notice(message, properties)
  }

  group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    return core.group(redact(name), fn)
  }
}

/** Plain output for the CLI: progress and notes on stderr, so stdout stays machine-readable. */
export class ConsoleLogger implements Logger {
  constructor(
    readonly debugEnabled = false,
    private readonly write: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
  ) {}

  debug(message: string): void {
    if (this.debugEnabled) this.write(redact(`debug: ${message}`))
  }

  info(message: string): void {
    this.write(redact(message))
  }

  warning(message: string): void {
    this.write(redact(`warning: ${message}`))
  }

  error(message: string): void {
    this.write(redact(`error: ${message}`))
  }

  annotate(finding: Finding): void {
    this.write(redact(`${finding.severity}: ${formatLocation(finding)}: ${finding.message} [${finding.rule}]`))
  }

  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.write(redact(`▸ ${name}`))
    return fn()
  }
}

/** Collects lines in memory; for tests. */
export class MemoryLogger implements Logger {
  readonly lines: string[] = []
  readonly findings: Finding[] = []

  constructor(readonly debugEnabled = true) {}

  debug(message: string): void {
    this.lines.push(`debug: ${redact(message)}`)
  }

  info(message: string): void {
    this.lines.push(redact(message))
  }

  warning(message: string): void {
    this.lines.push(`warning: ${redact(message)}`)
  }

  error(message: string): void {
    this.lines.push(`error: ${redact(message)}`)
  }

  annotate(finding: Finding): void {
    this.findings.push(finding)
  }

  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.lines.push(`[${name}]`)
    return fn()
  }

  text(): string {
    return this.lines.join('\n')
  }
}
