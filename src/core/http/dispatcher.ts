import type { Agent, Dispatcher, request } from 'undici'
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

interface Undici {
  request: typeof request
  Agent: typeof Agent
}
let loaded: Promise<Undici> | undefined

/**
 * undici, loaded by the first request: it is the largest module of the start-up path, and a run
 * that fails on its inputs or validates a bundle offline never needs it. A run that does talk to
 * a platform has it compiled while the first request's bundle and credentials are prepared.
 */
export function undici(): Promise<Undici> {
  return (loaded ??= import('undici').then(({ request, Agent }) => ({ request, Agent })))
}

let shared: { agent: Agent; connectMs: number } | undefined

/** One connection pool for the whole run, so batches reuse connections; closed by `closeHttp`. */
export async function sharedDispatcher(timeouts: Timeouts): Promise<Dispatcher> {
  const { Agent } = await undici()
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
