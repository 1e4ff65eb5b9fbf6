import { z } from 'zod'
import { untrustedText, untrustedValue } from '../../core/untrusted-text.js'
import type { Result } from '../../operations/result.js'
import { isReported, REPORTED_OPERATIONS } from './reported.js'

/**
 * What the pull-request comment says about one bundle and one operation: data, never Markdown.
 * Entries come from this step's results, from drafts other steps or jobs of the run left
 * (drafts.ts), and from the comment itself (the hidden state a later step of the same run merges
 * into); whatever their source, they are read through `entrySchema` and rendered by render.ts
 * with core's Markdown escaping, so no entry can carry markup of its own into the comment.
 */

/** Caps that keep a comment (65,536 characters on GitHub) readable and within that size. */
export const LIMITS = { findings: 30, files: 10, changesPerFile: 40, text: 500, value: 80, clauses: 12, entries: 400 } as const

const text = (max: number = LIMITS.text) => z.string().transform((value) => untrustedText(value, max))
const operation = z.enum(REPORTED_OPERATIONS)
const status = z.enum(['succeeded', 'failed', 'timed-out', 'in-progress', 'skipped'])
const count = z.number().int().min(0).max(10_000_000)

const findingSchema = z.object({
  severity: z.enum(['error', 'warning', 'notice']),
  file: text(300),
  line: z.number().int().min(1).max(100_000_000).optional(),
  col: z.number().int().min(1).max(100_000_000).optional(),
  rule: text(80),
  message: text(),
})

const changeSchema = z.object({
  path: text(200),
  kind: z.enum(['added', 'removed', 'changed']),
  before: text(LIMITS.value).optional(),
  after: text(LIMITS.value).optional(),
})

const fileDiffSchema = z.object({ file: text(300), total: count, changes: z.array(changeSchema).max(LIMITS.changesPerFile) })

const entrySchema = z.object({
  operation,
  /** The bundle as the workspace names it. */
  path: text(300),
  status,
  dryRun: z.boolean().optional(),
  workflowName: text(200).optional(),
  workflowId: text(200).optional(),
  platformStatus: text(200).optional(),
  message: text().optional(),
  hint: text().optional(),
  findings: z.array(findingSchema).max(LIMITS.findings).optional(),
  findingsTotal: count.optional(),
  checked: z.array(text()).max(LIMITS.clauses).optional(),
  unchecked: z.array(text()).max(LIMITS.clauses).optional(),
  changed: z.boolean().optional(),
  diff: z.array(fileDiffSchema).max(LIMITS.files).optional(),
  /** When it was recorded (ISO 8601): of two entries for the same operation and bundle, the later wins. */
  at: z.string().max(40).regex(/^\d{4}-\d\d-\d\dT[\d:.]+Z$/),
})

export type CommentEntry = z.infer<typeof entrySchema>
export type CommentFinding = z.infer<typeof findingSchema>
export type CommentFileDiff = z.infer<typeof fileDiffSchema>

/** A list of entries from outside this step: each bad one is left out, not the whole list. */
export function readEntries(value: unknown): CommentEntry[] {
  if (!Array.isArray(value)) return []
  return value.slice(0, LIMITS.entries).flatMap((item) => {
    const parsed = entrySchema.safeParse(item)
    return parsed.success ? [parsed.data] : []
  })
}

/** This step's result as an entry; undefined for operations a comment does not report (export, wait). */
export function entryOf(result: Result, at: Date): CommentEntry | undefined {
  if (!isReported(result.operation)) return undefined
  const findings = result.findings ?? []
  const entry = {
    operation: result.operation,
    path: result.path ?? '(no bundle)',
    status: result.status,
    dryRun: result.dryRun ? true : undefined,
    workflowName: result.workflowName,
    workflowId: result.workflowId,
    platformStatus: result.platformStatus,
    // A dry run that found nothing wrong says so through its verdict; its headline would repeat it.
    message: result.dryRun && result.status === 'skipped' ? undefined : result.message,
    hint: result.hint?.includes('\n') ? undefined : result.hint,
    findings: findings.length ? findings.slice(0, LIMITS.findings) : undefined,
    findingsTotal: findings.length > LIMITS.findings ? findings.length : undefined,
    checked: result.dryRun?.checked.slice(0, LIMITS.clauses),
    unchecked: result.dryRun?.unchecked.slice(0, LIMITS.clauses),
    changed: result.changed,
    diff: result.diffFiles?.slice(0, LIMITS.files).map((file) => ({
      file: file.file,
      total: file.total,
      changes: file.changes.slice(0, LIMITS.changesPerFile).map((change) => ({
        path: change.path,
        kind: change.kind,
        before: change.kind === 'added' ? undefined : untrustedValue(change.before, LIMITS.value),
        after: change.kind === 'removed' ? undefined : untrustedValue(change.after, LIMITS.value),
      })),
    })),
    at: at.toISOString(),
  }
  // The same schema as any entry from outside: one rule for every entry the comment shows.
  return entrySchema.parse(JSON.parse(JSON.stringify(entry)))
}

/** Entries by operation and bundle, the latest of each kept; in the order bundles were first seen. */
export function mergeEntries(...lists: readonly CommentEntry[][]): CommentEntry[] {
  const merged = new Map<string, CommentEntry>()
  for (const entry of lists.flat()) {
    const key = `${entry.operation}\u0000${entry.path}`
    const known = merged.get(key)
    if (!known || known.at <= entry.at) merged.set(key, entry)
  }
  return [...merged.values()].slice(-LIMITS.entries)
}

/** Fewer details per entry, for a comment that would not fit otherwise. */
export function trimEntries(entries: readonly CommentEntry[], keep: { findings: number; changes: number; files: number }): CommentEntry[] {
  return entries.map((entry) => ({
    ...entry,
    findings: entry.findings?.slice(0, keep.findings),
    findingsTotal: entry.findings && entry.findings.length > keep.findings ? Math.max(entry.findingsTotal ?? 0, entry.findings.length) : entry.findingsTotal,
    diff: entry.diff?.slice(0, keep.files).map((file) => ({ ...file, changes: file.changes.slice(0, keep.changes) })),
  }))
}
