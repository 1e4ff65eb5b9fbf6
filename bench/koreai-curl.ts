import { spawn } from 'node:child_process'
import { mkdtemp, open, readFile, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { PlatformSandboxServer } from '../src/sandbox/server.js'
import { MiB } from './action.js'

/** curl doing a Kore.ai step's requests (bench/transfers.ts sets them beside flowferry's): the export's job, and the import. */

/** With curl, as the Kore.ai export step does: the export started, its job checked every `pollMs` until it has ended; the package's link. */
export async function koreaiExportJob(server: PlatformSandboxServer, auth: string, pollMs: number): Promise<string> {
  const start = [...server.requests].reverse().find((r) => r.method === 'POST' && /\/export$/.test(r.path))
  if (!start) throw new Error('koreai: no export call to repeat')
  type Reply = { 'dock-statusId'?: string; status?: string; response?: { downloadUrl?: string } }
  const started = JSON.parse(await curlOut(['-H', auth, '-H', 'content-type: application/json', '--data', '{}', `${server.url}${start.path}`])) as Reply
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, pollMs))
    const job = JSON.parse(await curlOut(['-H', auth, `${server.url}/api/public/dock-status/${started['dock-statusId']}`])) as Reply
    if (job.status === 'SUCCESS') return (job.response?.downloadUrl ?? started.response?.downloadUrl ?? '').trim()
    if (job.status !== 'IN_PROGRESS') throw new Error(`koreai: the export job for curl ended ${job.status}`)
  }
}

/**
 * With curl, as the Kore.ai import step does: the bundle's three files uploaded at once (the flow,
 * which is the transfer, the app definition and the environment variables), the import started
 * and its job checked every `pollMs` until it has ended; the time of it all, ms. Until this
 * baseline sent the small files beside the flow, as the step does, curl's transfer was the flow
 * alone against flowferry's three: on this sandbox (one process, sharing the machine's two cores)
 * the two small uploads alone held curl's own 10 MiB flow to 0.59-0.75x of its rate without them.
 * A flow of 25 MB or more goes through a chunk session, as Kore.ai documents
 * (https://docs.kore.ai/ai-for-process/apis/apis-list/upload-file-api): the sandbox refuses it in
 * one request, as the platform would. Until this baseline did the same, it lifted that limit for
 * curl alone, and the session's complete (the platform joining the chunks: 6 s of a 1 GiB step on
 * this machine) was charged to flowferry as if curl's script could have skipped it.
 */
export async function koreaiImport(server: PlatformSandboxServer, auth: string, file: string, scratch: string, pollMs: number): Promise<number> {
  const size = (await stat(file)).size
  const chunks = size < KOREAI_SINGLE_LIMIT ? undefined : await cutChunks(file, size, scratch)
  try {
    return await koreaiImportTimed(server, auth, file, size, chunks, scratch, pollMs)
  } finally {
    if (chunks) await rm(path.dirname(chunks[0]!), { recursive: true, force: true })
  }
}

