import { mapLimit } from '../core/concurrency.js'
import { displayPath } from '../core/fs.js'
import type { RunContext } from './context.js'
import { locateBundles, openCheckedBundle, removeAll } from './bundles.js'
import { followJob } from './job.js'
import { newResult, recordFailure, type Result } from './result.js'

/** `operation: import`: each bundle `path` names, `concurrency` at a time; one failure stops no other. */
export async function importOperation(context: RunContext): Promise<Result[]> {
  const locations = await locateBundles(context.settings.path)
  return mapLimit(locations, context.settings.concurrency, (location) => importOne(context, location))
}

async function importOne(context: RunContext, location: string): Promise<Result> {
  const { platform, log, settings } = context
  const result = newResult(platform.name, 'import')
  const started = context.clock.now()
  const cleanup: string[] = []
  try {
    const { bundle, findings } = await log.group(`Read the bundle ${displayPath(location)}`, async () => {
      const opened = await openCheckedBundle(location, context, cleanup)
      log.info(`${opened.bundle.location}: "${opened.bundle.manifest.name}", ${opened.bundle.manifest.files.length} files, checksums verified`)
      return opened
    })
    result.path = bundle.location
    result.workflowName = settings.workflowName ?? bundle.manifest.name
    result.files = bundle.manifest.files.map((file) => `${bundle.location}/${file.path}`)
    if (findings.length > 0) result.findings = findings

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
  } catch (error) {
    recordFailure(result, error)
  } finally {
    await removeAll(cleanup)
    result.durationMs = context.clock.now() - started
  }
  return result
}
