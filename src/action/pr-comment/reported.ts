import type { RunReport } from '../../report.js'

/**
 * The operations a pull-request comment reports, and so the only ones a step leaves a draft for.
 * Apart from entries.ts (and its zod schemas, ~300 KB of bundle) so that every other step, an
 * export or a wait, can tell it has nothing for the comment without loading its code.
 */
export const REPORTED_OPERATIONS = ['validate', 'import', 'diff'] as const

export type ReportedOperation = (typeof REPORTED_OPERATIONS)[number]

export function isReported(operation: string): operation is ReportedOperation {
  return (REPORTED_OPERATIONS as readonly string[]).includes(operation)
}

/** Whether the comment's code has anything to do for this step: a comment asked for, or a draft to leave. */
export function concernsComment(report: RunReport): boolean {
  return report.prComment !== undefined || report.results.some((result) => isReported(result.operation))
}
