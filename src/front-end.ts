import type { ArtifactStore } from './core/artifact.js'
import type { Clock } from './core/clock.js'
import type { IdTokenSource } from './core/id-token.js'
import type { Logger } from './core/log.js'
import type { RunReport } from './report.js'
import type { InputSource, Settings } from './settings.js'

/**
 * Where a run's inputs come from and where its outcome goes: the GitHub runner (action/front-end.ts)
 * or a terminal (cli/front-end.ts). Operations never see the difference.
 */
export interface FrontEnd {
  readonly log: Logger
  readonly input: InputSource
  readonly artifacts: ArtifactStore
  readonly clock?: Clock
  /** The runner's OIDC ID token, for keyless sign-in; absent where there is no way to get one. */
  readonly idToken?: IdTokenSource
  /** How to pick up a job in a later step or command. */
  resumeHint(settings: Settings, jobId: string): string
  /** Outputs, summary, annotations; and, when the run failed, the failure. */
  publish(report: RunReport): Promise<void>
}
