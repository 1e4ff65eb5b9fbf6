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
    if (eq > 0) {
      flags.set(arg.slice(2, eq), arg.slice(eq + 1))
    } else if (i + 1 < argv.length && !argv[i + 1]!.startsWith('--')) {
      flags.set(arg.slice(2), argv[++i]!)
    } else {
      flags.set(arg.slice(2), 'true')
    }
  }
  return { flags, positional }
}

/** `FLOWFERRY_API_KEY` for `api-key`. */
export function envName(input: string): string {
  return `FLOWFERRY_${input.toUpperCase().replace(/-/g, '_')}`
}
