import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runBundle } from './helpers/action.js'
import { sendBomb, type BombEncoding } from './helpers/crafted-replies.js'
import { writeKoreaiPackage } from './helpers/koreai.js'
import { json, useServers } from './helpers/server.js'
import { useTempDirs } from './helpers/workspace.js'
import type { ActionRun } from '../src/sandbox/github/runner.js'

/**
 * Replies that try to break the run rather than the platform's data: each must end as the
 * contract says a failure ends (an ::error naming what happened, `status: failed`, exit code 1),
 * never as a crash, a hang, or exit 13 ("unsettled top-level await").
 */
const server = useServers()
const tempDir = useTempDirs()

function expectFailure(run: ActionRun, message: RegExp): void {
  expect(run.exitCode, run.stdout + run.stderr).toBe(1)
  expect(run.outputs.status).toBe('failed')
  const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error'))
  expect(errors.join('\n')).toMatch(message)
  expect(run.stdout + run.stderr).not.toMatch(/Unexpected error|unsettled top-level await/)
}

const koreai = (url: string) => ({ platform: 'koreai', 'base-url': url, 'api-key': 'key-for-tests', 'poll-interval': '100ms' })

describe.each<BombEncoding>(['gzip', 'deflate'])('a %s reply that inflates past every limit', (encoding) => {
  it('on a GET: stopped at the limit, not sent again, and the step fails with a status', async () => {
    const s = await server((_req, res) => sendBomb(res, encoding))
    const run = await runBundle({ workspace: await tempDir(), inputs: { ...koreai(s.url), operation: 'wait', 'job-id': 'ds-1' } })
    expectFailure(run, /ds-1: the reply is larger than 67108864 bytes/)
    expect(s.requests).toHaveLength(1)
  })

  it('on an error reply: only its first kilobytes are read', async () => {
    const s = await server((_req, res) => sendBomb(res, encoding, 400))
    const run = await runBundle({ workspace: await tempDir(), inputs: { ...koreai(s.url), operation: 'wait', 'job-id': 'ds-1' } })
    expectFailure(run, /HTTP 400/)
    expect(s.requests).toHaveLength(1)
  })

  it('on an import POST: the step says the import may have happened, and ends with a status', async () => {
    const s = await server(async (req, res) => {
      if (req.url === '/api/public/files') return json(res, 200, { fileId: 'f-1' })
      await sendBomb(res, encoding)
    })
    const workspace = await tempDir()
    await writeKoreaiPackage(path.join(workspace, 'triage.zip'), { flow: { name: 'Triage' }, app: { name: 'Triage' } })
    const run = await runBundle({ workspace, inputs: { ...koreai(s.url), operation: 'import', path: 'triage.zip', 'workflow-name': 'Triage' } })
    expectFailure(run, /import as new workflow "Triage": the request was sent but no complete reply came back \(the reply is larger than \d+ bytes/)
    expect(s.requests.filter((r) => r.path === '/api/public/workflows/import')).toHaveLength(1)
  })
})
