import { describe, expect, it } from 'vitest'
import { diffDocuments } from '../src/core/diff.js'
import { fitsTemplate, placeholderNames } from '../src/core/placeholders.js'
import { looksLikeSecretKey, redactSecrets } from '../src/core/redaction.js'

describe('looksLikeSecretKey', () => {
  it.each(['password', 'Password', 'db_password', 'apiKey', 'api_key', 'x-api-key', 'ApiKey', 'accessToken', 'client_secret', 'Authorization', 'credentials', 'secretKey'])(
    '%s names a credential',
    (key) => expect(looksLikeSecretKey(key)).toBe(true),
  )
  it.each(['tokenUrl', 'maxTokens', 'secretName', 'passwordPolicy', 'name', 'keyboard', 'author'])('%s does not', (key) =>
    expect(looksLikeSecretKey(key)).toBe(false),
  )
})

describe('redactSecrets', () => {
  it('replaces credential-named values by placeholders named after where they sit, and changes no other byte', () => {
    const text = '{"tasks": [{"name": "Upload file", "parameters": {"host": "sftp.example.com", "password": "hunter2"}}],\n "apiKey":"k-1"}'
    const { text: out, redacted } = redactSecrets(text)
    expect(out).toBe('{"tasks": [{"name": "Upload file", "parameters": {"host": "sftp.example.com", "password": "${flowferry.TASKS_UPLOAD_FILE_PARAMETERS_PASSWORD}"}}],\n "apiKey":"${flowferry.API_KEY}"}')
    expect(redacted.map((r) => r.pointer)).toEqual(['/tasks/0/parameters/password', '/apiKey'])
  })

  it('leaves references, placeholders and empty values alone', () => {
    const text = JSON.stringify({ headers: { Authorization: 'Bearer {{env.TOKEN}}' }, token: '${flowferry.T}', password: '', secret: '{% secret %}' })
    expect(redactSecrets(text).redacted).toEqual([])
  })

  it('uses the platform marks, names the same value once and two values apart', () => {
    const text = JSON.stringify([
      { key: 'A', value: 'one', isSecured: true },
      { key: 'A', value: 'two', isSecured: true },
      { key: 'B', value: 'plain', isSecured: false },
    ])
    const secrets = (doc: unknown) =>
      (doc as { key: string; isSecured: boolean }[]).flatMap((v, i) => (v.isSecured ? [{ path: [i, 'value'], name: v.key, reason: 'secure' }] : []))
    const { text: out, redacted } = redactSecrets(text, { secrets })
    expect(redacted.map((r) => r.name)).toEqual(['A', 'A_2'])
    expect(JSON.parse(out)[2].value).toBe('plain')
  })

  it('returns text that is not JSON unchanged', () => {
    expect(redactSecrets('PK\u0003\u0004 binary')).toEqual({ text: 'PK\u0003\u0004 binary', redacted: [] })
  })
})

describe('placeholders', () => {
  it('finds names and matches live values against templates', () => {
    expect(placeholderNames('https://${flowferry.HOST}:${flowferry.PORT}/x')).toEqual(['HOST', 'PORT'])
    expect(fitsTemplate('https://${flowferry.HOST}/x', 'https://erp.example.com/x')).toBe(true)
    expect(fitsTemplate('https://${flowferry.HOST}/x', 'http://erp.example.com/y')).toBe(false)
    expect(fitsTemplate('${flowferry.PORT}', 8080)).toBe(true)
    expect(fitsTemplate('plain', 'plain')).toBe(false)
  })
})

describe('diffDocuments', () => {
  it('ignores key order and volatile paths, matches by key, and reports old → new', () => {
    const live = { tasks: [{ name: 'B', id: 9, to: 'x' }, { name: 'A', id: 8 }], updatedAt: '1', extra: true }
    const bundle = { updatedAt: '2', tasks: [{ id: 1, name: 'A' }, { id: 2, name: 'B', to: 'y' }], added: [1] }
    expect(diffDocuments(live, bundle, { ignore: ['updatedAt', 'tasks.*.id'], matchBy: { tasks: 'name' } })).toEqual([
      { path: 'added', kind: 'added', after: [1] },
      { path: 'extra', kind: 'removed', before: true },
      { path: 'tasks[name=B].to', kind: 'changed', before: 'x', after: 'y' },
    ])
  })

  it('lets a placeholder in the bundle stand for the live secret', () => {
    expect(diffDocuments({ p: 's3cret' }, { p: '${flowferry.P}' }, { fits: fitsTemplate })).toEqual([])
  })
})
