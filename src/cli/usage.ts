import { render } from '../core/phrasing.js'
import { cliPhrasing } from './phrasing.js'
import { didYouMean } from './suggest.js'

/** A command line that cannot be run as it is: exit code 2, as for any usage error. */
export class UsageError extends Error {}

/** Refuses flags the command does not know, offering the nearest known one. */
export function refuseUnknown(command: string, given: readonly string[], known: readonly string[]): void {
  const unknown = given.filter((name) => !known.includes(name))
  if (unknown.length === 0) return
  const first = unknown[0]!
  const list = unknown.map((name) => `--${name}`).join(', ')
  throw new UsageError(
    `flowferry ${command}: unknown flag${unknown.length > 1 ? 's' : ''} ${list}${didYouMean(first, known, '--')} (flowferry ${command} --help lists its flags)`,
  )
}

/** An error's text as the CLI shows it: mentions of inputs rendered as flags. */
export function cliText(text: string, flags: ReadonlyMap<string, string> = new Map()): string {
  return render(text, cliPhrasing((flag) => flags.has(flag)))
}

/**
 * What the CLI prints for anything thrown: one line, in flag words. A usage error is the user's
 * to fix; anything else is a bug and says how to get its stack trace (shown with `debug`).
 */
export function failureText(error: unknown, debug: boolean): string {
  const usage = error instanceof UsageError
  const text = cliText(error instanceof Error ? error.message : String(error)).split('\n')[0]!
  const line = text.startsWith('flowferry') ? text : `flowferry${usage ? '' : ' failed'}: ${text}`
  if (usage) return line
  return debug && error instanceof Error && error.stack ? `${line}\n${error.stack}` : `${line} (--debug shows the stack trace for a bug report)`
}
