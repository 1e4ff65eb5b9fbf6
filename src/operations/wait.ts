import { stagingDirFor } from '../core/fs.js'
import { exportTarget } from '../core/paths.js'
import { Input } from '../input-names.js'
import type { RunContext } from './context.js'
import { collect, finishExport } from './export.js'
import { followJob } from './job.js'
import { newResult, settle, type Result } from './result.js'

/**
 * `operation: wait`: picks up a job an earlier step started (with `wait: false`, or one that timed
 * out). When the job is an export, its bundle is written to `path` (default flowferry-export)
 * and uploaded, just as the export step would have done.
 */
export async function waitOperation(context: RunContext): Promise<Result[]> {
  const { platform, settings } = context
  const jobId = settings.jobId!
  const result = newResult(platform.name, 'wait', { jobId })
  await settle(result, context.clock, async (cleanup) => {
    const client = context.client()
    const current = await client.jobStatus!(jobId)
    result.workflowId = current.workflowId
    const final = await followJob(context, current, result, `job ${jobId}`, { fromCheck: true })
    if (!final) return
    result.workflowId = final.workflowId ?? result.workflowId
    result.downloadUrl = final.downloadUrl
    if (final.action?.toUpperCase() === 'EXPORT' && !final.downloadUrl && client.collectExport) {
      // Kore.ai documents the download link on the export's reply only, not on the job record:
      // without it there is nothing to fetch, and a silent success would leave the user's `path` empty.
      context.log.warning(
        `job ${jobId} is a finished export, but ${platform.title} gives no download link with it, so no bundle was written to ` +
          `${settings.path || 'flowferry-export'}. Run operation: export (with wait: true) to get the bundle.`,
      )
    }
    if (final.action?.toUpperCase() === 'EXPORT' && final.downloadUrl && client.collectExport) {
      const target = await exportTarget(settings.path || 'flowferry-export', Input.Path)
      const staging = await stagingDirFor(target)
      cleanup.push(staging)
      const exported = await collect(context, final, staging)
      await finishExport(context, result, exported, staging, target, final)
    }
  })
  return [result]
}
