import { generateKeyPairSync, randomUUID, sign, type JsonWebKey, type KeyObject } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { systemClock, type Clock } from '../../core/clock.js'
import { sendJson } from '../http-helpers.js'

/**
 * A loopback stand-in for the GitHub runner's OpenID Connect token endpoint, so keyless sign-in
 * runs end to end without GitHub: `GET /token?api-version=2.0&audience=<aud>` with `Authorization:
 * Bearer <request token>` answers `{"count": n, "value": "<JWT>"}`, as the runner does for
 * `core.getIDToken` (https://docs.github.com/en/actions/reference/security/oidc). The JWTs are
 * RS256, signed with a key of its own; `/.well-known/jwks` and `/.well-known/openid-configuration`
 * publish it, as https://token.actions.githubusercontent.com does, so an IAM stand-in can be told
 * to trust it. The claims follow GitHub's documented set (sub, repository, ref, …).
 */
export interface IdTokenServiceSettings {
  /** `iss` of every token; default: the service's own URL. */
  issuer?: string
  /** Seconds from issue to `exp`; negative issues tokens that are already expired. */
  lifetimeSeconds: number
  /** `aud` when the request names none (GitHub's default: the repository owner's URL). */
  defaultAudience: string
  /** Claims of the job the tokens describe. */
  repository: string
  ref: string
  /** Refuse every request, as a runner does without `id-token: write` (it then sets no variables at all). */
  refuse: boolean
}

export interface IssuedIdToken {
  audience?: string
  jwt: string
  claims: Record<string, unknown>
}

export interface IdTokenService {
  url: string
  /** ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN for the action under test. */
  env: Record<string, string>
  issuer: string
  /** The public keys, as an identity provider's signing key is configured (a JWKS). */
  jwks: { keys: JsonWebKey[] }
  issued: IssuedIdToken[]
  settings: IdTokenServiceSettings
  /** A token with any claims, signed with this service's key (for tests of the IAM side). */
  sign(claims: Record<string, unknown>): string
  close(): Promise<void>
}

const KID = 'flowferry-sandbox-1'

export async function startIdTokenService(options: { clock?: Clock; host?: string; settings?: Partial<IdTokenServiceSettings> } = {}): Promise<IdTokenService> {
  const clock = options.clock ?? systemClock
  const { privateKey, publicKey } = keyPair()
  const requestToken = `sandbox-id-token-request-${randomUUID()}`
  const settings: IdTokenServiceSettings = {
    lifetimeSeconds: 300,
    defaultAudience: 'https://github.com/flowferry-sandbox',
    repository: 'flowferry-sandbox/workflows',
    ref: 'refs/heads/main',
    refuse: false,
    ...options.settings,
  }
  const issued: IssuedIdToken[] = []
  let url = ''
  const issuer = () => settings.issuer ?? url
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid: KID, alg: 'RS256', use: 'sig' }

  const signJwt = (claims: Record<string, unknown>) => {
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
    const unsigned = `${part({ typ: 'JWT', alg: 'RS256', kid: KID })}.${part(claims)}`
    return `${unsigned}.${sign('RSA-SHA256', Buffer.from(unsigned), privateKey).toString('base64url')}`
  }

  const server = createServer((req, res) => {
    void answer(req, res).catch((error: unknown) => sendJson(res, 500, { message: String(error) }))
  })

  async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    req.resume()
    const requestUrl = new URL(req.url ?? '/', url)
    if (requestUrl.pathname === '/.well-known/jwks') return sendJson(res, 200, { keys: [jwk] })
    if (requestUrl.pathname === '/.well-known/openid-configuration') {
      return sendJson(res, 200, { issuer: issuer(), jwks_uri: `${url}/.well-known/jwks`, id_token_signing_alg_values_supported: ['RS256'], subject_types_supported: ['public', 'pairwise'] })
    }
    if (requestUrl.pathname !== '/token' || req.method !== 'GET') return sendJson(res, 404, { message: 'not found' })
    if (req.headers.authorization !== `Bearer ${requestToken}` || settings.refuse) return sendJson(res, 401, { message: 'the request token is not valid for this job' })
    const audience = requestUrl.searchParams.get('audience') ?? undefined
    const now = Math.floor(clock.now() / 1000)
    const owner = settings.repository.split('/')[0]
    const claims = {
      jti: randomUUID(),
      sub: `repo:${settings.repository}:ref:${settings.ref}`,
      aud: audience ?? settings.defaultAudience,
      ref: settings.ref,
      sha: '0123456789abcdef0123456789abcdef01234567',
      repository: settings.repository,
      repository_owner: owner,
      run_id: '1',
      run_attempt: '1',
      actor: 'sandbox-user',
      workflow: 'promote',
      event_name: 'push',
      ref_type: 'branch',
      job_workflow_ref: `${settings.repository}/.github/workflows/promote.yml@${settings.ref}`,
      iss: issuer(),
      nbf: now - 5,
      iat: now,
      exp: now + settings.lifetimeSeconds,
    }
    const jwt = signJwt(claims)
    issued.push({ audience, jwt, claims })
    sendJson(res, 200, { count: issued.length, value: jwt })
  }

  url = await new Promise<string>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, options.host ?? '127.0.0.1', () => resolve(`http://${options.host ?? '127.0.0.1'}:${(server.address() as AddressInfo).port}`))
  })

  return {
    url,
    env: { ACTIONS_ID_TOKEN_REQUEST_URL: `${url}/token?api-version=2.0`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken },
    get issuer() {
      return issuer()
    },
    jwks: { keys: [jwk] },
    issued,
    settings,
    sign: signJwt,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** One RSA key per process: generating one costs tens of milliseconds, and every service may share it. */
let shared: { privateKey: KeyObject; publicKey: KeyObject } | undefined
function keyPair(): { privateKey: KeyObject; publicKey: KeyObject } {
  shared ??= generateKeyPairSync('rsa', { modulusLength: 2048 })
  return shared
}
