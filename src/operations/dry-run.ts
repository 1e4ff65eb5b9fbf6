import type { Bundle } from '../core/bundle.js'
import { untrustedText } from '../core/untrusted-text.js'
import type { Preflight } from '../platforms/platform.js'
import type { RunContext } from './context.js'
import type { DryRunVerdict, Result } from './result.js'

/**
 * `dry-run: true`: the bundle has been read and checked; now the platform checks the target
 * without changing it (credentials, folder, name, version) and says what it could not check.
 * Nothing is imported.
 */
export async function dryRun(context: RunContext, bundle: Bundle, result: Result): Promise<void> {
  const { platform, log } = context
  const client = context.client()
  const preflight: Preflight = client.preflight
    ? await log.group(`Check the target in ${platform.title} (dry run)`, () => client.preflight!(bundle))
    : { checked: [], unchecked: [`anything about the target: flowferry has no dry run for ${platform.title}`], findings: [] }
  // The clauses quote names from the bundle and ids from replies: one line each, masked, at the entrance.
  const clause = (text: string) => untrustedText(text, 600)
  const verdict: DryRunVerdict = {
    checked: [`the bundle: manifest, checksums and ${platform.title}'s rules`, ...preflight.checked].map(clause),
    // No platform offers a check of a workflow's content short of importing it.
    unchecked: [...preflight.unchecked, `whether ${platform.title} accepts the workflow's content: only the import itself checks it`].map(clause),
  }
  result.dryRun = verdict
  result.findings = [...(result.findings ?? []), ...preflight.findings]
  const errors = preflight.findings.filter((finding) => finding.severity === 'error').map((finding) => finding.message)
  result.status = errors.length > 0 ? 'failed' : 'skipped'
  result.message = dryRunHeadline(verdict, errors)
  for (const line of dryRunLines(verdict)) log.info(line)
  if (errors.length === 0) log.info(result.message)
}

/**
 * The one-line verdict: the failure when a check failed, else exactly what was checked and what
 * was not. E.g. "dry run, nothing imported: checked the bundle: …; Kore.ai accepts the API key —
 * not checked: whether the name "Invoice triage" is free: Kore.ai has no API that lists workflows, …".
 */
function dryRunHeadline(verdict: DryRunVerdict, errors: readonly string[] = []): string {
  if (errors.length > 0) return `dry run: the import would fail: ${errors.join('; ')}`
  const checked = verdict.checked.length > 0 ? `checked ${verdict.checked.join('; ')}` : 'nothing could be checked'
  const unchecked = verdict.unchecked.length > 0 ? ` — not checked: ${verdict.unchecked.join('; ')}` : ''
  return `dry run, nothing imported: ${checked}${unchecked}`
}

/** The verdict as lines, for the log. */
function dryRunLines(verdict: DryRunVerdict): string[] {
  return [...verdict.checked.map((line) => `checked: ${line}`), ...verdict.unchecked.map((line) => `not checked: ${line}`)]
}
