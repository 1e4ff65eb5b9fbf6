import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { SEEDED_FLOW_ID, SEEDED_WORKFLOW_ID } from '../src/sandbox/emulators/koreai/seed.js'
import { startRestApi, type RestApi } from '../src/sandbox/github/rest-api.js'
import { everythingWritten, runBundle } from './helpers/action.js'
import { writeKoreaiPackage } from './helpers/koreai.js'
import { useSandbox } from './helpers/sandbox.js'
import { useTempDirs } from './helpers/workspace.js'

/**
 * The pull-request comment of a dry run and a diff against a platform (the Kore.ai sandbox):
 * the verdict, the diff as a table, and the live workflow's text (a platform reply) shown as text.
 */
const sandbox = useSandbox()
const tempDir = useTempDirs()
const open: RestApi[] = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((service) => service.close()))
})

const TOKEN = 'ghs_prCommentDiffToken0123456789abcdef'
const HOSTILE = 'Classify </td></tr></table><img src=x> @octocat | `x` <!-- --> [y](https://evil.example)'

describe('pr-comment with a platform', () => {
  it('shows the dry run’s verdict and the diff as a table, the live workflow’s text as text', async () => {
    const server = await sandbox.platform('koreai')
    const base = { platform: 'koreai', 'base-url': server.url, 'api-key': server.app.inputs['api-key']! }
    const workspace = await tempDir()
    const exported = await runBundle({ workspace, inputs: { ...base, operation: 'export', 'workflow-id': SEEDED_WORKFLOW_ID, 'flow-id': SEEDED_FLOW_ID, 'upload-artifact': 'false', path: 'bundles/triage' } })
    expect(exported.exitCode, exported.stdout).toBe(0)

    // Someone edits the live workflow: the prompt now holds text meant to break the comment.
    const read = async (name: string) => JSON.parse(await readFile(path.join(workspace, 'bundles/triage', name), 'utf8'))
    const flow = await read('flow_definition.json')
    flow.nodes.find((n: { id: string }) => n.id === 'classify').prompt = HOSTILE
    await writeKoreaiPackage(path.join(workspace, 'live.zip'), { flow, app: await read('app_definition.json'), env: await read('env_variables.json') })
    const edit = await runBundle({ workspace, env: { FLOWFERRY_VAR_ERP_API_TOKEN: 'erp-token-for-tests' }, inputs: { ...base, operation: 'import', path: 'live.zip', 'workflow-id': SEEDED_WORKFLOW_ID } })
    expect(edit.exitCode, edit.stdout).toBe(0)

    const service = await startRestApi({ token: TOKEN, serverUrl: 'https://github.example' })
    open.push(service)
    const event = path.join(workspace, 'event.json')
    await writeFile(event, JSON.stringify({ pull_request: { number: 4, head: { sha: 'd'.repeat(40) } } }))
    const env = {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_REPOSITORY: 'acme/flows',
      GITHUB_API_URL: service.url,
      GITHUB_SERVER_URL: 'https://github.example',
      GITHUB_RUN_ID: '77',
      RUNNER_TEMP: path.join(workspace, '.runner', 'job'),
      FLOWFERRY_VAR_ERP_API_TOKEN: 'erp-token-for-tests',
    }
    await mkdir(env.RUNNER_TEMP, { recursive: true })
    const dry = await runBundle({ workspace, env, inputs: { ...base, operation: 'import', 'dry-run': 'true', path: 'bundles/triage' } })
    expect(dry.outputs.status, dry.stdout).toBe('skipped')
    const diff = await runBundle({ workspace, env, inputs: { ...base, operation: 'diff', path: 'bundles/triage', 'workflow-id': SEEDED_WORKFLOW_ID, 'pr-comment': 'true', 'github-token': TOKEN } })
    expect(diff.exitCode, diff.stdout).toBe(0)
    expect(diff.outputs.changed).toBe('true')

    const comments = service.comments.get(4) ?? []
    expect(comments).toHaveLength(1)
    const body = comments[0]!.body
    // One row for the bundle: the dry run (from the step before, which did not comment) and the diff.
    expect(body).toMatch(/\| `bundles\/triage` \| .* \| — \| ⏭️ nothing found in the way; \d+ not checked \| ✏️ 1 change \|/)
    expect(body).toContain('- ❔ not checked: whether the name')
    expect(body).toContain('| | Path | Live | Bundle |')
    const row = body.split('\n').find((line) => line.startsWith('| ✏️ changed | `nodes[id=classify].prompt`'))!
    expect(row).toBeDefined()
    // The live value is inside a code span whose fence no backtick run in it can close, `|` escaped.
    expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(6)
    const cell = row.split(' | ')[2]!
    const fence = /^`+/.exec(cell)![0]
    expect(fence.length).toBeGreaterThan(1)
    expect(cell.endsWith(fence)).toBe(true)
    expect(cell.slice(fence.length, -fence.length)).not.toContain(fence)
    expect(everythingWritten(diff)).not.toContain(TOKEN)
  })
})
