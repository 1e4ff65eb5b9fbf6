import { mapLimitAhead } from '../core/concurrency.js'
import { displayPath } from '../core/fs.js'
import type { RunContext } from './context.js'
import { locateBundles, openCheckedBundle } from './bundles.js'
import type { Bundle } from '../core/bundle.js'
import type { Finding } from '../core/errors.js'
import { followJob } from './job.js'
import { newResult, removeDirs, settle, type Result } from './result.js'
import { fillPlaceholders, loadVars, type Vars } from './vars.js'
import type { StagedImport } from '../platforms/platform.js'

/**
 * `operation: import`: each bundle `path` names, `concurrency` at a time; one failure stops no
 * other. The next bundle is read and checked while one waits for its platform job (mapLimitAhead),
 * and where the platform stages imports (sends the files apart from the import that names them),
 * its files are sent then too: the slot's next import starts as soon as the job before it ends.
 * A bundle's temporary directories are removed while the next one is sent, not before: the
 * removal is local work that nothing sent waits for, and all are removed before the step ends.
 */
export async function importOperation(context: RunContext): Promise<Result[]> {
  const locations = await locateBundles(context.settings.path)
  const vars = await loadVars(context)
  const removals: Promise<unknown>[] = []
  try {
    return await mapLimitAhead(
      locations,
      context.settings.concurrency,
      (location) => readOne(context, location, vars),
      async (read, location, _index, idle) => {
        const result = await importOne(context, location, read, idle)
        const removal = removeDirs(read.cleanup)
        // Awaited below, with the others; until then a failure must not count as unhandled.
        removal.catch(() => undefined)
        removals.push(removal)
        return result
      },
    )
  } finally {
    await Promise.all(removals)
  }
}

/** A bundle read, checked and filled in, or why it could not be; with the temporary directories it made. */
interface Read {
  cleanup: string[]
  ms: number
  opened?: { bundle: Bundle; findings: Finding[] }
  /** Its import, files already sent: where the platform stages imports and this is no dry run. */
  staged?: StagedImport
  error?: unknown
}

async function readOne(context: RunContext, location: string, vars: Vars): Promise<Read> {
  const { log, clock } = context
  const cleanup: string[] = []
  const started = clock.now()
  let opened: Read['opened']
  try {
    opened = await log.group(`Read the bundle ${displayPath(location)}`, async () => {
      const opened = await openCheckedBundle(location, context, cleanup)
      log.info(`${opened.bundle.location}: "${opened.bundle.manifest.name}", ${opened.bundle.manifest.files.length} files, checksums verified`)
      return { ...opened, bundle: await fillPlaceholders(context, opened.bundle, vars, cleanup) }
    })
    const { bundle } = opened
    const client = context.settings.dryRun ? undefined : context.client()
    const staged = client?.stageImport && (await log.group(`Send the files of ${bundle.location} to ${context.platform.title}`, () => client.stageImport!(bundle)))
    return { cleanup, ms: clock.now() - started, opened, staged }
  } catch (error) {
    // A bundle read whose files could not be sent keeps what was read: its result names it.
    return { cleanup, ms: clock.now() - started, opened, error }
  }
}

async function importOne(context: RunContext, location: string, read: Read, idle: () => void): Promise<Result> {
  const { platform, log, settings } = context
  const result = newResult(platform.name, 'import', { path: displayPath(location) })
  await settle(result, context.clock, async () => {
    if (!read.opened) throw read.error
    const { bundle, findings } = read.opened
    result.path = bundle.location
    result.workflowName = settings.workflowName ?? bundle.manifest.name
    result.files = bundle.manifest.files.map((file) => `${bundle.location}/${file.path}`)
    if (findings.length > 0) result.findings = findings
    if (read.error) throw read.error

    // A dry run and a backup load their code when asked: a backup is an export (the artifact
    // client), and most imports want neither.
    if (settings.dryRun) {
      const { dryRun } = await import('./dry-run.js')
      await dryRun(context, bundle, result)
      return
    }

    if (settings.backup) await (await import('./backup.js')).backUp(context, bundle, result)

    const outcome = await log.group(`Import into ${platform.title}`, () => read.staged ? read.staged.start() : context.client().importBundle(bundle))
    result.workflowId = outcome.workflowId
    result.workflowName = outcome.workflowName ?? result.workflowName
    result.version = outcome.version
    result.platformStatus = outcome.platformStatus
    if (outcome.notes?.length) result.notes = outcome.notes
    if (outcome.job) {
      // Nothing to do here until the job ends: the next bundle is read meanwhile.
      if (outcome.job.state === 'running') idle()
      const final = await followJob(context, outcome.job, result, `the import of ${bundle.location}`)
      if (final?.workflowId) result.workflowId = final.workflowId
    }
  })
  // The bundle's time includes its reading, done before its turn or at its start.
  if (result.durationMs !== undefined) result.durationMs += read.ms
  return result
}
