import type { InputName, Operation } from './input-names.js'

/**
 * The typed, checked form of the inputs. Optional fields are undefined when the input is empty.
 * The inputs every platform shares are fields; a platform's own (credentials, project ids, folders)
 * are in `own`, as the platform's `readSettings` read them (platforms/<name>/facts.ts).
 */
export interface Settings<Own = unknown> {
  platform: string
  operation: Operation
  /** Undefined only for `validate`, which works offline. */
  baseUrl?: URL
  workflowId?: string
  workflowName?: string
  /** As given: a directory, a file, or a glob. */
  path: string
  wait: boolean
  timeoutMs: number
  pollIntervalMs: number
  jobId?: string
  uploadArtifact: boolean
  artifactName?: string
  retentionDays?: number
  dryRun: boolean
  allowHttp: boolean
  failOnDrift: boolean
  varsFile?: string
  redactSecrets: boolean
  backup: boolean
  concurrency: number
  /** The action: keep one comment on the pull request with the results (action/pr-comment/). */
  prComment: boolean
  /** The token that writes it (masked when read). */
  githubToken?: string
  /** What the platform's own inputs came to. */
  own: Own
}

/** Where raw input values come from: `core.getInput` in the action, flags and env in the CLI. */
export type InputSource = (name: InputName) => string
