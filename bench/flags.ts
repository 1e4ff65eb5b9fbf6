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
  { name: 'sections', value: 'names', help: 'the sections to run, comma-separated (same as naming them): startup, waiting, batches, large-files' },
  { name: 'write', help: 'also write the sections that ran into docs/performance.md (the others are kept)' },
  { name: 'lengths', value: 'durations', help: 'waiting: the job lengths, comma-separated (e.g. 5s,3m,1h); instead of --from/--to/--points' },
  { name: 'from', value: 'duration', help: 'waiting: the shortest job of the log-spaced sweep (default 5s)' },
  { name: 'to', value: 'duration', help: 'waiting: the longest job of the sweep (default 1h)' },
  { name: 'points', value: 'n', help: 'waiting: how many log-spaced lengths (default 13; 3m is always added)' },
  { name: 'poll-interval', value: 'duration', help: "waiting: flowferry's poll-interval (default 2s)" },
  { name: 'fixed-every', value: 'duration', help: 'waiting: the fixed poller it is compared with (default 5s)' },
  { name: 'stall', value: 'percent@share', help: 'waiting: where stalling progress parks, and from which share of the job (default 95@0.5)' },
  { name: 'timeout', value: 'duration', help: 'waiting: the short timeout run through dist/index.js on a job that never ends (default 3s)' },
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
