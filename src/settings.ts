import type { InputName, Operation } from './input-names.js'

/** The credential inputs, as read. Each platform's `Credentials` (core/http) takes the ones it signs with. */
export interface Credentials {
  apiKey?: string
  token?: string
  clientId?: string
  clientSecret?: string
  accessKeyId?: string
  secretAccessKey?: string
  /** The security token that goes with a temporary AK/SK (SecMaster). */
  securityToken?: string
}

/** The typed, checked form of the inputs. Optional fields are undefined when the input is empty. */
export interface Settings {
  platform: string
  operation: Operation
  /** Undefined only for `validate`, which works offline. */
  baseUrl?: URL
  credentials: Credentials
  projectId?: string
  workspaceId?: string
  workflowId?: string
  workflowName?: string
  flowId?: string
  version?: string
  activate: boolean
  targetFolder?: string
  createFolders: boolean
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
  /** Keyless SecMaster: the IAM identity provider that trusts GitHub's ID tokens (`X-Idp-Id`). */
  identityProvider?: string
  /** The audience to ask the runner's ID token for; GitHub's default when undefined. */
  oidcAudience?: string
  /** Where the ID token is exchanged; the platform derives one from `base-url` when undefined. */
  iamEndpoint?: URL
  /** Leapwork: the team (id or name) to import into. */
  team?: string
  /** Leapwork: force mode for title collisions. */
  force: boolean
}

/** Where raw input values come from: `core.getInput` in the action, flags and env in the CLI. */
export type InputSource = (name: InputName) => string
