import { markdownCode, markdownLink, markdownText } from '../../core/markdown.js'
import type { Status } from '../../operations/result.js'
import { dryRunMarkdown, STATUS_ICON } from '../../summary.js'
import { LIMITS, trimEntries, type CommentEntry, type CommentFileDiff, type CommentFinding } from './entries.js'

/**
 * The pull-request comment as Markdown: a line per bundle (validate, dry run, diff), then what
 * each bundle that needs a look has to say — findings linked to their lines at the pull
 * request's head commit, the dry run's verdict, the diff as a table — and a footer linking the
 * run. Every value passes core/markdown.ts (the job summary's escaping); nothing an entry holds
 * is written as Markdown of its own.
 */
export interface CommentFrame {
  /** The hidden marker that finds the comment again (first line). */
  marker: string
  platformTitle: string
  /** `https://github.com/o/r/blob/<head sha>/`, for links to file lines; absent: no links. */
  blobBase?: string
  headSha?: string
  runUrl?: string
  runLabel: string
  workflowLabel: string
  version: string
  /** The hidden state (last line), written by state.ts. */
  state?: string
}

/** GitHub refuses a comment body over 65,536 characters; the rest is margin for the state line. */
const BODY_LIMIT = 65_000

/** The first level is every detail an entry can hold (entries.ts LIMITS); each next one fewer. */
const LEVELS = [
  { findings: LIMITS.findings, changes: LIMITS.changesPerFile, files: LIMITS.files },
  { findings: 10, changes: 15, files: 5 },
  { findings: 3, changes: 5, files: 3 },
  { findings: 0, changes: 0, files: 0 },
]

/** The comment, with as much detail as fits; `entries` are trimmed the same way for the state. */
export function renderComment(frame: CommentFrame, entries: readonly CommentEntry[], notes: readonly string[], stateOf: (entries: CommentEntry[]) => string | undefined): string {
  for (const level of LEVELS) {
    const trimmed = trimEntries(entries, level)
    const state = stateOf(trimmed)
    const body = compose({ ...frame, state }, trimmed, notes, level.findings > 0)
    if (body.length <= BODY_LIMIT) return body
  }
  // Even one line per bundle is too long (hundreds of bundles): the first ones, and no state.
  const bundles = groupByBundle(entries)
  let keep = bundles.length
  let body = ''
  do {
    keep = Math.floor(keep * 0.8)
    const kept = new Set(bundles.slice(0, keep).map((bundle) => bundle.path))
    body = compose(frame, trimEntries(entries.filter((entry) => kept.has(entry.path)), LEVELS.at(-1)!), [...notes, `${bundles.length - keep} more bundles are not listed here; the run's job summary lists them all.`], false)
  } while (body.length > BODY_LIMIT && keep > 1)
  return body
}

function compose(frame: CommentFrame, entries: readonly CommentEntry[], notes: readonly string[], details: boolean): string {
  const bundles = groupByBundle(entries)
  const worst = worstOf(entries.map((entry) => entry.status))
  const failed = bundles.filter((bundle) => bundle.entries.some((entry) => entry.status === 'failed' || entry.status === 'timed-out')).length
  const verdict = failed > 0 ? `${failed} of ${bundles.length} bundle${bundles.length > 1 ? 's' : ''} failed` : `${bundles.length} bundle${bundles.length > 1 ? 's' : ''} checked`
  const lines = [frame.marker, `### ${STATUS_ICON[worst]} flowferry · ${markdownText(frame.platformTitle)} · ${verdict}`, '']
  lines.push('| Bundle | Workflow | Validate | Dry run | Diff |', '|---|---|---|---|---|')
  for (const bundle of bundles) {
    const cells = [
      markdownCode(bundle.path, { table: true }),
      workflowCell(bundle.entries),
      validateCell(bundle.op('validate')),
      importCell(bundle.op('import')),
      diffCell(bundle.op('diff')),
    ]
    lines.push(`| ${cells.join(' | ')} |`)
  }
  lines.push('')
  if (notes.length) lines.push(...notes.map((note) => `> ${markdownText(note)}`), '')
  if (details) {
    for (const bundle of bundles) lines.push(...bundleDetails(bundle.path, bundle.entries, frame))
  }
  const footer = [
    frame.runUrl ? markdownLink(frame.runLabel, frame.runUrl) : markdownText(frame.runLabel),
    markdownCode(frame.workflowLabel),
    frame.headSha ? `commit ${markdownCode(frame.headSha.slice(0, 12))}` : undefined,
    `flowferry ${markdownText(frame.version)}`,
  ].filter(Boolean)
  lines.push(`<sub>${footer.join(' · ')} · this comment is updated on every run</sub>`)
  if (frame.state) lines.push(frame.state)
  return `${lines.join('\n')}\n`
}

interface BundleGroup {
  path: string
  entries: CommentEntry[]
  op(operation: CommentEntry['operation']): CommentEntry | undefined
}

function groupByBundle(entries: readonly CommentEntry[]): BundleGroup[] {
  const groups = new Map<string, CommentEntry[]>()
  for (const entry of entries) groups.set(entry.path, [...(groups.get(entry.path) ?? []), entry])
  return [...groups].map(([path, list]) => ({ path, entries: list, op: (operation) => list.find((entry) => entry.operation === operation) }))
}

const SEVERITY: Status[] = ['succeeded', 'skipped', 'in-progress', 'timed-out', 'failed']

function worstOf(statuses: readonly Status[]): Status {
  return statuses.reduce<Status>((worst, status) => (SEVERITY.indexOf(status) > SEVERITY.indexOf(worst) ? status : worst), statuses.length && statuses.every((s) => s === 'skipped') ? 'skipped' : 'succeeded')
}

