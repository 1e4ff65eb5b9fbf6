import type { JsonWebKey } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { Router } from '../../router.js'
import type { Emulator, SandboxApp, SandboxOptions } from '../../types.js'
import { ApiGateway } from './gateway.js'
import { federationSettingNames, IamFederation } from './federation.js'
import { TokenService } from './iam.js'
import { SANDBOX_SECRET_KEY, SANDBOX_TOKEN, SEEDED_PLACEHOLDER, SEEDED_SECRET_VALUE, SEEDED_WORKFLOW_ID } from './seed.js'
import { applySettings, defaultSettings, settingNames, type SecmasterSettings } from './settings.js'
import { WorkflowStore } from './store.js'
import { send, WorkflowRoutes } from './workflow-routes.js'

/**
 * Huawei Cloud SecMaster's workflow API as its documentation describes it, behind an imitation
 * of API Gateway (gateway.ts, with IAM's token API in iam.ts and its OpenID Connect federation,
 * for keyless sign-in, in federation.ts; IAM also answers alone on the second origin): the workflow endpoints in
 * workflow-routes.ts over the files of store.ts, seeded from seed.ts. What the documentation
 * leaves open is a setting (settings.ts).
 */
/** The identity provider and client ID the sandbox's IAM trusts for keyless sign-in. */
export const KEYLESS_IDP = 'github-actions'
export const KEYLESS_AUDIENCE = 'flowferry-secmaster'

export const secmasterEmulator: Emulator = {
  settingNames: [...settingNames, ...federationSettingNames],
  create: (options) => new SecmasterEmulator(options),
}

class SecmasterEmulator implements SandboxApp {
  private readonly settings: SecmasterSettings = defaultSettings()
  private readonly store: WorkflowStore
  private readonly iam: TokenService
  private readonly federation: IamFederation
  private readonly gateway: ApiGateway
  private readonly routes: WorkflowRoutes
  private readonly router = new Router()

  constructor(options: SandboxOptions) {
    applySettings(this.settings, options.config)
    this.store = new WorkflowStore(options.storageDir, this.settings)
    if (!this.settings.empty) this.store.seed()
    this.store.addArchives(this.settings.extraWorkflows)
    this.iam = new TokenService(this.settings, options.clock)
    this.federation = new IamFederation(options.clock)
    this.federation.configure(options.config)
    this.gateway = new ApiGateway(this.settings, this.iam, options.clock, this.federation)
    this.routes = new WorkflowRoutes(this.store, this.settings, this.gateway, options.storageDir, options.clock)
    this.routes.register(this.router)
  }

  get inputs(): Record<string, string> {
    return {
      'access-key-id': this.settings.accessKey,
      'secret-access-key': this.settings.secretKey,
      'project-id': this.settings.projectId,
      'workspace-id': this.settings.workspaceId,
    }
  }

  readonly demo = {
    export: { 'workflow-id': SEEDED_WORKFLOW_ID },
    import: {},
    vars: { [SEEDED_PLACEHOLDER]: 'ti-production-token-93d2f7aa' },
  }

  readonly calls = {
    import: { method: 'POST', path: '/soc/workflows/import', idempotent: false },
    // The export reads only (its documentation gives it no side effect): flowferry repeats it after a lost reply.
    export: { method: 'POST', path: '/soc/workflows/export', idempotent: true },
  }

  readonly scenarios = [
    { name: 'APIG.0308 throttling without Retry-After', operation: 'import' as const, config: { throttleNext: 2 }, expect: 'succeeded' as const },
    { name: 'APIG.0308 throttling without Retry-After', operation: 'export' as const, config: { throttleNext: 2 }, expect: 'succeeded' as const },
    { name: 'signature refused (APIG.0301)', operation: 'export' as const, config: { secretKey: 'sk-another-secret-key-0000' }, expect: 'failed' as const },
    // An IAM token cannot be renewed by flowferry (it holds no password): the step fails and says so.
    ...(['import', 'export'] as const).map((operation) => ({
      name: 'expired IAM token (APIG.0307)',
      operation,
      config: { tokenExpired: true },
      inputs: { token: SANDBOX_TOKEN, 'access-key-id': '', 'secret-access-key': '' },
      expect: 'failed' as const,
    })),
  ]

  /**
   * Keyless sign-in: IAM here trusts ID tokens from `issuer` signed with `jwks`, as identity
   * provider `github-actions` with client ID `flowferry-secmaster`; the inputs that sign in through it.
   */
  keyless(issuer: string, jwks: { keys: JsonWebKey[] }): Record<string, string> {
    this.federation.configure({ identityProviders: { [KEYLESS_IDP]: { issuer, clientId: KEYLESS_AUDIENCE, signingKey: jwks } } })
    return { 'identity-provider': KEYLESS_IDP, 'oidc-audience': KEYLESS_AUDIENCE, 'project-id': this.settings.projectId, 'workspace-id': this.settings.workspaceId }
  }

  secrets(): string[] {
    return [this.settings.token, this.settings.secretKey, SANDBOX_SECRET_KEY, SEEDED_SECRET_VALUE, ...this.iam.issued, ...this.federation.secrets(), ...Object.values(this.demo.vars)]
  }

  configure(config: Record<string, unknown>): void {
    const before = this.store.workflows.size > 0 ? this.settings.extraWorkflows : undefined
    applySettings(this.settings, config)
    this.federation.configure(config)
    if (before !== undefined && this.settings.extraWorkflows > before) this.store.addArchives(this.settings.extraWorkflows - before)
  }

  state(): unknown {
    const { signed, token, refused, temporary } = this.gateway.seen
    return {
      workflows: this.store.state(),
      requests: { signed, token, refused, temporary },
      iam: this.federation.state(),
      lastImport: this.routes.lastImport,
      lastExport: this.routes.lastExport,
    }
  }

  async handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (await this.iamRoute(req, res, url)) return
    const refusal = await this.gateway.admit(req, url)
    if (refusal) {
      req.resume()
      return send(res, refusal.status, { error_code: refusal.code, error_msg: refusal.message })
    }
    if (!(await this.router.dispatch(req, res, url))) {
      req.resume()
      send(res, 404, { error_code: 'APIG.0101', error_msg: 'The API does not exist or has not been published in the environment' })
    }
  }

  /** The second origin is IAM alone, so a test can give iam-endpoint a host of its own and see what reaches it. */
  async handleForeign(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (await this.iamRoute(req, res, url)) return
    req.resume()
    send(res, 404, { error_code: 'IAM.0004', error_msg: 'Could not find the requested API' })
  }

  /** IAM's APIs, served on either origin: the password token and the OpenID Connect federation. */
  private async iamRoute(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    if (req.method === 'POST' && url.pathname === '/v3/auth/tokens') await this.iam.issue(req, res)
    else if (this.federation.handles(req.method, url.pathname)) await this.federation.handle(req, res, url)
    else return false
    return true
  }
}
