import { Input } from '../input-names.js'

/**
 * Flags that are booleans. Bare, they mean true; they take the next argument as their value only
 * when it is a boolean word, so `--dry-run bundles/x` is a dry run of bundles/x, not an error.
 */
export const booleanFlags: ReadonlySet<string> = new Set<string>([
  Input.Activate,
  Input.CreateFolders,
  Input.Wait,
  Input.UploadArtifact,
  Input.DryRun,
  Input.AllowHttp,
  Input.FailOnDrift,
  Input.RedactSecrets,
  Input.Backup,
  'debug',
  'help',
])

const booleanWord = /^(true|True|TRUE|false|False|FALSE)$/

/**
 * `--name value`, `--name=value`, and bare `--flag` (meaning true) into a map; positional
 * arguments are returned apart. Small enough that a dependency would be more code than it saves.
 */
export function parseArgs(argv: readonly string[]): { flags: Map<string, string>; positional: string[] } {
  const flags = new Map<string, string>()
  const positional: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (!arg.startsWith('--') || arg === '--') {
      positional.push(arg)
      continue
    }
    const eq = arg.indexOf('=')
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2)
    const next = argv[i + 1]
    if (eq > 0) {
      flags.set(name, arg.slice(eq + 1))
    } else if (next !== undefined && !next.startsWith('--') && (!booleanFlags.has(name) || booleanWord.test(next))) {
      flags.set(name, next)
      i++
    } else {
      flags.set(name, 'true')
    }
  }
  return { flags, positional }
}

/** The flags of an operation: every action input but `operation` (the command says it), --debug and --help. */
export function operationFlags(): string[] {
  return [...Object.values(Input).filter((name) => name !== Input.Operation), 'debug', 'help']
}

/** The flags an operation does not know. */
export function unknownFlags(flags: ReadonlyMap<string, string>): string[] {
  const known = new Set(operationFlags())
  return [...flags.keys()].filter((name) => !known.has(name))
}

/** `FLOWFERRY_API_KEY` for `api-key`. */
export function envName(input: string): string {
  return `FLOWFERRY_${input.toUpperCase().replace(/-/g, '_')}`
}
