import { systemClock, type Clock } from '../../core/clock.js'
import { InputError } from '../../core/errors.js'
import { describeIdToken, IdTokenError, idTokenClaims, type IdTokenSource } from '../../core/id-token.js'
import type { Credentials, OutgoingRequest } from '../../core/http/client.js'
import type { Logger } from '../../core/log.js'
import { isLoopback } from '../../core/loopback.js'
import { input } from '../../core/phrasing.js'
import { Input } from '../../input-names.js'
import type { Settings } from '../../inputs.js'
import type { PlatformContext } from '../platform.js'
import { signRequest } from './auth.js'
import { IamExchange, type Asker, type TemporaryKeys } from './iam.js'

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

export class KeylessCredentials implements Credentials {
  private keys: TemporaryKeys | undefined
  private renewAt = 0
  private pending: Promise<TemporaryKeys> | undefined
  private exchanges = 0

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
    signRequest(request, await this.current(), this.options.projectId, this.options.clock)
  }

  /** After a 401 from SecMaster: temporary keys can be revoked or end early, so new ones are worth one retry. */
  async refresh(): Promise<boolean> {
    this.renewAt = 0
    await this.current()
    return true
  }

  private async current(): Promise<TemporaryKeys> {
    if (this.keys && this.options.clock.now() < this.renewAt) return this.keys
    // Requests of a batch share one exchange.
    this.pending ??= this.exchange().finally(() => {
      this.pending = undefined
    })
    return this.pending
  }

  private async exchange(): Promise<TemporaryKeys> {
    const { clock, log, iam } = this.options
    const idToken = await this.options.idToken(this.options.audience)
    const claims = idTokenClaims(idToken) ?? {}
    const asker: Asker = { identityProvider: this.options.identityProvider, audience: this.options.audience, claims: describeIdToken(claims) }
    if (this.exchanges === 0) log.info(`keyless sign-in: the runner issued an ID token (${asker.claims})`)
    const unscoped = await iam.unscopedToken(idToken, asker)
    const keys = await iam.temporaryKeys(unscoped.token, TEMPORARY_KEY_SECONDS, asker)
    const now = clock.now()
    const lifetime = Math.max(0, (keys.expiresAt ?? now + TEMPORARY_KEY_SECONDS * 1000) - now)
    this.renewAt = now + Math.max(lifetime - RENEW_MARGIN_MS, lifetime / 2)
    this.keys = keys
    this.exchanges++
    const until = keys.expiresAt === undefined ? `for ${TEMPORARY_KEY_SECONDS} s` : `until ${new Date(keys.expiresAt).toISOString()}`
    log.info(`keyless sign-in: IAM issued temporary access keys ${until}${this.exchanges > 1 ? ' (renewed)' : ''}`)
    return keys
  }
}

/** The credentials of keyless sign-in, from the inputs; the errors name what is missing. */
export function keylessCredentials(settings: Settings, context: PlatformContext): KeylessCredentials {
  const identityProvider = settings.identityProvider!
  if (!context.idToken) {
    throw new IdTokenError(`${input(Input.IdentityProvider)} asks for keyless sign-in, which needs the GitHub runner's ID token, and this front end has no way to ask for one`)
  }
  const endpoint = iamEndpoint(settings, context.log)
  return new KeylessCredentials({
    identityProvider,
    audience: settings.oidcAudience,
    projectId: settings.projectId!,
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
export function iamEndpoint(settings: Settings, log: Logger): URL {
  if (settings.iamEndpoint) return settings.iamEndpoint
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
