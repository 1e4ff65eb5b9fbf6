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
}
