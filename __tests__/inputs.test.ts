import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { actionPhrasing } from '../src/action/phrasing.js'
import { InputError } from '../src/core/errors.js'
import { render } from '../src/core/phrasing.js'
import { forgetSecretsForTests, redact } from '../src/core/secrets.js'
import { readInputs } from '../src/inputs.js'
import type { SecmasterSettings } from '../src/platforms/secmaster/facts.js'

const source = (values: Record<string, string>) => (name: string) => values[name] ?? ''
const koreai = { platform: 'koreai', operation: 'import', 'base-url': 'https://ai-for-process.kore.ai', 'api-key': 'kg-secret-value-1', path: 'bundle' }

afterEach(() => forgetSecretsForTests())

function inputError(values: Record<string, string>): InputError {
  try {
    readInputs(source(values))
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return error as InputError
  }
  throw new Error('expected an InputError')
}

describe('readInputs', () => {
  it('reads a complete Kore.ai import with the contract defaults', () => {
    const settings = readInputs(source(koreai))
    expect(settings).toMatchObject({
      platform: 'koreai',
      operation: 'import',
      wait: true,
      timeoutMs: 30 * 60_000,
      pollIntervalMs: 2_000,
      uploadArtifact: true,
      redactSecrets: true,
      concurrency: 4,
      own: { apiKey: 'kg-secret-value-1' },
    })
    expect(settings.baseUrl?.toString()).toBe('https://ai-for-process.kore.ai/')
  })

  it('defaults the export path to flowferry-export', () => {
    expect(readInputs(source({ ...koreai, operation: 'export', path: '', 'workflow-id': 'a-1' })).path).toBe('flowferry-export')
  })

  it('masks credentials as soon as they are read, even when another input is wrong', () => {
    inputError({ ...koreai, timeout: 'soon' })
    expect(redact('key kg-secret-value-1 here')).toBe('key *** here')
  })

  it.each([
    [{ ...koreai, platform: 'jira' }, 'platform', /not one of koreai/],
    [{ ...koreai, operation: 'sync' }, 'operation', /not one of import, export, validate, diff, wait/],
    [{ ...koreai, timeout: 'soon' }, 'timeout', /not a duration/],
    [{ ...koreai, wait: 'yes' }, 'wait', /not a boolean/],
    [{ ...koreai, 'base-url': 'ftp://x' }, 'base-url', /https:\/\//],
    [{ ...koreai, 'base-url': 'not a url' }, 'base-url', /not a URL/],
    [{ ...koreai, 'base-url': 'https://u:p@host' }, 'base-url', /user name or password/],
    [{ ...koreai, 'api-key': '' }, 'api-key', /missing/],
    [{ ...koreai, 'base-url': '' }, 'base-url', /base URL/],
    [{ ...koreai, concurrency: '0' }, 'concurrency', /whole number from 1/],
    [{ ...koreai, 'retention-days': '91' }, 'retention-days', /from 1 to 90/],
    [{ ...koreai, 'artifact-name': 'a/b' }, 'artifact-name', /not allow/],
    [{ ...koreai, operation: 'export', 'workflow-id': '' }, 'workflow-id', /missing/],
    [{ ...koreai, operation: 'wait' }, 'job-id', /job id/],
    [{ ...koreai, timeout: '0' }, 'timeout', /longer than zero/],
    [{ ...koreai, timeout: '600h' }, 'timeout', /'600h' is longer than 120h, the longest a job can run on any GitHub Actions runner/],
    [{ ...koreai, timeout: '2000h' }, 'timeout', /longer than 120h/],
    [{ ...koreai, timeout: '9'.repeat(400) }, 'timeout', /longer than 120h/],
    [{ ...koreai, 'poll-interval': '1h' }, 'poll-interval', /'1h' is longer than 10m/],
    [{ ...koreai, 'api-key': 'kg-secret\nX-Injected: 1' }, 'api-key', /line break or another control character/],
  ])('names the input and shows an example: %#', (values, input, problem) => {
    const error = inputError(values)
    expect(error.input).toBe(input)
    expect(render(error.message, actionPhrasing(() => 'koreai'))).toContain(`'${input}'`)
    expect(error.message).toMatch(problem)
  })

  it('refuses plain http to another host unless allow-http', () => {
    const error = inputError({ ...koreai, 'base-url': 'http://controller:9001' })
    expect(error.message).toMatch(/allow-http: true/)
    expect(error.hint).toContain('https://controller:9001')
    expect(readInputs(source({ ...koreai, 'base-url': 'http://controller:9001', 'allow-http': 'true' })).baseUrl?.host).toBe('controller:9001')
  })

  it('allows plain http to loopback', () => {
    for (const host of ['127.0.0.1:4010', 'localhost:4010', '[::1]:4010', '127.1', '127.255.255.254', '0x7f.0.0.1', 'LOCALHOST']) {
      expect(readInputs(source({ ...koreai, 'base-url': `http://${host}` })).baseUrl?.protocol).toBe('http:')
    }
  })

  it('takes loopback from IP literals and localhost only, never from a name that looks like one', () => {
    const lookalikes = ['127.evil.example:9', '127.0.0.1.nip.io', '127.0.0.1.example.com', 'localhost.example', 'localhost.', '128.0.0.1', '[::ffff:127.0.0.1]', '[::2]', '127-0-0-1.nip.io']
    for (const host of lookalikes) {
      const error = inputError({ ...koreai, 'base-url': `http://${host}/` })
      expect(error.input, host).toBe('base-url')
      expect(error.message, host).toMatch(/plain http to a host that is not this machine/)
    }
  })

  it('sends identity tokens over plain http to loopback literals only', () => {
    const keyless = { platform: 'secmaster', operation: 'export', 'base-url': 'https://secmaster.ap-southeast-1.myhuaweicloud.com', 'identity-provider': 'idp', 'project-id': 'p', 'workspace-id': 'w', 'workflow-id': 'x' }
    expect(inputError({ ...keyless, 'iam-endpoint': 'http://127.evil.example' }).input).toBe('iam-endpoint')
    expect(inputError({ ...keyless, 'iam-endpoint': 'http://127.0.0.1.nip.io:9' }).input).toBe('iam-endpoint')
    expect((readInputs(source({ ...keyless, 'iam-endpoint': 'http://127.0.0.1:9' })).own as SecmasterSettings).iamEndpoint?.host).toBe('127.0.0.1:9')
  })

  it('refuses plain http to any DNS name, however it starts (property)', () => {
    const name = fc.tuple(fc.constantFrom('127.', '127.0.0.1.', 'localhost.', '::1.', ''), fc.domain()).map(([prefix, domain]) => prefix + domain)
    fc.assert(
      fc.property(name, (host) => {
        expect(() => readInputs(source({ ...koreai, 'base-url': `http://${host}:9/` }))).toThrow(/not this machine|not a URL/)
      }),
      { numRuns: 300, seed: 20261125 },
    )
  })

  it('takes the longest durations it allows', () => {
    expect(readInputs(source({ ...koreai, timeout: '120h', 'poll-interval': '10m' }))).toMatchObject({ timeoutMs: 120 * 3_600_000, pollIntervalMs: 600_000 })
  })

  it('accepts the YAML 1.2 core booleans', () => {
    for (const value of ['true', 'True', 'TRUE']) expect(readInputs(source({ ...koreai, 'dry-run': value })).dryRun).toBe(true)
    for (const value of ['false', 'False', 'FALSE']) expect(readInputs(source({ ...koreai, wait: value })).wait).toBe(false)
  })

  it('lets validate run offline without credentials', () => {
    expect(readInputs(source({ platform: 'koreai', operation: 'validate', path: 'b/*' })).baseUrl).toBeUndefined()
  })
})
