import { execFileSync } from 'node:child_process'
import { cp, mkdir, readdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startRestApi } from '../src/sandbox/github/rest-api.js'
import { runBundle } from './helpers/action.js'
import type { Value } from './helpers/expressions.js'
import { koreaiFiles, writeSealed } from './helpers/hostile-bundle.js'
import { useSandbox } from './helpers/sandbox.js'
import { runJob, type JobRun, type UsesHandler } from './helpers/workflow-runner.js'
import { useTempDirs } from './helpers/workspace.js'

/**
 * The reusable workflows' `run:` steps executed, with the environment and files a runner gives
 * them (helpers/workflow-runner.ts), so that a quoting or jq mistake fails here and not in a
 * user's pull request: the matrix planning of promote.yml and archive.yml, and validate.yml from
 * the bundles a change touches, through its matrix, to the one comment.
 */
const workflows = path.resolve(import.meta.dirname, '../.github/workflows')
const tempDir = useTempDirs()
const sandbox = useSandbox()
const open: { close(): Promise<void> }[] = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((item) => item.close()))
})

let jq = true
try {
  execFileSync('jq', ['--version'], { stdio: 'ignore' })
} catch {
  jq = false
  console.warn('workflow-scripts: jq is not installed on this machine, so the workflows’ jq scripts are not run here (GitHub’s runners have jq). Install jq to run them.')
}
const withJq = it.skipIf(!jq)

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } }).trim()

describe.each(['promote.yml', 'archive.yml'])('%s: the matrix plan', (file) => {
  async function plan(list: string): Promise<JobRun> {
    const workspace = await tempDir()
    return runJob({ file: path.join(workflows, file), job: 'plan', context: { inputs: { workflows: list } }, workspace, temp: path.join(workspace, 'temp') })
  }

  withJq('turns ids and objects into matrix entries with a key an artifact name can carry', async () => {
    const hostile = `a'b"c $(touch pwned) \`x\` ; rm -rf /`
    const run = await plan(JSON.stringify(['a-3f1c', { 'workflow-id': 'team/b 2', 'target-workflow-id': 't-9' }, hostile]))
    expect(run.result, run.steps.map((s) => s.stderr).join('\n')).toBe('success')
    expect(JSON.parse(run.outputs.matrix!)).toEqual([
      { 'workflow-id': 'a-3f1c', key: 'a-3f1c' },
      { 'workflow-id': 'team/b 2', 'target-workflow-id': 't-9', key: 'team-b-2' },
      { 'workflow-id': hostile, key: 'a-b-c---touch-pwned---x----rm--rf--' },
    ])
  })

  withJq('refuses a list that is not JSON with an error that says what the input must be', async () => {
    const run = await plan('a-3f1c, a-9b2e')
    expect(run.result).toBe('failure')
    expect(run.steps[0]!.stdout).toContain('::error::The workflows input must be a JSON array')
  })
})

