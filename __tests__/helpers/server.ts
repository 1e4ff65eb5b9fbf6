import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach } from 'vitest'

export interface TestServer {
  url: string
  requests: { method: string; path: string; headers: IncomingMessage['headers']; body: string }[]
  close(): Promise<void>
}

type Handler = (req: IncomingMessage, res: ServerResponse, body: string, count: number) => void | Promise<void>

/** A loopback server whose handler sees every request's body and its sequence number. */
export async function startServer(handler: Handler, options: { readBody?: boolean } = {}): Promise<TestServer> {
  const requests: TestServer['requests'] = []
  const server: Server = createServer(async (req, res) => {
    let body = ''
    if (options.readBody !== false) for await (const chunk of req) body += chunk
    requests.push({ method: req.method!, path: req.url!, headers: req.headers, body })
    await handler(req, res, body, requests.length)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** Servers started in a test are closed after it. */
export function useServers(): (handler: Handler, options?: { readBody?: boolean }) => Promise<TestServer> {
  const servers: TestServer[] = []
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()))
  })
  return async (handler, options) => {
    const server = await startServer(handler, options)
    servers.push(server)
    return server
  }
}

export function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers })
  res.end(JSON.stringify(body))
}
