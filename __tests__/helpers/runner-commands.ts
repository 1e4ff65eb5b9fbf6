/**
 * What the GitHub runner would obey in a step's output, read as the runner reads it
 * (actions/runner ActionCommandManager / ActionCommand): stdout and stderr line by line, a line
 * ending at \n, \r or \r\n; a v2 command is a line that, after TrimStart(), starts with `::`; a
 * v1 command `##[name ...]data` is found anywhere in a line.
 */
export interface RunnerCommand {
  form: 'v2' | 'v1'
  name: string
  /** The data after `::` (v2) or `]` (v1), still escaped as written. */
  data: string
  line: string
}

/** .NET's char.IsWhiteSpace, which String.TrimStart() uses: JavaScript's \s plus U+0085 (NEL). */
const DOTNET_LEADING_WHITESPACE = /^[\s\u0085]*/

export function runnerCommands(output: string): RunnerCommand[] {
  const commands: RunnerCommand[] = []
  for (const line of output.split(/\r\n|\r|\n/)) {
    const trimmed = line.replace(DOTNET_LEADING_WHITESPACE, '')
    if (trimmed.startsWith('::')) {
      const end = trimmed.indexOf('::', 2)
      const head = end < 0 ? trimmed.slice(2) : trimmed.slice(2, end)
      commands.push({ form: 'v2', name: head.split(' ')[0]!, data: end < 0 ? '' : trimmed.slice(end + 2), line })
    }
    for (let at = line.indexOf('##['); at >= 0; at = line.indexOf('##[', at + 3)) {
      const close = line.indexOf(']', at)
      const head = close < 0 ? line.slice(at + 3) : line.slice(at + 3, close)
      commands.push({ form: 'v1', name: head.split(/[ ;]/)[0]!, data: close < 0 ? '' : line.slice(close + 1), line })
    }
  }
  return commands
}

/** The commands flowferry itself issues through @actions/core. */
export const OWN_COMMANDS = new Set(['add-mask', 'debug', 'error', 'warning', 'notice', 'group', 'endgroup'])

/**
 * The commands in a run's stdout and stderr that flowferry did not mean to issue: any v1 command,
 * any v2 command but its own, and an own command whose name is followed by anything unexpected.
 * `::add-mask::` must only carry values flowferry registered (`secrets`, in any spelling):
 * an injected one would let a platform hide words of the log.
 */
export function foreignCommands(stdout: string, stderr: string, allowedMasks?: (data: string) => boolean): RunnerCommand[] {
  return [...runnerCommands(stdout), ...runnerCommands(stderr)].filter((command) => {
    if (command.form === 'v1') return true
    if (!OWN_COMMANDS.has(command.name)) return true
    if (command.name === 'add-mask' && allowedMasks) return !allowedMasks(command.data)
    return false
  })
}
