import { sleep, timeoutSignal } from './timers.js'

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
    await sleep(ms, signal)
  },
  random: () => Math.random(),
}

/**
 * The moment the whole step must be done by: `timeout` after it started. One object is shared by
 * the poller and the HTTP client, which refuses to send once it has passed and aborts what is in
 * flight when it passes; `lastCall` is how the poller's check AT the deadline still gets its answer.
 */
export class Deadline {
  /** Ends of the grace periods of last calls in flight. */
  private readonly graces: number[] = []

  constructor(
    readonly at: number,
    readonly clock: Clock = systemClock,
  ) {}

  static after(ms: number, clock: Clock = systemClock): Deadline {
    return new Deadline(clock.now() + ms, clock)
  }

  remaining(): number {
    return Math.max(0, Math.max(this.at, ...this.graces) - this.clock.now())
  }

  expired(): boolean {
    return this.remaining() <= 0
  }

  /** Aborts when the deadline passes; for requests in flight. */
  signal(): AbortSignal {
    return timeoutSignal(Math.max(1, Math.ceil(this.remaining())))
  }

  /**
   * Runs `call`, the step's last request, sent at the deadline, with `graceMs` more for its answer:
   * a check made at the deadline is worth making only if its reply can be read. Everything that
   * shares this deadline sees the grace while the call is in flight, and only then.
   */
  async lastCall<T>(graceMs: number, call: () => Promise<T>): Promise<T> {
    const end = Math.max(this.at, this.clock.now()) + graceMs
    this.graces.push(end)
    try {
      return await call()
    } finally {
      this.graces.splice(this.graces.indexOf(end), 1)
    }
  }
}
