import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Clock } from '../../../core/clock.js'
import { readRaw, sendJson } from '../../http-helpers.js'
import type { SecmasterSettings } from './settings.js'

/**
 * IAM's token API, so a pipeline can be tried end to end with a password: `POST
 * /v3/auth/tokens` with a password body answers 201 with the token in `X-Subject-Token`
 * (https://support.huaweicloud.com/intl/en-us/api-iam/iam_30_0001.html). The gateway accepts
 * the tokens issued here beside the configured one.
 */
export class TokenService {
  /** Every token handed out; the gateway accepts them, and the secret-hygiene test looks for them. */
  readonly issued = new Set<string>()

  constructor(
    private readonly settings: SecmasterSettings,
    private readonly clock: Clock,
  ) {}

  accepts(token: string): boolean {
    return token === this.settings.token || this.issued.has(token)
  }

  async issue(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = (await readRaw(req)).toString('utf8')
    if (!body.includes('"password"')) return sendJson(res, 400, { error: { code: '1100', message: 'Incorrect auth body', title: 'Bad Request' } })
    const token = `MIIsandbox-${randomUUID().replace(/-/g, '')}`
    this.issued.add(token)
    const issued = new Date(this.clock.now())
    sendJson(
      res,
      201,
      { token: { issued_at: issued.toISOString(), expires_at: new Date(issued.getTime() + 24 * 3_600_000).toISOString(), methods: ['password'], project: { id: this.settings.projectId } } },
      { 'x-subject-token': token },
    )
  }
}
