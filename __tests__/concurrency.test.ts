import { describe, expect, it } from 'vitest'
import { eachLimit, mapLimit } from '../src/core/concurrency.js'

/** A promise and the functions that settle it, so a test decides when each call ends. */
function gate() {
  let open!: () => void
  let fail!: (error: Error) => void
  const promise = new Promise<void>((resolve, reject) => {
    open = resolve
    fail = reject
  })
  return { promise, open, fail }
}

describe('eachLimit', () => {
  it('keeps `limit` calls in flight, starts the next as one ends, and ends when all have', async () => {
    const gates = Array.from({ length: 6 }, gate)
    const started: number[] = []
    const done = eachLimit(6, 3, (i) => {
      started.push(i)
      return gates[i]!.promise
    })
    await Promise.resolve()
    expect(started).toEqual([0, 1, 2])
    gates[1]!.open()
    await new Promise((resolve) => setImmediate(resolve))
    expect(started).toEqual([0, 1, 2, 3])
    for (const g of gates) g.open()
    await expect(done).resolves.toBeUndefined()
    expect(started).toEqual([0, 1, 2, 3, 4, 5])
  })

  it('starts nothing after a failure, waits for the calls running, and throws the first failure', async () => {
    const gates = Array.from({ length: 6 }, gate)
    const started: number[] = []
    let settled = false
    const done = eachLimit(6, 2, (i) => {
      started.push(i)
      return gates[i]!.promise
    }).finally(() => (settled = true))
    await Promise.resolve()
    gates[0]!.fail(new Error('chunk 0 refused'))
    await new Promise((resolve) => setImmediate(resolve))
    expect(started).toEqual([0, 1])
    expect(settled).toBe(false)
    gates[1]!.open()
    await expect(done).rejects.toThrow('chunk 0 refused')
    expect(started).toEqual([0, 1])
  })
})

describe('mapLimit', () => {
  it('keeps results in input order', async () => {
    await expect(mapLimit([3, 1, 2], 2, async (n) => n * 2)).resolves.toEqual([6, 2, 4])
  })
})
