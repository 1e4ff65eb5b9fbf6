import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:net'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { inputUse } from '../src/input-use.js'
import { CLI_ENTRY } from './helpers/action.js'
import { useSandbox } from './helpers/sandbox.js'
import { useTempDirs } from './helpers/workspace.js'

const sandbox = useSandbox()
const tempDir = useTempDirs()
const packageVersion = (JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../package.json'), 'utf8')) as { version: string }).version

interface CliRun {
  code: number
  stdout: string
  stderr: string
}

/** `node dist/cli/index.js …`, as a user runs it: no runner variables, nothing inherited that says otherwise. */
function cli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliRun> {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, ...options.env }
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI_ENTRY, ...args], { cwd: options.cwd, env }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr })
    })
  })
}

/** No Node stack trace, no mention left unrendered, no workflow syntax. */
function expectCliWords(run: CliRun): void {
  const text = run.stdout + run.stderr
  expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m)
  expect(text).not.toMatch(/[\uE000-\uE002]/)
  expect(text).not.toContain('${{')
  expect(text).not.toMatch(/\bthe step\b|\bSet [a-z-]+: /)
}

async function zuoraBundle() {
  const server = await sandbox.platform('zuora')
  const workspace = await tempDir()
  const env = { FLOWFERRY_CLIENT_ID: server.app.inputs['client-id']!, FLOWFERRY_CLIENT_SECRET: server.app.inputs['client-secret']! }
  const run = await cli(['export', '--platform', 'zuora', '--base-url', server.url, '--workflow-id', '19080', '--upload-artifact', 'false', '--path', 'bundles/reminders'], { cwd: workspace, env })
  expect(run.code, run.stderr).toBe(0)
  return { server, workspace, env, bundle: path.join(workspace, 'bundles/reminders') }
}

