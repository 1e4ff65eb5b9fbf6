import { hmac } from '@stablelib/hmac'
import { hash, SHA256 } from '@stablelib/sha256'
import { createHash } from '../../core/crypto.js'

/**
 * Huawei Cloud's `SDK-HMAC-SHA256` request signature, as the Python SDK computes it
 * (https://github.com/huaweicloud/huaweicloud-sdk-python-v3,
 * huaweicloud-sdk-core/huaweicloudsdkcore/signer/signer.py) and API Gateway's signing guide
 * describes it (https://support.huaweicloud.com/intl/ja-jp/devg-apisign/api-sign-algorithm-002.html).
 * Pure functions only (hashing aside, below): the client feeds them the request it is about to
 * send, the unit tests feed them the published test vectors.
 */

export const ALGORITHM = 'SDK-HMAC-SHA256'
export const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD'
export const EMPTY_BODY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'

/** Everything outside A–Z a–z 0–9 - _ . ~ as %XX of its UTF-8 bytes (space too: %20, never +). */
export function escape(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

/** The path decoded, each segment re-encoded, always ending in `/` (the URL sent keeps none). */
export function canonicalUri(path: string): string {
  let decoded: string
  try {
    decoded = decodeURIComponent(path)
  } catch {
    decoded = path
  }
  const uri = decoded.split('/').map(escape).join('/')
  return uri.endsWith('/') ? uri : `${uri}/`
}

export type QueryValue = string | number | boolean | readonly (string | number)[]

/**
 * Parameters sorted by name; a list becomes repeated `name=value` with its values sorted;
 * booleans are `true`/`false`.
 */
export function canonicalQuery(params: Readonly<Record<string, QueryValue>> | Iterable<[string, string]>): string {
  const grouped = new Map<string, QueryValue>()
  const entries = Symbol.iterator in params ? [...(params as Iterable<[string, string]>)] : Object.entries(params)
  for (const [name, value] of entries) {
    const previous = grouped.get(name)
    if (previous === undefined) grouped.set(name, value)
    else grouped.set(name, [...(Array.isArray(previous) ? previous : [String(previous)]), String(value)])
  }
  const out: string[] = []
  for (const name of [...grouped.keys()].sort(byCodePoint)) {
    const value = grouped.get(name)!
    const values = Array.isArray(value) ? [...value].sort(compareValues) : [value]
    for (const v of values) out.push(`${escape(name)}=${escape(String(v))}`)
  }
  return out.join('&')
}

export interface SignInput {
  method: string
  /** The request path as sent, without the query. */
  path: string
  query: string
  /** Header names in any case; only those in `signedHeaders` count. */
  headers: Readonly<Record<string, string>>
  /** Lower-case names, sorted by `signedHeaderNames` when not given. */
  signedHeaders: readonly string[]
  /** Hex SHA-256 of the body, or `UNSIGNED-PAYLOAD`. */
  payloadHash: string
}

export function canonicalRequest(input: SignInput): string {
  const headers = new Map(Object.entries(input.headers).map(([name, value]) => [name.toLowerCase(), value]))
  const canonicalHeaders = input.signedHeaders.map((name) => `${name}:${(headers.get(name) ?? '').trim()}\n`).join('')
  return [input.method.toUpperCase(), canonicalUri(input.path), input.query, canonicalHeaders, input.signedHeaders.join(';'), input.payloadHash].join('\n')
}

export function stringToSign(canonical: string, sdkDate: string): string {
  return `${ALGORITHM}\n${sdkDate}\n${sha256Hex(canonical)}`
}

export function signature(secretKey: string, toSign: string): string {
  return hex(hmac(SHA256, Buffer.from(secretKey, 'utf8'), Buffer.from(toSign, 'utf8')))
}

/** The header names to sign: lower-cased, sorted, without the ones holding `_` (the Python SDK skips those). */
export function signedHeaderNames(headers: Readonly<Record<string, string>>): string[] {
  return [...new Set(Object.keys(headers).map((name) => name.toLowerCase()))].filter((name) => !name.includes('_')).sort(byCodePoint)
}

export function authorizationHeader(accessKey: string, signedHeaders: readonly string[], sig: string): string {
  return `${ALGORITHM} Access=${accessKey}, SignedHeaders=${signedHeaders.join(';')}, Signature=${sig}`
}

/**
 * `YYYYMMDDTHHMMSSZ` in UTC, from the date's UTC fields: the first `toISOString()` of a process
 * costs ~0.3 ms (the fields ~0.03 ms), and the first request is signed on the way to the wire.
 */
export function sdkDate(epochMs: number): string {
  const date = new Date(epochMs)
  const two = (n: number): string => String(n).padStart(2, '0')
  return `${String(date.getUTCFullYear()).padStart(4, '0')}${two(date.getUTCMonth() + 1)}${two(date.getUTCDate())}T${two(date.getUTCHours())}${two(date.getUTCMinutes())}${two(date.getUTCSeconds())}Z`
}

/**
 * Where the hashing runs. Every request is signed before it is sent, the first one included, and
 * loading node:crypto costs 4-5 ms (a sixth of a run's whole start-up budget: twice a bare
 * `node -e ""`); so what is signed (a canonical request, a string to sign, a JSON body of a few
 * KiB) is hashed in JavaScript by StableLib's SHA-256 and HMAC
 * (https://github.com/StableLib/stablelib, packages/sha256 and packages/hmac): SHA-256 alone, with
 * nothing built at load but its 64 round constants. (@noble/hashes, used before, has SHA-256 only
 * in a module that also builds SHA-512's tables with BigInt as it loads, and in dist/ it made a
 * 36 KB chunk of its own: SecMaster's first request took 2-4 ms more CPU than with StableLib.)
 * A larger body, where OpenSSL's speed matters more than its load, goes to node:crypto, loaded
 * then (core/crypto.ts).
 */
const HASHED_IN_JAVASCRIPT = 64 * 1024

export function sha256Hex(data: string | Buffer): string {
  // A string's UTF-8 form is at most three bytes a UTF-16 unit.
  const bytes = typeof data === 'string' ? data.length * 3 : data.length
  if (bytes > HASHED_IN_JAVASCRIPT) return createHash('sha256').update(data).digest('hex')
  return hex(hash(typeof data === 'string' ? Buffer.from(data, 'utf8') : data))
}

/** The whole signature of one request: what the `Authorization` header carries. */
export function sign(input: Omit<SignInput, 'signedHeaders'> & { signedHeaders?: readonly string[]; accessKey: string; secretKey: string }): {
  authorization: string
  canonicalRequest: string
  stringToSign: string
} {
  const signedHeaders = input.signedHeaders ?? signedHeaderNames(input.headers)
  const date = Object.entries(input.headers).find(([name]) => name.toLowerCase() === 'x-sdk-date')?.[1]
  if (!date) throw new Error('X-Sdk-Date must be set before signing')
  const canonical = canonicalRequest({ ...input, signedHeaders })
  const toSign = stringToSign(canonical, date)
  return { authorization: authorizationHeader(input.accessKey, signedHeaders, signature(input.secretKey, toSign)), canonicalRequest: canonical, stringToSign: toSign }
}

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex')
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function compareValues(a: string | number, b: string | number): number {
  return typeof a === 'number' && typeof b === 'number' ? a - b : byCodePoint(String(a), String(b))
}
