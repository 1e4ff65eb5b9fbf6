import { createHash, createHmac, timingSafeEqual } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'

/**
 * The sandbox's side of `SDK-HMAC-SHA256`: it rebuilds the canonical request from what it
 * received — method, the raw path and query of the request line, the headers the client listed
 * in `SignedHeaders`, and the body's hash (or `UNSIGNED-PAYLOAD` when the client announced it) —
 * and recomputes the signature. Deliberately written apart from the client's signer.ts (only the
 * hashing primitives are shared), so that a client signing the wrong thing is caught rather than
 * agreed with.
 */

export interface ReceivedRequest {
  method: string
  /** The request target as received: `/path?query`, still percent-encoded. */
  target: string
  headers: IncomingHttpHeaders
  /** SHA-256 (hex) of the body bytes as received; undefined when the body was not read. */
  bodySha256?: string
}

export type Verdict =
  | { ok: true; accessKey: string; signedHeaders: string[] }
  | { ok: false; reason: string; accessKey?: string }

const AUTH = /^SDK-HMAC-SHA256\s+Access=([^,\s]+),\s*SignedHeaders=([^,\s]+),\s*Signature=([0-9a-fA-F]+)\s*$/
const EMPTY = createHash('sha256').digest('hex')

/** Whether the request carries an SDK-HMAC-SHA256 Authorization header at all. */
export function isSigned(headers: IncomingHttpHeaders): boolean {
  return /^SDK-HMAC-SHA256\s/.test(single(headers.authorization) ?? '')
}

/** Whether the client asked for its body to be left out of the signature. */
export function unsignedPayload(headers: IncomingHttpHeaders): boolean {
  return single(headers['x-sdk-content-sha256']) === 'UNSIGNED-PAYLOAD'
}

export function verify(request: ReceivedRequest, secretFor: (accessKey: string) => string | undefined, now: number, maxSkewMs: number): Verdict {
  const match = AUTH.exec(single(request.headers.authorization) ?? '')
  if (!match) return { ok: false, reason: 'the Authorization header is not "SDK-HMAC-SHA256 Access=…, SignedHeaders=…, Signature=…"' }
  const [, accessKey, headerList, claimed] = match as unknown as [string, string, string, string]
  const secret = secretFor(accessKey)
  if (secret === undefined) return { ok: false, reason: 'the access key is unknown', accessKey }

  const signedHeaders = headerList.split(';')
  if (!signedHeaders.includes('x-sdk-date')) return { ok: false, reason: 'x-sdk-date is not among the signed headers', accessKey }
  if (!signedHeaders.includes('host')) return { ok: false, reason: 'host is not among the signed headers', accessKey }
  for (const name of signedHeaders) {
    if (name !== name.toLowerCase()) return { ok: false, reason: `signed header "${name}" is not lower case`, accessKey }
    if (request.headers[name] === undefined) return { ok: false, reason: `signed header "${name}" was not sent`, accessKey }
  }
  const date = single(request.headers['x-sdk-date'])!
  const when = parseSdkDate(date)
  if (when === undefined) return { ok: false, reason: `X-Sdk-Date "${date}" is not YYYYMMDDTHHMMSSZ`, accessKey }
  if (Math.abs(now - when) > maxSkewMs) return { ok: false, reason: `X-Sdk-Date ${date} is too far from the server's time`, accessKey }

  let payload = single(request.headers['x-sdk-content-sha256'])
  if (payload === undefined) {
    if (request.bodySha256 === undefined) return { ok: false, reason: 'the body was not hashed', accessKey }
    payload = request.bodySha256
  }

  const [rawPath, rawQuery = ''] = splitOnce(request.target, '?')
  const lines = [
    request.method.toUpperCase(),
    uriForSigning(rawPath),
    queryForSigning(rawQuery),
    signedHeaders.map((name) => `${name}:${single(request.headers[name])!.trim()}\n`).join(''),
    signedHeaders.join(';'),
    payload,
  ]
  const digest = createHash('sha256').update(lines.join('\n'), 'utf8').digest('hex')
  const expected = createHmac('sha256', secret).update(`SDK-HMAC-SHA256\n${date}\n${digest}`, 'utf8').digest()
  const given = Buffer.from(claimed, 'hex')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'the signature does not match the request', accessKey }
  }
  return { ok: true, accessKey, signedHeaders }
}

/** Hex SHA-256 of a body as received (the sandbox hashes whatever it reads). */
export function bodyHash(body: Buffer | undefined): string {
  return body && body.length > 0 ? createHash('sha256').update(body).digest('hex') : EMPTY
}

function parseSdkDate(text: string): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text)
  if (!m) return undefined
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number]
  return Date.UTC(y, mo - 1, d, h, mi, s)
}

/** Path segments decoded, then each byte outside the unreserved set written as %XX; a final `/`. */
function uriForSigning(rawPath: string): string {
  const segments = percentDecode(rawPath).split('/').map(percentEncode)
  const joined = segments.join('/')
  return joined.at(-1) === '/' ? joined : `${joined}/`
}

/** `a=1&b=x y` pairs decoded (`+` read as a space, as form decoding does), sorted, re-encoded. */
function queryForSigning(rawQuery: string): string {
  if (rawQuery === '') return ''
  const pairs = rawQuery
    .split('&')
    .filter((part) => part !== '')
    .map((part) => {
      const [name, value = ''] = splitOnce(part, '=')
      return [percentDecode(name.replace(/\+/g, ' ')), percentDecode(value.replace(/\+/g, ' '))] as const
    })
  pairs.sort((a, b) => (a[0] === b[0] ? compare(a[1], b[1]) : compare(a[0], b[0])))
  return pairs.map(([name, value]) => `${percentEncode(name)}=${percentEncode(value)}`).join('&')
}

const UNRESERVED = new Set('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~')

function percentEncode(text: string): string {
  let out = ''
  for (const byte of Buffer.from(text, 'utf8')) {
    const char = String.fromCharCode(byte)
    out += UNRESERVED.has(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`
  }
  return out
}

function percentDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

function splitOnce(text: string, separator: string): [string, string?] {
  const at = text.indexOf(separator)
  return at < 0 ? [text] : [text.slice(0, at), text.slice(at + 1)]
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}
