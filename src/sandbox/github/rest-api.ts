import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readRaw, sendJson } from '../http-helpers.js'

/**
 * A loopback stand-in for the part of GitHub's REST API a pull-request comment uses: list, create
 * and update issue comments (https://docs.github.com/en/rest/issues/comments), paginated with
 * `per_page`/`page` and a `Link` header as GitHub paginates
 * (https://docs.github.com/en/rest/using-the-rest-api/using-pagination-in-the-rest-api).
 * It records every request, so tests can say what the action sent and where. Test harness only:
 * nothing in the action imports it.
 */
export interface StoredComment {
  id: number
  body: string
  user: { login: string; type: string }
  html_url: string
}

export interface RecordedRequest {
  method: string
  path: string
  query: Record<string, string>
  authorization?: string
  body?: unknown
}

export interface RestApiOptions {
  /** The token that may write; any other is refused (401). */
  token: string
  /** The token reads but cannot write: 403, as a fork's pull request token gets. */
  readOnly?: boolean
  /** Put this origin into the `Link` header instead of the service's own (a hostile reply). */
  linkOrigin?: string
  /** Put this into each reply's `html_url` (a hostile reply). */
  htmlUrl?: string
  /** GITHUB_SERVER_URL for the `html_url`s it makes. */
  serverUrl?: string
  /** Answer the first write with this instead (a 5xx, a rate limit), then as usual. */
  failFirstWrite?: { status: number; body: unknown; headers?: Record<string, string> }
  /** Mark every reply deprecated, with this as the deprecation link (a hostile reply: Octokit logs it). */
  deprecationLink?: string
  /** The token is a person's: `GET /user` names them, and their comments are theirs. Else an app's (a bot's). */
  user?: string
}

export interface RestApi {
  url: string
  requests: RecordedRequest[]
  /** The comments of each pull request, by number. */
  comments: Map<number, StoredComment[]>
  /** Adds comments someone else wrote (a person, `someone`). */
  seed(number: number, bodies: string[]): void
  close(): Promise<void>
}

const MAX_PER_PAGE = 100
const BOT = { login: 'github-actions[bot]', type: 'Bot' }

export async function startRestApi(options: RestApiOptions): Promise<RestApi> {
  const requests: RecordedRequest[] = []
  const comments = new Map<number, StoredComment[]>()
  let nextId = 5000
  let failedOnce = false
  let base = ''
  const server = options.serverUrl ?? 'https://github.example'

  const self = options.user ? { login: options.user, type: 'User' } : BOT
  const make = (owner: string, repo: string, number: number, body: string, user = self): StoredComment => {
    const id = nextId++
    const comment = { id, body, user, html_url: options.htmlUrl ?? `${server}/${owner}/${repo}/pull/${number}#issuecomment-${id}` }
    comments.set(number, [...(comments.get(number) ?? []), comment])
    return comment
  }

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', base)
    if (options.deprecationLink) {
      res.setHeader('deprecation', 'true')
      res.setHeader('sunset', 'Wed, 01 Jan 2031 00:00:00 GMT')
    }
    const raw = await readRaw(req)
    let body: unknown
    try {
      body = raw.length ? JSON.parse(raw.toString('utf8')) : undefined
    } catch {
      return sendJson(res, 400, { message: 'Problems parsing JSON' })
    }
    requests.push({ method: req.method ?? '', path: url.pathname, query: Object.fromEntries(url.searchParams), authorization: req.headers.authorization, body })
    if (req.headers.authorization !== `token ${options.token}`) return sendJson(res, 401, { message: 'Bad credentials' })

    if (options.failFirstWrite && req.method !== 'GET' && !failedOnce) {
      failedOnce = true
      return sendJson(res, options.failFirstWrite.status, options.failFirstWrite.body, options.failFirstWrite.headers)
    }
    if (url.pathname === '/user' && req.method === 'GET') {
      return options.user ? sendJson(res, 200, self) : sendJson(res, 403, { message: 'Resource not accessible by integration', status: '403' })
    }
    const list = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname)
    const one = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname)
    const refuse = () => sendJson(res, 403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/issues/comments', status: '403' })

    if (list && req.method === 'GET') {
      const all = comments.get(Number(list[3])) ?? []
      const perPage = Math.min(MAX_PER_PAGE, Number(url.searchParams.get('per_page') ?? 30) || 30)
      const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1)
      const last = Math.max(1, Math.ceil(all.length / perPage))
      const link = (p: number) => `<${options.linkOrigin ?? base}${url.pathname}?per_page=${perPage}&page=${p}>`
      const links = [page < last ? `${link(page + 1)}; rel="next"` : '', `${link(last)}; rel="last"`, options.deprecationLink ? `<${options.deprecationLink}>; rel="deprecation"` : '']
        .filter(Boolean)
        .join(', ')
      return sendJson(res, 200, all.slice((page - 1) * perPage, page * perPage), { link: links })
    }
    if (list && req.method === 'POST') {
      if (options.readOnly) return refuse()
      const text = (body as { body?: unknown } | undefined)?.body
      if (typeof text !== 'string') return sendJson(res, 422, { message: 'Validation Failed' })
      if (text.length > 65_536) return sendJson(res, 422, { message: 'Validation Failed', errors: [{ code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }] })
      return sendJson(res, 201, make(list[1]!, list[2]!, Number(list[3]), text))
    }
    if (one && req.method === 'PATCH') {
      if (options.readOnly) return refuse()
      const comment = [...comments.values()].flat().find((c) => c.id === Number(one[3]))
      if (!comment) return sendJson(res, 404, { message: 'Not Found' })
      const text = (body as { body?: unknown } | undefined)?.body
      if (typeof text !== 'string' || text.length > 65_536) return sendJson(res, 422, { message: 'Validation Failed' })
      comment.body = text
      return sendJson(res, 200, comment)
    }
    return sendJson(res, 404, { message: 'Not Found' })
  }

  const http = createServer((req, res) => {
    handle(req, res).catch((error: Error) => sendJson(res, 500, { message: error.message }))
  })
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`
  return {
    url: base,
    requests,
    comments,
    seed(number, bodies) {
      for (const text of bodies) make('o', 'r', number, text, { login: 'someone', type: 'User' })
    },
    close: () =>
      new Promise<void>((resolve) => {
        http.closeAllConnections()
        http.close(() => resolve())
      }),
  }
}
