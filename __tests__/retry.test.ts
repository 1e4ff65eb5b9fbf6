import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { backoffDelay, backoffFloor, defaultRetryPolicy, parseRetryAfter, retryAfterDelay } from '../src/core/http/retry.js'
import { certificateRefused, describeCause } from '../src/core/http/retry-wait.js'
import { MAX_TIMER_MS, sleep, timeoutSignal, timerMs } from '../src/core/timers.js'

const runs = { numRuns: 300, seed: 20261125 }
const policy = defaultRetryPolicy
const attempt = fc.integer({ min: 1, max: 10 })
const random = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true })

describe('retry pauses', () => {
  it('backoff lies between the floor (half the ceiling) and the ceiling', () => {
    fc.assert(
      fc.property(attempt, random, (n, r) => {
        const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (n - 1))
        const delay = backoffDelay(n, policy, () => r)
        expect(delay).toBeGreaterThanOrEqual(Math.floor(ceiling / 2))
        expect(delay).toBeLessThanOrEqual(ceiling)
      }),
      runs,
    )
  })

  it('a Retry-After never brings the pause under the floor, and never past what a timer holds (plus jitter)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constant(0), fc.nat(), fc.double({ min: 0, max: 1e15, noNaN: true })), attempt, random, (ms, n, r) => {
        const delay = retryAfterDelay(ms, n, policy, () => r)
        expect(delay).toBeGreaterThanOrEqual(Math.max(Math.min(ms, MAX_TIMER_MS), backoffFloor(n, policy)))
        expect(delay).toBeLessThanOrEqual(MAX_TIMER_MS + 1000)
      }),
      runs,
    )
    expect(backoffFloor(1, policy)).toBe(250)
    expect(retryAfterDelay(0, 1, policy, () => 0)).toBe(250)
    expect(retryAfterDelay(10_000, 1, policy, () => 0.5)).toBe(10_500)
  })

  it('parses Retry-After as seconds or a date, capped to a timer, and nothing else', () => {
    const now = Date.parse('2026-11-25T10:00:00Z')
    expect(parseRetryAfter('0', now)).toBe(0)
    expect(parseRetryAfter('2.5', now)).toBe(2500)
    expect(parseRetryAfter('99999999999', now)).toBe(MAX_TIMER_MS)
    expect(parseRetryAfter('Wed, 25 Nov 2026 10:00:30 GMT', now)).toBe(30_000)
    expect(parseRetryAfter('Thu, 01 Jan 1970 00:00:00 GMT', now)).toBe(0)
    expect(parseRetryAfter('soon', now)).toBeUndefined()
    fc.assert(
      fc.property(fc.string(), (text) => {
        const ms = parseRetryAfter(text, now)
        expect(ms === undefined || (ms >= 0 && ms <= MAX_TIMER_MS)).toBe(true)
      }),
      runs,
    )
  })
})

describe('timers', () => {
  it('a delay past the timer range is clamped for libraries, not turned into 1 ms', () => {
    expect(timerMs(600 * 3_600_000)).toBe(MAX_TIMER_MS)
    expect(timerMs(Number.POSITIVE_INFINITY)).toBe(MAX_TIMER_MS)
    expect(timerMs(0)).toBe(1)
    expect(timerMs(1500.2)).toBe(1501)
  })

  it('a timeout signal past the timer range does not abort at once', async () => {
    const signal = timeoutSignal(600 * 3_600_000)
    await sleep(50)
    expect(signal.aborted).toBe(false)
    expect(timeoutSignal(1)).toBeInstanceOf(AbortSignal)
  })

  it('a long sleep is not cut short, and it ends when its signal aborts', async () => {
    const controller = new AbortController()
    let ended = false
    const sleeping = sleep(2000 * 3_600_000, controller.signal).finally(() => (ended = true))
    await sleep(50)
    expect(ended).toBe(false)
    controller.abort(new Error('stop'))
    await expect(sleeping).rejects.toMatchObject({ name: 'AbortError' })
  })
})

describe('network failures in words', () => {
  it("a refused certificate's names (the server's words) reach the message on one line, cut short", () => {
    const names = Array.from({ length: 400 }, (_, i) => `DNS:host-${i}.example`).join(', ')
    const error = Object.assign(new Error(`Hostname/IP does not match certificate's altnames: Host: platform.test. is not in the cert's altnames: ${names}\n::error::injected`), {
      code: 'ERR_TLS_CERT_ALTNAME_INVALID',
    })
    const message = certificateRefused('export the workflow', error).message
    expect(message).toContain('ERR_TLS_CERT_ALTNAME_INVALID: Hostname/IP does not match')
    expect(message).not.toContain('\n')
    expect(message.length).toBeLessThan(450)
    expect(describeCause(error).length).toBeLessThanOrEqual('ERR_TLS_CERT_ALTNAME_INVALID: '.length + 301)
  })
})
