import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runBundle } from './helpers/action.js'
import { writeKoreaiPackage } from './helpers/koreai.js'
import { json, useServers } from './helpers/server.js'
import { useTempDirs } from './helpers/workspace.js'
import type { ActionRun } from '../src/sandbox/github/runner.js'

/**
 * Inputs that try to make the action do something else than it was told: durations past what a
 * timer holds, hosts that only look like this machine, placeholders named after JavaScript's
 * object prototype, oversized vars-files. Each ends with an ::error naming the input or file,
 * `status: failed`, exit code 1, and nothing sent that should not be.
 */
const server = useServers()
const tempDir = useTempDirs()

function expectFailure(run: ActionRun, message: RegExp): string {
  expect(run.exitCode, run.stdout + run.stderr).toBe(1)
  expect(run.outputs.status).toBe('failed')
  const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error')).join('\n')
  expect(errors).toMatch(message)
  expect(run.stdout + run.stderr).not.toMatch(/Unexpected error|unsettled top-level await|TimeoutOverflowWarning/)
  return errors
}

/** A platform that answers every request, so that anything flowferry sends is seen. */
async function platform() {
  return server((req, res) => {
    if (req.url?.startsWith('/api/public/files')) return json(res, 200, { fileId: 'f-1' })
    if (req.url?.startsWith('/api/public/dock-status/')) return json(res, 200, { status: 'SUCCESS', dockStatusId: 'ds-1' })
    return json(res, 200, { status: 'IN_PROGRESS', dockStatusId: 'ds-1' })
  })
}

const koreai = (url: string) => ({ platform: 'koreai', 'base-url': url, 'api-key': 'key-for-tests', 'poll-interval': '100ms' })

describe('durations', () => {
  it.each(['600h', '2000h', '25000h', '9'.repeat(30)])('timeout: %s is refused by name, before any request', async (timeout) => {
    const s = await platform()
    const run = await runBundle({ workspace: await tempDir(), inputs: { ...koreai(s.url), operation: 'wait', 'job-id': 'ds-1', timeout } })
    expectFailure(run, /Input 'timeout': '\d+h?' is longer than 120h, the longest a job can run on any GitHub Actions runner/)
    expect(run.stdout).toContain('timeout: 30m')
    expect(s.requests).toHaveLength(0)
  })

  it('poll-interval past its maximum is refused by name', async () => {
    const run = await runBundle({ workspace: await tempDir(), inputs: { ...koreai('https://x.example'), operation: 'wait', 'job-id': 'ds-1', 'poll-interval': '2h' } })
    expectFailure(run, /Input 'poll-interval': '2h' is longer than 10m/)
  })

  it('the longest timeout works: requests are not aborted at once', async () => {
    const s = await platform()
    const run = await runBundle({ workspace: await tempDir(), inputs: { ...koreai(s.url), operation: 'wait', 'job-id': 'ds-1', timeout: '120h' } })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs.status).toBe('succeeded')
    expect(run.stderr).not.toMatch(/TimeoutOverflowWarning/)
  })
})

describe('plain http to hosts that only look like this machine', () => {
  it.each(['http://127.evil.example:9/', 'http://127.0.0.1.nip.io:9/', 'http://localhost.evil.example:9/', 'http://[::ffff:127.0.0.1]:9/'])('%s is refused, naming base-url', async (url) => {
    const run = await runBundle({ workspace: await tempDir(), inputs: { ...koreai(url), operation: 'wait', 'job-id': 'ds-1' } })
    const errors = expectFailure(run, /Input 'base-url': '[^']+' uses plain http to a host that is not this machine/)
    expect(errors).toMatch(/allow-http: true/)
  })
})

describe('placeholders named after the object prototype', () => {
  const names = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']

  async function bundleWith(name: string) {
    const workspace = await tempDir()
    await writeKoreaiPackage(path.join(workspace, 'triage.zip'), {
      flow: { name: 'Triage' },
      app: { name: 'Triage' },
      env: [{ key: 'ERP_URL', value: `\${flowferry.${name}}` }],
    })
    return workspace
  }

  it.each(names)('${flowferry.%s} without a vars-file: "no value", nothing sent', async (name) => {
    const s = await platform()
    const workspace = await bundleWith(name)
    const run = await runBundle({ workspace, inputs: { ...koreai(s.url), operation: 'import', path: 'triage.zip', 'workflow-name': 'Triage' } })
    expectFailure(run, new RegExp(`no value for placeholder ${name}`))
    expect(run.stdout).toContain(`FLOWFERRY_VAR_${name}`)
    expect(s.requests.filter((r) => r.method === 'POST')).toEqual([])
  })

  it.each(names)('${flowferry.%s} with a vars-file that does not define it: "no value", naming the file', async (name) => {
    const s = await platform()
    const workspace = await bundleWith(name)
    await writeFile(path.join(workspace, 'prod.yml'), 'ERP_URL: https://erp.example.com\n')
    const run = await runBundle({ workspace, inputs: { ...koreai(s.url), operation: 'import', path: 'triage.zip', 'workflow-name': 'Triage', 'vars-file': 'prod.yml' } })
    expectFailure(run, new RegExp(`no value for placeholder ${name}`))
    expect(run.stdout).toContain("the vars-file 'prod.yml'")
    expect(s.requests.filter((r) => r.method === 'POST')).toEqual([])
  })
})

