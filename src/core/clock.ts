import { setTimeout as delay } from 'node:timers/promises'

/**
 * Time as the poller and the retry loop see it. The real clock in production; a virtual one in
 * benchmarks, so that a ten-minute job costs no ten minutes.
 */
export interface Clock {
  now(): number
  sleep(ms: number, signal?: AbortSignal): Promise<void>
  random(): number
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: async (ms, signal) => {
    if (ms <= 0) return
    await delay(ms, undefined, { signal })
  },
  random: () => Math.random(),
}

/** The moment the whole step must be done by: `timeout` after it started. */
export class Deadline {
  constructor(
    readonly at: number,
    readonly clock: Clock = systemClock,
  ) {}

  static after(ms: number, clock: Clock = systemClock): Deadline {
    return new Deadline(clock.now() + ms, clock)
  }

  remaining(): number {
    return Math.max(0, this.at - this.clock.now())
  }

  expired(): boolean {
    return this.remaining() <= 0
  }

  /** Aborts when the deadline passes; for requests in flight. */
  signal(): AbortSignal {
    return AbortSignal.timeout(Math.max(1, Math.ceil(this.remaining())))
  }
}
