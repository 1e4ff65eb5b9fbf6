import type { PlatformSandboxServer } from '../../src/sandbox/server.js'

/** What the Zuora sandbox reports about itself (`GET /__sandbox/state`). */
export interface ZuoraState {
  workflows: {
    id: number
    name: string
    status: string
    active_version: { id: number; version: string } | null
    versions: { id: number; version: string; active: boolean; document: { workflow: Record<string, unknown>; tasks: Record<string, unknown>[]; linkages: Record<string, unknown>[] } }[]
  }[]
  tokensIssued: number
  tokensRefused: number
  requests: { method: string; path: string; key?: string; outcome: string }[]
  trackIds: string[]
  gzippedRequests: number
  gzippedReplies: number
}

export async function zuoraState(server: PlatformSandboxServer): Promise<ZuoraState> {
  return (await (await fetch(`${server.url}/__sandbox/state`)).json()) as ZuoraState
}

/** The values the seeded workflow's redacted secrets take in "production" (the demo's vars). */
export function zuoraVarsEnv(server: PlatformSandboxServer): Record<string, string> {
  return Object.fromEntries(Object.entries(server.app.demo?.vars ?? {}).map(([name, value]) => [`FLOWFERRY_VAR_${name}`, value]))
}
