import { describe, expect, it } from 'vitest'
import { leadingFields } from '../src/core/json-walk.js'
import { nameInExport } from '../src/platforms/secmaster/replies.js'

describe('leadingFields: the first fields of a JSON text cut short', () => {
  it('keeps the scalars of the first levels up to where the text ends', () => {
    const text = '{"name":"Big playbook","workflow":{"name":"Inner","version":3},"versions":[{"taskflow":"AAAA'
    expect(JSON.parse(JSON.stringify(leadingFields(text)))).toEqual({ name: 'Big playbook', workflow: { name: 'Inner', version: 3 } })
    expect(nameInExport(leadingFields(text))).toBe('Big playbook')
  })

  it('reads a root array, stops at the first error, and leaves deeper levels and __proto__ out', () => {
    expect(nameInExport(leadingFields('[{"name":"First","a":{"b":{"c":1}}},{"name":"Second"'))).toBe('First')
    const fields = leadingFields('{"__proto__":{"polluted":"yes"},"name":"x", oops "late":"no"}') as Record<string, unknown>
    expect(Object.keys(fields)).toEqual(['name'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(leadingFields('not json')).toBeUndefined()
  })
})
