#!/usr/bin/env node
import { cliMain } from './cli/main.js'
import { failureText, UsageError } from './cli/usage.js'
import { jsonForStream, forLog } from './core/untrusted-text.js'
import { operations } from './input-names.js'
import { guarded } from './last-resort.js'

/**
 * The CLI's entry. Whatever goes wrong ends as one line on stderr and an exit code, never a Node
 * stack trace: 2 for a command line that cannot run, 1 for anything else. --debug (or
 * FLOWFERRY_DEBUG=true) adds the stack, for a bug report. What gets past even that (an unhandled
 * rejection, a callback that throws, a run left waiting forever) is last-resort.ts's, as in the
 * action: for an operation, the result JSON on stdout says `failed` as well.
 */
const argv = process.argv.slice(2)
const debug = argv.includes('--debug') || process.env.FLOWFERRY_DEBUG === 'true'
const command = argv[0] ?? ''

await guarded(
  async () => {
    try {
      const code = await cliMain(argv)
      if (code !== undefined) process.exitCode = code
    } catch (error) {
      // The message may carry a file name or a value from the command line: written as any log line is.
      process.stderr.write(`${forLog(failureText(error, debug))}\n`)
      // A server opened before the failure must not keep the process alive.
      process.stdout.write('', () => process.exit(error instanceof UsageError ? 2 : 1))
    }
  },
  (message) => {
    process.stderr.write(`${forLog(`flowferry ${command}: ${message}`)}\n`)
    if ((operations as readonly string[]).includes(command)) {
      process.stdout.write(`${jsonForStream(JSON.stringify({ operation: command, status: 'failed', message }))}\n`)
    }
  },
)