describe('values of FLOWFERRY_VAR_ variables that are ordinary words', () => {
  it('a short value is not masked (it would hide every "true" in the job), a longer one is, and no output is masked', async () => {
    const s = await platform()
    const workspace = await tempDir()
    await writeKoreaiPackage(path.join(workspace, 'triage.zip'), {
      flow: { name: 'Triage' },
      app: { name: 'Triage' },
      env: [
        { key: 'ENABLED', value: '${flowferry.ENABLED}' },
        { key: 'OUTCOME', value: '${flowferry.OUTCOME}' },
        { key: 'ERP_TOKEN', value: '${flowferry.ERP_TOKEN}' },
      ],
    })
    const run = await runBundle({
      workspace,
      env: { FLOWFERRY_VAR_ENABLED: 'true', FLOWFERRY_VAR_OUTCOME: 'succeeded', FLOWFERRY_VAR_ERP_TOKEN: 'erp-token-long-enough-to-mask' },
      inputs: { ...koreai(s.url), operation: 'import', path: 'triage.zip', 'workflow-name': 'Triage' },
    })
    expect(run.outputs.status, run.stdout).toBe('succeeded')
    expect(() => JSON.parse(run.outputs.result!)).not.toThrow()
    expect(run.stdout).not.toContain('::add-mask::true\n')
    expect(run.stdout).toMatch(/FLOWFERRY_VAR_ENABLED: its value is 4 characters long/)
    expect(run.stdout).toContain('::add-mask::erp-token-long-enough-to-mask')
    expect(run.stdout).toContain('::add-mask::succeeded')
  })
})

describe('vars-file limits', () => {
  it('a vars-file over 1 MiB is refused by name', async () => {
    const workspace = await tempDir()
    await writeFile(path.join(workspace, 'big.yml'), `A: "${'x'.repeat(1024 * 1024)}"\n`)
    await writeKoreaiPackage(path.join(workspace, 'triage.zip'), { flow: { name: 'T' }, app: { name: 'T' } })
    const run = await runBundle({ workspace, inputs: { ...koreai('https://x.example'), operation: 'import', path: 'triage.zip', 'vars-file': 'big.yml' } })
    expectFailure(run, /Input 'vars-file': 'big.yml' is \d+ bytes, more than the 1048576 a vars-file may have/)
  })

  it('a vars-file of more than 10000 entries is refused by name', async () => {
    const workspace = await tempDir()
    await writeFile(path.join(workspace, 'many.yml'), Array.from({ length: 10_001 }, (_, i) => `V${i}: ${i}`).join('\n'))
    await writeKoreaiPackage(path.join(workspace, 'triage.zip'), { flow: { name: 'T' }, app: { name: 'T' } })
    const run = await runBundle({ workspace, inputs: { ...koreai('https://x.example'), operation: 'import', path: 'triage.zip', 'vars-file': 'many.yml' } })
    expectFailure(run, /Input 'vars-file': 'many.yml' has 10001 entries, more than the 10000/)
  })
})

describe('glob limits', () => {
  async function files(dir: string, count: number, name: (i: number) => string) {
    await mkdir(dir, { recursive: true })
    for (let i = 0; i < count; i += 500) {
      await Promise.all(Array.from({ length: Math.min(500, count - i) }, (_, j) => writeFile(path.join(dir, name(i + j)), '{}')))
    }
  }

  it('a glob matching more than 10000 paths is refused by name, before any bundle is read', async () => {
    const workspace = await tempDir()
    await files(path.join(workspace, 'everything'), 10_001, (i) => `f${i}.txt`)
    const run = await runBundle({ workspace, inputs: { platform: 'koreai', operation: 'validate', path: 'everything/*' } })
    expectFailure(run, /Input 'path': 'everything\/\*' matches more than 10000 paths/)
  })

  it('1000 bundles that each fail at length: the summary stays under 1 MiB and result under 1 MB, every bundle named in result', async () => {
    const workspace = await tempDir()
    const long = 'x'.repeat(180)
    await mkdir(path.join(workspace, 'bundles'), { recursive: true })
    for (let i = 0; i < 1000; i += 500) {
      await Promise.all(Array.from({ length: 500 }, (_, j) => writeFile(path.join(workspace, 'bundles', `w${i + j}-${long}.json`), `{"tasks": [${'{"id": 1}, '.repeat(50)}{]}`)))
    }
    const run = await runBundle({ workspace, inputs: { platform: 'zuora', operation: 'validate', path: 'bundles/*.json' } })
    expect(run.outputs.status).toBe('failed')
    expect(Buffer.byteLength(run.summary)).toBeLessThanOrEqual(1024 * 1024)
    expect(run.summary).toMatch(/The summary stops here/)
    expect(Buffer.byteLength(run.outputs.result!)).toBeLessThanOrEqual(1_000_000)
    const result = JSON.parse(run.outputs.result!) as { path: string; status: string }[]
    expect(result).toHaveLength(1000)
    expect(result.every((entry) => entry.status === 'failed' && entry.path.includes(long))).toBe(true)
  }, 120_000)

  it('a glob naming more than 1000 bundles is refused by name', async () => {
    const workspace = await tempDir()
    await files(path.join(workspace, 'bundles'), 1_001, (i) => `w${i}.json`)
    const run = await runBundle({ workspace, inputs: { platform: 'zuora', operation: 'validate', path: 'bundles/*.json' } })
    expectFailure(run, /Input 'path': 'bundles\/\*\.json' names 1001 bundles, more than the 1000 one step takes/)
  })
})
