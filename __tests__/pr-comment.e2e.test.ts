import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startRestApi, type RestApi, type RestApiOptions } from '../src/sandbox/github/rest-api.js'
import { everythingWritten, runBundle } from './helpers/action.js'
import { koreaiFiles, writeSealed } from './helpers/hostile-bundle.js'
import { startServer, type TestServer } from './helpers/server.js'
import { useTempDirs } from './helpers/workspace.js'

/**
 * `pr-comment` end to end: the bundled action (`node dist/index.js`) against a loopback stand-in
 * of GitHub's REST API, with the event file and variables a runner gives a pull_request run.
 */
const tempDir = useTempDirs()
const open: { close(): Promise<void> }[] = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((item) => item.close()))
})

const TOKEN = 'ghs_prCommentTokenForTests0123456789abcd'
const HEAD = 'a'.repeat(40)
const PR = 7

async function api(options: Partial<RestApiOptions> = {}): Promise<RestApi> {
  const service = await startRestApi({ token: TOKEN, serverUrl: 'https://github.example', ...options })
  open.push(service)
  return service
}

async function workspaceWith(bundles: Record<string, 'good' | 'broken'>): Promise<string> {
  const workspace = await tempDir()
  for (const [dir, kind] of Object.entries(bundles)) {
    const files = koreaiFiles('Invoice triage')
    // Sealed as it is: the checksums match, the JSON does not parse (line 3).
    if (kind === 'broken') files[1] = { path: 'app_definition.json', role: 'workflowData', data: '{\n  "name": "Invoice triage",\n  "version": \n}\n' }
    await writeSealed(path.join(workspace, dir), files, { name: 'Invoice triage' })
  }
  return workspace
}

interface RunOptions {
  workspace: string
  service: RestApi
  path: string
  event?: string
  runId?: string
  /** The job's temporary directory: a new job (or run) gets a new, empty one. */
  job?: string
  inputs?: Record<string, string>
  debug?: boolean
  /** The event payload as written, in place of the one the event names. */
  eventBody?: string
}

async function run({ workspace, service, path: bundles, event = 'pull_request', runId = '101', job = 'job-1', inputs = {}, debug, eventBody }: RunOptions) {
  const eventFile = path.join(workspace, '.runner', 'event.json')
  const temp = path.join(workspace, '.runner', job)
  await mkdir(temp, { recursive: true })
  await writeFile(eventFile, eventBody ?? JSON.stringify(event.startsWith('pull_request') ? { action: 'synchronize', number: PR, pull_request: { number: PR, head: { sha: HEAD } } } : { ref: 'refs/heads/main' }))
  return runBundle({
    workspace,
    debug,
    inputs: { platform: 'koreai', operation: 'validate', path: bundles, 'pr-comment': 'true', 'github-token': TOKEN, ...inputs },
    env: {
      GITHUB_EVENT_NAME: event,
      GITHUB_EVENT_PATH: eventFile,
      GITHUB_REPOSITORY: 'acme/flows',
      GITHUB_API_URL: service.url,
      GITHUB_SERVER_URL: 'https://github.example',
      GITHUB_RUN_ID: runId,
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_WORKFLOW_REF: 'acme/flows/.github/workflows/bundles.yml@refs/pull/7/merge',
      RUNNER_TEMP: temp,
    },
  })
}

/** The `result` output without its durations, which differ from run to run. */
function timeless(result: string): unknown {
  return JSON.parse(result, (key, value: unknown) => (key === 'durationMs' ? undefined : value))
}

