import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { hasMarker } from './state.js'
import type { PullRequestTarget } from './event.js'

/**
 * The three calls a comment needs, on GitHub's REST API for issue comments (a pull request is an
 * issue there): https://docs.github.com/en/rest/issues/comments
 *
 * Built on `getOctokit` from @actions/github with Octokit's own retry and throttling plugins
 * (https://github.com/octokit/plugin-retry.js, https://github.com/octokit/plugin-throttling.js):
 * a 5xx is retried with backoff, and a rate limit is waited out once when GitHub asks for a
 * minute or less (https://docs.github.com/en/rest/using-the-rest-api/best-practices-for-using-the-rest-api);
 * longer, and the comment is given up with a warning rather than holding the job.
 *
 * The token goes to `GITHUB_API_URL` and nowhere else: pages are asked for by number, never by
 * following the `Link` header a reply carries, and a redirect is refused, not followed.
 */
export interface CommentApi {
  /**
   * The comment whose first line is `marker` and that this token's identity wrote, looked for
   * through every page of the pull request's comments. Anyone can post a comment that starts with
   * the marker; only one of ours is updated, and only ours is trusted for its state.
   */
  find(marker: string): Promise<{ id: number; body: string } | undefined>
  create(body: string): Promise<string>
  update(id: number, body: string): Promise<string>
}

const PER_PAGE = 100
/** 5,000 comments: a pull request with more is not one flowferry's comment is worth finding in. */
const MAX_PAGES = 50
/** Everything the comment does, retries and waits included, within this. */
const BUDGET_MS = 120_000
const LONGEST_WAIT_S = 60

export function commentApi(target: PullRequestTarget, token: string, debug: (message: string) => void): CommentApi {
  const octokit = getOctokit(
    token,
    {
      baseUrl: target.apiUrl.href.replace(/\/+$/, ''),
      // Octokit's own messages (a deprecation notice quotes the reply's Link header) go through
      // flowferry's log, as every line does, never straight to the console.
      request: { redirect: 'error', signal: AbortSignal.timeout(BUDGET_MS), log: { debug, info: debug, warn: debug, error: debug } },
      retry: { retries: 2 },
      log: { debug, info: debug, warn: debug, error: debug },
      throttle: {
        onRateLimit: (after: number, _options: unknown, _octokit: unknown, count: number) => count === 0 && after <= LONGEST_WAIT_S,
        onSecondaryRateLimit: (after: number, _options: unknown, _octokit: unknown, count: number) => count === 0 && after <= LONGEST_WAIT_S,
      },
    },
    retry,
    throttling,
  )
  const where = { owner: target.owner, repo: target.repo, headers: { 'x-github-api-version': '2022-11-28' } }

  /**
   * Who writes with this token: a personal token's user answers `GET /user`
   * (https://docs.github.com/en/rest/users/users#get-the-authenticated-user); an app's installation
   * token, the job's GITHUB_TOKEN among them, is refused there, and its comments are a bot's, which
   * only an app installed on the repository can post as.
   */
  const author = async (): Promise<(user: unknown) => boolean> => {
    const login = await octokit
      .request('GET /user', { headers: where.headers })
      .then((reply) => (reply.data as { login?: unknown }).login)
      .catch(() => undefined)
    return (user) => {
      const { login: by, type } = (user ?? {}) as { login?: unknown; type?: unknown }
      return typeof login === 'string' ? by === login : type === 'Bot'
    }
  }

  return {
    async find(marker) {
      const ours = await author()
      for (let page = 1; page <= MAX_PAGES; page++) {
        const reply = await octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...where, issue_number: target.number, per_page: PER_PAGE, page })
        const comments: unknown[] = Array.isArray(reply.data) ? reply.data : []
        for (const comment of comments) {
          const { id, body, user } = (comment ?? {}) as { id?: unknown; body?: unknown; user?: unknown }
          if (typeof id === 'number' && Number.isSafeInteger(id) && id > 0 && hasMarker(body, marker) && ours(user)) return { id, body: body as string }
        }
        if (comments.length < PER_PAGE) return undefined
      }
      return undefined
    },
    async create(body) {
      const reply = await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...where, issue_number: target.number, body })
      return commentUrl(target, reply.data)
    },
    async update(id, body) {
      const reply = await octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...where, comment_id: id, body })
      return commentUrl(target, reply.data, id)
    },
  }
}

/**
 * The comment's address for the `comment-url` output: the reply's `html_url` when it is a page of
 * this server (GITHUB_SERVER_URL), else made from the comment's id as GitHub spells it.
 */
function commentUrl(target: PullRequestTarget, data: unknown, knownId?: number): string {
  const { id, html_url: html } = (data ?? {}) as { id?: unknown; html_url?: unknown }
  const prefix = `${target.serverUrl.href.replace(/\/+$/, '')}/${target.owner}/${target.repo}/`
  if (typeof html === 'string' && html.startsWith(prefix) && /^[\w./#-]*$/.test(html.slice(prefix.length))) return html
  const commentId = typeof id === 'number' && Number.isSafeInteger(id) ? id : knownId
  return `${prefix}pull/${target.number}${commentId ? `#issuecomment-${commentId}` : ''}`
}
