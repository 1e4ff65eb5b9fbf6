import { parseDuration } from '../core/duration.js'
import { forLog } from '../core/untrusted-text.js'
import { parseFaultSpec, sandboxCommand, sandboxUsage } from '../sandbox/command.js'
import { emulatorNames } from '../sandbox/emulators.js'
import { refuseUnknown, UsageError } from './usage.js'
import { didYouMean } from './suggest.js'

/** The flags `flowferry sandbox --help` documents: its usage text is the one list of them. */
const SANDBOX_FLAGS = [...new Set([...sandboxUsage.matchAll(/--([a-z][a-z-]*)/g)].map((match) => match[1]!)), 'help']
const OUTCOMES = ['success', 'failed', 'endless']

/**
 * `flowferry sandbox`: every flag checked before a port is opened, and the failures a user can
 * cause on start (a port that is taken or not allowed, a host that is not this machine's) said
 * in terms of the flag that fixes them.
 */
export async function runSandbox(args: readonly string[], flags: Map<string, string>, positional: readonly string[]): Promise<number | undefined> {
  refuseUnknown('sandbox', [...flags.keys()], SANDBOX_FLAGS)
  if (positional.length > 0) throw new UsageError(`flowferry sandbox: '${positional[0]}' is not a flag (flowferry sandbox --help lists them)`)
  const port = flags.get('port')
  if (port !== undefined && !(/^\d+$/.test(port) && Number(port) <= 65535)) {
    throw new UsageError(`flowferry sandbox: --port '${port}' is not a port number; give 1-65535, or 0 for free ports`)
  }
  for (const name of flags.get('platform')?.split(',').map((word) => word.trim()) ?? []) {
    if (!emulatorNames().includes(name)) {
      throw new UsageError(`flowferry sandbox: --platform '${name}' is not one of ${emulatorNames().join(', ')}${didYouMean(name, emulatorNames())}`)
    }
  }
  const duration = flags.get('job-duration')
  if (duration !== undefined && parseDuration(duration) === undefined) {
    throw new UsageError(`flowferry sandbox: --job-duration '${duration}' is not a duration; use 5s, 2m or a number of seconds`)
  }
  const outcome = flags.get('job-outcome')
  if (outcome !== undefined && !OUTCOMES.includes(outcome)) {
    throw new UsageError(`flowferry sandbox: --job-outcome '${outcome}' is not one of ${OUTCOMES.join(', ')}${didYouMean(outcome, OUTCOMES)}`)
  }
  const faults = faultFlags(args)
  for (const spec of faults) {
    try {
      parseFaultSpec(spec)
    } catch (error) {
      throw new UsageError(`flowferry sandbox: ${(error as Error).message}`)
    }
  }
  try {
    await sandboxCommand(flags, faults)
  } catch (error) {
    const reason = startFailure(error, flags)
    if (!reason) throw error
    process.stderr.write(`${forLog(`flowferry sandbox: ${reason}`)}\n`)
    return 1
  }
  return undefined
}

/** What went wrong opening a port, naming the flag that fixes it; undefined for anything else. */
function startFailure(error: unknown, flags: Map<string, string>): string | undefined {
  const { code, port, address } = (error ?? {}) as { code?: string; port?: number; address?: string }
  const where = `${address ?? flags.get('host') ?? '127.0.0.1'}:${port ?? flags.get('port') ?? 4010}`
  if (code === 'EADDRINUSE') {
    return `${where} is already in use (another sandbox, or another program). Start on other ports with --port N (the platforms take N, N+1, …), or --port 0 for free ones.`
  }
  if (code === 'EACCES') return `not allowed to listen on ${where}; ports below 1024 need privileges: use --port 4010, or --port 0 for free ones.`
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return `cannot listen on ${where}: --host '${flags.get('host') ?? ''}' is not an address of this machine; leave it out for 127.0.0.1.`
  }
  return undefined
}

/** --fault may be given several times; parseArgs keeps the last, so collect them here. */
function faultFlags(args: readonly string[]): string[] {
  const specs: string[] = []
  args.forEach((arg, i) => {
    if (arg === '--fault' && args[i + 1]) specs.push(args[i + 1]!)
    else if (arg.startsWith('--fault=')) specs.push(arg.slice('--fault='.length))
  })
  return specs
}
