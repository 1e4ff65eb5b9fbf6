import { mkdtemp, readdir, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { JSON_PARSE_LIMIT } from '../src/core/limits.js'
import { PARSE_LIMIT as SECMASTER_PARSE_LIMIT } from '../src/sandbox/emulators/secmaster/store.js'
import { startResultsService } from '../src/sandbox/github/results-service.js'
import { startPlatformSandbox, type PlatformSandboxServer } from '../src/sandbox/server.js'
import { mb, MiB, ratio, timedAction, type TimedRun } from './action.js'
import { koreaiBundle, koreaiPackage, leapworkPackage, secmasterBundle, type BenchBundle } from './fixtures.js'
import { table, type Section } from './report.js'
import { curlBaseline, KOREAI_CHUNK, KOREAI_SINGLE, requestsPhase, transferTable, type CurlBaseline, type TransferCase } from './transfers.js'

export interface LargeFileOptions {
  /** JSON documents flowferry parses: below the parse limit, at it, and above it. */
  jsonSizes: number[]
  /** Opaque files (packages, files above the parse limit), up to a gigabyte. */
  opaqueSizes: number[]
  /** The kinds of file to run (their `id`s), all when undefined. */
  files?: string[]
  /** How many times each transfer below 1 GiB is measured, flowferry's and curl's in turn (the medians are reported). */
  transferRuns: number
}

/**
 * Files of this size or more are transferred once: their transfers last seconds, where one run's
 * noise weighs little, and each run of them costs tens of seconds of the bench.
 */
const ONE_RUN_FROM = 1024 * 1024 * 1024

/** Peak RSS the issue allows for validate, import and export: 150 MB. */
export const RSS_TARGET = 150_000_000
/** The baseline of every memory figure: the same step on a bundle of this size. */
const TINY = 1024
/** The steps' poll-interval; curl checks a Kore.ai export job as often (bench/transfers.ts). */
const POLL_MS = 250

interface Kind {
  /** What `--files` calls it. */
  id: string
  name: string
  platform: string
  make: (workspace: string, name: string, size: number) => Promise<BenchBundle>
  sizes: (options: LargeFileOptions) => number[]
  /** The requests that carry the file, up and down, as the sandbox records them. */
  upload: RegExp
  /** The upload's requests when `upload` matches none (a file small enough for one request). */
  uploadAlone?: RegExp
  download: RegExp
  transfers?: TransferCase
  /** Inputs an import needs to run again in the same sandbox (Kore.ai refuses a second workflow of one name). */
  again?: (run: number) => Record<string, string>
}

const KINDS: Kind[] = [
  { id: 'koreai-json', name: 'Kore.ai bundle (JSON flow)', platform: 'koreai', make: koreaiBundle, sizes: (o) => o.jsonSizes, upload: /^\/api\/public\/files/, download: /^\/api\/v1\/account\/exports\// },
  {
    id: 'secmaster',
    name: 'SecMaster file (JSON, kept byte for byte)',
    platform: 'secmaster',
    make: secmasterBundle,
    sizes: (o) => [...new Set([...o.jsonSizes, ...o.opaqueSizes])].sort((a, b) => a - b),
    upload: /\/import$/,
    download: /\/export$/,
  },
  {
    id: 'koreai-package',
    name: 'Kore.ai package (zip)',
    platform: 'koreai',
    make: koreaiPackage,
    sizes: (o) => o.opaqueSizes,
    // The flow's chunks: not the session's start, not its complete (where the sandbox joins the
    // chunks on disk; in the whole step, for curl's session too), not the two small files beside
    // it. A flow under the single-request limit (25 MB) has no chunks: its one request then, and
    // the two small files' sent with it (for curl too: bench/koreai-curl.ts).
    upload: KOREAI_CHUNK,
    uploadAlone: KOREAI_SINGLE,
    download: /^\/api\/v1\/account\/exports\//,
    transfers: 'koreai',
    again: (run) => ({ 'workflow-name': `Large-run${run}` }),
  },
  { id: 'leapwork-package', name: 'Leapwork package (zip)', platform: 'leapwork', make: leapworkPackage, sizes: (o) => o.opaqueSizes, upload: /^\/api\/v4\/import\//, download: /^\/api\/v4\/export\//, transfers: 'leapwork' },
]

interface Measured {
  kind: Kind
  size: number
  validate: TimedRun
  /** One per run, in the order they ran; curl's beside each (transfer cases only). */
  runs: { imported: StepRun; exported: StepRun & { bytes: number }; curl?: CurlBaseline }[]
}

interface StepRun {
  ms: number
  phaseMs: number
  peakRss: number
}

/** A step's peak RSS: the highest of its runs. */
const peak = (m: Measured, step: 'imported' | 'exported') => Math.max(...m.runs.map((run) => run[step].peakRss))

/**
 * Large files, each step a run of `node dist/index.js` with the defaults on (redact-secrets, and
 * upload-artifact against a loopback artifact service): validate, import and export of each kind
 * of file at each size, peak RSS beside the same step on a 1 KiB bundle (how flat memory is) and
 * the 150 MB target; then, from the same runs, the transfers beside curl moving the same bytes.
 */
export async function largeFileBench(options: LargeFileOptions): Promise<Section> {
  const memoryRows: string[][] = []
  const measured: Measured[] = []
  const figures: Record<string, number> = {}
  for (const kind of KINDS.filter((k) => !options.files || options.files.includes(k.id))) {
    const base = await measure(kind, TINY, 1)
    for (const size of kind.sizes(options)) {
      process.stderr.write(`  ${kind.name}, ${mb(size)}…\n`)
      const run = await measure(kind, size, kind.transfers && size < ONE_RUN_FROM ? options.transferRuns : 1)
      measured.push(run)
      for (const [step, value, baseline] of [
        ['validate', run.validate.peakRss, base.validate.peakRss],
        ['import', peak(run, 'imported'), peak(base, 'imported')],
        ['export', peak(run, 'exported'), peak(base, 'exported')],
      ] as const) {
        memoryRows.push([kind.name, mb(size), parsed(kind, size), step, mb(value), mb(baseline), ratio(value, baseline), value < RSS_TARGET ? 'yes' : '**no**'])
        figures[`rss-${kind.platform}-${kind.make.name}-${step}-${size}`] = value
      }
    }
  }
  const transfers = transferTable(
    measured.flatMap((m) => {
      const transfers = m.kind.transfers
      if (!transfers || m.size <= TINY) return []
      return [{ transfers, size: m.size, runs: m.runs.flatMap((run) => (run.curl ? [{ imported: run.imported, exported: run.exported, curl: run.curl }] : [])) }]
    }),
  )
  Object.assign(figures, transfers.figures)
  return {
    title: 'Large files',
    body: [
      `Peak RSS of \`node dist/index.js\` (GNU time's maximum resident set), each step beside the same step on a 1 KiB file (a file timed against curl below 1 GiB runs its import and export several times: the highest peak of them). Defaults on: \`redact-secrets: true\`, and \`upload-artifact: true\` against a loopback artifact service. JSON is parsed up to ${mb(JSON_PARSE_LIMIT)} (\`JSON_PARSE_LIMIT\`, src/core/limits.ts); a larger file is handled as an opaque one, streamed through, never held.`,
      '',
      table(['file', 'size', 'parsed', 'step', 'peak RSS', 'same step, 1 KiB', 'ratio', 'under 150 MB'], memoryRows),
      '',
      transfers.body,
    ].join('\n'),
    figures,
  }
}

/** The `id`s `--files` takes. */
export const FILE_KINDS = KINDS.map((kind) => kind.id)

function parsed(kind: Kind, size: number): string {
  if (kind.platform === 'leapwork') return 'no (kept byte for byte)'
  return size <= JSON_PARSE_LIMIT ? 'yes' : 'no (above the limit)'
}

/**
 * Validate, import and export of one file, in a workspace and sandbox of their own; the import and
 * export `runs` times, each followed by curl's transfers (transfer cases), so that each pair ran
 * under the same load.
 */
async function measure(kind: Kind, size: number, runs: number): Promise<Measured> {
  const workspace = await mkdtemp(path.join(tmpdir(), 'flowferry-large-'))
  const server = await startPlatformSandbox(kind.platform, { jobs: { durationMs: 100, outcome: 'success' } })
  const artifacts = await startResultsService()
  try {
    // The SecMaster sandbox names a workflow too large for it to parse after its file (workflow.json).
    const name = kind.platform === 'secmaster' && size > SECMASTER_PARSE_LIMIT ? 'workflow' : `Large${size}`
    const bundle = await kind.make(workspace, name, size)
    const common = { platform: kind.platform, 'base-url': server.url, ...credentials(server), 'poll-interval': `${POLL_MS}ms`, timeout: '30m' }
    const validate = await timedAction(workspace, { platform: kind.platform, operation: 'validate', path: bundle.path })
    const measured: Measured['runs'] = []
    for (let run = 0; run < runs; run++) {
      const before = server.requests.length
      const importRun = await timedAction(workspace, { ...common, operation: 'import', path: bundle.path, ...bundle.importInputs, ...(run > 0 ? kind.again?.(run) : {}) })
      const chunked = await requestsPhase(server, before, kind.upload)
      const importPhase = Number.isNaN(chunked) && kind.uploadAlone ? await requestsPhase(server, before, kind.uploadAlone) : chunked
      const workflowId = importRun.outputs['workflow-id']
      if (!workflowId) throw new Error(`${kind.name}: the import gave no workflow-id`)
      const beforeExport = server.requests.length
      const exportDir = `exported-${run}`
      const exportRun = await timedAction(workspace, { ...common, operation: 'export', 'workflow-id': workflowId, path: exportDir }, artifacts.env)
      if (!exportRun.outputs['artifact-id']) throw new Error(`${kind.name}: the export uploaded no artifact`)
      const exportPhase = await requestsPhase(server, beforeExport, kind.download)
      const bytes = downloaded(server, beforeExport, kind.download)
      const curl =
        kind.transfers && size > TINY ? await curlBaseline(kind.transfers, server, bundle.upload!, await largest(path.join(workspace, exportDir)), artifacts, kind.download, workspace, POLL_MS) : undefined
      await rm(path.join(workspace, exportDir), { recursive: true, force: true })
      measured.push({ imported: { ms: importRun.ms, phaseMs: importPhase, peakRss: importRun.peakRss }, exported: { ms: exportRun.ms, phaseMs: exportPhase, peakRss: exportRun.peakRss, bytes }, curl })
    }
    return { kind, size, validate, runs: measured }
  } finally {
    await artifacts.close()
    await server.close()
    await rm(workspace, { recursive: true, force: true })
  }
}

/** The inputs that sign in to a platform's sandbox; SecMaster with a token (AK/SK signs 12 MB at most). */
function credentials(server: PlatformSandboxServer): Record<string, string> {
  const inputs = { ...server.app.inputs }
  if (server.platform === 'secmaster') {
    delete inputs['access-key-id']
    delete inputs['secret-access-key']
    inputs.token = 'MIIsandbox-iam-token-7f3e9a1c2b4d'
  }
  return inputs
}

/** The bytes of the export's download, as the sandbox sent them. */
function downloaded(server: PlatformSandboxServer, from: number, pattern: RegExp): number {
  return server.requests.slice(from).filter((r) => pattern.test(r.path)).reduce((sum, r) => sum + (r.bytes ?? 0), 0)
}

/** The largest file of a directory: what the artifact upload spends its time on. */
async function largest(dir: string): Promise<string> {
  let best = { file: '', size: -1 }
  for (const name of await readdir(dir)) {
    const { size } = await stat(path.join(dir, name))
    if (size > best.size) best = { file: path.join(dir, name), size }
  }
  return best.file
}

export { MiB }
