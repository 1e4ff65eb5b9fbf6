import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { JSON_PARSE_LIMIT } from '../src/core/limits.js'
import { startResultsService, type ResultsService } from '../src/sandbox/github/results-service.js'
import { startPlatformSandbox } from '../src/sandbox/server.js'
import { mb, MiB, timedAction, type TimedRun } from './action.js'
import { RSS_TARGET } from './large-files.js'
import { jsonFixtures, opaqueFixtures, type Fixture } from './memory-fixtures.js'
import { table, type Section } from './report.js'

/**
 * Peak memory of the action as a runner starts it (`node dist/index.js`, inputs as INPUT_*),
 * read from GNU time's maximum resident set (`/usr/bin/time -v`), for validate, import and export
 * of generated bundles: JSON files shaped like real workflow exports (many small nodes) from
 * 1 MiB to the parse limit, and opaque files up to 1 GiB. Export runs with `upload-artifact` at
 * its default (true), against the loopback artifact service. Target: under 150 MB everywhere.
 */

export interface MemoryOptions {
  /** JSON file sizes, bytes: each platform with a JSON file. */
  jsonSizes: number[]
  /** Opaque file sizes, bytes: Leapwork's package and SecMaster's kept-as-is export. */
  opaqueSizes: number[]
  platforms?: string[]
}

export const defaultMemoryOptions: MemoryOptions = {
  // Below and at the parse limit (parsed), and past it (handled as opaque: streamed, never held).
  jsonSizes: [1 * MiB, 2 * MiB, JSON_PARSE_LIMIT, 8 * MiB, 32 * MiB],
  opaqueSizes: [64 * MiB, 256 * MiB, 1024 * MiB],
}

interface Row {
  platform: string
  kind: 'JSON' | 'opaque'
  size: number
  op: string
  peak: number
  ms: number
  note?: string
}

export async function memoryBench(options: MemoryOptions = defaultMemoryOptions): Promise<Section> {
  const rows: Row[] = []
  const results = await startResultsService()
  try {
    const cases: [Fixture, number, Row['kind']][] = []
    for (const size of options.jsonSizes) for (const f of jsonFixtures) cases.push([f, size, 'JSON'])
    for (const size of options.opaqueSizes) for (const f of opaqueFixtures) cases.push([f, size, 'opaque'])
    for (const [fixture, size, kind] of cases) {
      if (options.platforms && !options.platforms.includes(fixture.platform)) continue
      rows.push(...(await measure(fixture, size, kind, results)))
    }
  } finally {
    await results.close()
  }
  const figures: Record<string, number> = {}
  for (const row of rows) figures[`${row.platform}-${row.kind}-${row.op}-${row.size}`] = row.peak
  const over = rows.filter((row) => row.peak >= RSS_TARGET)
  return {
    title: 'Memory',
    body: [
      table(
        ['platform', 'file', 'size', 'operation', 'peak RSS', 'vs 150 MB', 'time'],
        rows.map((r) => [r.platform, kindOf(r), mb(r.size), r.op, `${(r.peak / 1e6).toFixed(0)} MB`, `${(r.peak / RSS_TARGET).toFixed(2)}×${r.peak >= RSS_TARGET ? ' ✗' : ''}`, `${(r.ms / 1000).toFixed(1)} s`]),
      ),
      '',
      over.length === 0 ? 'Every run stays under the 150 MB target.' : `${over.length} of ${rows.length} runs are over the 150 MB target: ${over.map((r) => `${r.op} of ${r.platform}'s ${mb(r.size)} file (${kindOf(r)})`).join('; ')}.`,
      '',
      `MB are 10^6 bytes: GNU time's maximum resident set (KiB) × 1024. JSON is a workflow of many small nodes (short keys and values, nested objects and arrays); "JSON, parsed" is at most the parse limit (${mb(JSON_PARSE_LIMIT)}, src/core/limits.ts), "JSON, opaque" is past it and streamed as an opaque file. Leapwork's file is always its package (a zip, kept byte for byte) holding the flow. Opaque files: a Leapwork package of random bytes, and SecMaster's workflow.json (an opaque role, its bytes kept) of JSON past the parse limit. Export runs with upload-artifact at its default (true) against the loopback artifact service.`,
      '',
      ...NOTES,
      growth(rows),
      '',
      'Times are the whole step, wall clock, on whatever else the machine runs: this section is about memory.',
    ].join('\n'),
    figures,
  }
}

