import { createPublicKey, randomBytes, randomUUID, verify, type JsonWebKey } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Clock } from '../../../core/clock.js'
import { readJsonBody, sendJson } from '../../http-helpers.js'

/**
 * IAM's OpenID Connect federation, enough for keyless sign-in to run end to end:
 *
 * - `POST /v3.0/OS-AUTH/id-token/tokens` (`X-Idp-Id`, `{"auth": {"id_token": {"id"}, "scope"?}}`):
 *   a federated token in `X-Subject-Token`, unscoped, or project-scoped when `scope.project` is
 *   given (https://support.huaweicloud.com/intl/en-us/api-iam/iam_13_0605.html);
 * - `POST /v3/OS-FEDERATION/identity_providers/{idp}/protocols/{protocol}/auth` (`Authorization:
 *   Bearer <ID token>`): an unscoped token (…/api-iam/iam_13_0606.html);
 * - `POST /v3.0/OS-CREDENTIAL/securitytokens` (the federated token in `X-Auth-Token` or the
 *   body): a temporary AK/SK and security token (…/api-iam/iam_04_0002.html).
 *
 * The ID token is checked as an identity provider configuration says (CreateOpenIdConnectConfig,
 * …/api-iam/iam_13_0207.html): RS256 signature against the configured signing key (a JWKS), `iss`
 * = the provider URL, `aud` = the client ID, `exp`/`nbf`; then the identity conversion rules must
 * map it to a user group (…/usermanual-iam/iam_08_0006.html). IAM's wording of its refusals is not
 * documented; the codes and messages here are the sandbox's own, in IAM's `{error_code,
 * error_msg}` shape.
 *
 * Settings (`POST /__sandbox/config`):
 *   identityProviders     { <idp id>: { issuer, clientId, signingKey (JWKS), enabled?, rules? } }
 *                         rules: [{ claim, anyOneOf?, group }]; none: every token maps to one group
 *   temporaryKeySeconds   how long issued keys last, whatever was asked (a short life tests renewal)
 *   federatedTokenSeconds how long federated tokens last (default 24 h)
 *   missingApis           IAM APIs this IAM does not have ('id-token', 'federation',
 *                         'security-tokens'): answered 404 APIG.0101, as API Gateway answers an
 *                         unpublished API
 *   scopeRequired         `POST /v3.0/OS-AUTH/id-token/tokens` refuses a request without `scope`
 */
/** The settings above, which `configure` reads from `POST /__sandbox/config`. */
export const federationSettingNames = ['identityProviders', 'temporaryKeySeconds', 'federatedTokenSeconds', 'missingApis', 'scopeRequired'] as const

export interface ConversionRule {
  /** The ID token claim the rule reads (`sub`, `repository`, …). */
  claim: string
  /** Matches when the claim is one of these; absent: whenever the claim is present. */
  anyOneOf?: string[]
  group: string
}

export interface IdentityProvider {
  issuer: string
  clientId: string
  signingKey: { keys: JsonWebKey[] } | string
  enabled?: boolean
  rules?: ConversionRule[]
}

export interface TemporaryKey {
  secretKey: string
  securityToken: string
  expiresAt: number
}

interface FederatedToken {
  idp: string
  subject: string
  group: string
  projectId?: string
  expiresAt: number
}

interface Refusal {
  status: number
  code: string
  message: string
}

const UNSCOPED = '/v3.0/OS-AUTH/id-token/tokens'
const FEDERATION_AUTH = /^\/v3\/OS-FEDERATION\/identity_providers\/([^/]+)\/protocols\/([^/]+)\/auth$/
const SECURITY_TOKENS = '/v3.0/OS-CREDENTIAL/securitytokens'
/** How far `nbf`/`iat` may lie ahead of this clock. */
const LEEWAY_S = 60

export class IamFederation {
  readonly providers = new Map<string, IdentityProvider>()
  private readonly tokens = new Map<string, FederatedToken>()
  private readonly keys = new Map<string, TemporaryKey>()
  private temporaryKeySeconds: number | undefined
  private federatedTokenSeconds = 24 * 3600
  private missingApis: string[] = []
  private scopeRequired = false
  /** What happened, for tests (`GET /__sandbox/state`). */
  readonly seen = { idTokens: 0, refusals: [] as string[], temporaryKeys: 0, scopedTokens: 0, subjects: [] as string[] }

  constructor(private readonly clock: Clock) {}

