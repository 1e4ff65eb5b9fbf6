import path from 'node:path'
import { runAction, type ActionRun, type ActionRunOptions } from '../../src/sandbox/runner.js'

/** The committed action bundle: end-to-end tests run what users run. */
export const ACTION_ENTRY = path.resolve(import.meta.dirname, '../../dist/index.js')
export const CLI_ENTRY = path.resolve(import.meta.dirname, '../../dist/cli/index.js')

export function runBundle(options: Omit<ActionRunOptions, 'entry'>): Promise<ActionRun> {
  return runAction({ entry: ACTION_ENTRY, killAfterMs: 90_000, ...options })
}

/** Everything a run wrote that a person or a later step could read. */
export function everythingWritten(run: ActionRun): string {
  return [run.stdout, run.stderr, JSON.stringify(run.outputs), run.summary].join('\n')
}
