import { readFile } from 'node:fs/promises'

/**
 * Where the comment goes, from what the runner says about the run: the event's name and payload
 * (`GITHUB_EVENT_NAME`, `GITHUB_EVENT_PATH`), the repository, the API and web origins and the run
 * (https://docs.github.com/en/actions/reference/workflows-and-actions/variables#default-environment-variables).
 * These are the runner's own settings; the payload's fields are still checked before use (they
 * name the pull request and its head commit, and go into URLs).
 */
export interface PullRequestTarget {
  owner: string
  repo: string
  number: number
  /** The pull request's head commit: findings link to their lines there. */
  headSha?: string
  /** GITHUB_API_URL: the one origin the token is sent to. */
  apiUrl: URL
  /** GITHUB_SERVER_URL, for links to files and to the run. */
  serverUrl: URL
  runId?: string
  runAttempt?: string
  /** The workflow file (`.github/workflows/ci.yml`), or the workflow's name when the runner gives no file. */
  workflow: string
}

export type EventReading = { target: PullRequestTarget } | { skip: string }

/** The events whose payload is a pull request (https://docs.github.com/en/actions/reference/workflows-and-actions/events-that-trigger-workflows). */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target'])

const NAME = /^[A-Za-z0-9_.-]{1,100}$/
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/
const RUN = /^\d{1,20}$/

export async function readEvent(env: NodeJS.ProcessEnv): Promise<EventReading> {
  const eventName = env.GITHUB_EVENT_NAME ?? ''
  if (!PULL_REQUEST_EVENTS.has(eventName)) {
    return { skip: `pr-comment: this run is not for a pull request (event ${eventName ? `'${eventName}'` : 'unknown'}), so there is no comment to write` }
  }
  const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? '').split('/')
  if (!owner || !repo || rest.length || !NAME.test(owner) || !NAME.test(repo)) {
    return { skip: 'pr-comment: GITHUB_REPOSITORY does not name a repository (owner/name), so there is no pull request to comment on' }
  }
  const apiUrl = origin(env.GITHUB_API_URL, 'https://api.github.com')
  const serverUrl = origin(env.GITHUB_SERVER_URL, 'https://github.com')
  if (!apiUrl || !serverUrl) return { skip: 'pr-comment: GITHUB_API_URL or GITHUB_SERVER_URL is not an http(s) URL, so there is no API to write the comment to' }

  let payload: unknown
  try {
    payload = JSON.parse(await readFile(env.GITHUB_EVENT_PATH ?? '', 'utf8'))
  } catch {
    return { skip: 'pr-comment: the event payload (GITHUB_EVENT_PATH) could not be read, so the pull request is unknown' }
  }
  const pr = (payload as { pull_request?: { number?: unknown; head?: { sha?: unknown } } } | null)?.pull_request
  const number = pr?.number
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 1) {
    return { skip: 'pr-comment: the event payload names no pull request number, so there is nothing to comment on' }
  }
  const headSha = typeof pr?.head?.sha === 'string' && SHA.test(pr.head.sha) ? pr.head.sha : undefined
  return {
    target: {
      owner,
      repo,
      number,
      headSha,
      apiUrl,
      serverUrl,
      runId: RUN.test(env.GITHUB_RUN_ID ?? '') ? env.GITHUB_RUN_ID : undefined,
      runAttempt: RUN.test(env.GITHUB_RUN_ATTEMPT ?? '') ? env.GITHUB_RUN_ATTEMPT : undefined,
      workflow: workflowFile(env.GITHUB_WORKFLOW_REF, `${owner}/${repo}`) ?? (env.GITHUB_WORKFLOW || 'workflow'),
    },
  }
}

/** An http(s) URL without a trailing slash; the default when the variable is unset. */
function origin(value: string | undefined, fallback: string): URL | undefined {
  try {
    const url = new URL(value || fallback)
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined
    if (url.username || url.password || url.search || url.hash) return undefined
    url.pathname = url.pathname.replace(/\/+$/, '')
    return url
  } catch {
    return undefined
  }
}

/**
 * `GITHUB_WORKFLOW_REF` is `owner/repo/.github/workflows/ci.yml@refs/pull/12/merge`: the file is
 * what stays the same from run to run (a workflow's name need not be unique). For a reusable
 * workflow it names the caller's file, so each calling workflow keeps its own comment.
 */
function workflowFile(ref: string | undefined, repository: string): string | undefined {
  if (!ref?.startsWith(`${repository}/`)) return undefined
  const file = ref.slice(repository.length + 1).split('@')[0]!
  return /^[\w./-]{1,200}$/.test(file) ? file : undefined
}
