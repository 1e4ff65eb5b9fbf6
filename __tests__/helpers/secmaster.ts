import { SANDBOX_TOKEN } from '../../src/sandbox/emulators/secmaster/seed.js'
import type { PlatformSandboxServer } from '../../src/sandbox/server.js'

export interface SecmasterState {
  workflows: { id: string; name: string; version: string; sha256: string; document: Record<string, unknown> }[]
  requests: { signed: number; token: number; refused: number }
  lastImport?: { field: string; filename: string; bytes: number; sha256: string }
  lastExport?: { ids: string[]; bytes: number; sha256: string }
}

export async function secmasterState(server: PlatformSandboxServer): Promise<SecmasterState> {
  return (await (await fetch(`${server.url}/__sandbox/state`)).json()) as SecmasterState
}

/** Inputs for the sandbox in AK/SK mode (its `inputs`) or in token mode. */
export function secmasterInputs(server: PlatformSandboxServer, mode: 'aksk' | 'token' = 'aksk'): Record<string, string> {
  const { 'access-key-id': ak, 'secret-access-key': sk, ...ids } = server.app.inputs
  const base = { platform: 'secmaster', 'base-url': server.url, ...ids }
  return mode === 'aksk' ? { ...base, 'access-key-id': ak!, 'secret-access-key': sk! } : { ...base, token: SANDBOX_TOKEN }
}