async function koreaiImportTimed(server: PlatformSandboxServer, auth: string, file: string, size: number, chunks: string[] | undefined, scratch: string, pollMs: number): Promise<number> {
  const started = performance.now()
  const app = path.join(scratch, '.curl-app_definition.json')
  const env = path.join(scratch, '.curl-env_variables.json')
  await writeFile(app, '{"name":"curl"}')
  await writeFile(env, '[]')
  // One curl for the files sent in one request each (-Z: at once), as the step's one client sends them.
  const uploads = async (names: string[]) => {
    const replies = names.map((name) => `${name}.reply`)
    const transfers = names.flatMap((name, n) => [...(n > 0 ? ['--next'] : []), '-sS', '--fail', '-o', replies[n]!, '-H', auth, '-F', `file=@${name};type=application/json`, '-F', 'fileContext=bulkImport', `${server.url}/api/public/files`])
    await curlOut(['--no-progress-meter', '-Z', ...transfers])
    const ids = await Promise.all(replies.map(async (reply) => (JSON.parse(await readFile(reply, 'utf8')) as { fileId: string }).fileId))
    await Promise.all(replies.map((reply) => rm(reply, { force: true })))
    return ids
  }
  const [flowDataFileId, workflowDataFileId, envVariablesFileId] = chunks
    ? await Promise.all([koreaiChunkSession(server, auth, file, size, chunks), uploads([app, env])]).then(([flow, small]) => [flow, ...small])
    : await uploads([file, app, env])
  const body = JSON.stringify({ flowDataFileId, workflowDataFileId, envVariablesFileId, workflowName: `curl-${Date.now()}` })
  const job = JSON.parse(await curlOut(['-H', auth, '-H', 'content-type: application/json', '--data', body, `${server.url}/api/public/workflows/import`])) as { dockStatusId: string }
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, pollMs))
    const { status } = JSON.parse(await curlOut(['-H', auth, `${server.url}/api/public/dock-status/${job.dockStatusId}`])) as { status?: string }
    if (status === 'SUCCESS') break
    if (status !== 'IN_PROGRESS') throw new Error(`koreai: the import job for curl ended ${status}`)
  }
  await rm(app, { force: true })
  await rm(env, { force: true })
  return performance.now() - started
}

/** Kore.ai's documented limit of a single-request upload (bytes: "smaller than 25 MB"). */
const KOREAI_SINGLE_LIMIT = 25_000_000
/** The chunk size and how many chunks are in flight: flowferry's defaults (src/platforms/koreai/upload.ts). */
const CHUNK = 8 * MiB
const IN_FLIGHT = 4

/** A file cut into CHUNK-sized files of its own, in a directory under `scratch`: before curl's clock starts, so curl is not charged for reading ranges of the file, which flowferry's step pays. */
async function cutChunks(file: string, size: number, scratch: string): Promise<string[]> {
  const dir = await mkdtemp(path.join(scratch, '.curl-chunks-'))
  const chunks: string[] = []
  const source = await open(file)
  try {
    for (let n = 0; n * CHUNK < size; n++) {
      const buffer = Buffer.alloc(Math.min(CHUNK, size - n * CHUNK))
      await source.read(buffer, 0, buffer.length, n * CHUNK)
      chunks.push(path.join(dir, `chunk-${n}`))
      await writeFile(chunks[n]!, buffer)
    }
  } finally {
    await source.close()
  }
  return chunks
}

/** The Kore.ai chunk session with curl: start, the chunks four at a time (one curl process, `-Z`), complete; the file's id. */
async function koreaiChunkSession(server: PlatformSandboxServer, auth: string, file: string, fileSize: number, chunks: string[]): Promise<string> {
  const start = { fileContext: 'bulkImport', totalChunks: chunks.length, fileExtension: 'json', fileName: path.basename(file), fileSize }
  const { sessionId } = JSON.parse(await curlOut(['-H', auth, '-H', 'content-type: application/json', '--data', JSON.stringify(start), `${server.url}/api/public/files/session/start`])) as { sessionId: string }
  const url = `${server.url}/api/public/files/session/${sessionId}`
  const transfers = chunks.flatMap((chunk, n) => [...(n > 0 ? ['--next'] : []), '-sS', '--fail', '-o', '/dev/null', '-H', auth, '-F', `file=@${chunk};type=application/octet-stream`, '-F', `chunkNumber=${n}`, url])
  await curlOut(['--no-progress-meter', '-Z', '--parallel-max', String(IN_FLIGHT), ...transfers])
  const complete = JSON.parse(await curlOut(['-H', auth, '-X', 'POST', `${url}/complete`])) as { fileId: string }
  return complete.fileId
}

/** curl's reply body, for the small JSON replies of a job. */
function curlOut(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('curl', ['-sS', '--fail', ...args], { stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk))
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`curl exited ${code}`))))
  })
}