/** What the table rests on, and where the target is not met and why: printed under the table. */
const NOTES = [
  `**The parse limit** (\`JSON_PARSE_LIMIT\`, ${mb(JSON_PARSE_LIMIT)}, src/core/limits.ts). A parsed document costs several times`,
  'its size (an object per value beside the text it came from), and the action with the artifact client took about',
  '125 MB before any document when the limit was chosen (some 95 MiB since), so the 64 MiB limit flowferry had could',
  'not keep a step under 150 MB: 8 MiB already',
  'took an export to 177-215 MB. Workflows are built by hand in visual editors and the largest are hundreds of nodes, a',
  'few hundred kilobytes exported; 4 MiB is some 12,000 nodes of the usual fields, ten times past any real one. A',
  'larger JSON file is not refused: it is handled as an opaque file, streamed and never held (`validate` says it was not',
  'checked offline and names the limit; an export keeps its bytes and warns that redact-secrets could not search it).',
  '',
  '**What keeps memory flat.** Every JSON file is parsed once with `JSON.parse`, and its text walked only to place an',
  'error or a finding (no syntax tree); redaction finds secrets in the parsed value and writes the file in one pass;',
  'files are hashed as they are copied, unpacked, downloaded or written. After half a megabyte was parsed, a full',
  'collection runs between the stages of a run (checks, upload, bundle writing, artifact), so the peak is the largest',
  'stage, not their sum (src/core/memory.ts). Placeholders are searched for in the bytes as they stream, and a file is',
  'read whole only when it holds one. The artifact is stored, not deflated again, when most of its bytes are compressed',
  'already (a Leapwork package), and uploads two blocks at a time (one was worse: its streams then drain slower and fill).',
  "Dead buffers are collected as they go, young ones every few megabytes streamed and a full collection once they outgrow",
  "what the last one left: a chunk that waited in a stream's buffer has left the young generation, and V8 by itself frees",
  'it only after some 64 MiB more. A full collection also runs between a large download and the artifact upload. A Zuora',
  'import past the parse limit streams its file as the request body, gzipped on the way (src/core/http/body.ts).',
  '',
  '**Where the target is not met.** An export with `upload-artifact` of a large file, when the upload is slower than the',
  'disk: @actions/artifact loads some 35-40 MB of code and objects (Azure\'s blob SDK, archiver), then zips and uploads',
  'through 8 MiB buffers at several stages of its own (archiver\'s stream, its upload stream, each 8 MiB a side, 8 MiB',
  'gathered for the next block, a block per upload in flight): some 50-60 MiB alive once they fill, which no option of',
  'the client shrinks (its package exports only the whole client, and the buffer size is fixed in its code). On an idle',
  'loopback they stay nearly empty; on a loaded machine or a slow link they fill. It does not grow with the file.',
]

async function measure(fixture: Fixture, size: number, kind: Row['kind'], results: ResultsService): Promise<Row[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'flowferry-memory-'))
  const server = await startPlatformSandbox(fixture.platform, { jobs: { durationMs: 50, outcome: 'success' } })
  const rows: Row[] = []
  try {
    const bundle = await fixture.write(dir, size)
    const common = { platform: fixture.platform, 'base-url': server.url, ...server.app.inputs, ...fixture.inputs, 'poll-interval': '250ms', timeout: '30m' }
    const row = (op: string, run: TimedRun) => rows.push({ platform: fixture.platform, kind, size, op, peak: run.peakRss, ms: run.ms })
    row('validate', await timedAction(dir, { ...common, operation: 'validate', path: bundle.path }))
    const imported = await timedAction(dir, { ...common, operation: 'import', path: bundle.path, ...bundle.importInputs })
    row('import', imported)
    const id = imported.outputs['workflow-id']
    if (!id) throw new Error(`import of ${fixture.platform} ${mb(size)} gave no workflow-id`)
    const name = `mem-${fixture.platform}-${size}-${Date.now()}`
    row('export', await timedAction(dir, { ...common, operation: 'export', 'workflow-id': id, path: 'exported', 'artifact-name': name }, results.env))
    process.stderr.write(`  ${fixture.platform} ${kind} ${mb(size)}: ${rows.map((r) => `${r.op} ${(r.peak / 1e6).toFixed(0)} MB`).join(', ')}\n`)
  } finally {
    await server.close()
    await rm(dir, { recursive: true, force: true })
  }
  return rows
}

/** How an opaque export grows with the file, from this run's rows (not a figure of an older run). */
function growth(rows: Row[]): string {
  const exports = rows.filter((r) => r.kind === 'opaque' && r.op === 'export' && r.platform === 'leapwork').sort((a, b) => a.size - b.size)
  const [first, last] = [exports[0], exports.at(-1)]
  if (!first || !last || first === last) return ''
  return `In this run, a Leapwork package's export took ${(first.peak / 1e6).toFixed(0)} MB at ${mb(first.size)} and ${(last.peak / 1e6).toFixed(0)} MB at ${mb(last.size)}.`
}

function kindOf(row: Row): string {
  if (row.kind === 'opaque') return 'opaque'
  if (row.platform === 'leapwork') return 'JSON in a zip'
  return row.size <= JSON_PARSE_LIMIT ? 'JSON, parsed' : 'JSON, opaque'
}

// Run alone: `npx tsx bench/memory.ts [--json=1,2,4,8,32] [--opaque=64,256,1024] [--platforms=koreai,zuora] [--write]`
// (sizes in MiB); --write puts the section into docs/performance.md, keeping the others.
if (import.meta.url === `file://${process.argv[1]}`) {
  const flag = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1]
  const sizes = (name: string, fallback: number[]) => (flag(name) === undefined ? fallback : flag(name)!.split(',').filter(Boolean).map((v) => Number(v) * MiB))
  const section = await memoryBench({
    jsonSizes: sizes('json', defaultMemoryOptions.jsonSizes),
    opaqueSizes: sizes('opaque', defaultMemoryOptions.opaqueSizes),
    platforms: flag('platforms')?.split(','),
  })
  process.stdout.write(`## ${section.title}\n\n${section.body}\n`)
  if (process.argv.includes('--write')) {
    const { cpus, totalmem } = await import('node:os')
    const { writeSections } = await import('./doc.js')
    const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB RAM, Node ${process.version}, ${process.platform}`
    const command = ['npx tsx bench/memory.ts', ...process.argv.slice(2).filter((arg) => arg !== '--write')].join(' ')
    await writeSections(path.resolve(import.meta.dirname, '../docs/performance.md'), [section], { machine, date: new Date().toISOString().slice(0, 10), command })
  }
}
