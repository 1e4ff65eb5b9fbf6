import { describe, expect, it } from 'vitest'
import { HttpError } from '../src/core/errors.js'

describe('FlowferryError.withHint', () => {
  it('keeps the class, the fields, the message and the cause, and changes only the hint', () => {
    const cause = new Error('socket hang up')
    const original = new HttpError(503, 'GET', '/status', 'busy', 'E1', 'req-1', { hint: 'wait', cause })
    const changed = original.withHint('pick the job up with operation: wait')
    expect(changed).toBeInstanceOf(HttpError)
    expect(changed).toMatchObject({ httpStatus: 503, code: 'E1', requestId: 'req-1', message: original.message, hint: 'pick the job up with operation: wait' })
    expect(changed.cause).toBe(cause)
    expect(original.hint).toBe('wait')
  })
})
