import { describe, expect, it } from 'vitest'
import { formatDuration, parseDuration } from '../src/core/duration.js'

describe('parseDuration', () => {
  it.each([
    ['90s', 90_000],
    ['10m', 600_000],
    ['1h', 3_600_000],
    ['1h30m', 5_400_000],
    ['45', 45_000],
    ['2.5', 2_500],
    ['500ms', 500],
    [' 2S ', 2_000],
  ])('reads %s', (text, ms) => expect(parseDuration(text)).toBe(ms))

  it.each(['', 'soon', '10 minutes', '-5s', '1d', 's', '10m5'])('rejects %j', (text) => expect(parseDuration(text)).toBeUndefined())
})

describe('formatDuration', () => {
  it.each([
    [0, '0ms'],
    [999, '999ms'],
    [1_000, '1s'],
    [95_000, '1m35s'],
    [3_600_000, '1h'],
    [3_661_000, '1h1m1s'],
  ])('%d ms → %s', (ms, text) => expect(formatDuration(ms)).toBe(text))
})
