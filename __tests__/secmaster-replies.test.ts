import { describe, expect, it } from 'vitest'
import { errorDetail, exportRefusal, nameInExport, parseImportReply, parseWorkflowPage, THROTTLE_PAUSE_MS } from '../src/platforms/secmaster/replies.js'
import { ReplyError } from '../src/core/errors.js'

describe('SecMaster replies', () => {
  it('tells an error answered with HTTP 200 from an exported workflow file', () => {
    expect(exportRefusal({ success: false, code: 'SecMaster.20040611', message: 'gone' })).toBe('code SecMaster.20040611: gone')
    expect(exportRefusal({ error_code: 'APIG.0201', error_msg: 'backend timeout', request_id: 'r1' })).toBe('code APIG.0201: backend timeout')
    expect(exportRefusal({ code: 'SecMaster.20040611', message: 'gone', name: 'Block IP', data: {} })).toBeUndefined()
    expect(exportRefusal({ name: 'Block IP', taskflow: '{}' })).toBeUndefined()
    expect(exportRefusal({ message: 'hello' })).toBeUndefined()
  })

  it('reads every documented error shape into code, message and request id', () => {
    const header = { 'x-request-id': 'req-123' }
    expect(errorDetail(400, header, '{"code":"SecMaster.20040611","message":"The workflow does not exist."}')).toMatchObject({
      code: 'SecMaster.20040611',
      message: 'The workflow does not exist.',
      requestId: 'req-123',
      throttled: false,
    })
    expect(errorDetail(401, {}, '{"error_code":"APIG.0301","error_msg":"Incorrect IAM authentication information","request_id":"body-id"}')).toMatchObject({
      code: 'APIG.0301',
      requestId: 'body-id',
    })
    expect(errorDetail(400, header, '{"errorCode":"SecMaster.20030001","errorMsg":"bad offset"}')).toMatchObject({ code: 'SecMaster.20030001', message: 'bad offset' })
    expect(errorDetail(400, header, '{"error":{"code":"SecMaster.20011003","message":"no workspace"}}')).toMatchObject({ code: 'SecMaster.20011003', message: 'no workspace' })
    expect(errorDetail(502, header, '<html>Bad gateway</html>')).toMatchObject({ message: '<html>Bad gateway</html>', code: undefined })
  })

  it('marks APIG.0308 as throttling, with the advised pause, whatever the status', () => {
    for (const status of [429, 403, 400]) {
      expect(errorDetail(status, {}, '{"error_code":"APIG.0308","error_msg":"The throttling threshold has been reached"}')).toMatchObject({ throttled: true, retryAfterMs: THROTTLE_PAUSE_MS })
    }
  })

  it('import envelope: success, or success=false as an error', () => {
    expect(parseImportReply({ code: '00000000', message: 'Success', success: true, request_id: 'r' }, 'import')).toEqual({ status: 'Success', requestId: 'r' })
    expect(parseImportReply(undefined, 'import').status).toBe('success')
    expect(() => parseImportReply({ success: false, code: 'SecMaster.20048004', message: 'exists' }, 'import')).toThrow(ReplyError)
  })

  it('list pages: entries without an id skipped; names found in export files of several shapes', () => {
    expect(parseWorkflowPage({ total: '2', data: [{ id: 'a', name: 'A' }, { name: 'no id' }] }, 'list')).toEqual({ workflows: [{ id: 'a', name: 'A' }], total: 2, size: 2 })
    expect(nameInExport({ name: 'Top' })).toBe('Top')
    expect(nameInExport([{ workflow: { name: 'Nested' } }])).toBe('Nested')
    expect(nameInExport({ data: { name: ' Data ' } })).toBe('Data')
    expect(nameInExport('x')).toBeUndefined()
  })
})
