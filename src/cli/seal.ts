import { readFile, realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import { noArtifactStore } from '../core/artifact.js'
import { MANIFEST } from '../core/bundle.js'
import { sealBundle } from '../core/bundle-read.js'
import { describeError, FlowferryError, formatLocation, type Finding } from '../core/errors.js'
import { displayPath } from '../core/fs.js'
import { withoutBom } from '../core/json-file.js'
import { jsonSyntaxError } from '../core/json-location.js'
import { MemoryLogger } from '../core/log.js'
import { isInside, workspaceRoot } from '../core/paths.js'
import { forLog } from '../core/untrusted-text.js'
import type { FrontEnd } from '../front-end.js'
import { Input, type InputName } from '../input-names.js'
import { run } from '../main.js'
import type { RunReport } from '../report.js'
import { platformNames } from '../platforms/registry.js'
import { cliText } from './usage.js'

export const sealUsage = `flowferry seal <bundle-dir> [<bundle-dir> …]

After a deliberate edit of a bundle's files: validate the bundle as it is now (the manifest, every
JSON file, the platform's rules), and only when that finds no error, record each file's new size
and SHA-256 in flowferry.json. Commit flowferry.json with the edit. Exit code 1 when a bundle is
refused; nothing is written for it.`

/** `flowferry seal`: each bundle validated as it is, then sealed; a bundle with errors is left untouched. */
export async function sealCommand(dirs: readonly string[]): Promise<number> {
  let refused = 0
  for (const dir of dirs) {
    const problem = await sealOne(dir)
    if (problem) {
      process.stderr.write(`${forLog(problem)}\n`)
      refused++
    }
  }
  return refused > 0 ? 1 : 0
}

/** Seals one bundle; the reason it was refused, or undefined when it was sealed. */
async function sealOne(given: string): Promise<string | undefined> {
  const shown = displayPath(path.resolve(given))
  const info = await stat(given).catch(() => undefined)
  if (!info) return `flowferry seal: '${given}' does not exist. Name the bundle directory, the one holding ${MANIFEST}.`
  const dir = info.isFile() && path.basename(given) === MANIFEST ? path.dirname(given) : given
  if (!info.isDirectory() && dir === given) return `flowferry seal: '${given}' is a file. Name the bundle directory, the one holding ${MANIFEST}.`
  const manifestFile = path.join(dir, MANIFEST)
  const text = await readFile(manifestFile, 'utf8').catch(() => undefined)
  if (text === undefined) {
    return `flowferry seal: '${given}' holds no ${MANIFEST}, so it is not a bundle. seal records new checksums in the manifest an export wrote; a platform file without a manifest needs no seal.`
  }
  const syntax = jsonSyntaxError(withoutBom(text))
  if (syntax) {
    const where = formatLocation({ file: displayPath(path.resolve(manifestFile)), line: syntax.line, col: syntax.col })
    return `${where}: the manifest is not valid JSON (${syntax.message}). Fix it, or restore it from git, then seal again. Nothing was written.`
  }
  const platform = (JSON.parse(withoutBom(text)) as { platform?: unknown } | null)?.platform
  if (typeof platform !== 'string' || !platformNames().includes(platform)) {
    return `${displayPath(path.resolve(manifestFile))}: 'platform' must be one of ${platformNames().join(', ')}, not ${JSON.stringify(platform ?? null)}. Fix the manifest, or restore it from git. Nothing was written.`
  }
  const report = await validate(platform, path.resolve(dir))
  const result = report.results[0]
  const errors = (result?.findings ?? []).filter((finding) => finding.severity === 'error' && finding.rule !== 'manifest.checksum')
  if (errors.length > 0) {
    return [...errors.map(describe), `flowferry seal: ${shown} not sealed: fix the error${errors.length > 1 ? 's' : ''} above first. Nothing was written.`].join('\n')
  }
  if (result?.status === 'failed' && !(result.findings ?? []).some((finding) => finding.rule === 'manifest.checksum')) {
    return `flowferry seal: ${shown} not sealed: ${cliText(result.message ?? 'it does not validate')}${result.hint ? `\n${cliText(result.hint)}` : ''}`
  }
  let changed: string[]
  try {
    ;({ changed } = await sealBundle(dir))
  } catch (error) {
    // Files that changed between the check and the seal (a link put in place, a file removed).
    if (!(error instanceof FlowferryError)) throw error
    return `flowferry seal: ${shown} not sealed: ${cliText(describeError(error))}`
  }
  // Paths and file names come from the bundle: written as any log line is (core/untrusted-text.ts).
  process.stdout.write(`${forLog(changed.length ? `${shown}: recorded new checksums for ${changed.join(', ')}` : `${shown}: checksums already match`)}\n`)
  return undefined
}

function describe(finding: Finding): string {
  return `error: ${formatLocation(finding)}: ${cliText(finding.message)} [${finding.rule}]`
}

/**
 * `operation: validate` on the bundle, exactly as a pull request check runs it (checksum drift is
 * what seal is for, so it is reported beside the other findings rather than stopping them).
 */
async function validate(platform: string, dir: string): Promise<RunReport> {
  // seal is run by hand on a bundle the user names. One outside the current directory is checked
  // with its parent as the workspace: the bundle's files must still stay inside the bundle.
  const real = await realpath(dir)
  const workspace = process.env.GITHUB_WORKSPACE
  if (!isInside(real, await realpath(workspaceRoot()).catch(() => workspaceRoot()))) process.env.GITHUB_WORKSPACE = path.dirname(real)
  try {
    return await validateInWorkspace(platform, real)
  } finally {
    if (workspace === undefined) delete process.env.GITHUB_WORKSPACE
    else process.env.GITHUB_WORKSPACE = workspace
  }
}

async function validateInWorkspace(platform: string, dir: string): Promise<RunReport> {
  const values: Partial<Record<InputName, string>> = { [Input.Platform]: platform, [Input.Operation]: 'validate', [Input.Path]: dir }
  let report: RunReport | undefined
  const frontEnd: FrontEnd = {
    log: new MemoryLogger(false),
    artifacts: noArtifactStore,
    input: (name) => values[name] ?? '',
    resumeHint: () => '',
    publish: async (published) => {
      report = published
    },
  }
  await run(frontEnd)
  return report!
}
