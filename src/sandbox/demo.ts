import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { stringify } from 'yaml'
import { emulatorNames } from './emulators.js'
import { startIdTokenService } from './github/id-token-service.js'
import { startResultsService } from './github/results-service.js'
import { runAction, type ActionRun } from './github/runner.js'
import { startPlatformSandbox } from './server.js'

/**
 * `flowferry demo` (`npm run demo`): for each platform, start its sandbox and a stand-in for
 * GitHub's artifact service, then run the action's bundle exactly as a runner would, twice:
 * export the seeded workflow (bundle + artifact), then import that bundle as a new workflow.
 * Prints each step's outputs and job summary. Exits 1 if any step fails. A platform that can sign
 * in keyless (SecMaster) does so, with ID tokens from a stand-in for the runner's OIDC endpoint.
 */
export async function demoCommand(flags: Map<string, string>): Promise<number> {
  const entry = flags.get('entry') ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'index.js')
  const names = flags.get('platform')?.split(',').map((name) => name.trim()) ?? emulatorNames()
  const results = await startResultsService()
  const idTokens = await startIdTokenService()
  const workspace = await mkdtemp(path.join(tmpdir(), 'flowferry-demo-'))
  const say = (text = '') => process.stdout.write(`${text}\n`)
  let failures = 0
  say(`flowferry demo: export → artifact → import against the sandbox, running ${path.relative(process.cwd(), entry)} as a GitHub runner does`)
  say(`workspace: ${workspace}`)
  try {
    for (const name of names) {
      const sandbox = await startPlatformSandbox(name)
      try {
        const demo = sandbox.app.demo
        if (!demo) continue
        say()
        say(`━━ ${name} · sandbox at ${sandbox.url}`)
        const signIn = sandbox.app.keyless?.(idTokens.issuer, idTokens.jwks) ?? sandbox.app.inputs
        if (sandbox.app.keyless) say(`   keyless: the runner's ID token (${idTokens.url}) is exchanged at the sandbox's IAM for temporary keys; no key in the inputs`)
        const common = { platform: name, 'base-url': sandbox.url, ...signIn }
        const bundle = `bundles/${name}`
        const varsFile = `environments/${name}-production.yml`
        const vars: Record<string, string> = demo.vars ? { 'vars-file': varsFile } : {}
        if (demo.vars) {
          await mkdir(path.join(workspace, 'environments'), { recursive: true })
          await writeFile(path.join(workspace, varsFile), stringify(demo.vars))
          say(`   ${varsFile}: values for ${Object.keys(demo.vars).join(', ')}`)
        }
        const steps: [string, Record<string, string>][] = [
          ['export', { ...common, ...demo.export, operation: 'export', path: bundle, 'poll-interval': '500ms' }],
          ['import', { ...common, ...demo.import, ...vars, operation: 'import', path: bundle, 'poll-interval': '500ms' }],
        ]
        for (const [label, inputs] of steps) {
          const run = await runAction({ entry, inputs, workspace, env: { ...results.env, ...(sandbox.app.keyless ? idTokens.env : {}), ...DEMO_RUN }, killAfterMs: 120_000 })
          failures += report(say, label, run)
        }
      } finally {
        await sandbox.close()
      }
    }
  } finally {
    await results.close()
    await idTokens.close()
    if (!flags.has('keep')) await rm(workspace, { recursive: true, force: true })
  }
  say()
  say(failures === 0 ? 'demo: every step succeeded.' : `demo: ${failures} step(s) failed.`)
  return failures === 0 ? 0 : 1
}

/** What a runner would say about the run, so the bundle's provenance and the artifact link fill in. */
const DEMO_RUN = { GITHUB_REPOSITORY: 'acme/flows', GITHUB_RUN_ID: '4242', GITHUB_SHA: '0123abcd4567ef890123abcd4567ef890123abcd' }

function report(say: (text?: string) => void, label: string, run: ActionRun): number {
  const ok = run.exitCode === 0
  say()
  say(`── ${label}: exit code ${run.exitCode}, ${run.durationMs} ms`)
  say('   outputs:')
  for (const [name, value] of Object.entries(run.outputs)) {
    if (name === 'result' || value === '') continue
    say(`     ${name.padEnd(18)} ${value}`)
  }
  say('   job summary:')
  for (const line of run.summary.trimEnd().split('\n')) say(`     ${line}`)
  if (!ok) {
    say('   log (last 30 lines):')
    for (const line of run.stdout.trimEnd().split('\n').slice(-30)) say(`     ${line}`)
    if (run.stderr.trim()) say(`   stderr: ${run.stderr.trim()}`)
  }
  return ok ? 0 : 1
}
