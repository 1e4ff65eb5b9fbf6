import type { Clock } from '../../core/clock.js'
import type { Credentials, OutgoingRequest } from '../../core/http/client.js'
import { canonicalQuery, EMPTY_BODY_SHA256, sdkDate, sha256Hex, sign, UNSIGNED_PAYLOAD } from './signer.js'

/**
 * The headers flowferry signs, when present. The Python SDK signs every header it set itself;
 * these are the ones that identify the request (what API Gateway checks) and that no proxy
 * rewrites — not User-Agent or Accept-Encoding. Verifiers rebuild the canonical request from
 * the `SignedHeaders` list, so any subset that includes host and x-sdk-date validates.
 */
const SIGNED = ['content-type', 'host', 'x-project-id', 'x-sdk-content-sha256', 'x-sdk-date', 'x-security-token'] as const

/**
 * AK/SK mode, as the SDKs do it: `X-Project-Id` added, `X-Sdk-Date` fresh on every attempt,
 * `Host` set to what is sent, the body hashed — or, for a streamed (multipart) body, the literal
 * `UNSIGNED-PAYLOAD`, announced in `X-Sdk-Content-Sha256` — then `SDK-HMAC-SHA256`.
 */
export function signingCredentials(accessKey: string, secretKey: string, projectId: string, clock: Clock): Credentials {
  return {
    authorize(request: OutgoingRequest) {
      const headers = request.headers
      headers['x-project-id'] = projectId
      headers['x-sdk-date'] = sdkDate(clock.now())
      headers.host = request.url.host
      // Send the query exactly as it is signed (sorted, %20 for a space, never `+`), so that no
      // server's reading of `+` can make the signature differ.
      const query = canonicalQuery(request.url.searchParams)
      request.url.search = query
      let payloadHash = EMPTY_BODY_SHA256
      if (request.body?.bytes) payloadHash = sha256Hex(request.body.bytes)
      else if (request.body) {
        headers['x-sdk-content-sha256'] = UNSIGNED_PAYLOAD
        payloadHash = UNSIGNED_PAYLOAD
      }
      const { authorization } = sign({
        method: request.method,
        path: request.url.pathname,
        query,
        headers,
        signedHeaders: SIGNED.filter((name) => headers[name] !== undefined),
        payloadHash,
        accessKey,
        secretKey,
      })
      headers.authorization = authorization
    },
  }
}
