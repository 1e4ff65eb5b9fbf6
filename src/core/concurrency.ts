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
