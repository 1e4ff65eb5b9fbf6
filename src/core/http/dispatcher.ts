import { Agent, type Dispatcher } from 'undici'
import { parseDuration } from '../duration.js'
import { MAX_TIMER_MS } from '../timers.js'

export interface Timeouts {
  /** Establishing the TCP/TLS connection. */
  connectMs: number
  /** Waiting for the reply to start, and for each further piece of it. */
  readMs: number
}

export const defaultTimeouts: Timeouts = { connectMs: 10_000, readMs: 60_000 }

/**
 * `FLOWFERRY_CONNECT_TIMEOUT` and `FLOWFERRY_READ_TIMEOUT` (durations) tune the socket timeouts
 * for slow networks, and let the fault tests stall a reply without waiting a minute. Capped to
 * what a timer can hold (core/timers.ts): longer would fire at once.
 */
export function timeoutsFromEnv(env: NodeJS.ProcessEnv = process.env): Timeouts {
  return {
    connectMs: Math.min(MAX_TIMER_MS, parseDuration(env.FLOWFERRY_CONNECT_TIMEOUT ?? '') ?? defaultTimeouts.connectMs),
    readMs: Math.min(MAX_TIMER_MS, parseDuration(env.FLOWFERRY_READ_TIMEOUT ?? '') ?? defaultTimeouts.readMs),
  }
}

let shared: { agent: Agent; connectMs: number } | undefined

/** One connection pool for the whole run, so batches reuse connections; closed by `closeHttp`. */
export function sharedDispatcher(timeouts: Timeouts): Dispatcher {
  if (!shared || shared.connectMs !== timeouts.connectMs) {
    shared = { agent: new Agent({ connect: { timeout: timeouts.connectMs } }), connectMs: timeouts.connectMs }
  }
  return shared.agent
}

/**
 * Lets the process end as soon as the work is done, instead of when idle sockets time out.
 * `destroy`, not `close`: close waits for every request to finish, and one whose reply was left
 * half-read (a consumer that gave up) would keep the run pending forever.
 */
export async function closeHttp(): Promise<void> {
  const current = shared
  shared = undefined
  await current?.agent.destroy()
}
