import type { Bundle, ExportedFile, RoleRule } from '../core/bundle.js'
import type { Clock, Deadline } from '../core/clock.js'
import type { Finding } from '../core/errors.js'
import type { IdTokenSource } from '../core/id-token.js'
import type { Logger } from '../core/log.js'
import type { JobState, PollLimit } from '../core/wait.js'
import type { InputName, Operation } from '../input-names.js'
import type { Settings } from '../settings.js'

/**
 * What flowferry knows of a platform before it loads the platform's code: enough to read and check
 * the inputs and to name the platform in messages. Declared in `<name>/facts.ts`, and held by
 * registry.ts for every platform; the code (`PlatformCode`) is loaded for the chosen one only.
 */
export interface PlatformFacts<Own = unknown> {
  /** The `platform` input value. */
  readonly name: string
  /** The product's name, for messages. */
  readonly title: string
  readonly inputs: InputNeeds
  /**
   * The platform's own inputs (its credentials, ids and options) read into its own settings,
   * `Settings.own`: the schema of what this platform adds to the common inputs.
   */
  readSettings(read: InputReader): Own
  /**
   * The reply header that carries the platform's request id, when it is not one of the common
   * names (`x-request-id`, `request-id`, `x-correlation-id`): shown in debug logs and errors.
   */
  readonly requestIdHeader?: string
  /** Whether imports/exports run as jobs that `operation: wait` can pick up by id. */
  readonly jobs: boolean
  /**
   * With jobs: the platform's published limits on status checks of one job, each with the public
   * page that states it (an empty list when it publishes none). The poller never checks faster.
   */
  readonly pollLimits?: readonly PollLimit[]
  /**
   * The platform's own settings for exporting a workflow as it is now (the backup taken before an
   * import), where they can name another version. Without it, they serve as they are.
   */
  liveExport?(own: Own): Own
  /**
   * How to put back a workflow that `backup` saved before an import replaced it, for the summary.
   * Without it: import the backup bundle into `workflow-id` `target`.
   */
  rollback?(target: string): string
}

/** A platform's code, exported as `platform` by `<name>/index.ts` and loaded on demand by registry.ts. */
export interface PlatformCode<Own = unknown> {
  /**
   * The bundle rules, loaded when a step first reads or writes a bundle: they bring the JSON walker
   * (jsonc-parser), which an export or a wait does not need before its first request.
   */
  loadRules(): Promise<BundleRules<Own>>
  /** A client bound to `base-url` and the credentials in `settings`. */
  connect(settings: Settings<Own>, context: PlatformContext): PlatformClient
}

/** What every platform provides. Operations know platforms only through this interface. */
export type Platform<Own = unknown> = PlatformFacts<Own> & PlatformCode<Own>

/** How a platform reads its own inputs: each checked as every input is, errors naming the input. */
export interface InputReader {
  /** The value, trimmed; undefined when empty. */
  text(name: InputName): string | undefined
  /** true or false (YAML 1.2 core booleans); `fallback` when empty. */
  flag(name: InputName, fallback: boolean): boolean
  /** An endpoint identity tokens are sent to: https, or plain http to this machine only. */
  identityEndpoint(name: InputName): URL | undefined
}

/** Which inputs the platform needs; `inputs.ts` enforces them before anything is sent. */
export interface InputNeeds {
  /** Alternative sets of credential inputs; one set must be complete. */
  auth: readonly (readonly InputName[])[]
  /** Per operation, alternative sets of inputs of which one must be complete. */
  operations?: Partial<Record<Operation, readonly (readonly InputName[])[]>>
  exampleBaseUrl: string
  /** Examples of good values of the platform's own inputs, for the errors that ask for them. */
  examples?: Partial<Record<InputName, string>>
}

export interface BundleRules<Own = unknown> {
  /** The platform's files and their roles, as the contract lists them. */
  roles: readonly RoleRule[]
  /**
   * Accepts a platform file or directory without a manifest (an export zip, an export JSON):
   * copies or unpacks it into `dir` and says which file plays which role.
   */
  adopt(location: string, dir: string, context: RulesContext<Own>): Promise<{ name: string; files: ExportedFile[] }>
  /** Offline structural checks of a bundle's files (parse, required parts, cross references). */
  check?(bundle: Bundle, context: RulesContext<Own>): Promise<Finding[]>
}

export interface RulesContext<Own = unknown> {
  log: Logger
  settings: Settings<Own>
}

export interface PlatformContext {
  log: Logger
  deadline: Deadline
  clock?: Clock
  /** The runner's OIDC ID token, where the front end can get one (keyless sign-in). */
  idToken?: IdTokenSource
}

export interface PlatformClient {
  /** Starts (or performs) an import; a platform with jobs returns the job, running or ended. */
  importBundle(bundle: Bundle): Promise<ImportOutcome>
  /**
   * Optional, for a platform whose import sends the files first and starts the import apart
   * (Kore.ai: uploads, then the import naming their ids): sends what changes no workflow and
   * returns the call that starts the import. A batch stages the next bundle while the one before
   * waits for its job, so that its import starts as soon as that job ends. `staged.start()` does
   * what `importBundle` would have done after the staging.
   */
  stageImport?(bundle: Bundle): Promise<StagedImport>
  /**
   * Starts (or performs) an export into `staging`. Synchronous platforms return the files; a
   * platform with jobs returns the job, and `collectExport` fetches the files once it ended.
   */
  exportWorkflow(staging: string): Promise<ExportOutcome>
  /** The job's current state; platforms with jobs only. */
  jobStatus?(jobId: string): Promise<JobState>
  /** Fetches an ended export job's files into `staging`. */
  collectExport?(job: JobState, staging: string): Promise<ExportedFiles>
  /**
   * Checks the target without changing it (`dry-run`): credentials, folder, name, version. Says
   * what it established and what it could not, so that the dry run's headline claims no more.
   */
  preflight?(bundle: Bundle): Promise<Preflight>
  /**
   * The id of the workflow this import would replace, for `backup`; undefined when it creates a
   * new one. Without this method, it is the workflow `workflow-id` names.
   */
  replaces?(bundle: Bundle): Promise<string | undefined>
}

/**
 * What a dry run found out about the target. Each entry is a clause that reads on its own in a
 * list ("Kore.ai accepts the API key"; "whether the name "X" is free: Kore.ai has no API that
 * lists workflows"); operations/dry-run.ts composes the headline, the log lines, the summary and
 * the pull-request comment from these, and from nothing else.
 */
export interface Preflight {
  /** What was checked and holds, or what the import would do as far as the checks show. */
  checked: string[]
  /** What cannot be known before the import runs, each with the reason. */
  unchecked: string[]
  /** Problems (an error fails the dry run) and warnings, on the bundle's files. */
  findings: Finding[]
}

/** An import whose files are on the platform; `start` starts it (once). */
export interface StagedImport {
  start(): Promise<ImportOutcome>
}

export interface ImportOutcome {
  workflowId?: string
  workflowName?: string
  version?: string
  /** The platform's own word on the result, for synchronous imports. */
  platformStatus?: string
  job?: JobState
  /** Things the user should know that are not failures (e.g. an id that could not be looked up). */
  notes?: string[]
}

export interface ExportedFiles {
  name: string
  workflowId: string
  version?: string
  files: ExportedFile[]
}

export interface ExportOutcome {
  exported?: ExportedFiles
  job?: JobState
  workflowId?: string
  version?: string
  downloadUrl?: string
  platformStatus?: string
}
