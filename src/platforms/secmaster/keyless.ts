import { systemClock, type Clock } from '../../core/clock.js'
import { InputError } from '../../core/errors.js'
import { describeIdToken, IdTokenError, idTokenClaims, type IdTokenSource } from '../../core/id-token.js'
import type { Credentials, OutgoingRequest } from '../../core/http/client.js'
import type { Logger } from '../../core/log.js'
import { isLoopback } from '../../core/loopback.js'
import { input } from '../../core/phrasing.js'
import { Input } from '../../input-names.js'
import type { Settings } from '../../settings.js'
import type { SecmasterSettings } from './facts.js'
import type { PlatformContext } from '../platform.js'
import { signRequest } from './auth.js'
import { IamExchange, missingApi, needsScope, type Asker, type TemporaryKeys } from './iam.js'

/**
 * Keyless SecMaster: no AK/SK in the repository. The runner's GitHub ID token is exchanged at
 * IAM, through an identity provider that trusts GitHub, for a temporary AK/SK and security token
 * (iam.ts), which then sign SecMaster's requests like any AK/SK, with `X-Security-Token`
 * (auth.ts). The keys are fetched again, with a fresh ID token, before they expire — on a long
 * run, a slow upload or a throttled retry — and once more if SecMaster answers 401.
 */

/** IAM's shortest (and default) validity for temporary keys: least privilege, renewed as needed. */
export const TEMPORARY_KEY_SECONDS = 900
/** Keys are renewed this long before IAM says they end, or halfway through keys that live shorter. */
const RENEW_MARGIN_MS = 120_000

/** What the exchange yields: temporary keys, or — from an IAM that issues none — a project token. */
type Issued = { keys: TemporaryKeys; token?: undefined; expiresAt?: number } | { token: string; keys?: undefined; expiresAt?: number }

export class KeylessCredentials implements Credentials {
  private issued: Issued | undefined
  private renewAt = 0
  private pending: Promise<Issued> | undefined
  private exchanges = 0
  private announced = false

  constructor(
    private readonly options: {
      identityProvider: string
      audience: string | undefined
      projectId: string
      iam: IamExchange
      idToken: IdTokenSource
      clock: Clock
      log: Logger
    },
  ) {}

  async authorize(request: OutgoingRequest): Promise<void> {
    const issued = await this.current()
    if (issued.keys) signRequest(request, issued.keys, this.options.projectId, this.options.clock)
    else request.headers['X-Auth-Token'] = issued.token
  }

  /** After a 401 from SecMaster: temporary keys can be revoked or end early, so new ones are worth one retry. */
  async refresh(): Promise<boolean> {
    this.renewAt = 0
    await this.current()
    return true
  }

  private async current(): Promise<Issued> {
    if (this.issued && this.options.clock.now() < this.renewAt) return this.issued
    // Requests of a batch share one exchange.
    this.pending ??= this.exchange().finally(() => {
      this.pending = undefined
    })
    return this.pending
  }

  private async exchange(): Promise<Issued> {
    const { clock, log } = this.options
    const issued = await this.ask()
    const now = clock.now()
    const lifetime = Math.max(0, (issued.expiresAt ?? now + TEMPORARY_KEY_SECONDS * 1000) - now)
    this.renewAt = now + Math.max(lifetime - RENEW_MARGIN_MS, lifetime / 2)
    this.issued = issued
    this.exchanges++
    const until = issued.expiresAt === undefined ? `for ${TEMPORARY_KEY_SECONDS} s` : `until ${new Date(issued.expiresAt).toISOString()}`
    log.info(`keyless sign-in: IAM issued ${issued.keys ? 'temporary access keys' : 'a project token'} ${until}${this.exchanges > 1 ? ' (renewed)' : ''}`)
    return issued
  }

