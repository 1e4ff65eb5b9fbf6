import path from 'node:path'
import { runAction, type ActionRun, type ActionRunOptions } from '../../src/sandbox/runner.js'

/** The committed action bundle: end-to-end tests run what users run. */
export const ACTION_ENTRY = path.resolve(import.meta.dirname, '../../dist/index.js')
export const CLI_ENTRY = path.resolve(import.meta.dirname, '../../dist/cli/index.js')

export function runBundle(options: Omit<ActionRunOptions, 'entry'>): Promise<ActionRun> {
  return runAction({ entry: ACTION_ENTRY, killAfterMs: 90_000, ...options })
}

/**
 * Everything a run wrote that a person or a later step could read. `::add-mask::` lines are left
 * out: they are how a value is masked, and the runner never shows them.
 */
export function everythingWritten(run: ActionRun): string {
  const log = (text: string) => text.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n')
  return [log(run.stdout), log(run.stderr), JSON.stringify(run.outputs), run.summary].join('\n')
}