function workflowCell(entries: readonly CommentEntry[]): string {
  const name = entries.find((entry) => entry.workflowName)?.workflowName
  const id = entries.find((entry) => entry.workflowId)?.workflowId
  return [name && markdownText(name), id && markdownCode(id, { table: true })].filter(Boolean).join(' ')
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

function severityCount(entry: CommentEntry): { errors: number; warnings: number } {
  const findings = entry.findings ?? []
  return { errors: findings.filter((f) => f.severity === 'error').length, warnings: findings.filter((f) => f.severity === 'warning').length }
}

function validateCell(entry: CommentEntry | undefined): string {
  if (!entry) return '—'
  const { errors, warnings } = severityCount(entry)
  if (entry.status === 'succeeded') return `✅ valid${warnings ? `, ${plural(warnings, 'warning')}` : ''}`
  return `${STATUS_ICON[entry.status]} ${errors ? plural(errors, 'error') : entry.status}${warnings ? `, ${plural(warnings, 'warning')}` : ''}`
}

function importCell(entry: CommentEntry | undefined): string {
  if (!entry) return '—'
  if (!entry.dryRun) return `${STATUS_ICON[entry.status]} imported: ${entry.status}`
  if (entry.status === 'skipped') {
    const unchecked = entry.unchecked?.length ?? 0
    return `⏭️ nothing found in the way${unchecked ? `; ${unchecked} not checked` : ''}`
  }
  return `${STATUS_ICON[entry.status]} ${entry.status === 'failed' ? 'would fail' : entry.status}`
}

function diffCell(entry: CommentEntry | undefined): string {
  if (!entry) return '—'
  if (entry.status === 'failed' && entry.changed !== true) return `${STATUS_ICON.failed} failed`
  if (entry.changed === false) return '✅ no changes'
  const total = (entry.diff ?? []).reduce((sum, file) => sum + file.total, 0)
  return `${entry.status === 'failed' ? STATUS_ICON.failed : '✏️'} ${total ? plural(total, 'change') : 'changed'}`
}

function bundleDetails(path: string, entries: readonly CommentEntry[], frame: CommentFrame): string[] {
  const lines: string[] = []
  for (const entry of entries) {
    const part: string[] = []
    const what = entry.operation === 'validate' ? 'Validate' : entry.operation === 'diff' ? 'Diff' : entry.dryRun ? 'Dry run' : 'Import'
    if (entry.message && entry.status !== 'succeeded') part.push(`**${what}:** ${STATUS_ICON[entry.status]} ${markdownText(entry.message)}`, '')
    if (entry.hint) part.push(`**What to do:** ${markdownText(entry.hint)}`, '')
    if (entry.findings?.length) part.push(...findingsTable(entry.findings, entry.findingsTotal, frame), '')
    if (entry.checked || entry.unchecked) part.push(...dryRunMarkdown({ checked: entry.checked ?? [], unchecked: entry.unchecked ?? [] }), '')
    if (entry.diff?.length) {
      part.push(`**Diff** against the live workflow${entry.workflowId ? ` ${markdownCode(entry.workflowId)}` : ''}, old (live) → new (bundle):`, '')
      for (const file of entry.diff) part.push(...diffTable(file), '')
    }
    lines.push(...part)
  }
  if (lines.length === 0) return []
  const name = entries.find((entry) => entry.workflowName)?.workflowName
  return [`#### ${markdownCode(path)}${name ? ` · ${markdownText(name)}` : ''}`, '', ...lines]
}

function findingsTable(findings: readonly CommentFinding[], total: number | undefined, frame: CommentFrame): string[] {
  const rows = findings.map((f) => {
    const icon = f.severity === 'error' ? '❌' : f.severity === 'warning' ? '⚠️' : 'ℹ️'
    return `| ${icon} | ${where(f, frame)} | ${markdownText(f.message)} | ${markdownCode(f.rule, { table: true })} |`
  })
  const more = total && total > findings.length ? [`| | | ${total - findings.length} more in the run's job summary | |`] : []
  return ['| | Where | Problem | Check |', '|---|---|---|---|', ...rows, ...more]
}

/** A file and line, linked to that line at the head commit when the path is a plain relative one. */
function where(finding: CommentFinding, frame: CommentFrame): string {
  const label = `${finding.file}${finding.line ? `:${finding.line}${finding.col ? `:${finding.col}` : ''}` : ''}`
  const segments = finding.file.split('/')
  const plain = segments.every((segment) => segment !== '' && segment !== '.' && segment !== '..') && !finding.file.includes('\\')
  if (!frame.blobBase || !plain) return markdownCode(label, { table: true })
  const url = `${frame.blobBase}${segments.map(encodeURIComponent).join('/')}${finding.line ? `#L${finding.line}` : ''}`
  // markdownLink's text is markdownText, which escapes `|` as well: safe in a table cell.
  return markdownLink(label, url)
}

function diffTable(file: CommentFileDiff): string[] {
  const rows = file.changes.map((change) => {
    const icon = change.kind === 'added' ? '➕' : change.kind === 'removed' ? '➖' : '✏️'
    const cell = (value: string | undefined) => (value === undefined ? '—' : markdownCode(value, { table: true }))
    return `| ${icon} ${change.kind} | ${markdownCode(change.path, { table: true })} | ${cell(change.before)} | ${cell(change.after)} |`
  })
  const more = file.total > file.changes.length ? [`| … | ${file.total - file.changes.length} more changes in the run's job summary | | |`] : []
  return [`${markdownCode(file.file)}: ${plural(file.total, 'change')}`, '', '| | Path | Live | Bundle |', '|---|---|---|---|', ...rows, ...more]
}
