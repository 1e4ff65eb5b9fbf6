import { afterEach, describe, expect, it } from 'vitest'
import { actionPhrasing } from '../src/action/phrasing.js'
import { Deadline } from '../src/core/clock.js'
import { IdTokenError, idTokenSource, describeIdToken, idTokenClaims } from '../src/core/id-token.js'
import { InputError, type FlowferryError } from '../src/core/errors.js'
import { ConsoleLogger } from '../src/core/log.js'
import { render } from '../src/core/phrasing.js'
import { forgetSecretsForTests, isSecret, redact } from '../src/core/secrets.js'
import { readInputs as readAnyInputs } from '../src/inputs.js'
import type { SecmasterSettings } from '../src/platforms/secmaster/facts.js'
import type { InputSource, Settings } from '../src/settings.js'
import { signIn } from '../src/platforms/secmaster/credentials.js'
import { iamEndpoint } from '../src/platforms/secmaster/keyless.js'

/** Keyless SecMaster and temporary keys, below the end-to-end tests: inputs, choices, messages. */
const readInputs = (source: InputSource) => readAnyInputs(source) as Settings<SecmasterSettings>
const source = (values: Record<string, string>) => (name: string) => values[name] ?? ''
const keyless = {
  platform: 'secmaster',
  operation: 'export',
  'base-url': 'https://secmaster.ap-southeast-1.myhuaweicloud.com',
  'identity-provider': 'github-actions',
  'oidc-audience': 'flowferry-secmaster',
  'project-id': 'p1',
  'workspace-id': 'w1',
  'workflow-id': 'wf-1',
}
const log = new ConsoleLogger(false)
const context = { log, deadline: Deadline.after(60_000), idToken: async () => 'x.y.z' }
const shown = (error: FlowferryError) => render(`${error.message}\n${error.hint ?? ''}`, actionPhrasing(() => 'secmaster'))

afterEach(() => forgetSecretsForTests())

async function rejection(promise: Promise<unknown>): Promise<IdTokenError> {
  try {
    await promise
  } catch (error) {
    return error as IdTokenError
  }
  throw new Error('expected a rejection')
}

function thrown(fn: () => unknown): FlowferryError {
  try {
    fn()
  } catch (error) {
    return error as FlowferryError
  }
  throw new Error('expected an error')
}

describe('keyless inputs', () => {
  it('needs no key or token with identity-provider, and derives IAM from the region of base-url', () => {
    const settings = readInputs(source(keyless))
    expect(settings.own).toMatchObject({ identityProvider: 'github-actions', oidcAudience: 'flowferry-secmaster' })
    expect(iamEndpoint(settings, log).origin).toBe('https://iam.ap-southeast-1.myhuaweicloud.com')
    expect(signIn(settings, context).signed).toBe(true)
  })

  it('takes iam-endpoint as given, https or this machine only, whatever allow-http says', () => {
    const given = readInputs(source({ ...keyless, 'iam-endpoint': 'https://iam.myhuaweicloud.com' }))
    expect(iamEndpoint(given, log).origin).toBe('https://iam.myhuaweicloud.com')
    expect(readInputs(source({ ...keyless, 'iam-endpoint': 'http://127.0.0.1:9000' })).own.iamEndpoint?.origin).toBe('http://127.0.0.1:9000')
    const plain = thrown(() => readInputs(source({ ...keyless, 'iam-endpoint': 'http://iam.example.com', 'allow-http': 'true' })))
    expect(plain).toBeInstanceOf(InputError)
    expect(shown(plain)).toMatch(/Input 'iam-endpoint': 'http:\/\/iam.example.com' must use https/)
  })

  it('asks for iam-endpoint when base-url names no region', () => {
    const settings = readInputs(source({ ...keyless, 'base-url': 'https://soc-proxy.example.com' }))
    expect(shown(thrown(() => iamEndpoint(settings, log)))).toMatch(/Input 'iam-endpoint': cannot be derived from base-url https:\/\/soc-proxy.example.com[\s\S]*iam-endpoint: https:\/\/iam.ap-southeast-1/)
  })

  it('refuses a mix of keyless and keys, and keyless-only inputs without identity-provider', () => {
    const mixed = thrown(() => signIn(readInputs(source({ ...keyless, 'access-key-id': 'AK', 'secret-access-key': 'SK-value' })), context))
    expect(shown(mixed)).toMatch(/Input 'access-key-id': keyless sign-in \(`identity-provider`\) replaces keys and tokens/)
    const stray = thrown(() => signIn(readInputs(source({ ...keyless, 'identity-provider': '', 'access-key-id': 'AK', 'secret-access-key': 'SK-value' })), context))
    expect(shown(stray)).toMatch(/Input 'oidc-audience': is used only for keyless sign-in/)
  })

  it('names the missing piece when no way to sign in is complete', () => {
    const missing = thrown(() => readInputs(source({ ...keyless, 'identity-provider': '', 'oidc-audience': '' })))
    expect(shown(missing)).toMatch(/'identity-provider' \+ 'project-id' \+ 'workspace-id'/)
  })
})

describe('security-token', () => {
  it('is masked the moment it is read and only goes with an access key pair', () => {
    const aksk = { ...keyless, 'identity-provider': '', 'oidc-audience': '', 'access-key-id': 'AK', 'secret-access-key': 'SK-value' }
    const settings = readInputs(source({ ...aksk, 'security-token': 'st-temporary-1234' }))
    expect(redact('token st-temporary-1234')).toBe('token ***')
    expect(signIn(settings, context).check).toMatch(/security-token/)
    const alone = thrown(() => signIn(readInputs(source({ ...aksk, 'access-key-id': '', 'secret-access-key': '', token: 'MIItoken', 'security-token': 'st-temporary-1234' })), context))
    expect(shown(alone)).toMatch(/Input 'security-token': goes with the temporary `access-key-id` and `secret-access-key`/)
  })
})

describe('the runner ID token', () => {
  const jwt = ['{"alg":"RS256"}', '{"iss":"https://token.actions.githubusercontent.com","aud":"flowferry-secmaster","sub":"repo:o/r:ref:refs/heads/main","exp":1}', 'sig']
    .map((part) => Buffer.from(part).toString('base64url'))
    .join('.')

  it('says which permissions lines to add when the job may not request one', async () => {
    const error = await rejection(idTokenSource(async () => jwt, {})('aud'))
    expect(error).toBeInstanceOf(IdTokenError)
    expect(error.message).toMatch(/ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set/)
    expect(error.hint).toContain('permissions:\n    id-token: write')
  })

  it('masks the token it gets, and reads its claims for messages', async () => {
    const env = { ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:1/token?api-version=2.0', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token-1' }
    const token = await idTokenSource(async () => jwt, env)('flowferry-secmaster')
    expect(isSecret(token)).toBe(true)
    expect(isSecret('request-token-1')).toBe(true)
    expect(describeIdToken(idTokenClaims(token)!)).toBe(
      'iss "https://token.actions.githubusercontent.com", aud "flowferry-secmaster", sub "repo:o/r:ref:refs/heads/main", expires "1970-01-01T00:00:01.000Z"',
    )
  })

  it('turns a refusal of the runner into an error that keeps its words', async () => {
    const env = { ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:1/token', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token-1' }
    const error = await rejection(
      idTokenSource(async () => {
        throw new Error('Error message: Failed to get ID Token. \n Error Code : 401')
      }, env)('aud'),
    )
    expect(error.message).toBe("the runner did not hand out an ID token for audience 'aud': Failed to get ID Token. Error Code : 401")
  })
})