  /**
   * The documented flow first (iam.ts); where this IAM lacks one of its APIs — it answers that
   * the API does not exist, not that it refuses — the documented alternative for that step:
   * the federation API's OIDC protocol for the unscoped token, a project-scoped token instead of
   * temporary keys.
   */
  private async ask(): Promise<Issued> {
    const { log, iam } = this.options
    const { idToken, asker } = await this.idToken()
    let unscoped
    try {
      unscoped = await iam.federatedToken(idToken, asker)
    } catch (error) {
      if (needsScope(error)) return this.projectToken(asker, 'IAM issues only scoped federated tokens')
      if (!missingApi(error)) throw error
      log.info(`keyless sign-in: IAM has no ${error instanceof Error ? error.message.split(' failed')[0] : 'id-token API'}; trying its federation API`)
      unscoped = await iam.protocolToken(idToken, asker)
    }
    try {
      const keys = await iam.temporaryKeys(unscoped.token, TEMPORARY_KEY_SECONDS, asker)
      return { keys, expiresAt: keys.expiresAt }
    } catch (error) {
      if (!missingApi(error)) throw error
      return this.projectToken(asker, 'IAM offers no temporary access keys')
    }
  }

  private async projectToken(asker: Asker, why: string): Promise<Issued> {
    this.options.log.info(`keyless sign-in: ${why}; asking for a token scoped to project-id instead`)
    const { idToken } = await this.idToken()
    const scoped = await this.options.iam.federatedToken(idToken, asker, this.options.projectId)
    return { token: scoped.token, expiresAt: scoped.expiresAt }
  }

  /** A fresh ID token for every call to IAM: GitHub's last minutes, and IAM may take each once. */
  private async idToken(): Promise<{ idToken: string; asker: Asker }> {
    const idToken = await this.options.idToken(this.options.audience)
    const asker: Asker = { identityProvider: this.options.identityProvider, audience: this.options.audience, claims: describeIdToken(idTokenClaims(idToken) ?? {}) }
    if (!this.announced) {
      this.announced = true
      this.options.log.info(`keyless sign-in: the runner issued an ID token (${asker.claims})`)
    }
    return { idToken, asker }
  }
}

/** The credentials of keyless sign-in, from the inputs; the errors name what is missing. */
export function keylessCredentials(settings: Settings<SecmasterSettings>, context: PlatformContext): KeylessCredentials {
  const identityProvider = settings.own.identityProvider!
  if (!context.idToken) {
    throw new IdTokenError(`${input(Input.IdentityProvider)} asks for keyless sign-in, which needs the GitHub runner's ID token, and this front end has no way to ask for one`)
  }
  const endpoint = iamEndpoint(settings, context.log)
  return new KeylessCredentials({
    identityProvider,
    audience: settings.own.oidcAudience,
    projectId: settings.own.projectId!,
    iam: new IamExchange(endpoint, context),
    idToken: context.idToken,
    clock: context.clock ?? systemClock,
    log: context.log,
  })
}

/**
 * `iam-endpoint`, or IAM in the region of `base-url`: `https://secmaster.<region>.<domain>` →
 * `https://iam.<region>.<domain>` (the SDKs' region files pair the two hosts this way). A sandbox
 * on this machine serves IAM itself, so a loopback `base-url` stands for its own IAM.
 */
export function iamEndpoint(settings: Settings<SecmasterSettings>, log: Logger): URL {
  if (settings.own.iamEndpoint) return settings.own.iamEndpoint
  const base = settings.baseUrl!
  const host = base.hostname.toLowerCase()
  const regional = /^secmaster\.([a-z0-9-]+\.(?:[a-z0-9-]+\.)*[a-z]{2,})$/.exec(host)
  if (regional && base.protocol === 'https:') {
    const derived = new URL(`https://iam.${regional[1]}`)
    log.info(`keyless sign-in: IAM endpoint ${derived.origin}, from the region of base-url (set iam-endpoint to use another)`)
    return derived
  }
  if (isLoopback(host)) return new URL(base.origin)
  throw new InputError(
    Input.IamEndpoint,
    `cannot be derived from base-url ${base.origin}, which is not https://secmaster.<region>.myhuaweicloud.com; name the IAM endpoint that exchanges the ID token`,
    'https://iam.ap-southeast-1.myhuaweicloud.com',
  )
}