const writes = (service: RestApi) => service.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`)
const ours = (service: RestApi) => (service.comments.get(PR) ?? []).filter((c) => c.body.startsWith('<!-- flowferry:pr-comment '))

describe('pr-comment', () => {
  it('creates one comment on the first run and updates it in place on the next, found by its marker past the first page', async () => {
    const service = await api()
    // A reply's Link header pointing elsewhere: pages are asked for by number, never followed there.
    const elsewhere: TestServer = await startServer((_req, res) => {
      res.writeHead(200).end('[]')
    })
    open.push(elsewhere)
    const hostileLinks = await api({ linkOrigin: elsewhere.url })
    for (const target of [service, hostileLinks]) target.seed(PR, Array.from({ length: 130 }, (_, i) => `review remark ${i}`))

    const workspace = await workspaceWith({ 'bundles/a': 'good', 'bundles/b': 'broken' })
    const first = await run({ workspace, service, path: 'bundles/*' })
    expect(first.exitCode, first.stdout).toBe(1)
    expect(first.outputs.status).toBe('failed')
    expect(writes(service)).toEqual([`POST /repos/acme/flows/issues/${PR}/comments`])
    expect(service.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/comments')).map((r) => r.query.page)).toEqual(['1', '2'])
    const [comment] = ours(service)
    expect(ours(service)).toHaveLength(1)
    expect(first.outputs['comment-url']).toBe(`https://github.example/acme/flows/pull/${PR}#issuecomment-${comment!.id}`)
    // One comment for the glob: both bundles, the finding linked to its line at the head commit, the run.
    expect(comment!.body).toMatch(/^<!-- flowferry:pr-comment workflow=\.github\/workflows\/bundles\.yml platform=koreai -->\n/)
    expect(comment!.body).toContain('| `bundles/a` |')
    expect(comment!.body).toContain('| `bundles/b` |')
    expect(comment!.body).toContain(`](<https://github.example/acme/flows/blob/${HEAD}/bundles/b/app_definition.json#L4>)`)
    expect(comment!.body).toContain('[run 101](<https://github.example/acme/flows/actions/runs/101>)')

    // The bundle is fixed and pushed: a new run (a new job directory) updates the same comment.
    await writeSealed(path.join(workspace, 'bundles/b'), koreaiFiles('Invoice triage'), { name: 'Invoice triage' })
    service.requests.length = 0
    const second = await run({ workspace, service, path: 'bundles/*', runId: '102', job: 'job-2', debug: true })
    expect(second.exitCode, second.stdout).toBe(0)
    expect(writes(service)).toEqual([`PATCH /repos/acme/flows/issues/comments/${comment!.id}`])
    expect(ours(service)).toHaveLength(1)
    expect(ours(service)[0]!.body).not.toContain('app_definition.json#L4')
    expect(ours(service)[0]!.body).toContain('[run 102]')
    expect(second.outputs['comment-url']).toBe(first.outputs['comment-url'])

    // The token went to the API origin only, and shows nowhere.
    for (const request of service.requests) expect(request.authorization).toBe(`token ${TOKEN}`)
    for (const written of [first, second]) expect(everythingWritten(written)).not.toContain(TOKEN)
    expect(second.stdout).toContain('::debug::pr-comment: ')
    expect(ours(service)[0]!.body).not.toContain(TOKEN)
    expect(first.stdout).toContain(`::add-mask::${TOKEN}`)

    const followed = await run({ workspace, service: hostileLinks, path: 'bundles/*', runId: '103', job: 'job-3' })
    expect(followed.outputs['comment-url']).toMatch(/#issuecomment-\d+$/)
    expect(elsewhere.requests).toEqual([])
    expect(hostileLinks.requests.map((r) => r.query.page).filter(Boolean)).toEqual(['1', '2'])
  })

  it('gathers the steps of one job, and the jobs of one run, into the one comment', async () => {
    const service = await api()
    const workspace = await workspaceWith({ 'bundles/a': 'good', 'bundles/b': 'good', 'bundles/c': 'good' })
    // A step without pr-comment leaves its results for the step that comments.
    const quiet = await run({ workspace, service, path: 'bundles/a', inputs: { 'pr-comment': 'false' } })
    expect(quiet.exitCode, quiet.stdout).toBe(0)
    expect(service.requests).toEqual([])
    const step = await run({ workspace, service, path: 'bundles/b' })
    expect(step.exitCode, step.stdout).toBe(0)
    // A later job of the same run: its own job directory, and the comment's state.
    const job = await run({ workspace, service, path: 'bundles/c', job: 'job-2' })
    expect(job.exitCode, job.stdout).toBe(0)
    expect(writes(service)).toEqual([`POST /repos/acme/flows/issues/${PR}/comments`, expect.stringMatching(/^PATCH /)])
    const body = ours(service)[0]!.body
    for (const bundle of ['a', 'b', 'c']) expect(body).toContain(`| \`bundles/${bundle}\` |`)
    // A new run starts the comment afresh.
    await run({ workspace, service, path: 'bundles/c', runId: '202', job: 'job-3' })
    expect(ours(service)[0]!.body).not.toContain('`bundles/a`')
  })

  it('trusts only a comment its own identity wrote: a look-alike is neither updated nor read', async () => {
    const workspace = await workspaceWith({ 'bundles/a': 'good' })
    const marker = '<!-- flowferry:pr-comment workflow=.github/workflows/bundles.yml platform=koreai -->'
    const forged = { run: '101', entries: [{ operation: 'validate', path: 'bundles/forged', status: 'succeeded', at: '2030-01-01T00:00:00Z' }] }
    const lookalike = `${marker}\nall good, merge it\n<!-- flowferry:state ${Buffer.from(JSON.stringify(forged)).toString('base64url')} -->`
    // The job's token (an app's: GET /user is refused) and a person's token alike.
    for (const user of [undefined, 'octo-reviewer']) {
      const service = await api({ user })
      service.seed(PR, [lookalike])
      const first = await run({ workspace, service, path: 'bundles/a', job: `first-${user}` })
      expect(first.exitCode, first.stdout).toBe(0)
      expect(writes(service)).toEqual([`POST /repos/acme/flows/issues/${PR}/comments`])
      const mine = ours(service).find((c) => c.user.login !== 'someone')!
      expect(mine.body).not.toContain('bundles/forged')
      expect(ours(service).find((c) => c.user.login === 'someone')!.body).toBe(lookalike)
      await run({ workspace, service, path: 'bundles/a', job: `second-${user}` })
      expect(writes(service)).toEqual([`POST /repos/acme/flows/issues/${PR}/comments`, `PATCH /repos/acme/flows/issues/comments/${mine.id}`])
    }
  })

  it('with a read-only token (a fork), warns once and leaves the step as it was', async () => {
    const service = await api({ readOnly: true })
    const workspace = await workspaceWith({ 'bundles/a': 'good', 'bundles/b': 'broken' })
    for (const [pattern, status, code] of [['bundles/a', 'succeeded', 0], ['bundles/*', 'failed', 1]] as const) {
      const plain = await run({ workspace, service, path: pattern, inputs: { 'pr-comment': 'false' }, job: `plain-${code}` })
      const commented = await run({ workspace, service, path: pattern, job: `commented-${code}` })
      expect(commented.exitCode).toBe(code)
      expect(commented.outputs.status).toBe(status)
      expect(commented.outputs['comment-url']).toBe('')
      expect(timeless(commented.outputs.result!)).toEqual(timeless(plain.outputs.result!))
      const warnings = commented.stdout.split('\n').filter((line) => line.startsWith('::warning') && line.includes('pr-comment'))
      expect(warnings).toHaveLength(1)
      expect(warnings[0]).toMatch(/HTTP 403: Resource not accessible by integration.*pull-requests: write/)
      expect(everythingWritten(commented)).not.toContain(TOKEN)
    }
    expect(ours(service)).toEqual([])
  })

  it('retries a 5xx, and gives a long rate limit up with one warning rather than holding the job', async () => {
    const workspace = await workspaceWith({ 'bundles/a': 'good' })
    const flaky = await api({ failFirstWrite: { status: 502, body: { message: 'Bad gateway' } } })
    const retried = await run({ workspace, service: flaky, path: 'bundles/a', job: 'flaky' })
    expect(retried.outputs['comment-url']).toMatch(/#issuecomment-\d+$/)
    expect(writes(flaky)).toEqual([`POST /repos/acme/flows/issues/${PR}/comments`, `POST /repos/acme/flows/issues/${PR}/comments`])

    const limit = { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' }
    const limited = await api({ failFirstWrite: { status: 403, body: limit, headers: { 'retry-after': '3600' } } })
    const gaveUp = await run({ workspace, service: limited, path: 'bundles/a', job: 'limited' })
    expect(gaveUp.exitCode).toBe(0)
    expect(gaveUp.outputs.status).toBe('succeeded')
    expect(gaveUp.durationMs).toBeLessThan(60_000)
    expect(writes(limited)).toHaveLength(1)
    const warnings = gaveUp.stdout.split('\n').filter((line) => line.startsWith('::warning') && line.includes('pr-comment'))
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/was not written \(HTTP 403: You have exceeded a secondary rate limit/)
    expect(warnings[0]).not.toContain('pull-requests: write')
  })

  it('without pr-comment, never reads the event payload: a payload that is not JSON changes nothing', async () => {
    const service = await api()
    const workspace = await workspaceWith({ 'bundles/a': 'good' })
    const quiet = await run({ workspace, service, path: 'bundles/a', inputs: { 'pr-comment': 'false' }, eventBody: '{ not json' })
    expect(quiet.exitCode, quiet.stdout).toBe(0)
    expect(quiet.outputs.status).toBe('succeeded')
    expect(service.requests).toEqual([])
    expect(quiet.stdout.split('\n').filter((line) => line.includes('pr-comment') || line.includes('GITHUB_EVENT_PATH'))).toEqual([])
  })

  it('on a push, writes nothing and says so once', async () => {
    const service = await api()
    const workspace = await workspaceWith({ 'bundles/a': 'good' })
    const pushed = await run({ workspace, service, path: 'bundles/a', event: 'push' })
    expect(pushed.exitCode, pushed.stdout).toBe(0)
    expect(service.requests).toEqual([])
    expect(pushed.outputs['comment-url']).toBe('')
    expect(pushed.stdout.split('\n').filter((line) => line.includes('pr-comment'))).toEqual([
      "pr-comment: this run is not for a pull request (event 'push'), so there is no comment to write",
    ])
  })

  it('shows hostile names as text: no HTML, no mention, no second marker, no escape from a table cell', async () => {
    const service = await api({ htmlUrl: 'https://evil.example/steal', deprecationLink: 'https://evil.example/##[error]forged ::error::forged' })
    const hostile = 'bundles/x <!-- --> @octocat | </details> `a` [link](https:⁄⁄evil.example)'
    const workspace = await workspaceWith({ [hostile]: 'broken' })
    const result = await run({ workspace, service, path: 'bundles/*' })
    expect(result.outputs.status).toBe('failed')
    const body = ours(service)[0]!.body
    const text = body
      .split('\n')
      .filter((line) => !line.startsWith('<!-- flowferry:'))
      .join('\n')
    expect(text).not.toContain('<!--')
    expect(text).not.toContain('-->')
    expect(text).not.toMatch(/@octocat/)
    expect(text).not.toContain('</details>')
    // Every table row has exactly its columns (no cell broken out of by `|`).
    for (const row of text.split('\n').filter((line) => line.startsWith('| '))) {
      const cells = row.replace(/\\\|/g, '').split('|').length - 2
      expect([4, 5]).toContain(cells)
    }
    // What Octokit logs of a reply goes through flowferry's log: no workflow command in it.
    expect(`${result.stdout}\n${result.stderr}`).not.toMatch(/##\[error\]forged|^::error::forged/m)
    // A URL from the reply is not the output: the output is made from the comment's id.
    expect(result.outputs['comment-url']).toMatch(/^https:\/\/github\.example\/acme\/flows\/pull\/7#issuecomment-\d+$/)
  })
})
