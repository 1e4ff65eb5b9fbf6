import { glob, mkdtemp, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { adoptFiles, MANIFEST, type Bundle } from '../core/bundle.js'
import { readBundle } from '../core/bundle-read.js'
import { BundleError, InputError, type Finding } from '../core/errors.js'
import { displayPath, exists } from '../core/fs.js'
import { releaseGarbage } from '../core/memory.js'
import { confineExisting, confineInput, workspaceRoot } from '../core/paths.js'
import { checkPlainFile } from '../core/plain-file.js'
import { Input } from '../input-names.js'
import { isGlob } from './glob.js'
import type { RunContext } from './context.js'

const PLATFORM_FILE = /\.(zip|json)$/i
/**
 * How many paths a glob may match, and how many bundles it may name: a batch is a directory of
 * bundles, not the whole workspace (`**` over node_modules), and every bundle becomes a row
 * of the summary and an entry of the `result` output.
 */
export const GLOB_LIMIT = { matches: 10_000, bundles: 1_000 }

/**
 * The bundles `path` names. A plain path is used as it is. A glob keeps, among its matches,
 * directories holding a flowferry.json, flowferry.json files (their directory), and .zip/.json
 * platform files that are not inside one of those bundles; anything else it matches is ignored.
 * Every path must resolve inside the workspace (core/paths.ts): a match that leads out of it,
 * through `..` or a symbolic link, fails the step rather than being read.
 */
export async function locateBundles(pattern: string): Promise<string[]> {
  if (!isGlob(pattern)) return [await confineInput(pattern, Input.Path)]
  // fs.promises.glob came with Node 22; the CLI may be started by an older Node despite `engines`.
  if (typeof glob !== 'function') {
    throw new InputError(Input.Path, `'${pattern}' is a glob, and globs need Node.js 22 or later (this is ${process.version}): upgrade Node, or name one bundle per step`, 'bundles/invoice-triage')
  }
  const cwd = workspaceRoot()
  const bundles = new Set<string>()
  const files: string[] = []
  let matches = 0
  for await (const match of glob(pattern, { cwd })) {
    if (++matches > GLOB_LIMIT.matches) {
      throw new InputError(Input.Path, `'${pattern}' matches more than ${GLOB_LIMIT.matches} paths; narrow it to the bundles' directory`, 'bundles/*/')
    }
    const absolute = path.resolve(cwd, match)
    await confineExisting(absolute, { shown: match, input: Input.Path })
    const info = await stat(absolute).catch(() => undefined)
    if (!info) continue
    if (info.isDirectory()) {
      if (await exists(path.join(absolute, MANIFEST))) bundles.add(absolute)
    } else if (path.basename(absolute) === MANIFEST) {
      bundles.add(path.dirname(absolute))
    } else if (PLATFORM_FILE.test(absolute)) {
      files.push(absolute)
    }
  }
  const inside = (file: string) => [...bundles].some((dir) => file.startsWith(dir + path.sep))
  const found = [...bundles, ...files.filter((file) => !inside(file))].sort()
  if (found.length > GLOB_LIMIT.bundles) {
    throw new InputError(Input.Path, `'${pattern}' names ${found.length} bundles, more than the ${GLOB_LIMIT.bundles} one step takes; split them over several steps`, 'bundles/team-a/*/')
  }
  if (found.length === 0) {
    throw new InputError(Input.Path, `'${pattern}' matches no bundle directory (with ${MANIFEST}) and no .zip or .json platform file`, 'bundles/*/')
  }
  return found
}

/**
 * Opens one bundle: a directory with a manifest is read and its checksums verified; a platform
 * file or directory without one is adopted (copied or unpacked into a temporary directory that
 * `cleanup` removes at the end of the run).
 */
export async function openBundle(location: string, context: RunContext, cleanup: string[]): Promise<Bundle> {
  const { platform, settings } = context
  if (!(await exists(location))) {
    throw new InputError(Input.Path, `'${displayPath(location)}' does not exist`, 'flowferry-export')
  }
  const info = await stat(location)
  if (info.isDirectory() && (await exists(path.join(location, MANIFEST)))) return readBundle(location, platform.name)
  // A platform file is read as it is: it must be the file itself (no link, no FIFO), like a bundle's files.
  if (!info.isDirectory()) await checkPlainFile(location, { shown: displayPath(location), input: Input.Path })

  const dir = await mkdtemp(path.join(process.env.RUNNER_TEMP ?? tmpdir(), 'flowferry-adopt-'))
  cleanup.push(dir)
  const adopted = await (await platform.loadRules()).adopt(location, dir, { log: context.log, settings })
  context.log.info(`${displayPath(location)} has no ${MANIFEST}; read it as a ${platform.title} export`)
  return adoptFiles(dir, platform.name, settings.workflowName ?? adopted.name, adopted.files, displayPath(location))
}

/** The platform's offline checks; errors make the bundle unusable, warnings are reported. */
export async function checkBundle(bundle: Bundle, context: RunContext): Promise<Finding[]> {
  const findings = (await (await context.platform.loadRules()).check?.(bundle, { log: context.log, settings: context.settings })) ?? []
  // The documents the checks parsed are garbage now: the upload that follows starts without them.
  releaseGarbage()
  return findings
}

/** Opens and checks a bundle, throwing a BundleError with every error finding when it is unusable. */
export async function openCheckedBundle(location: string, context: RunContext, cleanup: string[]): Promise<{ bundle: Bundle; findings: Finding[] }> {
  const bundle = await openBundle(location, context, cleanup)
  const findings = await checkBundle(bundle, context)
  const errors = findings.filter((finding) => finding.severity === 'error')
  if (errors.length > 0) {
    throw new BundleError(
      `${bundle.location}: ${errors.length} problem${errors.length > 1 ? 's' : ''} found before sending anything: ${errors.map((f) => f.message).join('; ')}`,
      findings,
    )
  }
  return { bundle, findings }
}
