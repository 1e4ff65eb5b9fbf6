import { noArtifactStore, type ArtifactStore } from '../core/artifact.js'
import { formatDuration } from '../core/duration.js'
import { askRunner, idTokenSource, type IdTokenSource } from '../core/id-token.js'
import { ConsoleLogger, type Logger } from '../core/log.js'
import { phrasedLogger } from '../core/phrased-log.js'
import { renderAll, type Phrasing } from '../core/phrasing.js'
import { jsonForStream } from '../core/untrusted-text.js'
import type { FrontEnd } from '../front-end.js'
import { credentialInputs, Input, type InputName } from '../input-names.js'
import type { InputSource, Settings } from '../settings.js'
import type { RunReport } from '../report.js'
import { isFailure } from '../operations/result.js'
import { Output } from '../output-names.js'
import { outputsOf } from '../outputs.js'
import { envName } from './args.js'
import { cliPhrasing } from './phrasing.js'

/**
 * The terminal as a front end: inputs from flags, then `FLOWFERRY_*` variables; progress and
 * the summary on stderr; the `result` JSON on stdout; exit code 1 on failure, as in the action.
 */
export class CliFrontEnd implements FrontEnd {
  readonly log: Logger
  readonly artifacts: ArtifactStore = noArtifactStore
  readonly input: InputSource
  /** Hints in a terminal user's words (`--upload-artifact false`, "run the command again"). */
  readonly phrasing: Phrasing
  /** Inside a GitHub job the runner's ID token is there for the command too (keyless sign-in). */
  readonly idToken: IdTokenSource

  constructor(
    operation: string,
    flags: Map<string, string>,
    env: NodeJS.ProcessEnv = process.env,
    private readonly stdout: (text: string) => void = (text) => process.stdout.write(text),
  ) {
    this.phrasing = cliPhrasing((flag) => flags.has(flag))
    this.log = phrasedLogger(new ConsoleLogger(flags.has('debug') || env.FLOWFERRY_DEBUG === 'true'), this.phrasing)
    this.input = (name: InputName) => {
      if (name === Input.Operation) return operation
      return flags.get(name) ?? env[envName(name)] ?? ''
    }
    this.idToken = idTokenSource(askRunner(this.log, env), env)
  }

  resumeHint(settings: Settings, jobId: string): string {
    const credentials = credentialInputs.filter((name) => this.input(name)).map((name) => envName(name))
    return [
      `Resume with:`,
      `  flowferry wait --platform ${settings.platform} --base-url ${settings.baseUrl?.toString() ?? ''} --job-id ${jobId}`,
      credentials.length ? `  (credentials from ${credentials.join(', ')})` : '',
    ]
      .filter(Boolean)
      .join('\n')
  }

  async publish(unrendered: RunReport): Promise<void> {
    const report = renderAll(unrendered, this.phrasing)
    for (const result of report.results) for (const finding of result.findings ?? []) this.log.annotate(finding)
    for (const result of report.results) {
      const parts = [
        result.path,
        result.workflowId && `workflow ${result.workflowId}`,
        result.jobId && `job ${result.jobId}`,
        result.version && `version ${result.version}`,
        result.durationMs !== undefined && formatDuration(result.durationMs),
      ].filter(Boolean)
      this.log.info(`${result.status}${parts.length ? ` · ${parts.join(' · ')}` : ''}`)
      if (result.message && result.status !== 'succeeded') this.log.info(`  ${result.message}`)
      if (result.hint) this.log.info(result.hint.replace(/^/gm, '  '))
      if (result.diff) this.log.info(result.diff)
    }
    this.stdout(`${jsonForStream(outputsOf(report)[Output.Result])}\n`)
    if (isFailure(report.status)) process.exitCode = 1
  }
}
