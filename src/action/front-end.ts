import { GitHubArtifactStore, type ArtifactStore } from '../core/artifact.js'
import { idTokenSource, type IdTokenSource } from '../core/id-token.js'
import { ActionsLogger } from '../core/log.js'
import { phrasedLogger } from '../core/phrased-log.js'
import { renderAll, type Phrasing } from '../core/phrasing.js'
import { setSecretSink } from '../core/secrets.js'
import * as core from '../core/workflow-commands.js'
import { forLog, shown } from '../core/untrusted-text.js'
import type { InputSource, Settings } from '../settings.js'
import type { FrontEnd } from '../front-end.js'
import { credentialInputs } from '../input-names.js'
import { isFailure } from '../operations/result.js'
import { Output } from '../output-names.js'
import { outputsOf } from '../outputs.js'
import type { RunReport } from '../report.js'
import { renderSummary } from '../summary.js'
import { MAJOR_TAG } from '../version.js'
import { actionPhrasing, secretExpression } from './phrasing.js'
import { concernsComment } from './pr-comment/reported.js'

/** The GitHub runner as a front end: inputs from `with:`, outputs, job summary, annotations, setFailed. */
/** Outputs whose values flowferry chooses from a fixed list: never text from outside, never masked. */
const OWN_WORDS = new Set<string>([Output.Status, Output.Changed])

export class ActionFrontEnd implements FrontEnd {
  /** Hints in a workflow author's words (`upload-artifact: false`, "re-run the step"). */
  readonly phrasing: Phrasing = actionPhrasing(() => core.getInput('platform').trim().toLowerCase())
  readonly log = phrasedLogger(new ActionsLogger(), this.phrasing)
  readonly artifacts: ArtifactStore = new GitHubArtifactStore(this.log)
  readonly input: InputSource = (name) => core.getInput(name)
  // The toolkit's OIDC client (and its HTTP stack) is loaded by the runs that ask for a token.
  readonly idToken: IdTokenSource = idTokenSource(async (audience) => (await import('@actions/core')).getIDToken(audience))

  constructor() {
    setSecretSink((value) => core.setSecret(value))
  }

  resumeHint(settings: Settings, jobId: string): string {
    const secretInputs = credentialInputs.filter((name) => this.input(name).trim()).map((name) => `    ${name}: ${secretExpression(settings.platform, name)}`)
    return [
      `# Resume in a later step or job (the job keeps running on the platform):`,
      `- uses: flowferry/flowferry@${MAJOR_TAG}`,
      `  with:`,
      `    platform: ${settings.platform}`,
      `    operation: wait`,
      `    base-url: ${settings.baseUrl?.toString() ?? ''}`,
      `    job-id: ${jobId}`,
      ...secretInputs,
    ].join('\n')
  }

  async publish(unrendered: RunReport): Promise<void> {
    const report = renderAll(unrendered, this.phrasing)
    for (const result of report.results) for (const finding of result.findings ?? []) this.log.annotate(finding)
    // The comment never changes the step's result: whatever goes wrong there is one warning.
    // Loaded here, after the work, and only by a step it concerns: its GitHub client (Octokit) and
    // zod stay off the start-up path, and off the end of an export or a wait (~15 ms).
    // The import is inside the catch too: a module that fails to load is a comment not written.
    if (concernsComment(report)) {
      report.commentUrl = await import('./pr-comment/index.js')
        .then(({ commentOnPullRequest }) => commentOnPullRequest(report, this.log))
        .catch((error: Error) => {
          this.log.warning(`pr-comment: the comment was not written (${error.message}). The step's result is unchanged`)
          return undefined
        })
    }
    // Outputs are written to GITHUB_OUTPUT under a random heredoc delimiter (the toolkit refuses a
    // value holding it), so a value cannot add a key; outputsOf keeps the one-line ones one line.
    // `status` and `changed` are flowferry's own words: a secret that happens to be "succeeded"
    // must not turn the output a pipeline reads into `***`.
    for (const [name, value] of Object.entries(outputsOf(report))) core.setOutput(name, OWN_WORDS.has(name) ? value : shown(value))
    try {
      await core.appendSummary(shown(renderSummary(report)))
    } catch (error) {
      // No summary file outside a runner; the outputs and the log still say everything.
      this.log.debug(`job summary not written: ${(error as Error).message}`)
    }
    if (!isFailure(report.status)) return
    const failures = report.results.filter((result) => isFailure(result.status))
    const lines = failures.map((result) => {
      const where = report.batch && result.path ? `${result.path}: ` : ''
      return `${where}${result.message ?? result.status}${result.hint && !result.hint.includes('\n') ? `\n${result.hint}` : ''}`
    })
    if (failures.some((result) => result.hint?.includes('\n'))) {
      this.log.info(failures.find((result) => result.hint?.includes('\n'))!.hint!)
    }
    const prefix = report.batch ? `${failures.length} of ${report.results.length} bundles failed:\n` : ''
    core.setFailed(forLog(prefix + lines.join('\n')))
  }
}
