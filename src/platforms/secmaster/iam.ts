import { z } from '../../core/schema.js'
import { HttpError, ReplyError } from '../../core/errors.js'
import { HttpClient, readJson, readText, type ErrorDescriber, type HttpReply, type RequestSpec } from '../../core/http/client.js'
import { untrustedToken } from '../../core/reply-fields.js'
import { registerSecret } from '../../core/secrets.js'
import { input, phrase } from '../../core/phrasing.js'
import { Input } from '../../input-names.js'
import type { PlatformContext } from '../platform.js'
import type { SigningKeys } from './auth.js'
import { errorDetail } from './replies.js'

/**
 * The two IAM calls of keyless sign-in, the flow Huawei's Go and Java SDKs use for an identity
 * provider and an ID token (`BaseCredentials.updateAuthTokenByIdToken`, `FederalAccessor`):
 *
 * 1. `POST /v3.0/OS-AUTH/id-token/tokens` with `X-Idp-Id` and the ID token, no scope: an
 *    unscoped federated token in `X-Subject-Token`
 *    (https://support.huaweicloud.com/intl/en-us/api-iam/iam_13_0605.html);
 * 2. `POST /v3.0/OS-CREDENTIAL/securitytokens` with that token: a temporary AK/SK and security
 *    token, 15 minutes to 24 hours (https://support.huaweicloud.com/intl/en-us/api-iam/iam_04_0002.html).
 *
 * Everything IAM hands out is registered as a secret before anything else reads it.
 */

export interface IamToken {
  token: string
  /** Epoch ms, as IAM said; undefined when its answer had no readable time. */
  expiresAt?: number
}

export interface TemporaryKeys extends SigningKeys {
  securityToken: string
  /** Epoch ms, as IAM said; undefined when its answer had no readable time. */
  expiresAt?: number
}

/** Who asked, for turning IAM's refusal into what to configure. */
export interface Asker {
  identityProvider: string
  audience: string | undefined
  /** The ID token's claims in one line (describeIdToken). */
  claims: string
}

const UNSCOPED_PATH = '/v3.0/OS-AUTH/id-token/tokens'
const SECURITY_TOKENS_PATH = '/v3.0/OS-CREDENTIAL/securitytokens'
const JSON_UTF8 = 'application/json;charset=UTF-8'
/** Enough of a token reply to read `expires_at` (a catalog can make it long). */
const TOKEN_BODY_LIMIT = 1024 * 1024

const expiry = z.object({ token: z.object({ expires_at: z.string().optional() }).passthrough() }).passthrough()
const credential = z.object({
  credential: z
    .object({
      // Sent back as headers and signed with: one printable word each (core/reply-fields.ts).
      access: untrustedToken,
      secret: untrustedToken,
      securitytoken: untrustedToken,
      expires_at: z.string().optional(),
    })
    .passthrough(),
})

/** IAM's own error bodies (`{error_code, error_msg}` or keystone's `{error: {code, message}}`), read as SecMaster's are. */
const describeError: ErrorDescriber = ({ status, headers, text }) => {
  const detail = errorDetail(status, headers, text)
  return { ...detail, requestId: detail.requestId ?? headerValue(headers['x-iam-trace-id']) }
}

export class IamExchange {
  private readonly http: HttpClient

  constructor(
    readonly endpoint: URL,
    context: PlatformContext,
  ) {
    // No credentials on this client: each call carries its own token, to this origin only.
    this.http = new HttpClient({ baseUrl: endpoint, log: context.log, deadline: context.deadline, clock: context.clock, describeError })
  }

  /**
   * Step 1: the ID token for a federated token — unscoped, or scoped to `projectId` (for an IAM
   * that will not issue temporary keys: the token then goes to SecMaster as `X-Auth-Token`).
   */
  async federatedToken(idToken: string, asker: Asker, projectId?: string): Promise<IamToken> {
    const what = `exchange the GitHub ID token at IAM (${this.endpoint.origin}) through identity provider ${asker.identityProvider}${projectId ? ` for a project token` : ''}`
    const scope = projectId ? { scope: { project: { id: projectId } } } : {}
    const body = JSON.stringify({ auth: { id_token: { id: idToken }, ...scope } })
    return this.tokenCall(
      { path: UNSCOPED_PATH, what, headers: { 'X-Idp-Id': asker.identityProvider }, body: { kind: 'bytes', data: Buffer.from(body), contentType: JSON_UTF8 } },
      asker,
    )
  }

