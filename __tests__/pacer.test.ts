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

  it('spreads a low budget over the rest of the window', () => {
    const pacer = new RatePacer()
    pacer.observe(headers(1000, 4, 60), 0)
    expect([pacer.reserve(0), pacer.reserve(0), pacer.reserve(0), pacer.reserve(0)]).toEqual([0, 15_000, 30_000, 45_000])
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
    expect(waits.slice(0, 2)).toEqual([0, 0])
    expect(waits.at(-1)).toBe(10_000)
  })

  it('does nothing without rate-limit headers', () => {
    const pacer = new RatePacer()
    pacer.observe({}, 0)
    expect(pacer.reserve(0)).toBe(0)
  })
})
