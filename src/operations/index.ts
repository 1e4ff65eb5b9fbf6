import type { Operation } from '../input-names.js'
import type { RunContext } from './context.js'
import { diffOperation } from './diff.js'
import { exportOperation } from './export.js'
import { importOperation } from './import.js'
import type { Result } from './result.js'
import { validateOperation } from './validate.js'
import { waitOperation } from './wait.js'

export type OperationRunner = (context: RunContext) => Promise<Result[]>

export const operationRunners: Record<Operation, OperationRunner> = {
  import: importOperation,
  export: exportOperation,
  validate: validateOperation,
  wait: waitOperation,
  diff: diffOperation,
}
