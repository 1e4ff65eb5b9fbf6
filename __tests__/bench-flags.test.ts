import { describe, expect, it } from 'vitest'
import { durationFlag, durationsFlag, numbersFlag, parseArgs, sizesFlag } from '../bench/flags.js'
import { sweep } from '../bench/waiting.js'
import { floorMs, sequentialLine, sweepPoints, targetsOf } from '../bench/batch-floor.js'

describe('npm run bench flags', () => {
  it('takes sections by name or --sections, and flags as --name=value or --name value', () => {
    const { sections, flags } = parseArgs(['waiting', '--sections=startup,batches', '--lengths', '5s,3m,1h', '--poll-interval=1s', '--write'])
    expect(sections).toEqual(['waiting', 'startup', 'batches'])
    expect(durationsFlag(flags, 'lengths')).toEqual([5_000, 180_000, 3_600_000])
    expect(durationFlag(flags, 'poll-interval', 2_000)).toBe(1_000)
    expect(flags.has('write')).toBe(true)
  })

  it('refuses an unknown flag, a missing value and a bad duration, naming them', () => {
    expect(() => parseArgs(['--length=5s'])).toThrow(/unknown flag --length; known: .*--lengths/)
    expect(() => parseArgs(['--to'])).toThrow('--to needs a value (duration)')
    expect(() => durationFlag(parseArgs(['--to=soon']).flags, 'to', 0)).toThrow('--to=soon: not a duration')
  })

  it('takes sizes in bytes, KiB, MiB or GiB, and refuses one it cannot read, naming it', () => {
    const { flags } = parseArgs(['--json-sizes=512KiB,16MiB,1GiB,2048', '--opaque-sizes=1.5GB'])
    expect(sizesFlag(flags, 'json-sizes', [])).toEqual([512 * 1024, 16 * 1024 ** 2, 1024 ** 3, 2048])
    expect(sizesFlag(flags, 'opaque-sizes', [])).toEqual([1.5e9])
    expect(sizesFlag(flags, 'bundles-sizes-unset', [7])).toEqual([7])
    expect(() => sizesFlag(parseArgs(['--json-sizes=1MiB,lots']).flags, 'json-sizes', [])).toThrow("--json-sizes=1MiB,lots: 'lots' is not a size")
  })

  it('sweeps at least 12 log-spaced job lengths from 5 s to 1 h by default, 3 min among them', () => {
    const lengths = sweep(5_000, 3_600_000, 13)
    expect(lengths.length).toBeGreaterThanOrEqual(12)
    expect(lengths[0]).toBe(5_000)
    expect(lengths.at(-1)).toBe(3_600_000)
    expect(lengths).toContain(180_000)
    const ratios = lengths.filter((l) => l !== 180_000).map((l, i, all) => (i ? l / all[i - 1]! : 0)).slice(1)
    // evenly spaced on a log scale, to the whole second
    for (const ratio of ratios) expect(Math.abs(ratio / 720 ** (1 / 12) - 1)).toBeLessThan(0.1)
  })
})

describe('the batch floor', () => {
  it('is the slots\' chain of 200 ms jobs, or the last fixed window and the jobs it must still hold, whichever is later', () => {
    // 500 requests, 100 a window: the fifth window opens 4 s after the first request at the earliest.
    // With 4 slots, 4 status checks are left over from before it; the other 96 requests are 20
    // bundles imported inside it, 5 rows of jobs: 5 s, exactly the 25 jobs in a row of each slot.
    expect(floorMs(100, 4)).toEqual({ jobs: 5_000, rate: 5_000 })
    expect(floorMs(100, 1)).toEqual({ jobs: 20_000, rate: 8_000 })
    expect(floorMs(100, 8)).toEqual({ jobs: 2_600, rate: 4_600 })
    expect(floorMs(100, 32)).toEqual({ jobs: 800, rate: 4_200 })
    // One window's worth: no window to wait for, only the jobs.
    expect(floorMs(20, 4).rate).toBe(1_000)
    // 2 s jobs: the same windows, and the chain of jobs ten times as long.
    expect(floorMs(100, 4, 2_000)).toEqual({ jobs: 50_000, rate: 14_000 })
    expect(floorMs(300, 4)).toEqual({ jobs: 15_000, rate: 15_000 })
  })

  it('holds a point to the floor only where the limit binds, and to the sequential loop only where the floors allow 3.5×', () => {
    expect(targetsOf({ bundles: 100, jobMs: 200, concurrency: 4 })).toEqual({ floor: 5_000, rateBinds: true, possibleSpeedup: 4 })
    // 50 requests fit one window: the floor is the jobs' chain; 3 rounds of 4 can be 3.33× one at a time at most.
    expect(targetsOf({ bundles: 10, jobMs: 200, concurrency: 4 })).toMatchObject({ floor: 600, rateBinds: false })
    expect(targetsOf({ bundles: 10, jobMs: 200, concurrency: 4 }).possibleSpeedup).toBeCloseTo(10 / 3)
    expect(targetsOf({ bundles: 100, jobMs: 2_000, concurrency: 4 })).toMatchObject({ floor: 50_000, rateBinds: false, possibleSpeedup: 4 })
  })

  it('sweeps counts × job lengths × concurrencies, leaving out the points past the floor limit', () => {
    const { points, left } = sweepPoints([10, 100, 300], [200, 2_000], [4, 16], 20_000)
    expect(points).toHaveLength(9)
    expect(left).toEqual([
      { bundles: 100, jobMs: 2_000, concurrency: 4 },
      { bundles: 300, jobMs: 2_000, concurrency: 4 },
      { bundles: 300, jobMs: 2_000, concurrency: 16 },
    ])
  })

  it('draws the sequential loop as a start-up plus a time per bundle through two runs', () => {
    const line = sequentialLine({ bundles: 2, ms: 700 }, { bundles: 22, ms: 5_300 })
    expect(line.perBundleMs).toBe(230)
    expect(line.startMs).toBe(240)
    expect(line.at(100)).toBe(23_240)
  })
})

describe('batch flags', () => {
  it('take lists of counts, job lengths and concurrencies, and refuse a count that is not one', () => {
    const { flags } = parseArgs(['--bundles=10,50', '--job-lengths=200ms,2s', '--concurrencies', '4,32', '--max-floor=1m'])
    expect(numbersFlag(flags, 'bundles', [])).toEqual([10, 50])
    expect(durationsFlag(flags, 'job-lengths')).toEqual([200, 2_000])
    expect(numbersFlag(flags, 'concurrencies', [], 2)).toEqual([4, 32])
    expect(durationFlag(flags, 'max-floor', 0)).toBe(60_000)
    expect(() => numbersFlag(parseArgs(['--bundles=10,many']).flags, 'bundles', [])).toThrow('--bundles=many: a whole number of at least 1')
    expect(() => numbersFlag(parseArgs(['--concurrencies=1']).flags, 'concurrencies', [], 2)).toThrow('--concurrencies=1: a whole number of at least 2')
  })
})
