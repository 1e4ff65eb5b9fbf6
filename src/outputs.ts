import { OUTPUT_JSON_BUDGET_BYTES } from './core/limits.js'
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
    [Output.Files]: filesText(report.results.flatMap((result) => result.files ?? [])),
    [Output.ArtifactId]: pick('artifactId'),
    [Output.ArtifactUrl]: pick('artifactUrl'),
    [Output.DownloadUrl]: single?.downloadUrl ? withoutQuery(single.downloadUrl) : '',
    [Output.Changed]: report.operation === 'diff' ? String(report.results.some((result) => result.changed === true)) : '',
    [Output.BackupArtifactId]: pick('backupArtifactId'),
    [Output.CommentUrl]: report.commentUrl ? oneLine(report.commentUrl) : '',
    [Output.Result]: resultText(report),
  }
}

/** The result as the `result` output carries it: the diff stays in the summary and the pull-request comment. */
function publicResult(result: Result): Omit<Result, 'diff' | 'diffFiles'> {
  const { diff: _diff, diffFiles: _diffFiles, ...rest } = result
  return rest.downloadUrl ? { ...rest, downloadUrl: withoutQuery(rest.downloadUrl) } : rest
}

/**
 * `result` within OUTPUT_JSON_BUDGET_BYTES (core/limits.ts): whole when it fits; else each result
 * without its lists (findings, notes, files, the dry run's clauses) and with a short message; else,
 * past what fits, only each bundle's path and status. A shortened result says `"shortened": true`;
 * the log and the summary keep the rest.
 */
function resultText(report: RunReport): string {
  const results = report.results.map(publicResult)
  const whole = jsonText(report.batch ? results : results[0]!)
  if (Buffer.byteLength(whole) <= OUTPUT_JSON_BUDGET_BYTES) return whole
  const compact = results.map(compactResult)
  if (!report.batch) return jsonText(compact[0]!)
  const shown: object[] = []
  // Room kept for the bare path and status of every bundle after the ones shown in full.
  let left = OUTPUT_JSON_BUDGET_BYTES - results.length * 300
  for (const [i, result] of compact.entries()) {
    const size = Buffer.byteLength(jsonText(result)) + 1
    if (size > left) {
      shown.push(...results.slice(i).map((rest) => ({ path: cutText(rest.path, 200), status: rest.status, shortened: true })))
      break
    }
    left -= size - 300
    shown.push(result)
  }
  return jsonText(shown)
}

function compactResult(result: ReturnType<typeof publicResult>): object {
  const { findings: _f, notes: _n, files: _files, dryRun: _d, placeholders: _p, hint, message, ...rest } = result
  return { ...rest, message: cutText(message, 300), hint: cutText(hint, 300), shortened: true }
}

function cutText(text: string | undefined, max: number): string | undefined {
  return text === undefined || text.length <= max ? text : `${text.slice(0, max)}…`
}

/** `files` within the budget: the first paths that fit (a glob of 1,000 bundles of 1,000 files each lists a million). */
function filesText(files: string[]): string {
  const whole = jsonText(files)
  if (Buffer.byteLength(whole) <= OUTPUT_JSON_BUDGET_BYTES) return whole
  let size = 2
  const kept: string[] = []
  for (const file of files) {
    size += Buffer.byteLength(jsonText(file)) + 1
    if (size > OUTPUT_JSON_BUDGET_BYTES) break
    kept.push(file)
  }
  return jsonText(kept)
}