  configure(config: Record<string, unknown>): void {
    const providers = config.identityProviders
    if (providers !== null && typeof providers === 'object') {
      for (const [id, provider] of Object.entries(providers as Record<string, IdentityProvider | null>)) {
        if (provider === null) this.providers.delete(id)
        else this.providers.set(id, provider)
      }
    }
    if (typeof config.temporaryKeySeconds === 'number') this.temporaryKeySeconds = config.temporaryKeySeconds
    if (typeof config.federatedTokenSeconds === 'number') this.federatedTokenSeconds = config.federatedTokenSeconds
    if (Array.isArray(config.missingApis)) this.missingApis = config.missingApis.map(String)
    if (typeof config.scopeRequired === 'boolean') this.scopeRequired = config.scopeRequired
  }

  handles(method: string | undefined, pathname: string): boolean {
    return method === 'POST' && (pathname === UNSCOPED || pathname === SECURITY_TOKENS || FEDERATION_AUTH.test(pathname))
  }

  async handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const body = await readJsonBody(req)
    const federation = FEDERATION_AUTH.exec(url.pathname)
    const api = url.pathname === SECURITY_TOKENS ? 'security-tokens' : federation ? 'federation' : 'id-token'
    if (this.missingApis.includes(api)) {
      return sendJson(res, 404, { error_code: 'APIG.0101', error_msg: 'The API does not exist or has not been published in the environment' }, { 'x-request-id': randomUUID() })
    }
    if (url.pathname === SECURITY_TOKENS) return this.securityTokens(req, res, body)
    const idp = federation ? decodeURIComponent(federation[1]!) : single(req.headers['x-idp-id'])
    const idToken = federation ? /^Bearer\s+(\S+)$/.exec(single(req.headers.authorization) ?? '')?.[1] : at(body, 'auth', 'id_token', 'id')
    const scoped = federation ? undefined : at(body, 'auth', 'scope', 'project', 'id')
    const projectId = typeof scoped === 'string' ? scoped : undefined
    if (!idp) return this.refuse(res, { status: 400, code: 'IAM.0011', message: 'X-Idp-Id is required' })
    if (!federation && this.scopeRequired && !projectId) return this.refuse(res, { status: 400, code: 'IAM.0011', message: 'Request body is invalid: auth.scope is required' })
    if (typeof idToken !== 'string') return this.refuse(res, { status: 400, code: 'IAM.0011', message: 'Request body is invalid: auth.id_token.id is required' })
    const checked = this.check(idp, idToken)
    if ('status' in checked) return this.refuse(res, checked)
    this.seen.idTokens++
    const now = this.clock.now()
    const token = `MIIfederated-${randomBytes(24).toString('hex')}`
    const expiresAt = now + this.federatedTokenSeconds * 1000
    this.tokens.set(token, { idp, subject: checked.subject, group: checked.group, projectId, expiresAt })
    if (projectId) this.seen.scopedTokens++
    this.seen.subjects.push(checked.subject)
    sendJson(
      res,
      201,
      {
        token: {
          methods: ['mapped'],
          issued_at: new Date(now).toISOString(),
          expires_at: new Date(expiresAt).toISOString().replace('Z', '000Z'),
          user: { name: checked.subject, 'OS-FEDERATION': { identity_provider: { id: idp }, protocol: { id: 'oidc' }, groups: [{ name: checked.group }] } },
          ...(projectId ? { project: { id: projectId } } : {}),
        },
      },
      { 'x-subject-token': token, 'x-request-id': randomUUID() },
    )
  }

  /** A project-scoped federated token, for `X-Auth-Token` at the gateway. */
  acceptsToken(token: string): boolean {
    const found = this.tokens.get(token)
    return !!found?.projectId && found.expiresAt > this.clock.now()
  }

  temporaryKey(accessKey: string): TemporaryKey | undefined {
    return this.keys.get(accessKey)
  }

  secrets(): string[] {
    return [...this.tokens.keys(), ...[...this.keys.entries()].flatMap(([ak, key]) => [ak, key.secretKey, key.securityToken])]
  }

  state(): unknown {
    return { ...this.seen, providers: [...this.providers.keys()], temporaryKeys: this.keys.size, tokens: this.tokens.size }
  }

  private securityTokens(req: IncomingMessage, res: ServerResponse, body: unknown): void {
    const token = single(req.headers['x-auth-token']) ?? at(body, 'auth', 'identity', 'token', 'id')
    const methods = at(body, 'auth', 'identity', 'methods')
    if (!Array.isArray(methods) || !methods.includes('token')) return this.refuse(res, { status: 400, code: 'IAM.0011', message: 'Request body is invalid: auth.identity.methods must be ["token"]' })
    const found = typeof token === 'string' ? this.tokens.get(token) : undefined
    if (!found) return this.refuse(res, { status: 401, code: 'IAM.0007', message: 'The token is invalid' })
    if (found.expiresAt <= this.clock.now()) return this.refuse(res, { status: 401, code: 'IAM.0007', message: 'The token has expired' })
    const asked = at(body, 'auth', 'identity', 'token', 'duration_seconds') ?? 900
    if (typeof asked !== 'number' || asked < 900 || asked > 86400) return this.refuse(res, { status: 400, code: 'IAM.0011', message: 'duration_seconds must be from 900 to 86400' })
    const seconds = this.temporaryKeySeconds ?? asked
    const accessKey = `HST${randomBytes(8).toString('hex').toUpperCase()}`
    const key: TemporaryKey = { secretKey: randomBytes(20).toString('base64url'), securityToken: `gQpjbi1ub3J0aC00${randomBytes(48).toString('base64url')}`, expiresAt: this.clock.now() + seconds * 1000 }
    this.keys.set(accessKey, key)
    this.seen.temporaryKeys++
    sendJson(res, 201, { credential: { access: accessKey, secret: key.secretKey, securitytoken: key.securityToken, expires_at: new Date(key.expiresAt).toISOString() } }, { 'x-request-id': randomUUID() })
  }

  /** The ID token as the identity provider's configuration says to check it. */
  private check(idp: string, jwt: string): { subject: string; group: string } | Refusal {
    const provider = this.providers.get(idp)
    if (!provider) return { status: 404, code: 'IAM.0004', message: `Could not find identity provider: ${idp}` }
    if (provider.enabled === false) return { status: 403, code: 'IAM.0003', message: `The identity provider ${idp} is disabled` }
    const parts = jwt.split('.')
    if (parts.length !== 3) return { status: 400, code: 'IAM.0011', message: 'The ID token is not a JWT' }
    let header: Record<string, unknown>
    let claims: Record<string, unknown>
    try {
      header = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8')) as Record<string, unknown>
      claims = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as Record<string, unknown>
    } catch {
      return { status: 400, code: 'IAM.0011', message: 'The ID token is not a JWT' }
    }
    if (header.alg !== 'RS256') return { status: 401, code: 'IAM.0007', message: `The ID token signature algorithm ${String(header.alg)} is not supported` }
    const keys = (typeof provider.signingKey === 'string' ? (JSON.parse(provider.signingKey) as { keys: JsonWebKey[] }) : provider.signingKey).keys
    const jwk = keys.find((key) => header.kid === undefined || key.kid === header.kid)
    if (!jwk) return { status: 401, code: 'IAM.0007', message: `The ID token signing key ${String(header.kid)} is not in the identity provider's signing key` }
    const signed = verify('RSA-SHA256', Buffer.from(`${parts[0]}.${parts[1]}`), createPublicKey({ key: jwk, format: 'jwk' }), Buffer.from(parts[2]!, 'base64url'))
    if (!signed) return { status: 401, code: 'IAM.0007', message: 'The ID token signature is invalid' }
    if (claims.iss !== provider.issuer) return { status: 401, code: 'IAM.0007', message: `The ID token issuer ${String(claims.iss)} does not match the identity provider URL` }
    const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud]
    if (!audiences.includes(provider.clientId)) return { status: 401, code: 'IAM.0007', message: `The ID token audience (aud) ${JSON.stringify(claims.aud)} does not match the client ID of the identity provider` }
    const now = this.clock.now() / 1000
    if (typeof claims.exp !== 'number' || claims.exp <= now) return { status: 401, code: 'IAM.0007', message: 'The ID token has expired (exp)' }
    if (typeof claims.nbf === 'number' && claims.nbf > now + LEEWAY_S) return { status: 401, code: 'IAM.0007', message: 'The ID token is not yet valid (nbf)' }
    const rules = provider.rules ?? [{ claim: 'sub', group: 'flowferry-sandbox' }]
    const rule = rules.find((r) => typeof claims[r.claim] === 'string' && (r.anyOneOf === undefined || r.anyOneOf.includes(claims[r.claim] as string)))
    if (!rule) return { status: 403, code: 'IAM.0003', message: `The federated user matches no identity conversion rule of ${idp}` }
    return { subject: String(claims.sub ?? 'unknown'), group: rule.group }
  }

  private refuse(res: ServerResponse, refusal: Refusal): void {
    this.seen.refusals.push(refusal.message)
    sendJson(res, refusal.status, { error_code: refusal.code, error_msg: refusal.message }, { 'x-request-id': randomUUID() })
  }
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}

/** The value at a path of nested objects, or undefined. */
function at(value: unknown, ...path: string[]): unknown {
  let current = value
  for (const key of path) {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined
    current = (current as Record<string, unknown>)[key]
  }
  return current
}
