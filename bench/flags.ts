import { parseDuration } from '../src/core/duration.js'

/**
 * `npm run bench -- [section …] [--flag=value | --flag value …]`. Each flag is declared once, with
 * the help text `--help` prints; an unknown flag or a bad value stops the run, naming it.
 */
export interface FlagSpec {
  name: string
  value?: string
  help: string
}

export const FLAGS: FlagSpec[] = [
  { name: 'sections', value: 'names', help: 'the sections to run, comma-separated (same as naming them): startup, waiting, batches, large-files, memory' },
  { name: 'write', help: 'also write the sections that ran into docs/performance.md (the others are kept)' },
  { name: 'lengths', value: 'durations', help: 'waiting: the job lengths, comma-separated (e.g. 5s,3m,1h); instead of --from/--to/--points' },
  { name: 'from', value: 'duration', help: 'waiting: the shortest job of the log-spaced sweep (default 5s)' },
  { name: 'to', value: 'duration', help: 'waiting: the longest job of the sweep (default 1h)' },
  { name: 'points', value: 'n', help: 'waiting: how many log-spaced lengths (default 13; 3m is always added)' },
  { name: 'poll-interval', value: 'duration', help: "waiting: flowferry's poll-interval (default 2s)" },
  { name: 'fixed-every', value: 'duration', help: 'waiting: the fixed poller it is compared with (default 5s)' },
  { name: 'stall', value: 'percent@share', help: 'waiting: where stalling progress parks, and from which share of the job (default 95@0.5)' },
  { name: 'timeout', value: 'duration', help: 'waiting: the short timeout run through dist/index.js on a job that never ends (default 3s)' },
  { name: 'json-sizes', value: 'sizes', help: 'large-files and memory: JSON documents, comma-separated (large-files: 1MiB, the 4 MiB parse limit, twice it, 128MiB; memory: 1,2,4,8,32 MiB)' },
  { name: 'opaque-sizes', value: 'sizes', help: 'large-files and memory: packages and files above the parse limit (large-files, timed against curl: 10MiB,100MiB,1GiB; memory: 64MiB,256MiB,1GiB)' },
  { name: 'transfer-runs', value: 'n', help: 'large-files: how many times each transfer below 1 GiB is run, flowferry and curl in turn; the median pair is reported (default 5)' },
  { name: 'files', value: 'kinds', help: 'large-files: which files, comma-separated: koreai-json, secmaster, koreai-package, leapwork-package (default all; the last two are timed against curl)' },
  { name: 'bundles', value: 'counts', help: 'batches: how many bundles one step imports, comma-separated (default 10,100,300)' },
  { name: 'job-lengths', value: 'durations', help: "batches: how long the platform's jobs take, comma-separated (default 200ms,2s)" },
  { name: 'concurrencies', value: 'counts', help: 'batches: the `concurrency` values, comma-separated (default 4,16; the sequential loop is always measured)' },
  { name: 'max-floor', value: 'duration', help: 'batches: leave out the points whose floor is longer, naming them (default 60s)' },
  { name: 'runs', value: 'n', help: 'startup: how many pairs of runs, flowferry and `node -e ""` in turn (default 21)' },
  { name: 'help', help: 'print this' },
]

export interface ParsedArgs {
  sections: string[]
  flags: Map<string, string>
}

export function parseArgs(argv: string[]): ParsedArgs {
  const sections: string[] = []
  const flags = new Map<string, string>()
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (!arg.startsWith('--')) {
      sections.push(...arg.split(',').filter(Boolean))
      continue
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined]
    const spec = FLAGS.find((flag) => flag.name === name)
    if (!spec) throw new Error(`unknown flag --${name}; known: ${FLAGS.map((flag) => `--${flag.name}`).join(', ')}`)
    let value = inline ?? ''
    if (spec.value && inline === undefined) {
      value = argv[++i] ?? ''
      if (!value || value.startsWith('--')) throw new Error(`--${name} needs a value (${spec.value})`)
    }
    if (name === 'sections') sections.push(...value.split(',').filter(Boolean))
    else flags.set(name, value)
  }
  return { sections, flags }
}

export function usage(): string {
  return ['npm run bench -- [section …] [flags]', ...FLAGS.map((flag) => `  --${flag.name}${flag.value ? `=<${flag.value}>` : ''}  ${flag.help}`)].join('\n')
}

export function durationFlag(flags: Map<string, string>, name: string, fallback: number): number {
  const text = flags.get(name)
  if (text === undefined) return fallback
  const ms = parseDuration(text)
  if (ms === undefined || ms <= 0) throw new Error(`--${name}=${text}: not a duration (e.g. 500ms, 5s, 3m, 1h)`)
  return ms
}

export function durationsFlag(flags: Map<string, string>, name: string): number[] | undefined {
  const text = flags.get(name)
  if (text === undefined) return undefined
  return text.split(',').map((part) => durationFlag(new Map([[name, part]]), name, 0))
}

export function numberFlag(flags: Map<string, string>, name: string, fallback: number, min = 1): number {
  const text = flags.get(name)
  if (text === undefined) return fallback
  const value = Number(text)
  if (!Number.isInteger(value) || value < min) throw new Error(`--${name}=${text}: a whole number of at least ${min}`)
  return value
}

export function numbersFlag(flags: Map<string, string>, name: string, fallback: number[], min = 1): number[] {
  const text = flags.get(name)
  if (text === undefined) return fallback
  return text.split(',').map((part) => numberFlag(new Map([[name, part]]), name, 0, min))
}

const UNITS: Record<string, number> = { b: 1, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3, kb: 1e3, mb: 1e6, gb: 1e9 }

/** A size: bytes, or a number with KiB, MiB, GiB (or KB, MB, GB). */
export function parseSize(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim())
  const unit = match && UNITS[(match[2] || 'b').toLowerCase()]
  return unit ? Math.round(Number(match[1]) * unit) : undefined
}

export function sizesFlag(flags: Map<string, string>, name: string, fallback: number[]): number[] {
  const text = flags.get(name)
  if (text === undefined) return fallback
  return text.split(',').map((part) => {
    const size = parseSize(part)
    if (size === undefined || size < 1) throw new Error(`--${name}=${text}: '${part}' is not a size (e.g. 512KiB, 16MiB, 1GiB)`)
    return size
  })
}
