import type { Hash } from 'node:crypto'
import { Transform } from 'node:stream'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

/**
 * Streaming a large file allocates a fresh buffer for every chunk a socket or file stream reads.
 * They die at once, but V8 frees them only when a young-generation collection runs, and with
 * little JavaScript allocation going on that happens late: peak RSS climbed ~60 MiB above the
 * working set on a 1 GiB transfer (docs/performance.md). A runner cannot pass `--max-semi-space-size`
 * to an action, so streamed bytes are counted here and a minor collection is asked for every
 * RELEASE_EVERY bytes, which keeps the peak flat whatever the file size. It costs well under a
 * millisecond per collection.
 *
 * 8 MiB, not 16: with 16 MiB of dead buffers between two collections, V8 also ran a full
 * mark-compact after nearly every one (`node --trace-gc`, a 512 MiB Leapwork download: 32–36
 * mark-compacts, 220–300 ms of pauses on the thread that reads the reply, and marking work beside
 * them); at 8 MiB it ran one in the whole download, the minor collections took 110–270 ms in all,
 * and the peak RSS of the export fell from 120 MB to 112 MB.
 */
const RELEASE_EVERY = 8 * 1024 * 1024

/**
 * V8's `gc()` options. The 'last-resort' flavor is the collection V8 makes when memory runs out:
 * it also shrinks the young generation back from the 32 MiB it grows to while a document is parsed,
 * and returns the emptied pages to the system. (A Node whose V8 predates the option runs a plain
 * full collection.) https://chromium.googlesource.com/v8/v8/+/refs/heads/main/src/extensions/gc-extension.cc
 */
type Collect = (options: { type: 'minor' | 'major'; execution: 'sync' | 'async'; flavor?: 'regular' | 'last-resort' }) => void

let collect: Collect | null | undefined
let pending = 0

function collector(): Collect | null {
  if (collect === undefined) {
    try {
      // --expose-gc takes effect for contexts created after it is set; the function works in any context.
      setFlagsFromString('--expose-gc')
      collect = (runInNewContext('gc') as Collect | undefined) ?? null
    } catch {
      collect = null
    }
  }
  return collect
}

/** Notes that `bytes` of short-lived buffers were streamed through. */
export function streamed(bytes: number): void {
  pending += bytes
  if (pending < RELEASE_EVERY) return
  pending = 0
  collector()?.({ type: 'minor', execution: 'sync' })
}

/**
 * Files read whole (to be parsed) since the last full collection, bytes; a collection is worth
 * its time only after RELEASE_AFTER of them, so a run over small documents never pays for one.
 */
const RELEASE_AFTER = 512 * 1024
let wholeSinceRelease = 0

/** Notes that a file of `bytes` was read whole: its text, and the document parsed from it, become garbage later. */
export function readWhole(bytes: number): void {
  wholeSinceRelease += bytes
}

/**
 * A full collection between two stages of a run that each need memory of their own (the
 * documents the checks parsed, then the upload; a download parsed for its name, then the bundle
 * written from it; the bundle's documents, then the artifact client and its buffers), when a
 * large document was read since the last one. V8 lets the heap grow well past what is alive
 * before it collects on its own, and the process keeps the pages it grew into, so without this
 * the peak is the sum of the stages rather than the largest of them. Measured through the action
 * (docs/performance.md, Memory): the export of an 8 MiB Zuora workflow peaked at 196 MB before,
 * 162 MB after; its import at 170 MB, then 131 MB. Milliseconds, after megabytes of parsing.
 */
export function releaseGarbage(): void {
  if (wholeSinceRelease < RELEASE_AFTER) return
  wholeSinceRelease = 0
  pending = 0
  collector()?.({ type: 'major', execution: 'sync', flavor: 'last-resort' })
}

/**
 * Runs `work` (a transfer through a library's own streams, which flowferry cannot count: the
 * artifact client's) with a young-generation collection every `everyMs`, as `streamed` does for
 * flowferry's own streams: the 8 MiB buffers the client fills and drops are then handed back as
 * it goes, not when V8 next collects. A 256 MiB artifact upload otherwise climbed 75 MiB.
 */
export async function releasingWhile<T>(work: () => Promise<T>, everyMs = 100): Promise<T> {
  const timer = setInterval(() => collector()?.({ type: 'minor', execution: 'sync' }), everyMs)
  timer.unref()
  try {
    return await work()
  } finally {
    clearInterval(timer)
  }
}

/**
 * A pass-through stage that counts the chunks flowing through it (a 'data' listener would start
 * the flow early), and feeds them to `hash` when given one.
 */
export function countingStage(hash?: Hash): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      streamed(chunk.length)
      hash?.update(chunk)
      done(null, chunk)
    },
  })
}
