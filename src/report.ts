import type { Result, Status } from './operations/result.js'

/** What a run came to: one result, or one per bundle of a glob. Built by main.ts, published by a front end. */
export interface RunReport {
  platform: string
  operation: string
  status: Status
  results: Result[]
  /** `path` was a glob: the `result` output is an array. */
  batch: boolean
  durationMs: number
  /** `pr-comment: true`: the token to write the comment with (the action's front end writes it). */
  prComment?: { token?: string }
  /** The pull-request comment written or updated, once the front end has written it. */
  commentUrl?: string
}