  /**
   * Step 1 through the federation API's OpenID Connect protocol, for an IAM without the endpoint
   * above: `Authorization: Bearer <ID token>` (https://support.huaweicloud.com/intl/en-us/api-iam/iam_13_0606.html;
   * `oidc` is the protocol id IAM registers for OpenID Connect).
   */
  async protocolToken(idToken: string, asker: Asker): Promise<IamToken> {
    const path = `/v3/OS-FEDERATION/identity_providers/${encodeURIComponent(asker.identityProvider)}/protocols/oidc/auth`
    const what = `exchange the GitHub ID token at IAM (${this.endpoint.origin}) through the federation API of identity provider ${asker.identityProvider}`
    return this.tokenCall({ path, what, headers: { Authorization: `Bearer ${idToken}` } }, asker)
  }

  private async tokenCall(spec: Pick<RequestSpec, 'path' | 'headers' | 'body'> & { what: string }, asker: Asker): Promise<IamToken> {
    const { what } = spec
    return this.http
      .request(
        // A second token request only issues a second token.
        { method: 'POST', ...spec, idempotent: true },
        async (reply) => {
          const token = headerValue(reply.headers['x-subject-token'])
          registerSecret(token)
          if (!token) throw new ReplyError(`${what}: IAM answered HTTP ${reply.status} without the token (no X-Subject-Token header)`)
          // The token is in the header; the body only says when it ends, and is not needed for that.
          let expiresAt: number | undefined
          try {
            const parsed = expiry.safeParse(JSON.parse(await readText(reply.body, TOKEN_BODY_LIMIT)))
            expiresAt = parsed.success ? parseTime(parsed.data.token.expires_at) : undefined
          } catch {
            expiresAt = undefined
          }
          return { token, expiresAt }
        },
      )
      .catch((error: unknown) => {
        throw error instanceof HttpError ? error.withHint(refusalHint(error, asker)) : error
      })
  }

  /** Step 2: the unscoped token for a temporary AK/SK and security token lasting `durationSeconds`. */
  async temporaryKeys(token: string, durationSeconds: number, asker: Asker): Promise<TemporaryKeys> {
    const what = `get temporary access keys from IAM (${this.endpoint.origin})`
    // The token goes in X-Auth-Token, as the API page lists it, and in the body, where the SDKs
    // put it; IAM reads the header first (IAM SDK model IdentityToken.id).
    const body = JSON.stringify({ auth: { identity: { methods: ['token'], token: { id: token, duration_seconds: durationSeconds } } } })
    return this.http
      .request(
        {
          method: 'POST',
          path: SECURITY_TOKENS_PATH,
          what,
          headers: { 'X-Auth-Token': token },
          body: { kind: 'bytes', data: Buffer.from(body), contentType: JSON_UTF8 },
          idempotent: true,
        },
        (reply) => readKeys(reply, what),
      )
      .catch((error: unknown) => {
        if (!(error instanceof HttpError)) throw error
        throw error.withHint(
          `IAM accepted the ID token but would not issue temporary access keys for the federated user (${asker.claims}). ` +
            'Check that the identity provider is enabled and that its identity conversion rules map this token to a user group.',
        )
      })
  }
}

