import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:https'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { runBundle } from './helpers/action.js'
import { useTempDirs } from './helpers/workspace.js'

/**
 * HTTPS through dist/index.js (core/http/transport.ts, node:https): the platforms are reached over
 * TLS, which the sandbox (plain loopback HTTP) never exercises. A self-signed certificate for
 * localhost (tests only, in helpers/tls/) stands in for a platform behind a private CA.
 */
const TLS_DIR = path.resolve(import.meta.dirname, 'helpers/tls')
const CERT = path.join(TLS_DIR, 'localhost-cert.pem')
const tempDir = useTempDirs()
const servers: Server[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise<void>((resolve) => server.close(() => resolve()))))
})

/** An HTTPS server that answers every request 503 with a JSON error, counting handshakes and requests. */
async function busyPlatform(): Promise<{ url: string; handshakes: () => number; requests: () => number }> {
  let handshakes = 0
  let requests = 0
  const server = createServer({ key: await readFile(path.join(TLS_DIR, 'localhost-key.pem')), cert: await readFile(CERT) }, (req, res) => {
    requests++
    req.resume()
    res.writeHead(503, { 'content-type': 'application/json', connection: 'close' }).end('{"error":"busy"}')
  })
  server.on('connection', () => handshakes++)
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `https://localhost:${(server.address() as AddressInfo).port}`, handshakes: () => handshakes, requests: () => requests }
}

function exportFrom(url: string, workspace: string, env: Record<string, string> = {}) {
  return runBundle({
    workspace,
    env: { FLOWFERRY_CONNECT_TIMEOUT: '5s', ...env },
    inputs: { platform: 'koreai', operation: 'export', 'base-url': url, 'api-key': 'kg-test-key-123', 'workflow-id': 'a-1', 'upload-artifact': 'false', timeout: '1m' },
  })
}

describe('HTTPS through dist/index.js', () => {
  it('reaches a platform whose CA the runner is given (NODE_EXTRA_CA_CERTS), and reads its reply', async () => {
    const platform = await busyPlatform()
    const run = await exportFrom(platform.url, await tempDir(), { NODE_EXTRA_CA_CERTS: CERT })
    expect(run.outputs.status).toBe('failed')
    expect(run.outputs.result).toContain('failed with HTTP 503: busy')
    expect(platform.requests()).toBeGreaterThan(0)
  })

  it('an untrusted certificate fails at once: nothing sent, no retry, and the hint names NODE_EXTRA_CA_CERTS', async () => {
    const platform = await busyPlatform()
    const run = await exportFrom(platform.url, await tempDir())
    expect(run.exitCode).toBe(1)
    expect(run.outputs.status).toBe('failed')
    const result = JSON.parse(run.outputs.result!) as { message: string; hint: string }
    expect(result.message).toMatch(/TLS certificate was refused \(DEPTH_ZERO_SELF_SIGNED_CERT/)
    expect(result.message).toContain('nothing was sent')
    expect(result.hint).toContain('NODE_EXTRA_CA_CERTS')
    expect(platform.requests()).toBe(0)
    expect(platform.handshakes()).toBe(1)
  })
})
