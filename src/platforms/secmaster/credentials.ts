import { systemClock } from '../../core/clock.js'
import { InputError } from '../../core/errors.js'
import { headerCredentials, type Credentials } from '../../core/http/client.js'
import { input } from '../../core/phrasing.js'
import { Input } from '../../input-names.js'
import type { Settings } from '../../settings.js'
import type { SecmasterSettings } from './facts.js'
import type { PlatformContext } from '../platform.js'
import { signingCredentials } from './auth.js'
import { keylessCredentials } from './keyless.js'

/** How the run signs in to SecMaster, and what to check when SecMaster refuses it. */
export interface SignIn {
  credentials: Credentials
  /** Requests are AK/SK-signed (API Gateway's 12 MB body limit applies). */
  signed: boolean
  /** The inputs (or settings) to check after a 401/403, for messages. */
  check: string
}

/**
 * One of three ways, never a mix: a ready IAM token (`X-Auth-Token`); an AK/SK, with
 * `security-token` when it is a temporary one; or keyless, through `identity-provider`.
 */
export function signIn(settings: Settings<SecmasterSettings>, context: PlatformContext): SignIn {
  const { token, accessKeyId, secretAccessKey, securityToken } = settings.own
  const projectId = settings.own.projectId!
  const keys = accessKeyId !== undefined || secretAccessKey !== undefined
  if (settings.own.identityProvider !== undefined) {
    const clash = ([[Input.Token, token], [Input.AccessKeyId, accessKeyId], [Input.SecretAccessKey, secretAccessKey], [Input.SecurityToken, securityToken]] as const).find(
      ([, value]) => value !== undefined,
    )
    if (clash) {
      throw new InputError(clash[0], `keyless sign-in (${input(Input.IdentityProvider)}) replaces keys and tokens: remove ${input(clash[0])}, or remove ${input(Input.IdentityProvider)} to sign in with it`)
    }
    return {
      credentials: keylessCredentials(settings, context),
      signed: true,
      check: `the identity provider '${settings.own.identityProvider}' and the SecMaster permissions of the user group its conversion rules map to, and project-id`,
    }
  }
  const stray = ([[Input.OidcAudience, settings.own.oidcAudience], [Input.IamEndpoint, settings.own.iamEndpoint]] as const).find(([, value]) => value !== undefined)
  if (stray) throw new InputError(stray[0], `is used only for keyless sign-in: set ${input(Input.IdentityProvider)} too, or remove ${input(stray[0])}`)
  if (token && keys) {
    throw new InputError(Input.Token, 'give either token or access-key-id + secret-access-key, not both: flowferry would not know which to use')
  }
  if (securityToken !== undefined && !keys) {
    throw new InputError(Input.SecurityToken, `goes with the temporary ${input(Input.AccessKeyId)} and ${input(Input.SecretAccessKey)} it was issued with; set them too, or remove ${input(Input.SecurityToken)}`)
  }
  if (token) {
    // The IAM token as X-Auth-Token, what the SecMaster API pages document.
    return { credentials: headerCredentials('X-Auth-Token', token), signed: false, check: 'token (it lasts 24 h)' }
  }
  return {
    credentials: signingCredentials({ accessKey: accessKeyId!, secretKey: secretAccessKey!, securityToken }, projectId, context.clock ?? systemClock),
    signed: true,
    check: securityToken !== undefined ? 'access-key-id, secret-access-key and security-token (temporary keys expire) and project-id' : 'access-key-id, secret-access-key and project-id',
  }
}
