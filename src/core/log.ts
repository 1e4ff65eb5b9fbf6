import * as core from './workflow-commands.js'
import { formatLocation, type Finding } from './errors.js'
import { forLog, oneLine } from './untrusted-text.js'

/**
 * How flowferry talks to the person watching the run. The action writes workflow commands
 * (core/workflow-commands.ts); the CLI writes plain lines. Operations and platforms only see this
 * interface, so both front ends say the same things.
 *
 * Every line passes through `forLog` first (core/untrusted-text.ts): secrets masked in every
 * spelling (the runner masks registered ones, but the CLI has no runner, and a platform may echo
 * a credential back in an error message), and nothing in it can be read by the runner as a
 * workflow command — in both front ends, since the CLI can run inside a `run:` step.
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
    core.debug(forLog(message))
  }

  info(message: string): void {
    core.info(forLog(message))
  }

  warning(message: string): void {
    core.warning(forLog(message))
  }

  error(message: string): void {
    core.error(forLog(message))
  }

  annotate(finding: Finding): void {
    const properties: core.AnnotationProperties = {
      title: `flowferry ${finding.rule}`,
      // The toolkit escapes properties (%, CR, LF, ':' and ','); a bundle's file name may hold more.
      file: forLog(oneLine(finding.file)),
      startLine: finding.line,
      startColumn: finding.line === undefined ? undefined : finding.col,
    }
    // A finding quotes the bundle (a task name, a key): one line, like any text from outside.
    const message = forLog(oneLine(finding.message))
    if (finding.severity === 'error') core.error(message, properties)
    else if (finding.severity === 'warning') core.warning(message, properties)
    else core.notice(message, properties)
  }

  group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    return core.group(forLog(name), fn)
  }
}

/** Plain output for the CLI: progress and notes on stderr, so stdout stays machine-readable. */
export class ConsoleLogger implements Logger {
  constructor(
    readonly debugEnabled = false,
    private readonly write: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
  ) {}

  debug(message: string): void {
    if (this.debugEnabled) this.write(forLog(`debug: ${message}`))
  }

  info(message: string): void {
    this.write(forLog(message))
  }

  warning(message: string): void {
    this.write(forLog(`warning: ${message}`))
  }

  error(message: string): void {
    this.write(forLog(`error: ${message}`))
  }

  annotate(finding: Finding): void {
    this.write(forLog(oneLine(`${finding.severity}: ${formatLocation(finding)}: ${finding.message} [${finding.rule}]`)))
  }

  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.write(forLog(`▸ ${name}`))
    return fn()
  }
}

/** Collects lines in memory; for tests. */
export class MemoryLogger implements Logger {
  readonly lines: string[] = []
  readonly findings: Finding[] = []

  constructor(readonly debugEnabled = true) {}

  debug(message: string): void {
    this.lines.push(`debug: ${forLog(message)}`)
  }

  info(message: string): void {
    this.lines.push(forLog(message))
  }

  warning(message: string): void {
    this.lines.push(`warning: ${forLog(message)}`)
  }

  error(message: string): void {
    this.lines.push(`error: ${forLog(message)}`)
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
