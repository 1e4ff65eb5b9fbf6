import { Transform } from 'node:stream'

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
 * and the peak RSS of the export fell from 120 MB to 112 MB. (On a loaded machine, a 100 MiB
 * package's export without the artifact peaked at 91–95 MB at 4 MiB, 112–114 MB at 16.
 * `--semi-space-growth-factor`, which V8 does read after start, kept the young
 * generation small during the artifact upload but made a 1 GiB export peak higher, not lower:
 * its chunks were moved to the old generation sooner.)
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
      // node:v8 and node:vm are taken here, at the first collection, not as this module loads: every
      // run loads it before its first request, and node:v8 alone costs about 2 ms of start-up.
      process.getBuiltinModule('node:v8').setFlagsFromString('--expose-gc')
      collect = (process.getBuiltinModule('node:vm').runInNewContext('gc') as Collect | undefined) ?? null
    } catch {
      collect = null
    }
  }
  return collect
}

/**
 * A chunk that waits in a stream's buffer while two young-generation collections run is moved to
 * the old generation, and a young collection no longer frees it: only a full one does. V8 starts
 * a full collection on its own only once memory held outside its heap (buffers) has grown by some
 * 64 MiB since the last one, so a transfer whose chunks queue for a moment (the artifact client's
 * 8 MiB stream buffers, a batch of a download waiting for the disk) kept up to that much dead
 * buffers: a 1 GiB export with the artifact upload peaked at 160–195 MB, its buffers alone at
 * 60–85 MiB when what was alive was under 30. So a full collection runs instead of a young one
 * when the buffers have grown by PROMOTED_SLACK since the last full collection left them: the
 * dead ones then never pass that mark, however long the transfer. A full collection of the
 * action's heap (20–30 MB) takes a few milliseconds, at most once per PROMOTED_SLACK streamed.
 * 48 MiB, not 16: at 16 a 100 MiB Leapwork download fell from 0.82–0.95× curl to 0.64× (a full
 * collection every 16 MiB on the thread that reads the reply); at 48 it was 0.84–0.85×, and the
 * export with the artifact upload peaked at 124–135 MiB (100 MiB and 1 GiB, loopback).
 * https://v8.dev/blog/trash-talk (generations, and what each collection frees)
 */
const PROMOTED_SLACK = 48 * 1024 * 1024
/** Bytes held in buffers after the last full collection (what was alive then). */
let buffersAfterFull = 0
/** Bytes held in buffers after the last collection of any kind. */
let buffersAfterAny = 0

function collectStreamed(slack = PROMOTED_SLACK): void {
  const collect = collector()
  if (!collect) return
  const full = process.memoryUsage().arrayBuffers - buffersAfterFull >= slack
  collect({ type: full ? 'major' : 'minor', execution: 'sync' })
  buffersAfterAny = process.memoryUsage().arrayBuffers
  if (full) buffersAfterFull = buffersAfterAny
}

/** Bytes streamed since the last full collection between stages: a transfer's buffers count as a stage's memory. */
let streamedSinceRelease = 0

/** Notes that `bytes` of short-lived buffers were streamed through. */
export function streamed(bytes: number): void {
  pending += bytes
  streamedSinceRelease += bytes
  if (pending < RELEASE_EVERY) return
  pending = 0
  collectStreamed()
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
 * written from it; the bundle's documents, or a large download, then the artifact client and its
 * buffers), when a large document was read or a large file streamed since the last one. V8 lets
 * the heap grow well past what is alive before it collects on its own, and the process keeps the
 * pages it grew into, so without this the peak is the sum of the stages rather than the largest
 * of them. Measured through the action (docs/performance.md, Memory): the export of an 8 MiB
 * Zuora workflow peaked at 196 MB before, 162 MB after; its import at 170 MB, then 131 MB. The
 * export of a 100 MiB package left 30–45 MB of dead download buffers and a grown young
 * generation to the artifact upload; this collection hands them back first. Milliseconds, after
 * megabytes of parsing or streaming.
 */
export function releaseGarbage(): void {
  if (wholeSinceRelease < RELEASE_AFTER && streamedSinceRelease < RELEASE_EVERY) return
  wholeSinceRelease = 0
  streamedSinceRelease = 0
  pending = 0
  collector()?.({ type: 'major', execution: 'sync', flavor: 'last-resort' })
  buffersAfterFull = buffersAfterAny = process.memoryUsage().arrayBuffers
}

/**
 * Runs `work` (a transfer through a library's own streams, which flowferry cannot count: the
 * artifact client's) and collects as `streamed` does for flowferry's own streams, its buffers
 * standing for the bytes: every `everyMs` the memory held in buffers is read (a few
 * microseconds), and once it has grown by UPLOAD_STEP since the last collection, one runs
 * (collectStreamed: young, or full when dead chunks left the young generation). A fixed period
 * missed bursts: a 100 ms one let 20–30 MiB of dead buffers pile up between two collections when
 * the client's streams drained fast. A 256 MiB artifact upload with no collection climbed 75 MiB.
 */
const UPLOAD_STEP = 4 * 1024 * 1024
/**
 * PROMOTED_SLACK for such a transfer. The artifact client's chunks wait in its 8 MiB stream
 * buffers long enough to be promoted, so its dead buffers pile up in the old generation: at 48 MiB
 * of slack a 1 GiB export's upload peaked at 142 MB idle and 156 MB on a loaded machine (its
 * buffers at 33 MiB, idle). No curl-paced read waits on these collections, and a full collection
 * of the action's heap takes a few milliseconds: every 16 MiB is ~2 % of a 1 GiB upload.
 */
const UPLOAD_PROMOTED_SLACK = 16 * 1024 * 1024

export async function releasingWhile<T>(work: () => Promise<T>, everyMs = 20): Promise<T> {
  buffersAfterAny = process.memoryUsage().arrayBuffers
  buffersAfterFull = Math.min(buffersAfterFull, buffersAfterAny)
  const timer = setInterval(() => {
    if (process.memoryUsage().arrayBuffers - buffersAfterAny >= UPLOAD_STEP) collectStreamed(UPLOAD_PROMOTED_SLACK)
  }, everyMs)
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
export function countingStage(hash?: { update(chunk: Buffer): unknown }): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      streamed(chunk.length)
      hash?.update(chunk)
      done(null, chunk)
    },
  })
}