describe('the CLI as a user meets it', () => {
  it('alone, prints the help to stderr and exits 2; --version and version print the package version', async () => {
    const bare = await cli([])
    expect(bare.code).toBe(2)
    expect(bare.stdout).toBe('')
    expect(bare.stderr).toMatch(/flowferry <operation> --platform <name>/)
    for (const words of [['--version'], ['version']]) {
      const run = await cli(words)
      expect(run.code).toBe(0)
      expect(run.stdout).toBe(`${packageVersion}\n`)
    }
  })

  it("<operation> --help lists that operation's inputs as flags, with defaults, platforms and action.yml's words", async () => {
    const actionInputs = (parse(readFileSync(path.resolve(import.meta.dirname, '../action.yml'), 'utf8')) as { inputs: Record<string, { description: string; default?: string }> }).inputs
    // Every input of action.yml has a line in the table the help is made from, and no other.
    expect(Object.keys(inputUse).sort()).toEqual(Object.keys(actionInputs).sort())

    const exportHelp = await cli(['export', '--help'])
    expect(exportHelp.code).toBe(0)
    expect(exportHelp.stdout).toMatch(/^ {2}--timeout <value> +all platforms · default 30m$/m)
    expect(exportHelp.stdout).toMatch(/^ {2}--flow-id <value> +koreai$/m)
    expect(exportHelp.stdout).toMatch(/^ {2}--api-key <value> +koreai, leapwork · FLOWFERRY_API_KEY$/m)
    expect(exportHelp.stdout).toContain(actionInputs['redact-secrets']!.description)
    expect(exportHelp.stdout).not.toContain('--dry-run')
    expect(exportHelp.stdout).not.toContain('--fail-on-drift')
    expect(exportHelp.stdout).toMatch(/^ {2}zuora +--base-url; --client-id \+ --client-secret, or --token; --workflow-id$/m)

    const importHelp = await cli(['help', 'import'])
    expect(importHelp.stdout).toMatch(/^ {2}--dry-run +all platforms · default false$/m)
    expect(importHelp.stdout).toMatch(/^ {2}--target-folder <value> +leapwork$/m)
    expect(importHelp.stdout).not.toContain('--upload-artifact')

    const sandboxHelp = await cli(['sandbox', '--help'])
    expect(sandboxHelp.stdout).toMatch(/^ {2}--job-duration D/m)
  })

  it('offers the nearest command or flag for a misspelt one, and exits 2', async () => {
    const cases: [string[], RegExp][] = [
      [['exprot'], /unknown command 'exprot'; did you mean export\?/],
      [['import', '--dryrun', 'bundle'], /unknown flag --dryrun; did you mean --dry-run\?/],
      [['export', '--workflow_id', 'a-1'], /did you mean --workflow-id\?/],
      [['sandbox', '--prot', '4010'], /unknown flag --prot; did you mean --port\?/],
      [['sandbox', '--platform', 'kore'], /--platform 'kore' is not one of .*; did you mean koreai\?/],
      [['validate', '--platform', 'zuora', 'a', 'b'], /2 paths given .* quote a glob/],
    ]
    for (const [args, message] of cases) {
      const run = await cli(args)
      expect(run.code, args.join(' ')).toBe(2)
      expect(run.stderr.trim().split('\n')).toHaveLength(1)
      expect(run.stderr).toMatch(message)
      expectCliWords(run)
    }
  })

  it('sandbox on a taken port says so and names --port, without a stack trace', async () => {
    const taken: Server = createServer()
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve))
    try {
      const port = (taken.address() as { port: number }).port
      const run = await cli(['sandbox', '--platform', 'zuora', '--port', String(port)])
      expect(run.code).toBe(1)
      expect(run.stderr).toMatch(new RegExp(`127\\.0\\.0\\.1:${port} is already in use.*--port N.*--port 0`))
      expectCliWords(run)
    } finally {
      await new Promise((resolve) => taken.close(resolve))
    }
  })

  it('seal says what is wrong with a missing folder or a broken manifest, and what to do', async () => {
    const workspace = await tempDir()
    const missing = await cli(['seal', 'bundles/nope'], { cwd: workspace })
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/'bundles\/nope' does not exist\. Name the bundle directory, the one holding flowferry\.json/)
    expectCliWords(missing)

    const { bundle, workspace: exported } = await zuoraBundle()
    await writeFile(path.join(bundle, 'flowferry.json'), '{\n  "schema": 1,\n  "platform": "zuora",\n  "files": [\n')
    const broken = await cli(['seal', 'bundles/reminders'], { cwd: exported })
    expect(broken.code).toBe(1)
    expect(broken.stderr).toMatch(/^bundles\/reminders\/flowferry\.json:5:1: the manifest is not valid JSON .*restore it from git/m)
    expectCliWords(broken)
  })

  it('seal refuses a bundle whose JSON is invalid, with file and line, and writes nothing; validate reports that error and the drift together', async () => {
    const { bundle, workspace } = await zuoraBundle()
    const manifestBefore = await readFile(path.join(bundle, 'flowferry.json'), 'utf8')
    const text = await readFile(path.join(bundle, 'workflow.json'), 'utf8')
    const lines = text.split('\n')
    lines.splice(1, 0, '  "oops": ,')
    await writeFile(path.join(bundle, 'workflow.json'), lines.join('\n'))

    const sealed = await cli(['seal', 'bundles/reminders'], { cwd: workspace })
    expect(sealed.code).toBe(1)
    expect(sealed.stderr).toMatch(/^error: bundles\/reminders\/workflow\.json:2:\d+: not valid JSON/m)
    expect(sealed.stderr).toMatch(/bundles\/reminders not sealed: fix the error above first\. Nothing was written\./)
    expect(sealed.stdout).toBe('')
    expect(await readFile(path.join(bundle, 'flowferry.json'), 'utf8')).toBe(manifestBefore)
    expectCliWords(sealed)

    const validated = await cli(['validate', '--platform', 'zuora', 'bundles/reminders'], { cwd: workspace })
    expect(validated.code).toBe(1)
    expect(validated.stderr).toMatch(/error: bundles\/reminders\/workflow\.json: changed since export.*\[manifest\.checksum\]/)
    expect(validated.stderr).toMatch(/error: bundles\/reminders\/workflow\.json:2:\d+: not valid JSON.*\[json\.syntax\]/)
    expect(validated.stderr).toMatch(/listed above with its file and line; fix it first\. If the change was deliberate.*flowferry seal bundles\/reminders/)
    expect(JSON.parse(validated.stdout)).toMatchObject({ status: 'failed', message: 'bundles/reminders: 2 errors' })

    // Fixed, the edit seals, and then validates.
    lines[1] = '  "oops": 1,'
    await writeFile(path.join(bundle, 'workflow.json'), lines.join('\n'))
    const fixed = await cli(['seal', 'bundles/reminders'], { cwd: workspace })
    expect(fixed.code, fixed.stderr).toBe(0)
    expect(fixed.stdout).toBe('bundles/reminders: recorded new checksums for workflow.json\n')
    expect((await cli(['validate', '--platform', 'zuora', 'bundles/reminders'], { cwd: workspace })).code).toBe(0)
  })

  it("speaks the CLI's words in hints: flags and FLOWFERRY_ variables, never the action's `with:`", async () => {
    const workspace = await tempDir()
    const noCredentials = await cli(['export', '--platform', 'zuora', '--base-url', 'https://rest.zuora.com', '--workflow-id', '1'], { cwd: workspace })
    expect(noCredentials.code).toBe(1)
    expect(noCredentials.stderr).toMatch(/FLOWFERRY_CLIENT_ID: is missing/)
    expect(noCredentials.stderr).toMatch(/For example: FLOWFERRY_CLIENT_ID=…/)
    expectCliWords(noCredentials)

    const badTimeout = await cli(['export', '--platform', 'zuora', '--timeout', 'soon'], { cwd: workspace })
    expect(badTimeout.stderr).toMatch(/--timeout: 'soon' is not a duration/)
    expect(badTimeout.stderr).toMatch(/For example: --timeout \d+m$/m)
    expect(JSON.parse(badTimeout.stdout).hint).toMatch(/^For example: --timeout \d+m$/)
    expectCliWords(badTimeout)

    // Nothing listens on port 1: the retries run into the timeout, and the hint names the flag.
    const unreachable = await cli(['export', '--platform', 'zuora', '--base-url', 'http://127.0.0.1:1', '--token', 'x', '--workflow-id', '1', '--timeout', '3s', '--upload-artifact', 'false'], { cwd: workspace })
    expect(JSON.parse(unreachable.stdout)).toMatchObject({ status: 'timed-out', hint: 'Raise --timeout, or run the command again later.' })
    expectCliWords(unreachable)

    // The README's first command: an export from a terminal, where no artifact can be uploaded.
    const server = await sandbox.platform('zuora')
    const env = { FLOWFERRY_CLIENT_ID: server.app.inputs['client-id']!, FLOWFERRY_CLIENT_SECRET: server.app.inputs['client-secret']! }
    const exported = await cli(['export', '--platform', 'zuora', '--base-url', server.url, '--workflow-id', '19080', '--path', 'b'], { cwd: workspace, env })
    expect(exported.code, exported.stderr).toBe(0)
    expect(exported.stderr).toContain('Set --upload-artifact false to skip the upload on purpose.')
    expectCliWords(exported)

    // A platform's hint: Kore.ai refuses a name that is taken, and the two ways out are flags.
    const koreai = await sandbox.platform('koreai', { jobs: { durationMs: 100, outcome: 'success' } })
    const vars = Object.fromEntries(Object.entries(koreai.app.demo!.vars ?? {}).map(([name, value]) => [`FLOWFERRY_VAR_${name}`, value]))
    const key = { FLOWFERRY_API_KEY: koreai.app.inputs['api-key']!, ...vars }
    const source = ['--platform', 'koreai', '--base-url', koreai.url]
    const ids = Object.entries(koreai.app.demo!.export).flatMap(([name, value]) => [`--${name}`, value])
    expect((await cli(['export', ...source, ...ids, '--upload-artifact', 'false', '--path', 'k'], { cwd: workspace, env: key })).code).toBe(0)
    const taken = await cli(['import', ...source, '--path', 'k'], { cwd: workspace, env: key })
    expect(taken.code).toBe(1)
    expect(taken.stderr).toContain('Set --workflow-name to a name not used in this account, or --workflow-id to import into the existing workflow.')
    expectCliWords(taken)
  })
})
