import { formatDuration } from './core/duration.js'
import { formatLocation, type Finding } from './core/errors.js'
import { SUMMARY_BUDGET_BYTES } from './core/limits.js'
import { markdownBlock, markdownCode, markdownLink, markdownText } from './core/markdown.js'
import type { RunReport } from './report.js'
import type { DryRunVerdict, Result, Status } from './operations/result.js'

/** The status as an icon, in the summary and the pull-request comment. */
export const STATUS_ICON: Record<Status, string> = {
  succeeded: '✅',
  failed: '❌',
  'timed-out': '⏱️',
  'in-progress': '⏳',
  skipped: '⏭️',
}

/**
 * The job summary: what ran, on what, how it ended, and what to do next. Every value that came
 * from outside (messages, names, ids, paths, findings, the platform's status) goes through
 * core/markdown.ts: it shows as text and cannot add HTML, links, images or table cells.
 */
export function renderSummary(report: RunReport): string {
  const lines: string[] = []
  const title = report.results[0]?.platform ?? report.platform
  lines.push(`### ${STATUS_ICON[report.status]} flowferry ${markdownText(report.operation)} · ${markdownText(title)} · ${report.status}`, '')
  if (report.batch || report.results.length > 1) {
    lines.push(...batchTable(report.results), '')
    for (const result of report.results) lines.push(...details(result, true))
  } else if (report.results[0]) {
    lines.push(...singleTable(report.results[0], report.durationMs), '')
    lines.push(...details(report.results[0], false))
  }
  return withinBudget(`${lines.join('\n').trimEnd()}\n`)
}

/**
 * The summary within SUMMARY_BUDGET_BYTES (core/limits.ts): past 1 MiB GitHub shows none of it, and
 * a batch of 1,000 bundles with long messages passes that. It is cut at a line end, a code block or
 * a <details> left open is closed, and a last line says where the rest is.
 */
function withinBudget(text: string): string {
  if (Buffer.byteLength(text) <= SUMMARY_BUDGET_BYTES) return text
  let cut = text.slice(0, SUMMARY_BUDGET_BYTES)
  while (Buffer.byteLength(cut) > SUMMARY_BUDGET_BYTES) cut = cut.slice(0, cut.length - 1024)
  cut = cut.slice(0, cut.lastIndexOf('\n') + 1)
  const fences = cut.split('\n').filter((line) => /^(`{3,}|~{3,})/.test(line))
  const closing: string[] = []
  if (fences.length % 2 === 1) closing.push(fences.at(-1)!.match(/^(`+|~+)/)![1]!)
  const open = (cut.match(/<details>/g) ?? []).length - (cut.match(/<\/details>/g) ?? []).length
  for (let i = 0; i < open; i++) closing.push('</details>')
  return `${cut}${closing.join('\n')}${closing.length ? '\n' : ''}\n_The summary stops here: GitHub shows at most 1 MiB of it. The log and the \`result\` output have every bundle._\n`
}

function singleTable(result: Result, durationMs: number): string[] {
  const rows: [string, string | undefined][] = [
    ['Platform', markdownText(result.platform)],
    ['Operation', markdownText(result.operation)],
    ['Workflow', workflow(result)],
    ['Status', `${result.status}${result.platformStatus ? ` (platform: ${code(result.platformStatus)})` : ''}`],
    ['Job id', result.jobId && code(result.jobId)],
    ['Version', result.version && code(result.version)],
    ['Bundle', result.path && code(result.path)],
    ['Artifact', artifact(result)],
    ['Backup', result.backupArtifactId && `artifact ${code(result.backupArtifactId)}`],
    ['Changed', result.changed === undefined ? undefined : String(result.changed)],
    ['Duration', formatDuration(result.durationMs ?? durationMs)],
  ]
  return ['| | |', '|---|---|', ...rows.filter(([, value]) => value).map(([key, value]) => `| ${key} | ${value} |`)]
}

