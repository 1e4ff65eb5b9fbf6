import path from 'node:path'
import { runAction, type ActionRun, type ActionRunOptions } from '../../src/sandbox/github/runner.js'

/** The committed action bundle: end-to-end tests run what users run. */
export const ACTION_ENTRY = path.resolve(import.meta.dirname, '../../dist/index.js')
export const CLI_ENTRY = path.resolve(import.meta.dirname, '../../dist/cli/index.js')

export interface BundleRunOptions extends Omit<ActionRunOptions, 'entry'> {
  /** ACTIONS_STEP_DEBUG=true, as when a run is re-run with debug logging (tests only: the demo never is). */
  debug?: boolean
}

export function runBundle({ debug, ...options }: BundleRunOptions): Promise<ActionRun> {
  const env = { ...(debug ? { ACTIONS_STEP_DEBUG: 'true', RUNNER_DEBUG: '1' } : {}), ...options.env }
  return runAction({ entry: ACTION_ENTRY, killAfterMs: 90_000, ...options, env })
}

/**
 * Everything a run wrote that a person or a later step could read. `::add-mask::` lines are left
 * out: they are how a value is masked, and the runner never shows them.
 */
export function everythingWritten(run: ActionRun): string {
  const log = (text: string) => text.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n')
  return [log(run.stdout), log(run.stderr), JSON.stringify(run.outputs), run.summary].join('\n')
}
