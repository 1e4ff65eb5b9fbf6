import { afterEach } from 'vitest'
import { startResultsService, type ResultsService } from '../../src/sandbox/github/results-service.js'
import { startPlatformSandbox, type PlatformSandboxServer, type SandboxStartOptions } from '../../src/sandbox/server.js'

/** Sandboxes (and an artifact service) started in a test, closed after it. */
export function useSandbox() {
  const open: { close(): Promise<void> }[] = []
  afterEach(async () => {
    await Promise.all(open.splice(0).map((item) => item.close()))
  })
  return {
    async platform(name: string, options: SandboxStartOptions = {}): Promise<PlatformSandboxServer> {
      const server = await startPlatformSandbox(name, options)
      open.push(server)
      return server
    },
    async artifacts(): Promise<ResultsService> {
      const service = await startResultsService()
      open.push(service)
      return service
    },
  }
}

/** Requests the sandbox received, as "METHOD path" lines, for asserting what was sent. */
export function sent(server: PlatformSandboxServer, method?: string, pathPart?: string): string[] {
  return server.requests
    .filter((r) => (method === undefined || r.method === method) && (pathPart === undefined || r.path.includes(pathPart)))
    .map((r) => `${r.method} ${r.path}`)
}
