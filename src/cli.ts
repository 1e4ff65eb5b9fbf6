#!/usr/bin/env node
import { parseArgs, unknownFlags } from './cli/args.js'
import { CliFrontEnd } from './cli/front-end.js'
import { credentialInputs, Input, operations } from './input-names.js'
import { run } from './main.js'
import { describeError } from './core/errors.js'
import { forLog, jsonForStream } from './core/untrusted-text.js'
import { guarded } from './last-resort.js'
import { VERSION } from './version.js'

const usage = `flowferry ${VERSION}: move workflow definitions between environments

  flowferry <operation> --platform P [--input value …]   run one operation, as the action does
  flowferry sandbox [options]                            serve the platforms' sandboxes (flowferry sandbox --help)
  flowferry demo                                         export + import against the sandbox through the action bundle
  flowferry seal <bundle-dir>                            record new checksums after editing a bundle's files on purpose

Operations: ${operations.join(', ')}
Every action input is a flag of the same name (--base-url, --workflow-id, --dry-run, …) and may also
come from an environment variable FLOWFERRY_<NAME> (FLOWFERRY_BASE_URL); credentials are best passed
that way: ${credentialInputs.map((name) => `FLOWFERRY_${name.toUpperCase().replace(/-/g, '_')}`).join(', ')}.
--debug prints request-level detail. Progress goes to stderr, the result JSON to stdout;
the exit code is 1 when the status is failed or timed-out.`

const argv = process.argv.slice(2)
const command = argv[0]
const { flags, positional } = parseArgs(argv.slice(1))

if (command === undefined || command === 'help' || command === '--help' || command === '-h' || (flags.has('help') && command !== 'sandbox')) {
  process.stdout.write(`${usage}\n`)
} else if (command === '--version' || command === 'version') {
  process.stdout.write(`${VERSION}\n`)
} else if (command === 'sandbox') {
  const { sandboxCommand, sandboxUsage } = await import('./sandbox/command.js')
  if (flags.has('help')) process.stdout.write(`${sandboxUsage}\n`)
  else await sandboxCommand(flags, faultFlags(argv.slice(1)))
} else if (command === 'demo') {
  const { demoCommand } = await import('./sandbox/demo.js')
  process.exitCode = await demoCommand(flags)
} else if (command === 'seal') {
  process.exitCode = await seal(positional).catch((error: unknown) => {
    process.stderr.write(`${forLog(`flowferry seal: ${describeError(error)}`)}\n`)
    return 1
  })
} else if ((operations as readonly string[]).includes(command) && unknownFlags(flags).length > 0) {
  // A misspelt flag (--dryrun) must not be dropped silently: the run would do what it was told not to.
  const names = unknownFlags(flags).map((name) => `--${name}`).join(', ')
  process.stderr.write(`${forLog(`flowferry ${command}: unknown flag ${names}; every action input is a flag of the same name`)}\n\n${usage}\n`)
  process.exitCode = 2
} else if ((operations as readonly string[]).includes(command)) {
  if (positional.length > 0 && !flags.has(Input.Path)) flags.set(Input.Path, positional[0]!)
  await guarded(() => run(new CliFrontEnd(command, flags)), (message) => {
    // As the CLI reports any failure: the words on stderr, the result JSON on stdout, exit code 1.
    process.stderr.write(`${forLog(`flowferry ${command}: ${message}`)}\n`)
    process.stdout.write(`${jsonForStream(JSON.stringify({ operation: command, status: 'failed', message }))}\n`)
  })
} else {
  process.stderr.write(`${forLog(`flowferry: unknown command '${command}'`)}\n\n${usage}\n`)
  process.exitCode = 2
}

async function seal(dirs: string[]): Promise<number> {
  const { sealBundle } = await import('./core/bundle-read.js')
  const { describeError, FlowferryError } = await import('./core/errors.js')
  if (dirs.length === 0) {
    process.stderr.write('flowferry seal: name the bundle directory (the one holding flowferry.json)\n')
    return 2
  }
  for (const dir of dirs) {
    try {
      const { changed } = await sealBundle(dir)
      // Paths and file names come from the bundle: written as any log line is (core/untrusted-text.ts).
      process.stdout.write(`${forLog(changed.length ? `${dir}: recorded new checksums for ${changed.join(', ')}` : `${dir}: checksums already match`)}\n`)
    } catch (error) {
      if (!(error instanceof FlowferryError)) throw error
      process.stderr.write(`${forLog(`flowferry seal: ${describeError(error)}`)}\n`)
      return 1
    }
  }
  return 0
}

/** --fault may be given several times; parseArgs keeps the last, so collect them here. */
function faultFlags(args: string[]): string[] {
  const specs: string[] = []
  args.forEach((arg, i) => {
    if (arg === '--fault' && args[i + 1]) specs.push(args[i + 1]!)
    else if (arg.startsWith('--fault=')) specs.push(arg.slice('--fault='.length))
  })
  return specs
}
