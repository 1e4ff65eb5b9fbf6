/**
 * Runs `fn` over `items` with at most `limit` in flight, keeping the results in input order.
 * Each call is expected to turn its own failures into a result; a throw still stops nothing else.
 */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await fn(items[index]!, index)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker))
  return results
}

/**
 * Runs `fn(0)` … `fn(count - 1)` with at most `limit` in flight, for parts of one task (the chunks
 * of an upload): the first failure starts nothing more, waits for the calls already running, and
 * is thrown; a task half done is a failed task.
 */
export async function eachLimit(count: number, limit: number, fn: (index: number) => Promise<void>): Promise<void> {
  let next = 0
  let failure: { error: unknown } | undefined
  const worker = async () => {
    while (next < count && !failure) {
      const index = next++
      try {
        await fn(index)
      } catch (error) {
        failure ??= { error }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, count)) }, worker))
  if (failure) throw failure.error
}

/**
 * `mapLimit` for calls in two stages: `prepare` (local work: reading and checking a bundle), then
 * `run` (the platform's part), at most `limit` items in `run` at once. A call whose `run` starts
 * waiting on something that needs no CPU here (a platform job) calls `idle()`, and the next item's
 * `prepare` starts then: its local work is done during that wait instead of after it. Without
 * this, the items of a batch stay in step (they start together and their jobs take as long), so
 * each round paid the local work of all `limit` items one after another on the one JavaScript
 * thread, between a job's end and the next upload. Each `run` prepares at most one item ahead, so
 * no more than `limit` items are ever prepared and waiting. `prepare` is expected to turn its own
 * failures into a value, as `fn` of `mapLimit` does.
 */
export async function mapLimitAhead<T, P, R>(
  items: readonly T[],
  limit: number,
  prepare: (item: T, index: number) => Promise<P>,
  run: (prepared: P, item: T, index: number, idle: () => void) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length)
  const ahead = new Map<number, Promise<P>>()
  let next = 0
  /** Items before this one have had `prepare` started. */
  let preparedUpTo = 0
  const start = (index: number) => {
    preparedUpTo = Math.max(preparedUpTo, index + 1)
    return prepare(items[index]!, index)
  }
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      const prepared = ahead.get(index) ?? start(index)
      ahead.delete(index)
      let gave = false
      const idle = () => {
        if (gave) return
        gave = true
        const upcoming = Math.max(preparedUpTo, next)
        if (upcoming >= items.length || ahead.size >= limit) return
        const early = start(upcoming)
        // Awaited when its turn comes; until then a failure must not count as unhandled.
        early.catch(() => undefined)
        ahead.set(upcoming, early)
      }
      results[index] = await run(await prepared, items[index]!, index, idle)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker))
  return results
}
