import { describe, expect, it } from 'vitest'
import { RatePacer } from '../src/core/http/pacer.js'

const headers = (limit: number, remaining: number, reset: number) => ({
  'ratelimit-limit': `${limit}, ${limit};w=60`,
  'ratelimit-remaining': String(remaining),
  'ratelimit-reset': String(reset),
})

describe('RatePacer', () => {
  it('lets requests go at once while the budget is ample', () => {
    const pacer = new RatePacer()
    pacer.observe(headers(1000, 900, 60), 0)
    expect([pacer.reserve(0), pacer.reserve(0), pacer.reserve(0)]).toEqual([0, 0, 0])
  })

  it('spends a low budget at once: the platform counts exactly, and a held-back request only ends the batch later', () => {
    const pacer = new RatePacer()
    pacer.observe(headers(1000, 4, 60), 0)
    expect([pacer.reserve(0), pacer.reserve(0), pacer.reserve(0), pacer.reserve(0), pacer.reserve(0)]).toEqual([0, 0, 0, 0, 60_000])
  })

  it('takes the requests still in flight off a reply that was counted before they arrived', () => {
    const pacer = new RatePacer()
    pacer.observe(headers(100, 20, 10), 0)
    // Sixteen go out; the first one's reply says 19 left, counted before the other fifteen arrived.
    const tickets = Array.from({ length: 16 }, () => (pacer.reserve(0), pacer.ticket()))
    pacer.observe(headers(100, 19, 10), 10, tickets[0])
    const waits = Array.from({ length: 5 }, () => pacer.reserve(10))
    expect(waits).toEqual([0, 0, 0, 0, 9_990])
  })

  it('no longer counts a request that got no reply as in flight', () => {
    const pacer = new RatePacer()
    const tickets = [pacer.ticket(), pacer.ticket(), pacer.ticket()]
    pacer.release(tickets[1]!)
    pacer.release(tickets[2]!)
    pacer.observe(headers(100, 3, 10), 0, tickets[0])
    expect([pacer.reserve(0), pacer.reserve(0), pacer.reserve(0), pacer.reserve(0)]).toEqual([0, 0, 0, 10_000])
  })

  it('ends the window at the earliest moment its replies allow, RateLimit-Reset being whole seconds', () => {
    const pacer = new RatePacer()
    // "Resets in 1 s" at 50 ms, and again at 900 ms: the window ends by 1,050 ms, not 1,900 ms.
    pacer.observe(headers(100, 50, 1), 50)
    pacer.observe(headers(100, 0, 1), 900)
    expect(pacer.reserve(900)).toBe(150)
    expect(pacer.reserve(1_050)).toBe(0)
  })

  it('lets a reply to a request of the window that is over neither spend the new one nor push its end', () => {
    const pacer = new RatePacer()
    const old = (pacer.reserve(0), pacer.ticket())
    pacer.observe(headers(100, 0, 1), 10, (pacer.reserve(0), pacer.ticket()))
    expect(pacer.reserve(500)).toBe(510)
    // The new window: its first request goes, then the old window's last reply arrives late.
    const fresh = (pacer.reserve(1_010), pacer.ticket())
    pacer.observe(headers(100, 0, 1), 1_050, old)
    expect([pacer.reserve(1_060), pacer.reserve(1_060)]).toEqual([0, 0])
    pacer.observe(headers(100, 2, 1), 1_070, fresh)
    expect([pacer.reserve(1_080), pacer.reserve(1_080), pacer.reserve(1_080)]).toEqual([0, 0, 990])
  })

  it('waits for the reset when the budget is spent, then lets the new window decide', () => {
    const pacer = new RatePacer()
    pacer.observe(headers(100, 0, 2), 1_000)
    expect(pacer.reserve(1_500)).toBe(1_500)
    expect(pacer.reserve(3_000)).toBe(0)
  })

  it('holds a retry no longer than the Retry-After of the same reply', () => {
    // A 429 saying "remaining 0, window resets in 120 s" and "Retry-After: 1": the server asked for 1 s.
    const pacer = new RatePacer()
    pacer.observe({ ...headers(100, 0, 120), 'retry-after': '1' }, 0)
    expect(pacer.reserve(1_000)).toBe(0)
    // Without Retry-After, the reset still decides.
    const plain = new RatePacer()
    plain.observe(headers(100, 0, 120), 0)
    expect(plain.reserve(1_000)).toBe(119_000)
  })

  it('counts its own requests between replies', () => {
    const pacer = new RatePacer()
    pacer.observe(headers(100, 12, 10), 0)
    const waits = Array.from({ length: 13 }, () => pacer.reserve(0))
    expect(waits.slice(0, 12)).toEqual(Array(12).fill(0))
    expect(waits.at(-1)).toBe(10_000)
  })

  it('does nothing without rate-limit headers', () => {
    const pacer = new RatePacer()
    pacer.observe({}, 0)
    expect(pacer.reserve(0)).toBe(0)
  })
})
