import { randomBytes, randomUUID } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import type { Clock } from '../../../core/clock.js'
import { header, readFormBody } from '../../http-helpers.js'
import type { Reply } from './gateway.js'
import { SANDBOX_STATIC_TOKEN } from './seed.js'
import type { ZuoraSettings } from './settings.js'

/**
 * Zuora's OAuth: `POST /oauth/token` with client credentials, form-encoded and without an
 * Authorization header, issues bearer tokens that work for `tokenLifetimeSeconds` (or not at
 * all, for the next `expireNextTokens`); the workflow endpoints take a bearer token.
 */
export class TokenIssuer {
  private readonly tokens = new Map<string, { expiresAt: number }>()
  /** Every token handed out, for the secret-hygiene test. */
  readonly issued: string[] = []
  refused = 0

  constructor(
    private readonly settings: ZuoraSettings,
    private readonly clock: Clock,
  ) {}

  async issue(req: IncomingMessage): Promise<Reply> {
    if (header(req, 'authorization')) {
      req.resume()
      return { status: 400, body: { success: false, reasons: [{ code: '90000020', message: 'The token request must not carry an Authorization header' }] } }
    }
    const form = await readFormBody(req)
    if (form.get('grant_type') !== 'client_credentials') {
      return { status: 400, body: { success: false, reasons: [{ code: '90000020', message: 'grant_type must be client_credentials' }] } }
    }
    if (form.get('client_id') !== this.settings.clientId || form.get('client_secret') !== this.settings.clientSecret) {
      return { status: 401, body: { success: false, reasons: [{ code: '90000011', message: 'Invalid client credentials' }] } }
    }
    const token = `zt-${randomBytes(20).toString('hex')}`
    const lifetimeMs = this.settings.tokenLifetimeSeconds * 1000
    const dead = this.settings.expireNextTokens > 0
    if (dead) this.settings.expireNextTokens--
    this.tokens.set(token, { expiresAt: dead ? 0 : this.clock.now() + lifetimeMs })
    this.issued.push(token)
    return {
      status: 200,
      body: {
        access_token: token,
        token_type: 'bearer',
        expires_in: this.settings.tokenLifetimeSeconds,
        scope: `user.${randomUUID().replace(/-/g, '')} entity.${randomUUID()} service.workflow.read service.workflow.write tenant.9`,
        jti: randomBytes(16).toString('hex'),
      },
    }
  }

  /** Whether the request carries a bearer token that works now (the static one, or one issued and not expired). */
  authorized(req: IncomingMessage): boolean {
    const match = /^Bearer (.+)$/i.exec(header(req, 'authorization') ?? '')
    if (!match) return false
    if (match[1] === SANDBOX_STATIC_TOKEN) return true
    const token = this.tokens.get(match[1]!)
    if (token && this.clock.now() < token.expiresAt) return true
    this.refused++
    return false
  }
}
