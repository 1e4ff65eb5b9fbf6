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

/** An access key pair; a temporary one comes with its security token. */
export interface SigningKeys {
  accessKey: string
  secretKey: string
  securityToken?: string
}

/** AK/SK mode with keys that do not change: the `access-key-id`/`secret-access-key` (and `security-token`) inputs. */
export function signingCredentials(keys: SigningKeys, projectId: string, clock: Clock): Credentials {
  return { authorize: (request) => signRequest(request, keys, projectId, clock) }
}

/**
 * Signs one request as the SDKs do: `X-Project-Id` added, and for a temporary key
 * `X-Security-Token` too, before signing, so that both are among the signed headers (Python
 * SDK `huaweicloudsdkcore/auth/credentials.py` `sign_request`, Node SDK `BasicCredentials`
 * `processAuthRequest`; https://support.huaweicloud.com/intl/en-us/api-iam/iam_04_0002.html says
 * a temporary AK/SK is always used with `X-Security-Token`). Then `X-Sdk-Date` fresh on every
 * attempt, `Host` set to what is sent, the body hashed — or, for a streamed (multipart) body,
 * the literal `UNSIGNED-PAYLOAD`, announced in `X-Sdk-Content-Sha256` — and `SDK-HMAC-SHA256`.
 */
export function signRequest(request: OutgoingRequest, keys: SigningKeys, projectId: string, clock: Clock): void {
  const headers = request.headers
  headers['x-project-id'] = projectId
  if (keys.securityToken !== undefined) headers['x-security-token'] = keys.securityToken
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
    accessKey: keys.accessKey,
    secretKey: keys.secretKey,
  })
  headers.authorization = authorization
}
