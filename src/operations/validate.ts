import { mapLimit } from '../core/concurrency.js'
import { displayPath } from '../core/fs.js'
import type { RunContext } from './context.js'
import { checkBundle, locateBundles, openBundle } from './bundles.js'
import { newResult, settle, type Result } from './result.js'

/**
 * `operation: validate`: offline checks of every bundle `path` names (manifest, checksums,
 * JSON syntax, the platform's structural rules). Needs no credentials.
 */
export async function validateOperation(context: RunContext): Promise<Result[]> {
  const locations = await locateBundles(context.settings.path)
  return mapLimit(locations, context.settings.concurrency, (location) => validateOne(context, location))
}

async function validateOne(context: RunContext, location: string): Promise<Result> {
  const result = newResult(context.platform.name, 'validate', { path: displayPath(location) })
  return settle(result, context.clock, async (cleanup) => {
    const bundle = await openBundle(location, context, cleanup)
    result.path = bundle.location
    result.workflowName = bundle.manifest.name
    result.workflowId = bundle.manifest.source?.workflowId ?? undefined
    result.files = bundle.manifest.files.map((file) => `${bundle.location}/${file.path}`)
    const findings = await checkBundle(bundle, context)
    result.findings = findings
    const errors = findings.filter((finding) => finding.severity === 'error').length
    const warnings = findings.filter((finding) => finding.severity === 'warning').length
    if (errors > 0) {
      result.status = 'failed'
      result.message = `${bundle.location}: ${errors} error${errors > 1 ? 's' : ''}${warnings ? `, ${warnings} warning${warnings > 1 ? 's' : ''}` : ''}`
      result.hint = 'Each finding is annotated on its file and line; fix them and push again.'
    } else {
      context.log.info(`${bundle.location}: valid${warnings ? ` (${warnings} warning${warnings > 1 ? 's' : ''})` : ''}`)
    }
  })
}
