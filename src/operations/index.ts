import type { Operation } from '../input-names.js'
import type { RunContext } from './context.js'
import type { Result } from './result.js'

export type OperationRunner = (context: RunContext) => Promise<Result[]>

/**
 * Each operation is loaded when it runs: an export never compiles the bundle reader, the diff,
 * the zip reader or the manifest schema (zod), and the start-up before the first request is
 * shorter by that much.
 */
export const operationRunners: Record<Operation, () => Promise<OperationRunner>> = {
  import: async () => (await import('./import.js')).importOperation,
  export: async () => (await import('./export.js')).exportOperation,
  validate: async () => (await import('./validate.js')).validateOperation,
  wait: async () => (await import('./wait.js')).waitOperation,
  diff: async () => (await import('./diff.js')).diffOperation,
}