async function readKeys(reply: HttpReply, what: string): Promise<TemporaryKeys> {
  const value = await readJson(reply, what)
  const found = value !== null && typeof value === 'object' ? (value as { credential?: Record<string, unknown> }).credential : undefined
  // Mask what arrived before checking its shape: an error below must not carry a key in the clear.
  for (const field of ['access', 'secret', 'securitytoken'] as const) if (typeof found?.[field] === 'string') registerSecret(found[field])
  const parsed = credential.safeParse(value)
  if (!parsed.success) throw new ReplyError(`${what}: IAM's answer has no credential {access, secret, securitytoken}`)
  const { access, secret, securitytoken, expires_at } = parsed.data.credential
  return { accessKey: access, secretKey: secret, securityToken: securitytoken, expiresAt: parseTime(expires_at) }
}

/**
 * IAM does not offer this API at all (an API Gateway 404/405, or 501), as opposed to refusing the
 * request: an unknown identity provider is also a 404, but one that IAM explains.
 */
export function missingApi(error: unknown): boolean {
  if (!(error instanceof HttpError) || ![404, 405, 501].includes(error.httpStatus)) return false
  return !/^IAM\./i.test(error.code ?? '') && !/identity.?provider|\bidp\b/i.test(error.detail)
}

/** IAM wants a scope on the token request (an IAM that issues only scoped federated tokens). */
export function needsScope(error: unknown): boolean {
  return error instanceof HttpError && error.httpStatus === 400 && /scope/i.test(error.detail)
}

/**
 * What to configure when IAM refuses the ID token. IAM's messages for these cases are not
 * documented, so the hint follows the words it used where they name the cause, and otherwise
 * lists every setting the exchange depends on.
 */
function refusalHint(error: HttpError, asker: Asker): string {
  const said = `${error.code ?? ''} ${error.detail}`.toLowerCase()
  const idp = asker.identityProvider
  const audience = asker.audience === undefined ? `GitHub's default audience (the repository owner's URL)` : `'${asker.audience}'`
  const token = `The ID token: ${asker.claims}.`
  if (error.httpStatus === 404 || /could not find|not exist|not found|no such/.test(said)) {
    return `${token} IAM has no identity provider '${idp}' here: create it in the IAM console (Identity Providers, protocol OpenID Connect, status Enabled), or correct ${input(Input.IdentityProvider)}.`
  }
  if (/\baud\b|audience|client[ _-]?id/.test(said)) {
    return `${token} The ID token was requested for audience ${audience}: set the Client ID of identity provider '${idp}' to that value, or ${input(Input.OidcAudience)} to the Client ID it has.`
  }
  if (/expir|\bexp\b|too old|not yet valid|\biat\b|\bnbf\b/.test(said)) {
    return `${token} IAM found the ID token expired (or not yet valid). GitHub's ID tokens last minutes and flowferry asks for a fresh one each time; check the runner's clock, then ${phrase('rerun')}.`
  }
  if (/\biss\b|issuer/.test(said)) {
    return `${token} Set the Identity Provider URL of '${idp}' to the token's iss, https://token.actions.githubusercontent.com.`
  }
  if (/signature|signing|\bkid\b|jwk|public key/.test(said)) {
    return `${token} IAM could not verify the ID token's signature: paste GitHub's current keys (https://token.actions.githubusercontent.com/.well-known/jwks) as the Signing Key of '${idp}'; GitHub rotates them.`
  }
  if (/rule|mapping|conversion|group/.test(said)) {
    return `${token} The identity conversion rules of '${idp}' map this token to no user group: add a rule whose remote conditions match its sub or repository claim.`
  }
  return (
    `${token} Check, in IAM's identity provider '${idp}': status Enabled; Identity Provider URL = the token's iss; Client ID = ${audience}; ` +
    'Signing Key = GitHub\'s current keys (https://token.actions.githubusercontent.com/.well-known/jwks); identity conversion rules that map this token to a user group with SecMaster permissions.'
  )
}

/** IAM writes `2020-01-03T09:05:22.701000Z` (microseconds); Date.parse wants at most milliseconds. */
export function parseTime(text: string | undefined): number | undefined {
  if (!text) return undefined
  const ms = Date.parse(text.trim().replace(/(\.\d{3})\d+/, '$1'))
  return Number.isFinite(ms) ? ms : undefined
}

function headerValue(value: string | string[] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value
  return first?.trim() || undefined
}
