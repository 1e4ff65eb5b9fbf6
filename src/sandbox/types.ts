import type { JsonWebKey } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Clock } from '../core/clock.js'

/**
 * A platform's loopback imitation, one folder per platform under emulators/ (loaded through
 * emulators.ts); the sandbox server (server.ts) puts fault injection, request accounting and the
 * control endpoints around it, the same for every platform.
 */
export interface Emulator {
  /**
   * The names of the platform-specific settings it takes (settings.ts), at start and through
   * `POST /__sandbox/config`: the server and the control API refuse any other, listing these.
   */
  readonly settingNames: readonly string[]
  create(options: SandboxOptions): SandboxApp
}

/** Behaviour switches shared by all platforms; each platform reads the ones that apply. */
export interface JobBehaviour {
  /** How long an asynchronous job runs (sandbox clock). */
  durationMs: number
  /** How a job ends: `endless` never does. */
  outcome: 'success' | 'failed' | 'endless'
}

export interface SandboxOptions {
  /** Where uploaded and exported files are kept. */
  storageDir: string
  clock: Clock
  jobs: JobBehaviour
  /** The sandbox's own base URL, once it is listening (for links it hands out). */
  baseUrl: () => string
  /** A second origin on which downloads can be served, to prove credentials do not follow them. */
  foreignUrl: () => string
  /** Platform-specific settings (`POST /__sandbox/config`). */
  config: Record<string, unknown>
}

/** A request the fault matrix aims at (docs/reliability.md). */
export interface CallDescriptor {
  method: string
  /** A fault rule path: a substring, or `/regex/`. */
  path: string
  /** Whether flowferry may send it again (a GET, or a POST the platform de-duplicates). */
  idempotent: boolean
  /**
   * The platform does the work within the request (a synchronous import), so flowferry waits for
   * the reply until the step's timeout: a reply that is merely slow is no fault there.
   */
  waitsForReply?: boolean
}

export interface SandboxApp {
  /**
   * Answers one request; throw nothing, answer errors as the platform would. `'replayed'` says the
   * request repeated an earlier one and the platform only gave the earlier answer again (an
   * idempotent replay): it was not carried out a second time.
   */
  handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void | 'replayed'>
  /** Requests to the foreign origin (downloads handed out on another host). */
  handleForeign?(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void>
  /** Input values that work against this sandbox (credentials, project ids), for the demo and the tests. */
  readonly inputs: Record<string, string>
  /**
   * Keyless sign-in, for a platform whose identity service can trust the runner's OIDC ID tokens:
   * trust tokens from `issuer` signed with `jwks` (github/id-token-service.ts issues them), and return the
   * inputs that sign in that way, in place of `inputs`.
   */
  keyless?(issuer: string, jwks: { keys: JsonWebKey[] }): Record<string, string>
  /**
   * The demo's promotion: extra inputs for its export step and for its import step, and the
   * production values of the placeholders the export leaves (written to a vars-file).
   */
  readonly demo?: { export: Record<string, string>; import: Record<string, string>; vars?: Record<string, string> }
  /**
   * The calls the fault matrix aims its faults at: the one that carries out an import, the one
   * that starts or returns an export, the download (when separate) and the job status poll.
   */
  readonly calls?: { import: CallDescriptor; export: CallDescriptor; download?: CallDescriptor; status?: CallDescriptor }
  /**
   * Platform-specific fault scenarios (an expired token), as settings to apply, inputs that differ
   * from `inputs` (another way to sign in) and the status they lead to.
   */
  readonly scenarios?: {
    name: string
    operation: 'import' | 'export'
    config: Record<string, unknown>
    inputs?: Record<string, string>
    expect: 'succeeded' | 'failed'
  }[]
  /**
   * Every secret this sandbox accepts or hands out, beyond the credential inputs: tokens it
   * issued, secret values inside its workflows. The secret-hygiene test looks for each of them.
   */
  secrets?(): string[]
  /** The platform's state as JSON, for tests (`GET /__sandbox/state`). */
  state(): unknown
  /** Applies platform-specific settings. */
  configure?(config: Record<string, unknown>): void
}