describe('validate.yml', () => {
  /** A repository whose pull request changes some of its bundles: the base commit, then the head. */
  async function repository(bundles: string[], changed: string[]): Promise<{ workspace: string; base: string }> {
    const workspace = await tempDir()
    git(workspace, 'init', '-q', '-b', 'main')
    for (const name of bundles) await writeSealed(path.join(workspace, 'bundles', name), koreaiFiles('Invoice triage'), { name: 'Invoice triage' })
    git(workspace, 'add', '-A')
    git(workspace, 'commit', '-qm', 'base')
    const base = git(workspace, 'rev-parse', 'HEAD')
    for (const name of changed) await writeSealed(path.join(workspace, 'bundles', name), koreaiFiles(`Invoice triage ${name}`), { name: `Invoice triage ${name}` })
    git(workspace, 'add', '-A')
    git(workspace, 'commit', '-q', '--allow-empty', '-m', 'head')
    return { workspace, base }
  }

  const github = (base: string): Value => ({ event_name: 'pull_request', event: { pull_request: { number: 7, base: { sha: base } } } })

  async function find(bundles: string[], changed: string[], pattern = 'bundles/*') {
    const { workspace, base } = await repository(bundles, changed)
    return runJob({ file: path.join(workflows, 'validate.yml'), job: 'find', context: { inputs: { bundles: pattern }, github: github(base) }, workspace, temp: path.join(workspace, '..', 'find-temp') })
  }

  withJq('find: the bundles the change touches, and one path that names them all', async () => {
    const many = await find(['a', 'b', 'c'], ['a', 'c'])
    expect(many.result, many.steps[1]?.stderr).toBe('success')
    expect(JSON.parse(many.outputs.bundles!)).toEqual(['bundles/a', 'bundles/c'])
    expect(many.outputs.path).toBe('{bundles/a,bundles/c}')

    const one = await find(['a', 'b'], ['b'])
    expect(one.outputs).toEqual({ bundles: '["bundles/b"]', path: 'bundles/b' })

    const none = await find(['a', 'b'], [])
    expect(none.outputs).toEqual({ bundles: '[]', path: '{}' })

    // A name a glob would read otherwise: the whole pattern instead.
    const odd = await find(['a', 'x,y'], ['a', 'x,y'])
    expect(JSON.parse(odd.outputs.bundles!)).toEqual(['bundles/a', 'bundles/x,y'])
    expect(odd.outputs.path).toBe('bundles/*')
  })

  withJq('runs the matrix and gathers it into one comment on the pull request', async () => {
    const { workspace, base } = await repository(['a', 'b', 'c'], ['a', 'c'])
    const koreai = await sandbox.platform('koreai')
    const token = 'ghs_validateWorkflowToken0123456789'
    const api = await startRestApi({ token })
    open.push(api)
    const event = path.join(workspace, '..', 'event.json')
    await writeFile(event, JSON.stringify({ pull_request: { number: 7, head: { sha: git(workspace, 'rev-parse', 'HEAD') }, base: { sha: base } } }))
    const runnerEnv = {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_REPOSITORY: 'acme/flows',
      GITHUB_API_URL: api.url,
      GITHUB_SERVER_URL: 'https://github.example',
      GITHUB_RUN_ID: '31',
      GITHUB_WORKFLOW_REF: 'acme/flows/.github/workflows/bundles.yml@refs/pull/7/merge',
    }
    const artifacts = path.join(workspace, '..', 'artifacts')
    const uses: UsesHandler = async (action, inputs, env) => {
      if (action.startsWith('actions/checkout@')) return { ok: true }
      if (action.startsWith('flowferry/flowferry@')) {
        // The runner fills in an input's default (action.yml) when `with:` leaves it empty or out.
        const given = Object.fromEntries(Object.entries(inputs).filter(([, value]) => value !== ''))
        const run = await runBundle({ workspace, inputs: { 'github-token': token, ...given }, env })
        return { ok: run.exitCode === 0, outputs: run.outputs }
      }
      if (action.startsWith('actions/upload-artifact@')) {
        await cp(inputs.path!, path.join(artifacts, inputs.name!), { recursive: true }).catch(() => undefined)
        return { ok: true }
      }
      if (action.startsWith('actions/download-artifact@')) {
        const prefix = inputs.pattern!.replace(/\*$/, '')
        for (const name of (await readdir(artifacts).catch(() => [] as string[])).filter((n) => n.startsWith(prefix))) {
          await mkdir(inputs.path!, { recursive: true })
          await cp(path.join(artifacts, name), inputs.path!, { recursive: true })
        }
        return { ok: true }
      }
      throw new Error(`no stand-in for ${action}`)
    }
    const inputs: Value = { platform: 'koreai', bundles: 'bundles/*', 'base-url': koreai.url, 'dry-run': true, diff: false, 'pr-comment': true, 'workflow-id': '', 'fail-on-drift': false }
    const secrets: Value = { 'api-key': koreai.app.inputs['api-key']! }
    const common = { file: path.join(workflows, 'validate.yml'), workspace, uses, env: runnerEnv }
    const temp = (name: string) => path.join(workspace, '..', `temp-${name}`)

    const found = await runJob({ ...common, job: 'find', context: { inputs, github: github(base), secrets }, temp: temp('find') })
    const matrix = JSON.parse(found.outputs.bundles!) as string[]
    expect(matrix).toEqual(['bundles/a', 'bundles/c'])
    const needsFind = { result: found.result, outputs: found.outputs }
    const checks: JobRun[] = []
    for (const [index, bundle] of matrix.entries()) {
      checks.push(await runJob({ ...common, job: 'check', context: { inputs, secrets, github: github(base), needs: { find: needsFind }, matrix: { bundle }, strategy: { 'job-index': index } }, temp: temp(`check-${index}`) }))
    }
    for (const check of checks) expect(check.steps.map((step) => step.outcome)).toEqual(['success', 'success', 'skipped', 'success'])
    expect(api.requests).toEqual([])

    const check = { result: checks.every((run) => run.result === 'success') ? 'success' : 'failure', outputs: {} }
    const validate = await runJob({ ...common, job: 'validate', context: { inputs, secrets, github: github(base), needs: { find: needsFind, check } }, temp: temp('validate') })
    expect(validate.steps.map((step) => step.outcome)).toEqual(['success', 'success', 'success'])
    const comments = api.comments.get(7) ?? []
    expect(comments).toHaveLength(1)
    const body = comments[0]!.body
    for (const bundle of ['a', 'c']) expect(body).toMatch(new RegExp(`\\| \`bundles/${bundle}\` \\| .* \\| ✅ valid \\| ⏭️ nothing found in the way; \\d+ not checked \\| — \\|`))
    expect(body).not.toContain('`bundles/b`')
  })
})
