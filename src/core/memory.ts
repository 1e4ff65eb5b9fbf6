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
 */
const RELEASE_EVERY = 16 * 1024 * 1024

type Collect = (options: { type: 'minor' | 'major'; execution: 'sync' | 'async' }) => void

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
