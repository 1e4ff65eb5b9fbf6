import type { Clock } from '../../src/core/clock.js'

/**
 * A clock that only moves when someone sleeps on it: a poller "waits" ten minutes in no time,
 * and the test can read exactly when each poll happened.
 */
export class VirtualClock implements Clock {
  private time: number

  constructor(start = 1_700_000_000_000, private readonly seed = 0.5) {
    this.time = start
  }

  now(): number {
    return this.time
  }

  async sleep(ms: number): Promise<void> {
    this.time += Math.max(0, ms)
  }

  random(): number {
    return this.seed
  }

  advance(ms: number): void {
    this.time += ms
  }
}
