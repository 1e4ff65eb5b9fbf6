import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { CLI_ENTRY, runBundle } from './helpers/action.js'
import { expectNothingObeyed } from './helpers/hostile-checks.js'
import { MARK } from './helpers/hostile.js'
import { runnerCommands } from './helpers/runner-commands.js'
import { useTempDirs } from './helpers/workspace.js'

const tempDir = useTempDirs()

/** What a pull request writes into a bundle's names, ids and types, hoping the PR check prints it. */
const PAYLOAD = `\n::set-output name=${MARK}::1\r::stop-commands::${MARK} ##[add-mask]${MARK}\r\n<img src=x onerror=${MARK}> [${MARK}](https://evil.example/) \u001b[2K\u202e`

/**
 * A Zuora bundle whose every name is hostile, and which breaks the document's rules so that the
 * offline check quotes those names back in its findings: a task id used twice, an unknown
 * action type, a linkage to a task that does not exist.
 */
async function hostileBundle(workspace: string): Promise<string> {
  const dir = path.join(workspace, 'pr', 'bundle')
  await mkdir(dir, { recursive: true })
  const document = {
    workflow: { name: `Invoices ${PAYLOAD}` },
    tasks: [
      { id: 1, name: `Email ${PAYLOAD}`, action_type: `Custom ${PAYLOAD}` },
      { id: 1, name: `Email ${PAYLOAD}`, action_type: 'Email' },
    ],
    linkages: [
      { linkage_type: 'Start', source_task_id: null, target_task_id: 1 },
      { linkage_type: 'Success', source_task_id: 1, target_task_id: `9${PAYLOAD}` },
    ],
  }
  const bytes = Buffer.from(`${JSON.stringify(document, null, 2)}\n`)
  await writeFile(path.join(dir, 'workflow.json'), bytes)
  const manifest = {
    schema: 1,
    platform: 'zuora',
    name: `Invoices ${PAYLOAD}`,
    files: [{ path: 'workflow.json', role: 'workflow', bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') }],
  }
  await writeFile(path.join(dir, 'flowferry.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  return 'pr/bundle'
}

describe('a pull request bundle whose names are command lines', () => {
  it('the PR check (validate) annotates and summarises the findings; the runner obeys nothing', async () => {
    const workspace = await tempDir()
    const bundle = await hostileBundle(workspace)
    const run = await runBundle({ workspace, inputs: { platform: 'zuora', operation: 'validate', path: bundle } })
    expect(run.outputs.status).toBe('failed')
    expect(run.stdout).toMatch(/^::error title=[^:]*,file=pr\/bundle\/workflow\.json,line=\d+,col=\d+::linkage 1: .*names no task of this workflow$/m)
    expectNothingObeyed(run)
  })

  it('the CLI in a run: step prints the same findings, none of them a command', async () => {
    const workspace = await tempDir()
    const bundle = await hostileBundle(workspace)
    const child = spawn(process.execPath, [CLI_ENTRY, 'validate', '--platform', 'zuora', bundle], { cwd: workspace, env: { PATH: process.env.PATH ?? '' } })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(code).toBe(1)
    expect(stderr).toMatch(/names no task of this workflow/)
    expect(runnerCommands(stdout)).toEqual([])
    expect(runnerCommands(stderr)).toEqual([])
    expect(JSON.parse(stdout)).toMatchObject({ status: 'failed' })
    expect(stdout + stderr).not.toMatch(/[\u001b\u202e]/)
  })
})
