import type { Logger } from '../../core/log.js'
import { untrustedText } from '../../core/untrusted-text.js'
import type { RunReport } from '../../report.js'
import { VERSION } from '../../version.js'
import { draftsDir, readDrafts, writeDraft } from './drafts.js'
import { entryOf, mergeEntries, type CommentEntry } from './entries.js'
import { readEvent, type PullRequestTarget } from './event.js'
import { renderComment, type CommentFrame } from './render.js'
import { entriesFromState, markerOf, stateLine } from './state.js'

/**
 * `pr-comment`: the step's results, with those of the job's earlier steps (drafts.ts) and of the
 * run's earlier jobs (state.ts), written into the pull request's one flowferry comment for this
 * workflow file and platform. Nothing here changes the step's result: when the comment cannot be
 * written (no pull request, no permission, an API failure), the step says so once and goes on.
 * Returns the comment's URL, for the `comment-url` output.
 */
export async function commentOnPullRequest(report: RunReport, log: Logger, env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  const at = new Date()
  const entries = report.results.flatMap((result) => entryOf(result, at) ?? [])
  const dir = draftsDir(env)
  if (dir) await writeDraft(dir, report.platform, entries).catch((error: Error) => log.debug(`pr-comment: draft not written: ${error.message}`))
  if (!report.prComment) return undefined

  const reading = await readEvent(env)
  if ('skip' in reading) {
    log.info(reading.skip)
    return undefined
  }
  const { target } = reading
  const job = dir ? await readDrafts(dir, report.platform) : entries
  if (job.length === 0) {
    log.info(`pr-comment: ${report.operation} has nothing for a pull-request comment (it reports validate, dry runs and diffs)`)
    return undefined
  }
  const token = report.prComment.token
  if (!token) {
    log.warning('pr-comment: github-token is empty, so no comment was written. Leave it unset (the job token is the default) or give a token that can write to pull requests')
    return undefined
  }

  try {
    // Loaded only for a comment to write: @actions/github reads the whole event payload when it is
    // imported (its `context`), which a step that writes only a draft has no use for.
    const { commentApi } = await import('./github.js')
    const api = commentApi(target, token, (message) => log.debug(`pr-comment: ${message}`))
    const marker = markerOf(target.workflow, report.platform)
    const existing = await api.find(marker)
    log.debug(`pr-comment: ${existing ? `comment ${existing.id} has` : 'no comment of this token has'} the marker ${marker}`)
    const all = mergeEntries(existing ? entriesFromState(existing.body, target.runId) : [], job)
    const body = renderComment(frameOf(target, marker, report.platform), all, [], (kept: CommentEntry[]) => stateLine(target.runId, kept))
    const url = existing ? await api.update(existing.id, body) : await api.create(body)
    log.info(`pr-comment: ${existing ? 'updated' : 'wrote'} the pull request's comment: ${url}`)
    return url
  } catch (error) {
    log.warning(warningOf(error, target))
    return undefined
  }
}

function frameOf(target: PullRequestTarget, marker: string, platform: string): CommentFrame {
  const server = target.serverUrl.href.replace(/\/+$/, '')
  const repository = `${server}/${target.owner}/${target.repo}`
  return {
    marker,
    platformTitle: platform,
    blobBase: target.headSha ? `${repository}/blob/${target.headSha}/` : undefined,
    headSha: target.headSha,
    runUrl: target.runId ? `${repository}/actions/runs/${target.runId}${target.runAttempt && target.runAttempt !== '1' ? `/attempts/${target.runAttempt}` : ''}` : undefined,
    runLabel: target.runId ? `run ${target.runId}` : 'this run',
    workflowLabel: target.workflow,
    version: VERSION,
  }
}

function warningOf(error: unknown, target: PullRequestTarget): string {
  const failure = failureOf(error)
  const said = untrustedText(failure.message, 300)
  const where = `pull request #${target.number}`
  if (failure.permission) {
    return (
      `pr-comment: the token cannot write a comment on ${where} (HTTP ${failure.status}: ${said}). ` +
      'Give the job `permissions: pull-requests: write`; a pull request from a fork gets a read-only token, and its comment is left out. The step’s result is unchanged'
    )
  }
  return `pr-comment: the comment on ${where} was not written (${failure.status ? `HTTP ${failure.status}: ` : ''}${said}). The step’s result is unchanged`
}

/** What went wrong, in a sentence with the fix: no permission (a fork's read-only token), or anything else. */
function failureOf(error: unknown): { status?: number; permission: boolean; message: string } {
  const status = typeof (error as { status?: unknown })?.status === 'number' ? ((error as { status: number }).status) : undefined
  const message = error instanceof Error ? error.message : String(error)
  // GitHub answers a rate limit with 403 too, saying so: that is not a missing permission.
  const limited = /\brate limit/i.test(message)
  return { status, permission: status === 401 || status === 404 || (status === 403 && !limited), message }
}
