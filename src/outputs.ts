import { jsonText, oneLine, withoutQuery } from './core/untrusted-text.js'
import { Output, type OutputName } from './output-names.js'
import type { RunReport } from './report.js'
import type { Result } from './operations/result.js'

/**
 * The contract's outputs from a run. With a glob of bundles, `result` is the array of results and
 * the per-workflow outputs stay empty (there is no single workflow to name); `status` is the
 * worst of the batch and `files` lists the files of all bundles.
 *
 * Values come partly from platform replies. Each output but `result` and `files` (JSON, with
 * every control, separator and bidi character escaped) is one line with visible escapes, so that a later step
 * that puts it into a command line or a file gets no line it did not expect; `download-url`
 * loses its query (a presigned link's signature) here and in `result`.
 */
export function outputsOf(report: RunReport): Record<OutputName, string> {
  const single = report.batch ? undefined : report.results[0]
  const pick = (key: keyof Result) => {
    const value = single?.[key]
    return value === undefined || value === null ? '' : oneLine(String(value))
  }
  return {
    [Output.Status]: report.status,
    [Output.PlatformStatus]: pick('platformStatus'),
    [Output.WorkflowId]: pick('workflowId'),
    [Output.JobId]: pick('jobId'),
    [Output.Version]: pick('version'),
    [Output.Path]: pick('path'),
    [Output.Files]: jsonText(report.results.flatMap((result) => result.files ?? [])),
    [Output.ArtifactId]: pick('artifactId'),
    [Output.ArtifactUrl]: pick('artifactUrl'),
    [Output.DownloadUrl]: single?.downloadUrl ? withoutQuery(single.downloadUrl) : '',
    [Output.Changed]: report.operation === 'diff' ? String(report.results.some((result) => result.changed === true)) : '',
    [Output.BackupArtifactId]: pick('backupArtifactId'),
    [Output.CommentUrl]: report.commentUrl ? oneLine(report.commentUrl) : '',
    [Output.Result]: jsonText(report.batch ? report.results.map(publicResult) : publicResult(report.results[0]!)),
  }
}

/** The result as the `result` output carries it: the diff stays in the summary and the pull-request comment. */
function publicResult(result: Result): Omit<Result, 'diff' | 'diffFiles'> {
  const { diff: _diff, diffFiles: _diffFiles, ...rest } = result
  return rest.downloadUrl ? { ...rest, downloadUrl: withoutQuery(rest.downloadUrl) } : rest
}
