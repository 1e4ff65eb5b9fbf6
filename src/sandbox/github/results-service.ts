import { randomUUID } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { readRaw, sendJson } from '../http-helpers.js'

/**
 * A loopback stand-in for GitHub's artifact results service and its blob store, enough for the
 * real @actions/artifact client to upload, list, download and delete (the Twirp calls its
 * client makes: https://github.com/actions/toolkit/tree/main/packages/artifact). The demo and
 * the tests point ACTIONS_RESULTS_URL here, so artifact uploads are exercised for real, not
 * mocked.
 */
export interface StoredArtifact {
  id: number
  name: string
  /** The committed blob (a zip) on disk. */
  file: string
  size: number
  digest?: string
  retentionDays?: number
}

export interface ResultsService {
  url: string
  /** Environment variables that make @actions/artifact talk to this service. */
  env: Record<string, string>
  artifacts: StoredArtifact[]
  close(): Promise<void>
}

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/'

/** The runner's token, a JWT whose scope names the run and job the client reads its ids from. */
function runtimeToken(runId = 'run-1', jobId = 'job-1'): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ scp: `Actions.Results:${runId}:${jobId}` })}.sandbox`
}

export async function startResultsService(): Promise<ResultsService> {
  const dir = await mkdtemp(path.join(tmpdir(), 'flowferry-artifacts-'))
  const artifacts: StoredArtifact[] = []
  const pending = new Map<string, { name: string; blocks: Map<string, string>; file?: string; expiresAt?: string }>()
  let nextId = 1000
  let base = ''

  const twirp = async (method: string, body: Record<string, unknown>, res: ServerResponse) => {
    switch (method) {
      case 'CreateArtifact': {
        const key = randomUUID()
        pending.set(key, { name: String(body.name), blocks: new Map(), expiresAt: body.expires_at as string | undefined })
        return sendJson(res, 200, { ok: true, signed_upload_url: `${base}/blob/${key}?sig=upload` })
      }
      case 'FinalizeArtifact': {
        const entry = [...pending.entries()].find(([, value]) => value.name === body.name && value.file)
        if (!entry) return sendJson(res, 404, { code: 'not_found', msg: `no upload for ${String(body.name)}` })
        const [key, upload] = entry
        pending.delete(key)
        const id = nextId++
        const size = (await stat(upload.file!)).size
        const retentionDays = upload.expiresAt ? Math.round((Date.parse(upload.expiresAt) - Date.now()) / 86_400_000) : undefined
        artifacts.push({ id, name: upload.name, file: upload.file!, size, digest: body.hash as string | undefined, retentionDays })
        return sendJson(res, 200, { ok: true, artifact_id: String(id) })
      }
      case 'ListArtifacts': {
        const nameFilter = body.name_filter as string | undefined
        const idFilter = body.id_filter === undefined ? undefined : Number(body.id_filter)
        const list = artifacts.filter((a) => (nameFilter === undefined || a.name === nameFilter) && (idFilter === undefined || a.id === idFilter))
        return sendJson(res, 200, {
          artifacts: list.map((a) => ({
            workflow_run_backend_id: body.workflow_run_backend_id,
            workflow_job_run_backend_id: body.workflow_job_run_backend_id,
            database_id: String(a.id),
            name: a.name,
            size: String(a.size),
            created_at: new Date().toISOString(),
            digest: a.digest,
          })),
        })
      }
      case 'GetSignedArtifactURL': {
        const artifact = artifacts.find((a) => a.name === body.name)
        if (!artifact) return sendJson(res, 404, { code: 'not_found', msg: 'no such artifact' })
        return sendJson(res, 200, { signed_url: `${base}/download/${artifact.id}?sig=download` })
      }
      case 'DeleteArtifact': {
        const index = artifacts.findIndex((a) => a.name === body.name)
        if (index < 0) return sendJson(res, 404, { code: 'not_found', msg: 'no such artifact' })
        const [removed] = artifacts.splice(index, 1)
        return sendJson(res, 200, { ok: true, artifact_id: String(removed!.id) })
      }
      default:
        return sendJson(res, 404, { code: 'bad_route', msg: `no method ${method}` })
    }
  }

  const blob = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const key = url.pathname.slice('/blob/'.length)
    const upload = pending.get(key)
    if (!upload) return sendJson(res, 404, { code: 'not_found', msg: 'unknown blob' })
    const comp = url.searchParams.get('comp')
    if (comp === 'block') {
      const file = path.join(dir, `block-${randomUUID()}`)
      await pipeline(req, createWriteStream(file))
      upload.blocks.set(url.searchParams.get('blockid') ?? '', file)
      res.writeHead(201).end()
      return
    }
    if (comp === 'blocklist') {
      const xml = (await readRaw(req)).toString('utf8')
      const ids = [...xml.matchAll(/<(?:Latest|Committed|Uncommitted)>([^<]*)<\//g)].map((m) => m[1]!)
      const file = path.join(dir, `artifact-${randomUUID()}.zip`)
      const parts = ids.map((id) => upload.blocks.get(id))
      const unknown = ids.find((_, index) => parts[index] === undefined)
      if (unknown !== undefined) return sendJson(res, 400, { code: 'InvalidBlockList', msg: `unknown block ${unknown}` })
      // One pipeline for all the blocks: one per block into the same file stream (end: false) left
      // its listeners behind, a leak Node warned of past ten blocks.
      await pipeline(async function* () {
        for (const part of parts) yield* createReadStream(part!)
      }, createWriteStream(file))
      upload.file = file
      res.writeHead(201).end()
      return
    }
    sendJson(res, 400, { code: 'unsupported', msg: `comp=${comp}` })
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', base)
    const handle = async () => {
      if (req.method === 'POST' && url.pathname.startsWith(SERVICE)) {
        const raw = await readRaw(req)
        return twirp(url.pathname.slice(SERVICE.length), JSON.parse(raw.toString('utf8') || '{}'), res)
      }
      if (req.method === 'PUT' && url.pathname.startsWith('/blob/')) return blob(req, res, url)
      if (req.method === 'GET' && url.pathname.startsWith('/download/')) {
        const artifact = artifacts.find((a) => String(a.id) === url.pathname.slice('/download/'.length))
        if (!artifact) return sendJson(res, 404, { code: 'not_found', msg: 'no such artifact' })
        res.writeHead(200, { 'content-type': 'application/zip', 'content-length': artifact.size })
        await pipeline(createReadStream(artifact.file), res)
        return
      }
      // Always JSON: the client retries anything it cannot parse.
      sendJson(res, 404, { code: 'bad_route', msg: `${req.method} ${url.pathname}` })
    }
    handle().catch((error: unknown) => sendJson(res, 500, { code: 'internal', msg: String(error) }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url: base,
    env: {
      ACTIONS_RESULTS_URL: `${base}/`,
      ACTIONS_RUNTIME_TOKEN: runtimeToken(),
      GITHUB_SERVER_URL: 'https://github.com',
      NO_PROXY: '127.0.0.1,localhost',
    },
    artifacts,
    async close() {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await rm(dir, { recursive: true, force: true })
    },
  }
}
