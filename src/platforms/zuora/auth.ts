import type { Clock } from '../../core/clock.js'
import { HttpError } from '../../core/errors.js'
import type { Credentials, HttpClient, OutgoingRequest } from '../../core/http/client.js'
import type { Logger } from '../../core/log.js'
import { registerSecret } from '../../core/secrets.js'
import { parseToken } from './replies.js'

/**
 * Zuora recommends refreshing about five minutes before the hour is up
 * (https://developer.zuora.com/docs/guides/error-handling/).
 */
const REFRESH_MARGIN_MS = 300_000
/** When Zuora does not say how long a token lives, it documents one hour. */
const DEFAULT_LIFETIME_S = 3600

/**
 * Bearer credentials for Zuora. With `client-id`/`client-secret` the token is fetched from
 * `POST /oauth/token` (form-encoded client credentials, no Authorization header, as
 * https://developer.zuora.com/v1-api-reference/api/operation/createToken/ requires), reused,
 * fetched again shortly before it expires, and once more after a 401. A ready `token` input is
 * used as it is and cannot be refreshed.
 */
export class ZuoraCredentials implements Credentials {
  private token: string | undefined
  private refreshAt = 0
  private pending: Promise<string> | undefined

  constructor(
    private readonly source: { token?: string; clientId?: string; clientSecret?: string },
    /** A client without credentials, for the token endpoint itself. */
    private readonly http: HttpClient,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {
    if (source.token) {
      this.token = source.token
      this.refreshAt = Number.POSITIVE_INFINITY
    }
  }

  get canRefresh(): boolean {
    return !!(this.source.clientId && this.source.clientSecret)
  }

  /** The token, fetched before the request is paced (core/http/credentials.ts says why). */
  async prepare(): Promise<void> {
    await this.current()
  }

  async authorize(request: OutgoingRequest): Promise<void> {
    // Fetched by `prepare` already, unless it expired while the request waited for its turn.
    request.headers.authorization = `Bearer ${await this.current()}`
  }

  private valid(): boolean {
    return !!this.token && this.clock.now() < this.refreshAt
  }

  async refresh(): Promise<boolean> {
    if (!this.canRefresh) return false
    this.refreshAt = 0
    await this.current()
    return true
  }

  /** The token to send, fetched first when there is none or it is about to expire. */
  async current(): Promise<string> {
    if (this.valid()) return this.token!
    // Requests of a batch share one token fetch.
    this.pending ??= this.fetch().finally(() => {
      this.pending = undefined
    })
    return this.pending
  }

  private async fetch(): Promise<string> {
    const { clientId, clientSecret } = this.source
    const what = 'get an OAuth token'
    const issued = await this.http
      .json(
        {
          method: 'POST',
          path: '/oauth/token',
          what,
          body: { kind: 'form', fields: { client_id: clientId!, client_secret: clientSecret!, grant_type: 'client_credentials' } },
          // A token request changes nothing in the tenant: a second one only issues a second token.
          idempotent: true,
        },
        parseToken,
      )
      .catch((error: unknown) => {
        if (error instanceof HttpError && (error.httpStatus === 400 || error.httpStatus === 401)) {
          throw error.withHint(
            'Check client-id and client-secret, and that base-url is the REST host of the tenant the OAuth client belongs to (e.g. https://rest.apisandbox.zuora.com).',
          )
        }
        throw error
      })
    registerSecret(issued.token)
    const lifetimeMs = (issued.expiresIn ?? DEFAULT_LIFETIME_S) * 1000
    // Five minutes early, or halfway through a token that lives less than ten minutes.
    this.refreshAt = this.clock.now() + Math.max(lifetimeMs - REFRESH_MARGIN_MS, lifetimeMs / 2)
    this.token = issued.token
    this.log.info(`got an OAuth token, valid for ${Math.round(lifetimeMs / 1000)} s`)
    return issued.token
  }
}
