import { describe, expect, it } from 'vitest'
import { diffDocuments } from '../src/core/diff.js'
import { redactSecrets } from '../src/core/redaction.js'
import { byTaskName, calloutSecrets, checkDocument, roles } from '../src/platforms/zuora/bundle.js'
import { errorText, mentionsVersionConflict, parseImport, parseVersions } from '../src/platforms/zuora/replies.js'
import { seededDocument } from '../src/sandbox/emulators/zuora/seed.js'
import { compareVersions, highestVersion, isVersion, nextVersion } from '../src/platforms/zuora/versions.js'

describe('Zuora version numbers', () => {
  it('compare part by part, missing parts as zero', () => {
    expect(compareVersions('0.0.10', '0.0.9')).toBe(1)
    expect(compareVersions('1.0', '1.0.0')).toBe(0)
    expect(compareVersions('0.9.9', '1')).toBe(-1)
    expect(highestVersion(['0.0.2', 'draft', '0.0.10', '0.0.3'])).toBe('0.0.10')
    expect(highestVersion([])).toBeUndefined()
    expect(nextVersion('0.0.9')).toBe('0.0.10')
    expect(nextVersion('2')).toBe('2.0.1')
    expect(nextVersion(undefined)).toBe('0.0.1')
    expect(isVersion('0.0.1')).toBe(true)
    expect(isVersion('latest')).toBe(false)
    expect(isVersion('1..2')).toBe(false)
  })
})

describe('Zuora replies', () => {
  it('reads both documented error shapes into one message', () => {
    expect(errorText(JSON.stringify({ errors: [{ code: 'invalid', status: 404, title: 'Workflow 7 not found' }] }))).toEqual({ message: 'Workflow 7 not found', code: undefined, requestId: undefined })
    expect(errorText(JSON.stringify({ success: false, processId: 'ab12', reasons: [{ code: 53100320, message: 'bad field' }, { code: 53100321, message: 'other' }] }))).toEqual({
      message: 'bad field; other',
      code: '53100320',
      requestId: 'ab12',
    })
    expect(errorText(JSON.stringify({ reasons: [{ code: 50000027, message: 'q' }], requestId: 'r-1' }))?.requestId).toBe('r-1')
    expect(errorText(JSON.stringify({ error: 'invalid_client', error_description: 'Bad client' }))).toMatchObject({ message: 'Bad client', code: 'invalid_client' })
    expect(errorText('<html>502</html>')).toBeUndefined()
  })

  it('reads the import replies of both endpoints', () => {
    expect(parseImport({ id: 3373, name: 'W', version: '0.0.1', type: 'Workflow::Setup' }, 'import')).toMatchObject({ definitionId: '3373', version: '0.0.1' })
    expect(parseImport({ id: 19080, status: 'Active', active_version: { id: 7, version: '0.0.4', status: 'Active' } }, 'import').activeVersion).toEqual({ id: '7', version: '0.0.4', status: 'Active' })
    expect(parseImport({ id: 5, original_workflow_id: 19080 }, 'import').definitionId).toBe('19080')
    expect(() => parseImport({ name: 'no id' }, 'import')).toThrow(/no workflow id/)
    expect(parseVersions({ data: [{ id: 1, version: '0.0.1' }, { id: 2, version: 2 }] }, 'list')).toEqual(['0.0.1', '2'])
    expect(mentionsVersionConflict('Version 0.0.1 must be greater than the latest version 0.0.3')).toBe(true)
    expect(mentionsVersionConflict('Workflow not found')).toBe(false)
  })
})

describe('Zuora bundle rules', () => {
  const document = seededDocument('0.0.2', 'Hello')

  it('finds nothing wrong with a sound export, and every broken reference in a broken one', () => {
    const text = JSON.stringify(document, null, 2)
    expect(checkDocument(document, text, 'w.json')).toEqual([])
    const broken = structuredClone(document) as { linkages: Record<string, unknown>[]; tasks: Record<string, unknown>[] }
    broken.linkages[0]!.linkage_type = 'Success'
    broken.linkages[2]!.source_task_id = 77
    broken.tasks[3]!.id = broken.tasks[2]!.id
    const messages = checkDocument(broken, JSON.stringify(broken, null, 2), 'w.json').map((f) => `${f.severity} ${f.rule} ${f.line}:${f.col} ${f.message}`)
    expect(messages).toEqual([
      expect.stringMatching(/^error zuora\.task \d+:\d+ task id 1003 is used twice$/),
      expect.stringMatching(/^error zuora\.linkage \d+:\d+ linkage 2: source_task_id 77 names no task/),
      expect.stringMatching(/^error zuora\.linkage \d+:\d+ linkage 3: target_task_id 1004 names no task/),
      expect.stringMatching(/^error zuora\.start \d+:\d+ no Start linkage/),
    ])
  })

  it('compares through task names, so renumbered ids and reordered tasks are no change', () => {
    const renumbered = structuredClone(document) as { workflow: Record<string, unknown>; tasks: Record<string, unknown>[]; linkages: Record<string, unknown>[] }
    const shift = (id: unknown) => (typeof id === 'number' ? id + 5000 : id)
    renumbered.workflow.id = 9
    for (const task of renumbered.tasks) Object.assign(task, { id: shift(task.id), task_id: shift(task.task_id) })
    for (const link of renumbered.linkages) Object.assign(link, { source_task_id: shift(link.source_task_id), target_task_id: shift(link.target_task_id), source_workflow_id: 9 })
    renumbered.tasks.reverse()
    renumbered.linkages.reverse()
    const rules = roles[0]!.diff!
    expect(diffDocuments(byTaskName(document), byTaskName(renumbered), rules)).toEqual([])
    renumbered.linkages[0]!.target_task_id = renumbered.tasks[3]!.id
    expect(diffDocuments(byTaskName(document), byTaskName(renumbered), rules).map((c) => c.path)).toEqual([
      'linkages[edge=Email the customer -Finish→ Find overdue invoices]',
      'linkages[edge=Email the customer -Finish→ Notify ERP]',
    ])
  })

  it('redacts credentials in callout headers written as name/value pairs, and credential-named keys', () => {
    expect(calloutSecrets(document).map((s) => s.name)).toEqual(['Notify ERP_Authorization'])
    const { text, redacted } = redactSecrets(JSON.stringify(document), roles[0]!.redact)
    expect(redacted.map((r) => r.name)).toEqual(['NOTIFY_ERP_AUTHORIZATION', 'TASKS_NOTIFY_ERP_PARAMETERS_SFTP_PASSWORD'])
    expect(text).toContain('"value":"${flowferry.NOTIFY_ERP_AUTHORIZATION}"')
    expect(text).toContain('"value":"application/json"')
    const spelled = { tasks: [{ name: 'Call', parameters: { headers: [{ header_name: 'X-API-Key', header_value: 'k-123456' }] } }] }
    expect(redactSecrets(JSON.stringify(spelled), roles[0]!.redact).redacted).toEqual([
      { name: 'CALL_X_API_KEY', pointer: '/tasks/0/parameters/headers/0/header_value', reason: 'the callout header/parameter "X-API-Key" carries a credential' },
    ])
  })
})
