import { afterEach, describe, expect, it } from 'vitest'
import { forgetSecretsForTests, redact, registerSecret, setSecretSink } from '../src/core/secrets.js'

afterEach(() => forgetSecretsForTests())

describe('secrets', () => {
  it('redacts every registered value, longest first, and its URL-encoded form', () => {
    registerSecret('abc/def+ghi')
    registerSecret('abc/def')
    expect(redact('x abc/def+ghi y abc/def z abc%2Fdef%2Bghi')).toBe('x *** y *** z ***')
  })

  it('tells the sink (core.setSecret) once per value', () => {
    const seen: string[] = []
    setSecretSink((value) => seen.push(value))
    registerSecret('token-1234')
    registerSecret('token-1234')
    expect(seen).toEqual(['token-1234'])
  })

  it('ignores values too short to mask safely', () => {
    registerSecret('ab')
    expect(redact('about')).toBe('about')
  })
})
