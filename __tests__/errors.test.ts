import { describe, expect, it } from 'vitest'
import { HttpError, NetworkError } from '../src/core/errors.js'

describe('FlowferryError.withHint', () => {
  it('keeps the class, the fields, the message and the cause, and changes only the hint', () => {
    const original = new HttpError(503, 'GET', '/status', 'busy', 'E1', 'req-1', { hint: 'wait' })
    const changed = original.withHint('pick the job up with operation: wait')
    expect(changed).toBeInstanceOf(HttpError)
    expect(changed).toMatchObject({ httpStatus: 503, code: 'E1', requestId: 'req-1', message: original.message, hint: 'pick the job up with operation: wait' })
    expect(original.hint).toBe('wait')
    const cause = new Error('socket hang up')
    expect(new NetworkError('lost', { cause }).withHint('again').cause).toBe(cause)
  })
})

describe('HttpError.withDetail', () => {
  it('restates the detail in the message, keeps status, method, path, code, request id and reply, and the hint unless given', () => {
    const original = new HttpError(409, 'PUT', '/api/v4/hierarchy/create/folder', 'Conflict', 'E9', 'req-2', { hint: 'old', reply: '{"Message":"Conflict"}' })
    const restated = original.withDetail('a folder with that title exists (Conflict)', 'rename it')
    expect(restated).toBeInstanceOf(HttpError)
    expect(restated).toMatchObject({ httpStatus: 409, method: 'PUT', path: '/api/v4/hierarchy/create/folder', code: 'E9', requestId: 'req-2', reply: '{"Message":"Conflict"}' })
    expect(restated.detail).toBe('a folder with that title exists (Conflict)')
    expect(restated.message).toBe('PUT /api/v4/hierarchy/create/folder failed with HTTP 409, code E9: a folder with that title exists (Conflict) (request id req-2)')
    expect(restated.hint).toBe('rename it')
    expect(original.withDetail('same hint').hint).toBe('old')
    expect(original.detail).toBe('Conflict')
  })
})
