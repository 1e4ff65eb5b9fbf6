import { FlowferryError, TimedOutError } from './errors.js'
import { HttpClient, headerCredentials } from './http/client.js'
import type { Logger } from './log.js'
import { registerSecret } from './secrets.js'

/**
 * The GitHub runner's OpenID Connect ID token, for platforms that trust GitHub as an identity
 * provider instead of holding long-lived keys. A job gets one only with `permissions: id-token:
 * write`; the runner then sets ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN and
 * answers `GET <url>&audience=<aud>` (bearer: the request token) with `{"value": "<JWT>"}`
 * (https://docs.github.com/en/actions/reference/security/oidc).
 *
 * Each front end says how it asks (the action through `core.getIDToken`, the CLI over HTTP); this
 * module is what both share: the check that the job may ask at all, the error when it may not,
 * and the masking of what comes back.
 */
export type IdTokenSource = (audience: string | undefined) => Promise<string>

export const ID_TOKEN_URL_VARIABLE = 'ACTIONS_ID_TOKEN_REQUEST_URL'
export const ID_TOKEN_TOKEN_VARIABLE = 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'

/** The job cannot get an ID token, or the runner would not give one. */
export class IdTokenError extends FlowferryError {}

/** The exact lines a workflow needs; a `permissions:` block replaces every default, hence `contents: read`. */
export const ID_TOKEN_PERMISSIONS = ['permissions:', '  id-token: write   # lets the job request a GitHub OIDC ID token', '  contents: read    # what actions/checkout needs, since a permissions block replaces the defaults']

/**
 * Wraps a front end's way of asking: checks first that the runner offers an ID token (naming the
 * `permissions:` lines when it does not), masks the token the moment it arrives, and turns the
 * runner's refusal into an error that says what to do.
 */
export function idTokenSource(ask: (audience: string | undefined) => Promise<string>, env: NodeJS.ProcessEnv = process.env): IdTokenSource {
  return async (audience) => {
    const url = env[ID_TOKEN_URL_VARIABLE]?.trim()
    const requestToken = env[ID_TOKEN_TOKEN_VARIABLE]?.trim()
    registerSecret(requestToken)
    if (!url || !requestToken) {
      const missing = [!url && ID_TOKEN_URL_VARIABLE, !requestToken && ID_TOKEN_TOKEN_VARIABLE].filter(Boolean).join(' and ')
      throw new IdTokenError(
        `keyless sign-in needs a GitHub OIDC ID token, but this job may not request one: ${missing} ${missing.includes(' and ') ? 'are' : 'is'} not set. ` +
          'GitHub sets them only for a job granted id-token: write (never for a pull request from a fork, nor outside GitHub Actions).',
        { hint: `Add to the job (or the workflow):\n${ID_TOKEN_PERMISSIONS.map((line) => `  ${line}`).join('\n')}` },
      )
    }
    let token: string
    try {
      token = (await ask(audience)).trim()
    } catch (error) {
      if (error instanceof IdTokenError || error instanceof TimedOutError) throw error
      const reason = error instanceof Error ? error.message.replace(/\s+/g, ' ').replace(/^Error message: /, '') : String(error)
      throw new IdTokenError(`the runner did not hand out an ID token${audience ? ` for audience '${audience}'` : ''}: ${reason}`, {
        hint: 'The request token lives only as long as the job; if the job has id-token: write, run it again.',
        cause: error,
      })
    }
    registerSecret(token)
    if (!idTokenClaims(token)) throw new IdTokenError('the runner answered the ID token request with something that is not a JWT')
    return token
  }
}

/** The claims of a JWT, read without checking its signature: for messages and refresh times only, never to trust. */
export function idTokenClaims(jwt: string): Record<string, unknown> | undefined {
  const parts = jwt.split('.')
  if (parts.length !== 3) return undefined
  try {
    const claims: unknown = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'))
    return claims !== null && typeof claims === 'object' && !Array.isArray(claims) ? (claims as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

/**
 * The claims a trust configuration is written against, one line: issuer, audience, subject and
 * repository. None of them is secret (GitHub documents every claim); the signature is what is.
 */
export function describeIdToken(claims: Record<string, unknown>): string {
  const show = (value: unknown) => (Array.isArray(value) ? value.map(String).join(', ') : typeof value === 'string' || typeof value === 'number' ? String(value) : undefined)
  const exp = typeof claims.exp === 'number' ? new Date(claims.exp * 1000).toISOString() : undefined
  return [
    ['iss', show(claims.iss)],
    ['aud', show(claims.aud)],
    ['sub', show(claims.sub)],
    ['repository', show(claims.repository)],
    ['expires', exp],
  ]
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `${name} ${JSON.stringify(value)}`)
    .join(', ')
}

/**
 * The request `core.getIDToken` makes, for front ends without the toolkit's runner plumbing (the
 * CLI run inside a job): `GET <request url>&audience=<aud>` with the request token as bearer.
 */
export function askRunner(log: Logger, env: NodeJS.ProcessEnv = process.env): (audience: string | undefined) => Promise<string> {
  return async (audience) => {
    const url = new URL(env[ID_TOKEN_URL_VARIABLE]!.trim())
    if (audience !== undefined) url.searchParams.set('audience', audience)
    const http = new HttpClient({ baseUrl: new URL(url.origin), log, credentials: headerCredentials('Authorization', `Bearer ${env[ID_TOKEN_TOKEN_VARIABLE]!.trim()}`) })
    const reply = await http.json({ method: 'GET', path: url.toString(), what: 'request an ID token from the runner', headers: { accept: 'application/json' } }, (value) => value)
    const token = value(reply)
    if (!token) throw new Error("the runner's reply has no ID token in `value`")
    return token
  }
}

function value(reply: unknown): string | undefined {
  if (reply === null || typeof reply !== 'object') return undefined
  const token = (reply as { value?: unknown }).value
  return typeof token === 'string' && token.trim() !== '' ? token : undefined
}