function batchTable(results: Result[]): string[] {
  return [
    '| Bundle | Workflow | Status | Job id | Duration | Note |',
    '|---|---|---|---|---|---|',
    ...results.map((result) =>
      [
        result.path ? code(result.path) : '',
        workflow(result) ?? '',
        `${STATUS_ICON[result.status]} ${result.status}`,
        result.jobId ? code(result.jobId) : '',
        result.durationMs === undefined ? '' : formatDuration(result.durationMs),
        markdownText(result.message ?? ''),
      ].join(' | '),
    ).map((row) => `| ${row} |`),
  ]
}

function details(result: Result, batch: boolean): string[] {
  const lines: string[] = []
  const label = batch && result.path ? ` (${markdownCode(result.path)})` : ''
  // A dry run that found nothing wrong says what it checked below; its headline is no failure.
  if (result.message && result.status !== 'succeeded' && !(result.dryRun && result.status === 'skipped')) {
    lines.push(`**${result.status === 'in-progress' ? 'Pending' : 'What went wrong'}${label}:** ${markdownText(result.message)}`, '')
  }
  if (result.dryRun) lines.push(...dryRunMarkdown(result.dryRun, label), '')
  if (result.hint) {
    lines.push(result.hint.includes('\n') ? markdownBlock(result.hint, 'yaml') : `**What to do:** ${markdownText(result.hint)}`, '')
  }
  if (result.findings?.length) lines.push(...findingsTable(result.findings), '')
  if (result.placeholders?.length) {
    lines.push(
      '**Secrets left out of the bundle.** An import needs a value for each placeholder, from `vars-file` or a `FLOWFERRY_VAR_<NAME>` environment variable:',
      '',
      ...result.placeholders.map((p) => `- ${markdownCode(p.split(' ')[0]!)} ${markdownText(p.slice(p.indexOf(' ') + 1))}`),
      '',
    )
  }
  if (result.diff) lines.push(result.diff, '')
  if (!batch && result.files?.length) {
    lines.push('<details><summary>Files</summary>', '', ...result.files.map((file) => `- ${markdownCode(file)}`), '', '</details>', '')
  }
  if (result.notes?.length) lines.push(...result.notes.map((note) => `> ${markdownText(note)}`), '')
  return lines
}

/** A dry run's verdict: what it checked and what it could not (the summary and the pull-request comment). */
export function dryRunMarkdown(verdict: DryRunVerdict, label = ''): string[] {
  return [
    `**Dry run${label}:** nothing was imported.`,
    '',
    ...verdict.checked.map((line) => `- ✔️ checked: ${markdownText(line)}`),
    ...verdict.unchecked.map((line) => `- ❔ not checked: ${markdownText(line)}`),
  ]
}

function findingsTable(findings: Finding[]): string[] {
  return [
    '| | File | Problem | Check |',
    '|---|---|---|---|',
    ...findings.map(
      (f) => `| ${f.severity === 'error' ? '❌' : f.severity === 'warning' ? '⚠️' : 'ℹ️'} | ${code(formatLocation(f))} | ${markdownText(f.message)} | ${code(f.rule)} |`,
    ),
  ]
}

function workflow(result: Result): string | undefined {
  if (result.workflowName && result.workflowId) return `${markdownText(result.workflowName)} (${code(result.workflowId)})`
  if (result.workflowId) return code(result.workflowId)
  return result.workflowName ? markdownText(result.workflowName) : undefined
}

function artifact(result: Result): string | undefined {
  if (!result.artifactId) return undefined
  const name = result.artifactName ?? result.artifactId
  return result.artifactUrl ? markdownLink(name, result.artifactUrl) : `${markdownText(name)} (id ${code(result.artifactId)})`
}

/** Inline code that is safe in a table cell too (every use here may be in one). */
function code(text: string): string {
  return markdownCode(text, { table: true })
}
