import { setTimeout as delay } from 'node:timers/promises'

/**
 * Node's timers hold a 32-bit signed delay: a longer one is replaced by 1 ms, so it fires AT ONCE
 * (with only a TimeoutOverflowWarning to say so). https://nodejs.org/api/timers.html#settimeoutcallback-delay-args
 * Every timer flowferry sets, from an input, a platform's Retry-After or a computed pause, goes
 * through here, so none can be longer than a timer can hold and none can go off early.
 */
export const MAX_TIMER_MS = 2 ** 31 - 1

/** A delay a timer can hold: at least 1 ms, at most MAX_TIMER_MS (for timeouts handed to libraries). */
export function timerMs(ms: number): number {
  if (!Number.isFinite(ms)) return ms > 0 ? MAX_TIMER_MS : 1
  return Math.min(MAX_TIMER_MS, Math.max(1, Math.ceil(ms)))
}

/** Sleeps `ms`, in steps a timer can hold; rejects with an AbortError when the signal aborts. */
export async function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  let left = Number.isFinite(ms) ? ms : MAX_TIMER_MS
  while (left > 0) {
    const step = Math.min(left, MAX_TIMER_MS)
    await delay(step, undefined, { signal })
    left -= step
  }
}

/** Like AbortSignal.timeout, for any length: past the timer range it chains timers (unref'd, as AbortSignal.timeout's is). */
export function timeoutSignal(ms: number): AbortSignal {
  if (ms <= MAX_TIMER_MS) return AbortSignal.timeout(timerMs(ms))
  const controller = new AbortController()
  const at = Date.now() + ms
  const arm = () => {
    const left = at - Date.now()
    if (left <= 0) return controller.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError'))
    setTimeout(arm, timerMs(left)).unref()
  }
  arm()
  return controller.signal
}
