import type { IncomingMessage } from 'node:http'
import { Readable } from 'node:stream'
import type { Clock } from '../../../core/clock.js'
import { header, readRaw } from '../../http-helpers.js'
import type { IamFederation, TemporaryKey } from './federation.js'
import type { TokenService } from './iam.js'
import type { SecmasterSettings } from './settings.js'
import { bodyHash, isSigned, unsignedPayload, verify } from './signature-check.js'

/**
 * An imitation of Huawei Cloud's API Gateway in front of SecMaster: auth by `X-Auth-Token` (the
 * configured token, or one IAM issued) or by an `SDK-HMAC-SHA256` signature, rebuilt from what
 * was received in signature-check.ts — with the configured AK/SK, or a temporary one IAM issued
 * (federation.ts), which must come with its `X-Security-Token` among the signed headers and be
 * unexpired (https://support.huaweicloud.com/intl/en-us/api-iam/iam_04_0002.html) — with
 * `X-Project-Id` required to match the path's project
 * (https://support.huaweicloud.com/intl/en-us/api-secmaster/secmaster_03_0009.html); refusals
 * as `{error_code: "APIG.xxxx", error_msg}`; AK/SK-signed bodies up to 12 MB; throttling as
 * APIG.0308 without Retry-After.
 */
export interface GatewayRefusal {
  status: number
  code: string
  message: string
}

export class ApiGateway {
  /** What was admitted, and how, for tests (`GET /__sandbox/state`). */
  readonly seen = { signed: 0, token: 0, refused: 0, temporary: 0 }
  /** The bodies the gateway had to read to check a signature, handed on to the routes. */
  private readonly bodies = new WeakMap<IncomingMessage, Buffer>()

  constructor(
    private readonly settings: SecmasterSettings,
    private readonly tokens: TokenService,
    private readonly clock: Clock,
    private readonly federation?: IamFederation,
  ) {}

  /**
   * API Gateway's checks, in its order: credentials (token, or the signature rebuilt from what
   * was received), the project the credentials belong to, then throttling. Undefined: admitted.
   */
  async admit(req: IncomingMessage, url: URL): Promise<GatewayRefusal | undefined> {
    const refusal = await this.check(req, url)
    if (refusal) this.seen.refused++
    return refusal
  }

  /** The request's body as the routes should read it: the bytes the gateway already read, or the request itself. */
  body(req: IncomingMessage): Buffer | undefined {
    return this.bodies.get(req)
  }

  /** The body as a stream (for a multipart parser), with the request's headers. */
  bodyStream(req: IncomingMessage): IncomingMessage {
    const body = this.bodies.get(req)
    if (!body) return req
    return Object.assign(Readable.from([body]), { headers: req.headers }) as unknown as IncomingMessage
  }

  private async check(req: IncomingMessage, url: URL): Promise<GatewayRefusal | undefined> {
    const token = header(req, 'x-auth-token')
    const pathProject = /^\/v1\/([^/]+)\//.exec(url.pathname)?.[1]
    if (token !== undefined) {
      if (!this.tokens.accepts(token) && !this.federation?.acceptsToken(token)) return { status: 401, code: 'APIG.0301', message: 'Incorrect IAM authentication information: verify token failed' }
      if (this.settings.tokenExpired) return { status: 401, code: 'APIG.0307', message: 'The token must be updated.' }
      this.seen.token++
    } else if (isSigned(req.headers)) {
      let bodySha256: string | undefined
      if (!unsignedPayload(req.headers)) {
        const body = await readRaw(req)
        if (body.length > this.settings.signedBodyLimit) return { status: 413, code: 'APIG.0201', message: 'Request entity too large: AK/SK-signed bodies are limited to 12 MB' }
        this.bodies.set(req, body)
        bodySha256 = bodyHash(body)
      }
      const verdict = verify(
        { method: req.method ?? 'GET', target: req.url ?? '/', headers: req.headers, bodySha256 },
        (ak) => (ak === this.settings.accessKey ? this.settings.secretKey : this.federation?.temporaryKey(ak)?.secretKey),
        this.clock.now(),
        this.settings.maxSkewMs,
      )
      if (!verdict.ok) return { status: 401, code: 'APIG.0301', message: `Incorrect IAM authentication information: verify aksk signature fail (${verdict.reason})` }
      const temporary = this.federation?.temporaryKey(verdict.accessKey)
      if (temporary) {
        const refusal = this.checkTemporary(req, verdict.signedHeaders, temporary)
        if (refusal) return refusal
        this.seen.temporary++
      }
      const projectHeader = header(req, 'x-project-id')
      if (!projectHeader) return { status: 401, code: 'APIG.0301', message: 'Incorrect IAM authentication information: X-Project-Id is missing' }
      if (projectHeader !== pathProject) return { status: 401, code: 'APIG.0301', message: 'Incorrect IAM authentication information: X-Project-Id does not match the project in the path' }
      this.seen.signed++
    } else {
      return { status: 401, code: 'APIG.0301', message: 'Incorrect IAM authentication information: Authorization not found' }
    }
    if (pathProject !== undefined && decodeURIComponent(pathProject) !== this.settings.projectId) {
      return { status: 403, code: 'APIG.0302', message: 'The IAM user is not authorized to access the API: project mismatch' }
    }
    if (this.settings.throttleNext > 0) {
      this.settings.throttleNext--
      return { status: this.settings.throttleStatus, code: 'APIG.0308', message: 'The throttling threshold has been reached: policy user over ratelimit,limit:60,time:1 minute' }
    }
    return undefined
  }

  /** A temporary AK/SK is valid only with its own security token, signed, and until it expires. */
  private checkTemporary(req: IncomingMessage, signedHeaders: string[], key: TemporaryKey): GatewayRefusal | undefined {
    const sent = header(req, 'x-security-token')
    if (sent === undefined) return { status: 401, code: 'APIG.0301', message: 'Incorrect IAM authentication information: a temporary access key needs X-Security-Token' }
    if (!signedHeaders.includes('x-security-token')) return { status: 401, code: 'APIG.0301', message: 'Incorrect IAM authentication information: X-Security-Token is not among the signed headers' }
    if (sent !== key.securityToken) return { status: 401, code: 'APIG.0301', message: 'Incorrect IAM authentication information: the security token does not belong to this access key' }
    if (key.expiresAt <= this.clock.now()) return { status: 401, code: 'APIG.0307', message: 'The token must be updated: the temporary access key has expired' }
    return undefined
  }
}
