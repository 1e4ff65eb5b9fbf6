import { rm } from 'node:fs/promises'
import path from 'node:path'
import type { ResultsService } from '../src/sandbox/github/results-service.js'
import type { PlatformSandboxServer } from '../src/sandbox/server.js'
import { curl, mb, MiB } from './action.js'
import { koreaiExportJob, koreaiImport } from './koreai-curl.js'
import { table } from './report.js'

/** The platforms whose transfers are set beside curl's: a chunked upload session, and one streamed multipart upload. */
export type TransferCase = 'koreai' | 'leapwork'

/** Throughput the issue asks of the transfer itself, and how much longer the whole step may take than curl (stated for a 1 GiB file only). */
export const TRANSFER_TARGET = 0.8
export const STEP_TARGET = 2
/** Below it the step's start-up and job weigh more than its bytes: the ratio is shown, not held to a target the issue does not set. */
const STEP_TARGET_SIZE = 1024 * MiB

export interface CurlBaseline {
  /** Wall time of curl's processes (for Kore.ai, with the import job after the upload), and the transfer timed on the sandbox's side, ms. */
  uploadMs: number
  uploadPhaseMs: number
  downloadMs: number
  downloadPhaseMs: number
  /** curl putting the bytes of the exported bundle to the artifact store, ms. */
  artifactMs: number
}

export interface TransferRun {
  transfers: TransferCase
  size: number
  /** Each run of flowferry's steps with curl's right after it, under the same load. */
  runs: { imported: { ms: number; phaseMs: number }; exported: { ms: number; phaseMs: number; bytes: number }; curl: CurlBaseline }[]
}

/**
 * The run whose ratio (`ratioOf`) is the median of the runs' (the lower middle one of an even
 * count): its figures are printed together, so that a row's rates and times give its ratio. A
 * ratio is taken within one pair of runs, flowferry's and curl's right after it, since the load
 * of a shared machine moves between pairs more than within one.
 */
function medianRun<T>(runs: T[], ratioOf: (run: T) => number): T {
  const sorted = [...runs].sort((a, b) => ratioOf(a) - ratioOf(b))
  return sorted[Math.floor((sorted.length - 1) / 2)]!
}

/**
 * curl moving the bytes flowferry moved, against the same sandbox on the same loopback: the upload
 * as the platform takes it (Leapwork: one multipart request; Kore.ai: a chunk session, since its
 * documentation allows one request only under 25 MB), the download from the path flowferry's
 * export used, and the exported bundle put to the artifact store as one block. The sandbox times each transfer the same way for both (first request's
 * arrival to its reply's last byte).
 *
 * Each side does the whole of the job it is compared on. curl saves the download to a file in the
 * same workspace (`scratch`), as the export does: with `-o /dev/null` curl's figure left out the
 * disk that flowferry's includes, and the transfer ratio measured the disk, not the client. Its
 * block is committed with a block list, as @actions/artifact commits its blocks, so both sides
 * pay the store's commit (https://learn.microsoft.com/rest/api/storageservices/put-block-list).
 *
 * A Kore.ai export is a job: the platform builds the package after the export call, and the step
 * downloads it once the job has ended. curl starts the export and checks its job too, as often as
 * flowferry may (`pollMs`, the step's poll-interval), before its download. Without them curl's
 * figure left out the platform's own work, which flowferry's step cannot: the sandbox writing a
 * 100 MiB package inside the export call took 0.5 s of a 2.6 s step, measured against 0.9 s of curl.
 */
