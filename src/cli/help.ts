import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { credentialInputs, Input, operations, type InputName, type Operation } from '../input-names.js'
import { inputUse, usedBy } from '../input-use.js'
import { everyPlatform } from '../platforms/registry.js'
import { VERSION } from '../version.js'
import { booleanFlags, envName } from './args.js'

/** What each operation does, in one line. */
const SUMMARY: Record<Operation, string> = {
  import: "import bundles into an environment and wait for the platform's job",
  export: 'export a workflow into a bundle directory',
  validate: "check bundles offline (manifest, checksums, JSON, the platform's rules); needs no credentials",
  diff: 'compare bundles with the live workflow, semantically',
  wait: 'wait for a job an earlier run started, by its id',
}

/** Operations that take the bundle path as the argument after the flags. */
const TAKES_PATH: readonly Operation[] = ['import', 'validate', 'diff']

const WIDTH = 100

export function generalUsage(): string {
  const credentials = credentialInputs.map(envName).join(', ')
  return `flowferry ${VERSION}: move workflow definitions between environments

Usage:
  flowferry <operation> --platform <name> [flags] [path]   run one operation, as the action does
  flowferry sandbox [flags]                                serve every platform's sandbox on loopback
  flowferry demo                                           export + import against the sandbox through the action bundle
  flowferry seal <bundle-dir>                              check a hand-edited bundle, then record its new checksums
  flowferry version                                        print the version (also --version)

Operations:
${operations.map((operation) => `  ${operation.padEnd(10)} ${SUMMARY[operation]}`).join('\n')}

Every action input is a flag of the same name (--base-url, --workflow-id, --dry-run, …) and may also
come from an environment variable FLOWFERRY_<NAME> (FLOWFERRY_BASE_URL); credentials are best passed
that way:
${wrap(`${credentials}.`, 2).join('\n')}
--debug prints request-level detail. Progress goes to stderr, the result JSON to stdout; the exit
code is 1 when the status is failed or timed-out, 2 when the command line is wrong.

flowferry <command> --help lists a command's flags.`
}

/** `flowferry export --help`: the operation's inputs as flags, with defaults, platforms and descriptions from action.yml. */
export function operationHelp(operation: Operation): string {
  const described = actionInputs()
  const names = (Object.keys(inputUse) as InputName[]).filter((name) => name !== Input.Operation && usedBy(name, operation))
  const lines = [
    `flowferry ${operation} --platform <name> [flags]${TAKES_PATH.includes(operation) ? ' [path]' : ''}`,
    '',
    `${capitalise(SUMMARY[operation])}.`,
    '',
    `Flags (each may instead come from FLOWFERRY_<NAME>; credentials belong there):`,
  ]
  for (const name of names) {
    const input = described[name] ?? {}
    const notes = [platformsOf(name)]
    if (name === Input.Platform) notes.splice(0, 1, 'required')
    if (credentialInputs.includes(name)) notes.push(envName(name))
    if (input.default) notes.push(`default ${input.default}`)
    const flag = `  --${name}${booleanFlags.has(name) ? '' : ' <value>'}`
    lines.push(`${flag.padEnd(32)} ${notes.join(' · ')}`)
    if (input.description) lines.push(...wrap(input.description.trim(), 6))
  }
  lines.push(`${'  --debug'.padEnd(32)} request-level detail on stderr (credentials stay redacted)`)
  lines.push('', `What each platform needs for ${operation}:`)
  for (const platform of everyPlatform()) {
    if (operation === 'wait' && !platform.jobs) {
      lines.push(`  ${platform.name.padEnd(10)} nothing to wait for: its imports and exports finish within the request`)
      continue
    }
    const needs: string[] = []
    if (operation !== 'validate') needs.push('--base-url', alternatives(platform.inputs.auth))
    const extra = platform.inputs.operations?.[operation]
    if (extra?.length) needs.push(alternatives(extra))
    if (operation === 'wait') needs.push('--job-id')
    if (TAKES_PATH.includes(operation)) needs.push('a path')
    const [first = '', ...more] = wrap(needs.filter(Boolean).join('; '), 13)
    lines.push(`  ${platform.name.padEnd(10)} ${first.trimStart()}`, ...more)
  }
  return lines.join('\n')
}

function platformsOf(name: InputName): string {
  const use = inputUse[name].platforms
  if (use === 'all') return 'all platforms'
  if (use === 'jobs') return everyPlatform().filter((platform) => platform.jobs).map((platform) => platform.name).join(', ')
  return use.join(', ')
}

function alternatives(sets: readonly (readonly InputName[])[]): string {
  const text = sets.map((set) => set.map((name) => `--${name}`).join(' + '))
  return text.length > 1 ? `${text.slice(0, -1).join(', ')}, or ${text.at(-1)}` : (text[0] ?? '')
}

interface ActionInput {
  description?: string
  default?: string
}

/**
 * The inputs as action.yml describes them: one description for the action and the CLI. The build
 * copies action.yml beside dist/cli/index.js, so the CLI needs nothing else at run time; without it,
 * the help lists the flags alone.
 */
function actionInputs(): Record<string, ActionInput> {
  try {
    const document = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as { inputs?: Record<string, ActionInput> }
    return document.inputs ?? {}
  } catch {
    return {}
  }
}

function wrap(text: string, indent: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    if (line && indent + line.length + 1 + word.length > WIDTH) {
      lines.push(' '.repeat(indent) + line)
      line = word
    } else {
      line = line ? `${line} ${word}` : word
    }
  }
  if (line) lines.push(' '.repeat(indent) + line)
  return lines
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
