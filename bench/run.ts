// npm run bench: every benchmark against the sandbox, each figure printed beside its baseline,
// measured in the same run. `npm run bench -- --help` lists the flags; `--write` also writes the
// sections that ran into docs/performance.md, keeping the others.
import { cpus, loadavg, totalmem } from 'node:os'
import path from 'node:path'
import { batchBench, defaultBatchOptions, type BatchOptions } from './batches.js'
import { writeSections } from './doc.js'
import { IN_MEMORY_DOCUMENT_LIMIT, JSON_PARSE_LIMIT } from '../src/core/limits.js'
import { MiB } from './action.js'
import { durationFlag, durationsFlag, numberFlag, numbersFlag, parseArgs, sizesFlag, usage } from './flags.js'
import { FILE_KINDS, largeFileBench, type LargeFileOptions } from './large-files.js'
import { defaultMemoryOptions, memoryBench, type MemoryOptions } from './memory.js'
import type { Section } from './report.js'
import { startupBench } from './startup.js'
import { sweep, waitingBench } from './waiting.js'
import type { WaitingOptions } from './waiting-report.js'

let args: ReturnType<typeof parseArgs>
let waiting: WaitingOptions
let largeFiles: LargeFileOptions
let memory: MemoryOptions
let batches: BatchOptions
let startupRuns: number
try {
  args = parseArgs(process.argv.slice(2))
  waiting = waitingOptions(args.flags)
  largeFiles = {
    // The range the targets speak of, to 1 GiB, by default: a shorter run is a flag away
    // (`--opaque-sizes=100MiB`), never the default a reader of the figures would assume.
    // Below, at and past the parse limit (4 MiB), and past the largest document read whole.
    jsonSizes: sizesFlag(args.flags, 'json-sizes', [MiB, JSON_PARSE_LIMIT, 2 * JSON_PARSE_LIMIT, 2 * IN_MEMORY_DOCUMENT_LIMIT]),
    // 10 MiB too: a package of that size is more common than one of 100 MiB, and a Kore.ai file
    // under 25 MB is uploaded in one request, not a chunk session (a path 100 MiB never takes).
    opaqueSizes: sizesFlag(args.flags, 'opaque-sizes', [10 * MiB, 100 * MiB, 1024 * MiB]),
    files: filesFlag(args.flags.get('files')),
    transferRuns: numberFlag(args.flags, 'transfer-runs', 5),
  }
  // Peak RSS over the whole range by default (to 1 GiB opaque): the target holds there or not at all.
  memory = {
    jsonSizes: sizesFlag(args.flags, 'json-sizes', defaultMemoryOptions.jsonSizes),
    opaqueSizes: sizesFlag(args.flags, 'opaque-sizes', defaultMemoryOptions.opaqueSizes),
  }
  batches = {
    counts: numbersFlag(args.flags, 'bundles', defaultBatchOptions.counts),
    jobLengths: durationsFlag(args.flags, 'job-lengths') ?? defaultBatchOptions.jobLengths,
    concurrencies: numbersFlag(args.flags, 'concurrencies', defaultBatchOptions.concurrencies, 2),
    maxFloorMs: durationFlag(args.flags, 'max-floor', defaultBatchOptions.maxFloorMs),
  }
  startupRuns = numberFlag(args.flags, 'runs', 21)
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n\n${usage()}\n`)
  process.exit(2)
}
if (args.flags.has('help')) {
  process.stdout.write(`${usage()}\n`)
  process.exit(0)
}

const benches: [string, () => Promise<Section>][] = [
  ['startup', () => startupBench(startupRuns)],
  ['waiting', () => waitingBench(waiting)],
  ['batches', () => batchBench(batches)],
  ['large-files', () => largeFileBench(largeFiles)],
  ['memory', () => memoryBench(memory)],
]
const unknown = args.sections.filter((name) => !benches.some(([known]) => known === name))
if (unknown.length > 0) {
  process.stderr.write(`unknown section ${unknown.join(', ')}; known: ${benches.map(([name]) => name).join(', ')}\n`)
  process.exit(2)
}

const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB RAM, Node ${process.version}, ${process.platform}`
const command = ['npm run bench --', ...process.argv.slice(2).filter((arg) => arg !== '--write')].join(' ').replace(/ --$/, '')
const sections: Section[] = []
for (const [name, bench] of benches) {
  if (args.sections.length > 0 && !args.sections.includes(name)) continue
  process.stderr.write(`running ${name}…\n`)
  const loadBefore = loadavg()[0]!
  const section = await bench()
  // The machine may be shared: the load says how far to trust absolute times. Every ratio is
  // against a baseline measured in the same run, under the same load.
  section.body += `\n\nLoad average (1 min) on this ${cpus().length}-core machine: ${loadBefore.toFixed(1)} before the section, ${loadavg()[0]!.toFixed(1)} after. Absolute times move with it; each ratio is against a baseline measured in the same run, under the same load.`
  sections.push(section)
  process.stdout.write(`\n## ${section.title}\n\n${section.body}\n`)
}
process.stdout.write(`\nMachine: ${machine}\n`)

if (args.flags.has('write')) {
  const file = path.resolve(import.meta.dirname, '../docs/performance.md')
  await writeSections(file, sections, { machine, date: new Date().toISOString().slice(0, 10), command })
  process.stderr.write(`wrote ${sections.map((s) => s.title).join(', ')} into docs/performance.md\n`)
}

function filesFlag(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined
  const files = text.split(',').filter(Boolean)
  const unknown = files.filter((file) => !FILE_KINDS.includes(file))
  if (files.length === 0 || unknown.length > 0) throw new Error(`--files=${text}: known kinds are ${FILE_KINDS.join(', ')}`)
  return files
}

function waitingOptions(flags: Map<string, string>): WaitingOptions {
  const stall = flags.get('stall') ?? '95@0.5'
  const match = /^(\d+(?:\.\d+)?)@(0?\.\d+|1)$/.exec(stall)
  if (!match || Number(match[1]) <= 0 || Number(match[1]) >= 100) throw new Error(`--stall=${stall}: a percentage under 100 and a share of the job, e.g. 95@0.5`)
  const from = durationFlag(flags, 'from', 5_000)
  const to = durationFlag(flags, 'to', 3_600_000)
  if (to < from) throw new Error(`--to (${flags.get('to')}) is shorter than --from (${flags.get('from') ?? '5s'})`)
  return {
    lengthsMs: durationsFlag(flags, 'lengths') ?? sweep(from, to, numberFlag(flags, 'points', 13, 2)),
    pollIntervalMs: durationFlag(flags, 'poll-interval', 2_000),
    fixedEveryMs: durationFlag(flags, 'fixed-every', 5_000),
    stall: { percent: Number(match[1]), after: Number(match[2]) },
    timeoutMs: durationFlag(flags, 'timeout', 3_000),
  }
}
