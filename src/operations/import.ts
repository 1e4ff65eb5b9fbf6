import { mapLimit } from '../core/concurrency.js'
import { displayPath } from '../core/fs.js'
import type { RunContext } from './context.js'
import { backUp } from './backup.js'
import { dryRun } from './dry-run.js'
import { locateBundles, openCheckedBundle } from './bundles.js'
import { followJob } from './job.js'
import { newResult, settle, type Result } from './result.js'
import { fillPlaceholders, loadVars, type Vars } from './vars.js'

/** `operation: import`: each bundle `path` names, `concurrency` at a time; one failure stops no other. */
export async function importOperation(context: RunContext): Promise<Result[]> {
  const locations = await locateBundles(context.settings.path)
  const vars = await loadVars(context)
  return mapLimit(locations, context.settings.concurrency, (location) => importOne(context, location, vars))
}

async function importOne(context: RunContext, location: string, vars: Vars): Promise<Result> {
  const { platform, log, settings } = context
  const result = newResult(platform.name, 'import', { path: displayPath(location) })
  return settle(result, context.clock, async (cleanup) => {
    const { bundle, findings } = await log.group(`Read the bundle ${displayPath(location)}`, async () => {
      const opened = await openCheckedBundle(location, context, cleanup)
      log.info(`${opened.bundle.location}: "${opened.bundle.manifest.name}", ${opened.bundle.manifest.files.length} files, checksums verified`)
      return { ...opened, bundle: await fillPlaceholders(context, opened.bundle, vars, cleanup) }
    })
    result.path = bundle.location
    result.workflowName = settings.workflowName ?? bundle.manifest.name
    result.files = bundle.manifest.files.map((file) => `${bundle.location}/${file.path}`)
    if (findings.length > 0) result.findings = findings

    if (settings.dryRun) {
      await dryRun(context, bundle, result)
      return
    }

    if (settings.backup) await backUp(context, bundle, result)

    const outcome = await log.group(`Import into ${platform.title}`, () => context.client().importBundle(bundle))
    result.workflowId = outcome.workflowId
    result.workflowName = outcome.workflowName ?? result.workflowName
    result.version = outcome.version
    result.platformStatus = outcome.platformStatus
    if (outcome.notes?.length) result.notes = outcome.notes
    if (outcome.job) {
      const final = await followJob(context, outcome.job, result, `the import of ${bundle.location}`)
      if (final?.workflowId) result.workflowId = final.workflowId
    }
  })
}
