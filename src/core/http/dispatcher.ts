import { parseDuration } from '../duration.js'
import { MAX_TIMER_MS } from '../timers.js'
import type { Socket } from 'node:net'
import type { Pools } from './transport.js'

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

/**
 * Sockets to one origin at most: as many as the largest `concurrency` input, so a batch is never
 * held back, while a runaway loop cannot open thousands (https://nodejs.org/api/http.html#agentmaxsockets).
 */
const MAX_SOCKETS = 64

/**
 * How long an idle connection is kept for the next request, as undici kept it: 4 s, or the
 * server's own `Keep-Alive: timeout=` less a second, which Node's Agent reads
 * (https://nodejs.org/api/http.html#agentkeepsocketalivesocket). A server closing a connection
 * just as a request is sent on it would otherwise reset a request that may not be repeated.
 */
const IDLE_MS = 4_000

let shared: Pools | undefined

/** The sockets of downloads in flight (framed-transport.ts: one connection each, outside the pools). */
export const downloadSockets = new Set<Socket>()

/**
 * One connection pool for the whole run (keep-alive, https://nodejs.org/api/http.html#new-agentoptions),
 * so batches reuse connections; closed by `closeHttp`. `node:https` (and TLS) is loaded by the
 * first https request only.
 */
export function poolsFor(url: URL): Pools {
  const options = { keepAlive: true, maxSockets: MAX_SOCKETS, timeout: IDLE_MS }
  const pools = (shared ??= { http: new (process.getBuiltinModule('node:http').Agent)(options) })
  if (url.protocol === 'https:') pools.https ??= new (process.getBuiltinModule('node:https').Agent)(options)
  return pools
}

/**
 * Lets the process end as soon as the work is done, instead of when idle sockets time out.
 * `destroy` closes every socket, in use or not: a reply left half-read (a consumer that gave up)
 * would otherwise keep the run pending (https://nodejs.org/api/http.html#agentdestroy).
 */
export async function closeHttp(): Promise<void> {
  const current = shared
  shared = undefined
  current?.http.destroy()
  current?.https?.destroy()
  for (const socket of downloadSockets) socket.destroy()
  downloadSockets.clear()
}
