import type { ArtifactStore } from '../core/artifact.js'
import type { Clock, Deadline } from '../core/clock.js'
import type { IdTokenSource } from '../core/id-token.js'
import type { Logger } from '../core/log.js'
import type { Settings } from '../settings.js'
import type { Platform, PlatformClient } from '../platforms/platform.js'

/** Everything an operation works with. Built once per run by main.ts. */
export interface RunContext {
  settings: Settings
  platform: Platform
  log: Logger
  clock: Clock
  deadline: Deadline
  artifacts: ArtifactStore
  /** The platform client, connected on first use (validate never needs one). */
  client(): PlatformClient
  /** The runner's OIDC ID token, where the front end can get one. */
  idToken?: IdTokenSource
  /** How to pick a job up again from this front end (an `operation: wait` step, or a CLI command). */
  resumeHint(jobId: string): string
}

/** The same run, for one bundle whose settings differ (diff against the workflow its manifest names). */
export function withSettings(context: RunContext, overrides: Partial<Settings>): RunContext {
  const settings = { ...context.settings, ...overrides }
  let client: PlatformClient | undefined
  return {
    ...context,
    settings,
    client: () => (client ??= context.platform.connect(settings, { log: context.log, deadline: context.deadline, clock: context.clock, idToken: context.idToken })),
  }
}
