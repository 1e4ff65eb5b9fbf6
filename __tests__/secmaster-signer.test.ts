import { createHash, createHmac } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalQuery, canonicalRequest, canonicalUri, EMPTY_BODY_SHA256, sdkDate, sha256Hex, sign, signature, signedHeaderNames, stringToSign } from '../src/platforms/secmaster/signer.js'

/**
 * Published vectors, byte for byte: V1, V2 and V4 from the Python SDK's own tests
 * (https://github.com/huaweicloud/huaweicloud-sdk-python-v3, huaweicloud-sdk-core/tests/test_signer.py),
 * V3 the worked example of API Gateway's signing guide
 * (https://support.huaweicloud.com/intl/ja-jp/devg-apisign/api-sign-algorithm-002.html).
 */
describe('SDK-HMAC-SHA256 signer', () => {
  const v1Headers = { Host: 'service.endpoint.myhuaweicloud.com', 'X-Sdk-Date': '20200608T023900Z', TEST_UNDERSCORE: 'TEST_VALUE' }

  it('V1: GET with a query, the underscore header left unsigned', () => {
    const signedHeaders = signedHeaderNames(v1Headers)
    expect(signedHeaders).toEqual(['host', 'x-sdk-date'])
    const canonical = canonicalRequest({ method: 'GET', path: '/resources', query: canonicalQuery({ size: 1 }), headers: v1Headers, signedHeaders, payloadHash: EMPTY_BODY_SHA256 })
    expect(canonical).toBe(
      'GET\n/resources/\nsize=1\nhost:service.endpoint.myhuaweicloud.com\nx-sdk-date:20200608T023900Z\n\nhost;x-sdk-date\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    )
    expect(stringToSign(canonical, '20200608T023900Z')).toBe('SDK-HMAC-SHA256\n20200608T023900Z\nde94dd1e1ccdb730b403ce35d7e14f7c7b04337f6def1c3a3a2ba936852b133f')
    const signed = sign({ method: 'GET', path: '/resources', query: 'size=1', headers: v1Headers, payloadHash: EMPTY_BODY_SHA256, accessKey: 'AccessKey', secretKey: 'SecretKey' })
    expect(signed.authorization).toBe(
      'SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host;x-sdk-date, Signature=cfb4171acec81de07d50e53d57eb77edd537414d66ddb1d7d780f128e12cd842',
    )
  })

  it('V2: POST with a JSON body, hashed', () => {
    const body = '{"name":"test","id":1}'
    expect(sha256Hex(body)).toBe('8ed555081b9961769014bc1182c629bb0fe68d7b01c1fc1caab4dc791f377e8c')
    const signed = sign({ method: 'POST', path: '/resources', query: 'size=1', headers: v1Headers, payloadHash: sha256Hex(Buffer.from(body)), accessKey: 'AccessKey', secretKey: 'SecretKey' })
    expect(sha256Hex(signed.canonicalRequest)).toBe('2b1b2515e48cb55e043ff2ec5b93d3f13ec287e1da1d7a2e4e14b0611a341969')
    expect(signed.authorization).toBe(
      'SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host;x-sdk-date, Signature=436b1ac0a1ae03705934bb70ef2f2e09f7bfed2117d731a38235053199323a1f',
    )
  })

  it('V3: the API Gateway worked example, with a project path and two query parameters', () => {
    const headers = { 'Content-Type': 'application/json', Host: 'service.region.example.com', 'X-Sdk-Date': '20191115T033655Z' }
    const signed = sign({
      method: 'GET',
      path: '/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs',
      query: canonicalQuery(new URLSearchParams('limit=2&marker=13551d6b-755d-4757-b956-536f674975c0')),
      headers,
      payloadHash: EMPTY_BODY_SHA256,
      accessKey: 'QTWAOYTTINDUT2QVKYUC',
      secretKey: 'MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc',
    })
    expect(sha256Hex(signed.canonicalRequest)).toBe('b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a')
    expect(signed.authorization).toBe(
      'SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=content-type;host;x-sdk-date, Signature=7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe',
    )
  })

  it('V4: the canonical query of booleans, lists, slashes and non-ASCII', () => {
    expect(canonicalQuery({ limit: 1, enable: true, test: '一 (&=?!#%.*)', path: '/tmp/123', multi: [1, 2, 3] })).toBe(
      'enable=true&limit=1&multi=1&multi=2&multi=3&path=%2Ftmp%2F123&test=%E4%B8%80%20%28%26%3D%3F%21%23%25.%2A%29',
    )
    expect(canonicalQuery(new URLSearchParams('multi=3&multi=1&a=x'))).toBe('a=x&multi=1&multi=3')
    expect(canonicalQuery({})).toBe('')
  })

  it('canonical URI: decoded, each segment re-encoded, a trailing slash', () => {
    expect(canonicalUri('/v1/p/workspaces/w/soc/workflows')).toBe('/v1/p/workspaces/w/soc/workflows/')
    expect(canonicalUri('/a%20b/c%2Fd/')).toBe('/a%20b/c/d/')
    expect(canonicalUri('/')).toBe('/')
    expect(sdkDate(Date.UTC(2020, 5, 8, 2, 39, 0, 123))).toBe('20200608T023900Z')
  })

  it('dates a request as its instant in ISO 8601 UTC, without separators or milliseconds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Date.UTC(9999, 11, 31, 23, 59, 59, 999) }), (epochMs) => {
        expect(sdkDate(epochMs)).toBe(new Date(epochMs).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, ''))
      }),
      { numRuns: 500, seed: 20261208 },
    )
  })

  it('hashes as OpenSSL does, on either side of the size where it hands over to node:crypto', () => {
    const runs = { numRuns: 200, seed: 20261207 }
    // Sizes around 64 KiB, as bytes and as text (three bytes a unit at most: the text crosses the line sooner).
    const sizes = fc.oneof(fc.integer({ min: 0, max: 256 }), fc.integer({ min: 21_800, max: 22_000 }), fc.integer({ min: 65_500, max: 65_600 }))
    fc.assert(
      fc.property(sizes, fc.integer(), (size, seed) => {
        const bytes = Buffer.alloc(size, seed & 0xff)
        if (size >= 4) bytes.writeInt32LE(seed, 0)
        expect(sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'))
        const text = bytes.toString('latin1')
        expect(sha256Hex(text)).toBe(createHash('sha256').update(text).digest('hex'))
      }),
      runs,
    )
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 400 }), (key, text) => {
        expect(signature(key, text)).toBe(createHmac('sha256', Buffer.from(key, 'utf8')).update(text).digest('hex'))
      }),
      runs,
    )
  })
})
