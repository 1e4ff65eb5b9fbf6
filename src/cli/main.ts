import { Input, operations, type Operation } from '../input-names.js'
import { run } from '../main.js'
import { operationFlags, parseArgs, unknownFlags } from './args.js'
import { CliFrontEnd } from './front-end.js'
import { generalUsage, operationHelp } from './help.js'
import { sealCommand, sealUsage } from './seal.js'
import { didYouMean } from './suggest.js'
import { refuseUnknown, UsageError } from './usage.js'
import { VERSION } from '../version.js'

const COMMANDS = [...operations, 'sandbox', 'demo', 'seal', 'help', 'version'] as const
const HELP = ['--help', '-h', 'help']
const VERSION_WORDS = ['--version', '-V', 'version']

/**
 * `flowferry <command> …`: the exit code, or undefined when the command set it itself (a run sets
 * 1 on failure; the sandbox serves until interrupted). Problems with the command line throw
 * UsageError; anything else thrown is reported by cli.ts in one line.
 */
export async function cliMain(argv: readonly string[]): Promise<number | undefined> {
  const [command, ...rest] = argv
  const out = (text: string) => process.stdout.write(`${text}\n`)
  if (command === undefined) {
    process.stderr.write(`${generalUsage()}\n`)
    return 2
  }
  if (HELP.includes(command)) {
    const topic = rest[0]
    out(topic && isOperation(topic) ? operationHelp(topic) : generalUsage())
    return 0
  }
  if (VERSION_WORDS.includes(command)) {
    out(VERSION)
    return 0
  }
  if (command.startsWith('-')) {
    throw new UsageError(`'${command}' comes after a command: flowferry <command> [flags]${didYouMean(command.replace(/^-+/, ''), ['help', 'version'], '--')}`)
  }
  const { flags, positional } = parseArgs(rest)
  const wantsHelp = flags.has('help') || rest.includes('-h')

  if (isOperation(command)) {
    if (wantsHelp) return (out(operationHelp(command)), 0)
    refuseUnknown(command, unknownFlags(flags), operationFlags())
    if (positional.length > 1) {
      throw new UsageError(
        `flowferry ${command}: ${positional.length} paths given (${positional.slice(0, 3).join(', ')}${positional.length > 3 ? ', …' : ''}); give one, or quote a glob so that flowferry expands it: '${'bundles/*'}'`,
      )
    }
    if (positional.length === 1) {
      if (flags.has(Input.Path)) throw new UsageError(`flowferry ${command}: the path is given twice (--path ${flags.get(Input.Path)} and ${positional[0]}); give it once`)
      flags.set(Input.Path, positional[0]!)
    }
    await run(new CliFrontEnd(command, flags))
    return undefined
  }
  if (command === 'sandbox') {
    const { sandboxUsage } = await import('../sandbox/command.js')
    if (wantsHelp) return (out(sandboxUsage), 0)
    const { runSandbox } = await import('./sandbox.js')
    return runSandbox(rest, flags, positional)
  }
  if (command === 'demo') {
    if (wantsHelp) return (out(DEMO_USAGE), 0)
    refuseUnknown(command, [...flags.keys()], ['platform', 'entry', 'help'])
    const { emulatorNames } = await import('../sandbox/emulators.js')
    for (const name of flags.get('platform')?.split(',').map((word) => word.trim()) ?? []) {
      if (!emulatorNames().includes(name)) throw new UsageError(`flowferry demo: --platform '${name}' is not one of ${emulatorNames().join(', ')}${didYouMean(name, emulatorNames())}`)
    }
    const { demoCommand } = await import('../sandbox/demo.js')
    return demoCommand(flags)
  }
  if (command === 'seal') {
    if (wantsHelp) return (out(sealUsage), 0)
    refuseUnknown(command, [...flags.keys()], ['help'])
    if (positional.length === 0) throw new UsageError(`flowferry seal: name the bundle directory, the one holding flowferry.json (flowferry seal bundles/invoice-triage)`)
    return sealCommand(positional)
  }
  throw new UsageError(`unknown command '${command}'${didYouMean(command, COMMANDS)} (flowferry --help lists the commands)`)
}

const DEMO_USAGE = `flowferry demo [--platform a,b]

For each platform: start its sandbox and a stand-in for GitHub's artifact service, then run the
action's bundle (dist/index.js) as a runner does: export the seeded workflow, then import the
bundle. Prints each step's outputs and job summary; exits 1 if a step fails.`

function isOperation(word: string): word is Operation {
  return (operations as readonly string[]).includes(word)
}
