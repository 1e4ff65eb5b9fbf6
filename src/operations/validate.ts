import { mapLimit } from '../core/concurrency.js'
import { displayPath } from '../core/fs.js'
import { phrase } from '../core/phrasing.js'
import type { RunContext } from './context.js'
import { checkBundle, locateBundles } from './bundles.js'
import { newResult, settle, type Result } from './result.js'
import { openUnsealed } from './unsealed.js'

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
    const { bundle, drift, driftHint } = await openUnsealed(location, context, cleanup)
    result.path = bundle.location
    result.workflowName = bundle.manifest.name
    result.workflowId = bundle.manifest.source?.workflowId ?? undefined
    result.files = bundle.manifest.files.map((file) => `${bundle.location}/${file.path}`)
    // Drift and the other findings together: an unsealed edit is checked now, not after sealing.
    const findings = [...drift, ...(await checkBundle(bundle, context))]
    result.findings = findings
    const errors = findings.filter((finding) => finding.severity === 'error').length
    const warnings = findings.filter((finding) => finding.severity === 'warning').length
    if (errors > 0) {
      result.status = 'failed'
      result.message = `${bundle.location}: ${errors} error${errors > 1 ? 's' : ''}${warnings ? `, ${warnings} warning${warnings > 1 ? 's' : ''}` : ''}`
      const others = errors - drift.length
      result.hint = [
        others > 0 && `Each finding is ${phrase('annotated')}; fix ${others > 1 ? 'them' : 'it'}${drift.length > 0 ? ' first.' : ` and ${phrase('push-again')}.`}`,
        drift.length > 0 && driftHint,
      ]
        .filter(Boolean)
        .join(' ')
    } else {
      context.log.info(`${bundle.location}: valid${warnings ? ` (${warnings} warning${warnings > 1 ? 's' : ''})` : ''}`)
    }
  })
}
