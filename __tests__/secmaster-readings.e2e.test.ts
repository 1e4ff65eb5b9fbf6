import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { SEEDED_WORKFLOW_ID, SEEDED_WORKFLOW_NAME } from '../src/sandbox/emulators/secmaster/seed.js'
import { runBundle } from './helpers/action.js'
import { sent, useSandbox } from './helpers/sandbox.js'
import { secmasterInputs, secmasterState } from './helpers/secmaster.js'
import { useTempDirs } from './helpers/workspace.js'

// Readings the documentation leaves open, found by an independent emulator: the list's
// `offset` as a page number (SDK docstrings), a clamped page size, and an import answered
// with a plain-text 200.
const sandbox = useSandbox()
const tempDir = useTempDirs()

describe('SecMaster: other readings of the documentation', () => {
  it.each([0, 1])('finds a name when the list reads offset as a page number (first page %i) and clamps the page to 50', async (listPageStart) => {
    const server = await sandbox.platform('secmaster', { config: { extraWorkflows: 150, listOffsetAsPage: true, listPageStart, listMaxLimit: 50 } })
    const workspace = await tempDir()
    const run = await runBundle({
      workspace,
      inputs: { ...secmasterInputs(server, 'aksk'), operation: 'export', 'workflow-name': SEEDED_WORKFLOW_NAME, 'upload-artifact': 'false', path: 'paged' },
    })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs['workflow-id']).toBe(SEEDED_WORKFLOW_ID)
    expect(run.stdout).toMatch(/asking by page number instead/)
  })

  it('takes a plain-text "success" import reply as an answer, not a lost reply, and finds the id by name', async () => {
    const server = await sandbox.platform('secmaster', { config: { importReplyText: true } })
    const base = secmasterInputs(server, 'token')
    const workspace = await tempDir()
    const exported = await runBundle({
      workspace,
      inputs: { ...base, operation: 'export', 'workflow-id': SEEDED_WORKFLOW_ID, 'upload-artifact': 'false', 'redact-secrets': 'false', path: 'exported' },
    })
    expect(exported.exitCode, exported.stdout).toBe(0)

    const empty = await sandbox.platform('secmaster', { config: { importReplyText: true, empty: true } })
    const fresh = await runBundle({ workspace, inputs: { ...secmasterInputs(empty, 'aksk'), operation: 'import', path: 'exported' } })
    expect(fresh.exitCode, fresh.stdout).toBe(0)
    expect(fresh.outputs.status).toBe('succeeded')
    expect(fresh.outputs['workflow-id']).toMatch(/^[0-9a-f-]{36}$/)
    expect(fresh.stdout).toMatch(/SecMaster answered HTTP 200 "success" \(a plain-text reply, not the documented envelope\)/)
    expect(sent(empty, 'POST', '/import')).toHaveLength(1)
  })

  it('keeps an export file that starts with a byte order mark byte for byte, and reads it as JSON', async () => {
    const server = await sandbox.platform('secmaster', { config: { exportBom: true } })
    const base = secmasterInputs(server, 'aksk')
    const workspace = await tempDir()
    const exported = await runBundle({
      workspace,
      inputs: { ...base, operation: 'export', 'workflow-id': SEEDED_WORKFLOW_ID, 'upload-artifact': 'false', 'redact-secrets': 'false', path: 'bom' },
    })
    expect(exported.exitCode, exported.stdout).toBe(0)
    const bytes = await readFile(path.join(workspace, 'bom/workflow.json'))
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(createHash('sha256').update(bytes).digest('hex')).toBe((await secmasterState(server)).lastExport!.sha256)
    expect(exported.stdout).toMatch(/received workflow\.json for "Phishing email triage"/)

    const validated = await runBundle({ workspace, inputs: { platform: 'secmaster', operation: 'validate', path: 'bom' } })
    expect(validated.exitCode, validated.stdout).toBe(0)
    const diff = await runBundle({ workspace, inputs: { ...base, operation: 'diff', path: 'bom', 'workflow-id': SEEDED_WORKFLOW_ID, 'fail-on-drift': 'true' } })
    expect(diff.exitCode, diff.stdout).toBe(0)
    expect(diff.outputs.changed).toBe('false')
  })
})
