import { describe, expect, it } from 'vitest'
import { bodyHash, verify, type ReceivedRequest } from '../src/sandbox/emulators/secmaster/signature-check.js'
import { canonicalQuery, EMPTY_BODY_SHA256, sha256Hex, sign, UNSIGNED_PAYLOAD } from '../src/platforms/secmaster/signer.js'

/** The sandbox's verifier against the published vectors and against a client that signs the wrong thing. */
const at = Date.UTC(2020, 5, 8, 2, 39, 0)
const secrets = (ak: string) => (ak === 'AccessKey' ? 'SecretKey' : undefined)
const v1 = {
  method: 'GET',
  target: '/resources?size=1',
  headers: {
    host: 'service.endpoint.myhuaweicloud.com',
    'x-sdk-date': '20200608T023900Z',
    test_underscore: 'TEST_VALUE',
    authorization: 'SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host;x-sdk-date, Signature=cfb4171acec81de07d50e53d57eb77edd537414d66ddb1d7d780f128e12cd842',
  },
  bodySha256: EMPTY_BODY_SHA256,
} satisfies ReceivedRequest

describe('sandbox signature verification', () => {
  it('accepts the V1 and V2 vectors as the Python SDK sends them', () => {
    expect(verify(v1, secrets, at, 60_000)).toMatchObject({ ok: true, accessKey: 'AccessKey' })
    const v2 = {
      ...v1,
      method: 'POST',
      headers: { ...v1.headers, authorization: v1.headers.authorization.replace(/Signature=\w+/, 'Signature=436b1ac0a1ae03705934bb70ef2f2e09f7bfed2117d731a38235053199323a1f') },
      bodySha256: bodyHash(Buffer.from('{"name":"test","id":1}')),
    }
    expect(verify(v2, secrets, at, 60_000).ok).toBe(true)
  })

  it('refuses a request that differs from what was signed: path, query, a signed header, the body, the key, the time', () => {
    const refused = (change: Partial<ReceivedRequest>, now = at) => {
      const verdict = verify({ ...v1, ...change, headers: { ...v1.headers, ...change.headers } }, secrets, now, 60_000)
      expect(verdict.ok).toBe(false)
      return verdict.ok ? '' : verdict.reason
    }
    expect(refused({ target: '/resources/other?size=1' })).toMatch(/does not match/)
    expect(refused({ target: '/resources?size=2' })).toMatch(/does not match/)
    expect(refused({ target: '/resources?size=1&x=y' })).toMatch(/does not match/)
    expect(refused({ headers: { host: 'evil.example.com' } })).toMatch(/does not match/)
    expect(refused({ method: 'DELETE' })).toMatch(/does not match/)
    expect(refused({ bodySha256: sha256Hex('{}') })).toMatch(/does not match/)
    expect(refused({ headers: { authorization: v1.headers.authorization.replace('AccessKey', 'OtherKey') } })).toMatch(/unknown/)
    expect(refused({}, at + 3_600_000)).toMatch(/too far/)
    expect(refused({ headers: { authorization: 'Bearer x' } })).toMatch(/not "SDK-HMAC-SHA256/)
  })

  it('agrees with flowferry signer for a query with spaces sent as %20 or +, and an unsigned multipart payload', () => {
    const headers = {
      host: '127.0.0.1:9000',
      'x-sdk-date': '20200608T023900Z',
      'x-project-id': 'p1',
      'content-type': 'multipart/form-data; boundary=--x',
      'x-sdk-content-sha256': UNSIGNED_PAYLOAD,
    }
    const query = canonicalQuery({ name: 'Phishing email triage', offset: 0, limit: 100 })
    const { authorization } = sign({ method: 'POST', path: '/v1/p1/soc/workflows/import', query, headers, payloadHash: UNSIGNED_PAYLOAD, accessKey: 'AccessKey', secretKey: 'SecretKey' })
    const received = (target: string) => verify({ method: 'POST', target, headers: { ...headers, authorization } }, secrets, at, 60_000)
    expect(received(`/v1/p1/soc/workflows/import?${query}`).ok).toBe(true)
    expect(received('/v1/p1/soc/workflows/import?offset=0&limit=100&name=Phishing+email+triage').ok).toBe(true)
    // The body is not part of the signature here, but the boundary in Content-Type is.
    expect(verify({ method: 'POST', target: `/v1/p1/soc/workflows/import?${query}`, headers: { ...headers, 'content-type': 'multipart/form-data; boundary=--y', authorization } }, secrets, at, 60_000).ok).toBe(false)
  })
})

describe('flowferry signing credentials against the sandbox verifier', () => {
  it('a JSON body is hashed, a streamed one is UNSIGNED-PAYLOAD, and the query is sent as signed', async () => {
    const { signingCredentials } = await import('../src/platforms/secmaster/auth.js')
    const clock = { now: () => at } as unknown as import('../src/core/clock.js').Clock
    const credentials = signingCredentials({ accessKey: 'AccessKey', secretKey: 'SecretKey' }, 'p1', clock)
    const body = Buffer.from('{"id":["w1"]}')
    const json = {
      method: 'POST' as const,
      url: new URL('https://secmaster.ap-southeast-1.myhuaweicloud.com/v1/p1/workspaces/w/soc/workflows/export'),
      headers: { 'content-type': 'application/json;charset=UTF-8', 'user-agent': 'flowferry' } as Record<string, string>,
      body: { headers: {}, bytes: body, open: () => body },
    }
    await credentials.authorize(json)
    expect(json.headers.authorization).toMatch(/SignedHeaders=content-type;host;x-project-id;x-sdk-date,/)
    const target = `${json.url.pathname}${json.url.search}`
    expect(verify({ method: 'POST', target, headers: json.headers, bodySha256: bodyHash(body) }, secrets, at, 60_000).ok).toBe(true)
    expect(verify({ method: 'POST', target, headers: json.headers, bodySha256: bodyHash(Buffer.from('{"id":["w2"]}')) }, secrets, at, 60_000).ok).toBe(false)

    const list = { method: 'GET' as const, url: new URL('https://h.example.com/v1/p1/workspaces/w/soc/workflows?offset=0&limit=100&name=A+b%2Fc'), headers: {} as Record<string, string> }
    await credentials.authorize(list)
    expect(list.url.search).toBe('?limit=100&name=A%20b%2Fc&offset=0')
    expect(verify({ method: 'GET', target: `${list.url.pathname}${list.url.search}`, headers: list.headers, bodySha256: bodyHash(undefined) }, secrets, at, 60_000).ok).toBe(true)

    const upload = { method: 'POST' as const, url: new URL('https://h.example.com/v1/p1/workspaces/w/soc/workflows/import'), headers: { 'content-type': 'multipart/form-data; boundary=b1' } as Record<string, string>, body: { headers: {}, open: () => Buffer.alloc(0) } }
    await credentials.authorize(upload)
    expect(upload.headers['x-sdk-content-sha256']).toBe(UNSIGNED_PAYLOAD)
    expect(verify({ method: 'POST', target: upload.url.pathname, headers: upload.headers }, secrets, at, 60_000).ok).toBe(true)
  })
})

describe('temporary keys: X-Security-Token', () => {
  it('is sent and signed, as the official SDKs add it before signing, and a changed token breaks the signature', async () => {
    const { signingCredentials } = await import('../src/platforms/secmaster/auth.js')
    const clock = { now: () => at } as unknown as import('../src/core/clock.js').Clock
    const securityToken = 'gQpjbi1ub3J0aC00-temporary-security-token'
    const credentials = signingCredentials({ accessKey: 'AccessKey', secretKey: 'SecretKey', securityToken }, 'p1', clock)
    const body = Buffer.from('{"id":["w1"]}')
    const request = {
      method: 'POST' as const,
      url: new URL('https://secmaster.ap-southeast-1.myhuaweicloud.com/v1/p1/workspaces/w/soc/workflows/export'),
      headers: { 'content-type': 'application/json;charset=UTF-8' } as Record<string, string>,
      body: { headers: {}, bytes: body, open: () => body },
    }
    await credentials.authorize(request)
    expect(request.headers['x-security-token']).toBe(securityToken)
    // The Python SDK signs every header it set (sorted, lower case): with these five, the same
    // list flowferry signs, in the same order, and so the same signature.
    const sdkHeaders = {
      'Content-Type': 'application/json;charset=UTF-8',
      'X-Project-Id': 'p1',
      'X-Security-Token': securityToken,
      'X-Sdk-Date': request.headers['x-sdk-date']!,
      Host: 'secmaster.ap-southeast-1.myhuaweicloud.com',
    }
    const sdk = sign({ method: 'POST', path: request.url.pathname, query: '', headers: sdkHeaders, payloadHash: bodyHash(body), accessKey: 'AccessKey', secretKey: 'SecretKey' })
    expect(request.headers.authorization).toBe(sdk.authorization)
    expect(request.headers.authorization).toMatch(/SignedHeaders=content-type;host;x-project-id;x-sdk-date;x-security-token,/)
    const target = request.url.pathname
    expect(verify({ method: 'POST', target, headers: request.headers, bodySha256: bodyHash(body) }, secrets, at, 60_000).ok).toBe(true)
    expect(verify({ method: 'POST', target, headers: { ...request.headers, 'x-security-token': `${securityToken}x` }, bodySha256: bodyHash(body) }, secrets, at, 60_000).ok).toBe(false)
  })
})
