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
