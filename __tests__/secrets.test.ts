import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { forgetSecretsForTests, redact, registerSecret, setSecretSink, spellings } from '../src/core/secrets.js'

afterEach(() => forgetSecretsForTests())

/** Fixed seed: the same cases in every run, and a failure can be replayed. */
const runs = { numRuns: 200, seed: 20261202 }

/** A secret with every character that has a spelling of its own somewhere. */
const NASTY = 'zs K+x/7~p!Q(2)v*N\'9"w\\L&4<r>T é€'

/** The spellings a server or a proxy produces when it echoes a value back. */
function echoes(secret: string): string[] {
  const base64 = (bytes: Buffer) => bytes.toString('base64')
  return [
    secret,
    encodeURIComponent(secret),
    encodeURIComponent(secret).toLowerCase().replace(/%[0-9a-f]{2}/g, (h) => h),
    encodeURIComponent(secret).replace(/%[0-9A-F]{2}/g, (h) => h.toLowerCase()),
    new URLSearchParams({ client_secret: secret }).toString(),
    JSON.stringify(secret),
    JSON.stringify({ posted: `client_id=a&client_secret=${new URLSearchParams([['x', secret]]).toString().slice(2)}` }),
    base64(Buffer.from(secret)),
    base64(Buffer.from(`user:${secret}`)),
    base64(Buffer.from(`id:${secret}\n`)),
    base64(Buffer.from(`ab${secret}`)).replace(/\+/g, '-').replace(/\//g, '_'),
    JSON.stringify(secret).replace(/\//g, '\\/'),
  ]
}

describe('secrets', () => {
  it('redacts every registered value, longest first, and its URL-encoded form', () => {
    registerSecret('abc/def+ghi')
    registerSecret('abc/def')
    expect(redact('x abc/def+ghi y abc/def z abc%2Fdef%2Bghi')).toBe('x *** y *** z ***')
  })

  it('tells the sink (core.setSecret) each spelling once, the raw value first', () => {
    const seen: string[] = []
    setSecretSink((value) => seen.push(value))
    registerSecret('token-1234')
    registerSecret('token-1234')
    expect(seen[0]).toBe('token-1234')
    expect(new Set(seen).size).toBe(seen.length)
    expect(seen).toContain(Buffer.from('token-1234').toString('base64').replace(/=+$/, ''))
  })

  it('ignores values too short to mask safely', () => {
    registerSecret('ab')
    expect(redact('about')).toBe('about')
  })

  it('masks a secret in each spelling a server echoes it in', () => {
    registerSecret(NASTY)
    for (const echo of echoes(NASTY)) {
      const shown = redact(`the server said: ${echo} (end)`)
      for (const form of spellings(NASTY).filter((f) => f.length >= 12)) expect(shown, echo).not.toContain(form.slice(0, 12))
    }
  })

  it('escaped in part, every character escaped, as HTML entities, as hex, or split over lines: masked', () => {
    const secret = "L+/~!*()'-key-for-the-escapes-9z="
    registerSecret(secret)
    const hex = Buffer.from(secret).toString('hex')
    const echoes = [
      secret.replace(/[+']/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`),
      [...secret].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join(''),
      [...secret].map((c) => (/[A-Za-z0-9]/.test(c) ? c : `&#${c.charCodeAt(0)};`)).join(''),
      [...secret].map((c) => `&#x${c.charCodeAt(0).toString(16)};`).join(''),
      hex,
      hex.toUpperCase(),
      `${secret.slice(0, 14)}\n${secret.slice(14)}`,
      `${secret.slice(0, 14)}\\n${secret.slice(14)}`,
      `${secret.slice(0, 4)}%21%2A${secret.slice(6)}`,
      `${secret.slice(0, 16)}\r\n   ${secret.slice(16)}`,
    ]
    for (const echo of echoes) {
      const shown = redact(`before ${echo} after`)
      expect(shown, echo).toBe('before *** after')
    }
  })

  it('the view that decodes escapes changes nothing where no secret is', () => {
    registerSecret('a-registered-secret-value')
    const text = 'line one\r\nline two \\u0041 &#65; &amp; %41 \\n end'
    expect(redact(text)).toBe(text)
  })

  it('the Zuora token endpoint echoing the posted form: nothing of the secret is left', () => {
    const secret = 'zs-sandbox-Kx7pQ2vN9wL4rT8yB3mF6hJ1~!()'
    registerSecret(secret)
    const body = new URLSearchParams({ grant_type: 'client_credentials', client_id: 'c-1', client_secret: secret }).toString()
    const reply = JSON.stringify({ error: 'invalid_client', error_description: `bad request: ${body}` })
    expect(redact(reply)).not.toMatch(/Kx7pQ2vN|%7E%21%28%29/)
  })

  it('a key cut short by a limit (a prefix of 12 characters or more) is masked too', () => {
    const key = 'kg-sandbox-5c1e7a2f-flowferry-0123456789abcdef'
    registerSecret(key)
    for (let n = 12; n <= key.length; n++) expect(redact(`key=${key.slice(0, n)}…`)).toBe('key=***…')
    expect(redact('kg-sandbox-5c')).toBe('***')
    expect(redact('kg-sandbox')).toBe('kg-sandbox')
  })

  it('a credential with its scheme: the token, and what a Basic token decodes to, are secrets too', () => {
    registerSecret('Basic ZXJwLXByb2R1Y3Rpb246cHJvZC04OGUx')
    expect(redact('token ZXJwLXByb2R1Y3Rpb246cHJvZC04OGUx; user erp-production:prod-88e1; password prod-88e1')).toBe('token ***; user ***; password ***')
    registerSecret('Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig-0123456789')
    expect(redact('"access_token":"eyJhbGciOiJIUzI1NiJ9.e30.sig-0123456789"')).toBe('"access_token":"***"')
  })

  it('short values only whole: ordinary words stay', () => {
    registerSecret('Summer2024!')
    expect(redact('Summer is warm; Summer2024! is not a password; Summer20')).toBe('Summer is warm; *** is not a password; ***')
    registerSecret('abcd')
    expect(redact('abc abcd')).toBe('abc ***')
  })

  it('any secret, any spelling, anywhere in a text: gone', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 16, maxLength: 40, unit: 'grapheme' }), fc.string(), fc.string(), fc.nat(11), (secret, before, after, which) => {
        forgetSecretsForTests()
        registerSecret(secret)
        const trimmed = secret.trim()
        fc.pre(trimmed.length >= 16)
        const echo = echoes(trimmed)[which]!
        const shown = redact(`${before}${echo}${after}`)
        expect(shown.includes(echo), echo).toBe(false)
      }),
      runs,
    )
  })
})
