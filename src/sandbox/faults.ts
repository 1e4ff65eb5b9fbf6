import type { IncomingMessage, ServerResponse } from 'node:http'
import { setTimeout as delay } from 'node:timers/promises'
import { sendJson } from './http-helpers.js'
import { refuseUnknown, UnknownSandboxNameError } from './settings-check.js'

/**
 * Fault switches, the same for every platform's sandbox. A rule matches requests by method and
 * path and replaces the platform's answer with a fault, for a number of matching requests.
 */
export const faultKinds = [
  '429',
  '500',
  '502',
  '503',
  /** The connection drops as soon as the request line and headers arrive: the body is never read. */
  'reset-before-body',
  /** The request is carried out, then the connection drops instead of the reply: a lost reply. */
  'reset-after-body',
  /** No reply for `delayMs` (default: ten minutes), then the normal one. */
  'stall',
  /** The normal reply after `delayMs`. */
  'slow',
  /** Half of the normal reply, then the connection drops. */
  'truncate',
  /** 200 with a body that is not JSON. */
  'malformed',
] as const

export type FaultKind = (typeof faultKinds)[number]

export interface FaultRule {
  kind: FaultKind
  method?: string
  /** A substring of the path, or a regular expression written as `/…/`. */
  path?: string
  /** How many matching requests get the fault; -1 for all of them. Default 1. */
  times?: number
  /** Seconds, sent as Retry-After with 429/503. */
  retryAfter?: number
  /** 429: also `RateLimit-Reset` (seconds), which may say a longer wait than `retryAfter`. */
  rateLimitReset?: number
  delayMs?: number
}

/** The fields a fault rule may have: a rule with any other is refused, not half-applied. */
export const faultRuleFields: readonly (keyof FaultRule)[] = ['kind', 'method', 'path', 'times', 'retryAfter', 'rateLimitReset', 'delayMs']

interface ActiveRule extends FaultRule {
  remaining: number
  matcher: (path: string) => boolean
}

export class FaultInjector {
  private rules: ActiveRule[] = []

  add(rule: FaultRule): void {
    if (rule === null || typeof rule !== 'object' || Array.isArray(rule)) throw new TypeError('a fault rule must be a JSON object, such as {"kind": "503", "path": "/import"}')
    refuseUnknown('fault rule field', Object.keys(rule), faultRuleFields)
    if (!faultKinds.includes(rule.kind)) throw new UnknownSandboxNameError('fault kind', [String(rule.kind)], faultKinds)
    const pattern = rule.path
    const matcher =
      pattern === undefined
        ? () => true
        : pattern.length > 2 && pattern.startsWith('/') && pattern.endsWith('/')
          ? (p: string) => new RegExp(pattern.slice(1, -1)).test(p)
          : (p: string) => p.includes(pattern)
    this.rules.push({ ...rule, remaining: rule.times ?? 1, matcher })
  }

  clear(): void {
    this.rules = []
  }

  /** The fault for this request, if a rule matches; counts it against the rule. */
  take(method: string, path: string): FaultRule | undefined {
    const rule = this.rules.find(
      (r) => r.remaining !== 0 && (r.method === undefined || r.method.toUpperCase() === method) && r.matcher(path),
    )
    if (!rule) return undefined
    if (rule.remaining > 0) rule.remaining--
    return rule
  }

  /** Answers with the fault, calling `next` for the faults that wrap the normal answer. */
  async apply(rule: FaultRule, req: IncomingMessage, res: ServerResponse, next: () => Promise<void>): Promise<void> {
    switch (rule.kind) {
      case '429':
      case '500':
      case '502':
      case '503': {
        req.resume()
        const status = Number(rule.kind)
        const headers: Record<string, string> = {}
        if (rule.retryAfter !== undefined) headers['retry-after'] = String(rule.retryAfter)
        if (status === 429) headers['ratelimit-remaining'] = '0'
        if (status === 429 && rule.rateLimitReset !== undefined) headers['ratelimit-reset'] = String(rule.rateLimitReset)
        sendJson(res, status, { message: `sandbox fault: HTTP ${status}` }, headers)
        return
      }
      case 'reset-before-body':
        req.socket.destroy()
        return
      case 'reset-after-body':
        dropReply(res)
        await next()
        return
      case 'stall':
        await delay(rule.delayMs ?? 600_000, undefined, { ref: false }).catch(() => {})
        if (!res.destroyed && !req.socket.destroyed) await next()
        return
      case 'slow':
        await delay(rule.delayMs ?? 2_000)
        await next()
        return
      case 'truncate':
        truncateReply(res)
        await next()
        return
      case 'malformed': {
        req.resume()
        const text = '{"status": "SUCC'
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': text.length })
        res.end(text)
        return
      }
    }
  }
}

/** The handler runs to the end (the platform did the work); the client gets a dropped connection. */
function dropReply(res: ServerResponse): void {
  const socket = res.socket
  const drop = () => {
    socket?.destroy()
    return res
  }
  res.writeHead = drop as unknown as ServerResponse['writeHead']
  res.write = (() => {
    socket?.destroy()
    return false
  }) as ServerResponse['write']
  res.end = drop as unknown as ServerResponse['end']
}

/** Lets half of the announced body through, then drops the connection. */
function truncateReply(res: ServerResponse): void {
  const socket = res.socket
  const write = res.write.bind(res) as (chunk: Buffer) => boolean
  let allowed: number | undefined
  let sent = 0
  const limit = () => {
    if (allowed === undefined) {
      const length = Number(res.getHeader('content-length'))
      allowed = Number.isFinite(length) && length > 1 ? Math.floor(length / 2) : 1
    }
    return allowed
  }
  const pass = (chunk: unknown): boolean => {
    if (chunk === undefined || chunk === null) return true
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk))
    const room = limit() - sent
    if (room > 0) {
      write(buffer.subarray(0, room))
      sent += Math.min(room, buffer.length)
    }
    if (sent >= limit()) {
      // Give the partial bytes a moment to leave, then cut the connection.
      setImmediate(() => socket?.destroy())
      return false
    }
    return true
  }
  res.write = ((chunk: unknown) => pass(chunk)) as ServerResponse['write']
  res.end = ((chunk?: unknown) => {
    if (typeof chunk !== 'function') pass(chunk)
    setImmediate(() => socket?.destroy())
    return res
  }) as ServerResponse['end']
}
