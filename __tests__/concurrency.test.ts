import { describe, expect, it } from 'vitest'
import { eachLimit, mapLimit, mapLimitAhead } from '../src/core/concurrency.js'

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

describe('mapLimitAhead', () => {
  const tick = () => new Promise((resolve) => setImmediate(resolve))

  it('prepares the next item when a running one goes idle, never runs more than `limit`, and keeps input order', async () => {
    const gates = Array.from({ length: 5 }, gate)
    const prepared: number[] = []
    const running = new Set<number>()
    let most = 0
    const idles: (() => void)[] = []
    const done = mapLimitAhead(
      [0, 1, 2, 3, 4],
      2,
      async (n) => {
        prepared.push(n)
        return n * 10
      },
      async (value, n, _index, idle) => {
        running.add(n)
        most = Math.max(most, running.size)
        idles[n] = idle
        await gates[n]!.promise
        running.delete(n)
        return value + 1
      },
    )
    await tick()
    expect(prepared).toEqual([0, 1])
    // Item 0 waits on its platform job: item 2 is read meanwhile, not when 0 ends.
    idles[0]!()
    idles[0]!()
    await tick()
    expect(prepared).toEqual([0, 1, 2])
    expect(running).toEqual(new Set([0, 1]))
    idles[1]!()
    await tick()
    expect(prepared).toEqual([0, 1, 2, 3])
    gates[0]!.open()
    await tick()
    // Item 2 runs with what was prepared ahead; it is not prepared twice.
    expect(running).toEqual(new Set([1, 2]))
    expect(prepared).toEqual([0, 1, 2, 3])
    for (const g of gates) g.open()
    await expect(done).resolves.toEqual([1, 11, 21, 31, 41])
    expect(prepared).toEqual([0, 1, 2, 3, 4])
    expect(most).toBe(2)
  })

  it('hands a preparation that failed to its run, not to the process as an unhandled rejection', async () => {
    const gates = Array.from({ length: 6 }, gate)
    const prepared: number[] = []
    const idles: (() => void)[] = []
    const done = mapLimitAhead(
      [0, 1, 2, 3, 4, 5],
      1,
      async (n) => {
        prepared.push(n)
        if (n === 1) throw new Error('bundle 1 unreadable')
        return n
      },
      async (value, n, _index, idle) => {
        idles[n] = idle
        await gates[n]!.promise
        return value
      },
    ).catch((error: Error) => error.message)
    await tick()
    idles[0]!()
    await tick()
    expect(prepared).toEqual([0, 1])
    gates[0]!.open()
    await expect(done).resolves.toBe('bundle 1 unreadable')
  })
})
