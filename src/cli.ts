#!/usr/bin/env node
import { cliMain } from './cli/main.js'
import { failureText, UsageError } from './cli/usage.js'
import { forLog } from './core/untrusted-text.js'

/**
 * The CLI's entry. Whatever goes wrong ends as one line on stderr and an exit code, never a Node
 * stack trace: 2 for a command line that cannot run, 1 for anything else. --debug (or
 * FLOWFERRY_DEBUG=true) adds the stack, for a bug report.
 */
const argv = process.argv.slice(2)
const debug = argv.includes('--debug') || process.env.FLOWFERRY_DEBUG === 'true'

function fail(error: unknown): never {
  // The message may carry a file name or a value from the command line: written as any log line is.
  process.stderr.write(`${forLog(failureText(error, debug))}\n`)
  // A server opened before the failure must not keep the process alive.
  process.exit(error instanceof UsageError ? 2 : 1)
}

process.on('uncaughtException', fail)
process.on('unhandledRejection', fail)

try {
  const code = await cliMain(argv)
  if (code !== undefined) process.exitCode = code
} catch (error) {
  fail(error)
}