export async function curlBaseline(
  kind: TransferCase,
  server: PlatformSandboxServer,
  file: string,
  artifactFile: string,
  artifacts: ResultsService,
  download: RegExp,
  scratch: string,
  pollMs: number,
): Promise<CurlBaseline> {
  const key = server.app.inputs['api-key']!
  const auth = kind === 'koreai' ? `x-api-key: ${key}` : `AccessKey: ${key}`
  const exportRequest = [...server.requests].reverse().find((r) => download.test(r.path))
  if (!exportRequest) throw new Error(`${kind}: no export request to repeat`)
  let from = server.requests.length
  let uploadMs: number
  if (kind === 'koreai') {
    uploadMs = await koreaiImport(server, auth, file, scratch, pollMs)
  } else {
    const importRequest = server.requests.find((r) => /^\/api\/v4\/import\//.test(r.path))!
    uploadMs = await curl(['-H', auth, '-F', `zip file=@${file};type=application/zip`, `${server.url}${importRequest.path}`])
  }
  // A Kore.ai flow under 25 MB goes in one request, not a session, beside the bundle's two small
  // files: then those requests are the transfer, as they are for flowferry (large-files.ts).
  const chunks = kind === 'koreai' ? await requestsPhase(server, from, KOREAI_CHUNK) : Number.NaN
  const singles = kind === 'koreai' && Number.isNaN(chunks) ? await requestsPhase(server, from, KOREAI_SINGLE) : Number.NaN
  const uploadPhaseMs = !Number.isNaN(chunks) ? chunks : !Number.isNaN(singles) ? singles : await lastPhase(server, from)
  const saved = path.join(scratch, '.curl-download')
  const started = performance.now()
  let url = `${server.url}${exportRequest.path}`
  if (kind === 'koreai') url = await koreaiExportJob(server, auth, pollMs)
  from = server.requests.length
  await curl(['-H', auth, '-X', kind === 'koreai' ? 'GET' : exportRequest.method, url], saved)
  const downloadMs = performance.now() - started
  const downloadPhaseMs = await lastPhase(server, from)
  await rm(saved, { force: true })
  const artifactMs = await curlArtifact(artifacts, artifactFile)
  return { uploadMs, uploadPhaseMs, downloadMs, downloadPhaseMs, artifactMs }
}

/** The requests since `from` whose path matches `pattern`: the first one's arrival to the last byte of the last reply, ms (NaN when none). */
export async function requestsPhase(server: PlatformSandboxServer, from: number, pattern: RegExp): Promise<number> {
  const requests = server.requests.slice(from).filter((r) => pattern.test(r.path))
  if (requests.length === 0) return Number.NaN
  // The client can exit before the server has handled the 'finish' of its last reply.
  for (let i = 0; requests.some((r) => r.done === undefined) && i < 1000; i++) await new Promise((resolve) => setTimeout(resolve, 1))
  return Math.max(...requests.map((r) => r.done ?? Number.NaN)) - Math.min(...requests.map((r) => r.at))
}

/** A Kore.ai session's chunks: not its start, not its complete. */
export const KOREAI_CHUNK = /^\/api\/public\/files\/session\/(?!start$)[^/]+$/
/** Kore.ai's uploads in one request: a flow under 25 MB, and the bundle's two small files beside it. */
export const KOREAI_SINGLE = /^\/api\/public\/files$/

/** Puts a file to the artifact store as one block and commits it, the way its blob client uploads (a signed URL from CreateArtifact). */
async function curlArtifact(artifacts: ResultsService, file: string): Promise<number> {
  const reply = await fetch(`${artifacts.url}/twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: `curl-${Date.now()}`, version: 4 }),
  })
  const { signed_upload_url: url } = (await reply.json()) as { signed_upload_url: string }
  const block = Buffer.from('block-0').toString('base64')
  const put = await curl(['-X', 'PUT', '-H', 'x-ms-blob-type: BlockBlob', '-T', file, `${url}&comp=block&blockid=${encodeURIComponent(block)}`])
  const list = `<?xml version="1.0" encoding="utf-8"?><BlockList><Latest>${block}</Latest></BlockList>`
  return put + (await curl(['-X', 'PUT', '--data-binary', list, `${url}&comp=blocklist`]))
}

/** The first request since `from`, arrival to the last byte of its reply (curl can exit before the server's 'finish' event is handled). */
async function lastPhase(server: PlatformSandboxServer, from: number): Promise<number> {
  const request = server.requests[from]
  if (!request) return Number.NaN
  for (let i = 0; request.done === undefined && i < 1000; i++) await new Promise((resolve) => setTimeout(resolve, 1))
  return (request.done ?? Number.NaN) - request.at
}

/** The transfers table: each transfer beside curl's, then each whole step beside curl doing its transfers. */
export function transferTable(runs: TransferRun[]): { body: string; figures: Record<string, number> } {
  const rows: string[][] = []
  const figures: Record<string, number> = {}
  const rate = (bytes: number, ms: number) => `${(bytes / MiB / (ms / 1000)).toFixed(0)} MiB/s`
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`
  const verdict = (ok: boolean) => (ok ? 'yes' : '**no**')
  const stepVerdict = (size: number, step: number) => (size === STEP_TARGET_SIZE ? verdict(step <= STEP_TARGET) : '— (set for 1 GiB)')
  for (const { transfers, size, runs: pairs } of runs) {
    const upOf = (run: (typeof pairs)[number]) => run.curl.uploadPhaseMs / run.imported.phaseMs
    const downOf = (run: (typeof pairs)[number]) => run.curl.downloadPhaseMs / run.exported.phaseMs
    const importStepOf = (run: (typeof pairs)[number]) => run.imported.ms / run.curl.uploadMs
    const exportStepOf = (run: (typeof pairs)[number]) => run.exported.ms / (run.curl.downloadMs + run.curl.artifactMs)
    const [upRun, downRun, importRun, exportRun] = [upOf, downOf, importStepOf, exportStepOf].map((ratioOf) => medianRun(pairs, ratioOf))
    const [up, down, importStep, exportStep] = [upOf(upRun), downOf(downRun), importStepOf(importRun), exportStepOf(exportRun)]
    const spread = (ratioOf: (run: (typeof pairs)[number]) => number) => (pairs.length > 1 ? ` (${Math.min(...pairs.map(ratioOf)).toFixed(2)}–${Math.max(...pairs.map(ratioOf)).toFixed(2)})` : '')
    const exportBaseline = exportRun.curl.downloadMs + exportRun.curl.artifactMs
    rows.push([transfers, mb(size), 'upload (import)', String(pairs.length), rate(size, upRun.imported.phaseMs), rate(size, upRun.curl.uploadPhaseMs), `${up.toFixed(2)}×${spread(upOf)}`, verdict(up >= TRANSFER_TARGET), s(importRun.imported.ms), s(importRun.curl.uploadMs), `${importStep.toFixed(2)}×${spread(importStepOf)}`, stepVerdict(size, importStep)])
    rows.push([transfers, mb(size), 'download (export)', String(pairs.length), rate(downRun.exported.bytes, downRun.exported.phaseMs), rate(downRun.exported.bytes, downRun.curl.downloadPhaseMs), `${down.toFixed(2)}×${spread(downOf)}`, verdict(down >= TRANSFER_TARGET), s(exportRun.exported.ms), s(exportBaseline), `${exportStep.toFixed(2)}×${spread(exportStepOf)}`, stepVerdict(size, exportStep)])
    figures[`transfer-up-${transfers}-${size}`] = up
    figures[`transfer-down-${transfers}-${size}`] = down
    figures[`step-import-${transfers}-${size}`] = importStep
    figures[`step-export-${transfers}-${size}`] = exportStep
  }
  return {
    figures,
    body: [
      table(
        ['platform', 'size', 'transfer', 'runs', 'flowferry', 'curl', 'flowferry / curl (range)', `≥ ${TRANSFER_TARGET}×`, 'whole step', 'curl', 'step / curl (range)', `≤ ${STEP_TARGET}× at 1 GiB`],
        rows,
      ),
      '',
      'Transfer rates are timed on the sandbox, the same way for both clients: from the arrival of the first request that',
      "carries the file to the last byte of the last one's reply (a Kore.ai upload of 25 MB or more is a session of 8 MiB",
      "chunks, four in flight, on both sides, as Kore.ai documents; the session's complete, where the platform joins the",
      'chunks, is in the whole step, not in the transfer). A whole step is the action\'s process from spawn to exit: reading and checking the bundle',
      "(unpacking a package, but for the large stored files an import sends straight from the zip), the transfer and",
      'the job, and for an export the bundle written and the artifact uploaded (defaults on);',
      'beside it, curl doing the transfers of that step: the upload; the download, then the bundle put to the artifact store.',
      "A Kore.ai export is a job, in which the platform builds the package: curl starts it and checks it as often as",
      "flowferry may (the step's poll-interval) before its download, so the platform's own time is on both sides.",
      'So is a Kore.ai import: curl uploads the three files at once as the step does (the flow, the app definition and the',
      'environment variables), starts the import and checks its job the same way. A flow under 25 MB goes in one request',
      "beside the two small files, on both sides, and the transfer spans the three. curl's chunks are cut into files before",
      'its clock starts; flowferry reads them from the package.',
      '',
      'Below 1 GiB a transfer lasts a fraction of a second, and one run of it says little on a shared 2-core machine',
      '(five runs of one build\'s 100 MiB Leapwork download measured 0.59× to 0.96× curl). So each size below 1 GiB is run',
      '`runs` times (`--transfer-runs`), each run of flowferry\'s import and export followed at once by curl\'s, under the same',
      "load; a ratio is taken within such a pair, the row shows the pair whose ratio is the median (its rates and times",
      'give that ratio), and the range of the ratios over all pairs is in brackets. A target is met when the median is.',
      `The issue sets the whole step's target (≤ ${STEP_TARGET}× curl) for a 1 GiB file only; a smaller file's step ratio is shown, not held to it.`,
      // The why of a slow download: only when one is, else the heading claims a shortfall the table does not show.
      ...(Object.entries(figures).some(([key, ratio]) => key.startsWith('transfer-down-') && ratio < TRANSFER_TARGET) ? ['',
      "**Where a download falls short.** The server shares this machine's two cores with the client, so a client's CPU per",
      'byte slows the server too. A download reads its socket into one reused 64 KiB buffer (`onread`) and frames the reply',
      'itself (src/core/http/framed-transport.ts, reply-framing.ts), then copies each piece into one of two 1 MiB batches, one',
      "written while the other fills; Node's HTTP client, which downloads went through before, allocated and copied every",
      '64 KiB read. Measured on one 100 MiB Leapwork download (client CPU, machine shared): curl 90-110 ms; flowferry',
      "185-230 ms (110-120 without the hash), where Node's client took 280-305. What is left above curl is mostly SHA-256, at",
      "the processor's 1.6 GB/s, about 65 ms per 100 MiB on the thread that reads the reply: Kore.ai's package, not hashed on",
      "its way down, comes closer to curl than Leapwork's, hashed for the manifest. Below 100 MiB a transfer lasts tens of",
      'milliseconds, and the spread of the pairs (in brackets) is wider than most differences between the clients.'] : []),
    ].join('\n'),
  }
}
