import { z } from '../../core/schema.js'
import { ReplyError } from '../../core/errors.js'
import { fieldProblem, untrustedId, untrustedLabel, untrustedMessage, untrustedUrl } from '../../core/reply-fields.js'
import { untrustedValue } from '../../core/untrusted-text.js'
import type { JobState } from '../../core/wait.js'

/**
 * Kore.ai's replies, read tolerantly. The documentation spells the same field several ways
 * (docs/platforms/koreai.md lists them): `dockStatusId` and `dock-statusId`, `downloadUrl` and
 * `downloadURL`, at the top or under `response`; the older "tools" generation says `toolId`.
 * Every spelling is accepted and normalised here, so the client never sees the difference.
 */

// Ids, labels and links through core's rule for reply text (core/reply-fields.ts).
const downloadHolder = z.looseObject({
  downloadUrl: untrustedUrl.optional(),
  downloadURL: untrustedUrl.optional(),
})

const jobReply = z.looseObject({
  _id: untrustedId.optional(),
  dockStatusId: untrustedId.optional(),
  'dock-statusId': untrustedId.optional(),
  workflowId: untrustedId.optional(),
  toolId: untrustedId.optional(),
  jobType: untrustedLabel.optional(),
  action: untrustedLabel.optional(),
  status: untrustedLabel,
  percentageComplete: z.union([z.number(), z.string()]).optional().nullable(),
  downloadUrl: untrustedUrl.optional(),
  downloadURL: untrustedUrl.optional(),
  response: downloadHolder.optional().nullable(),
  message: untrustedMessage.optional(),
  error: z.unknown().optional(),
  reason: untrustedMessage.optional(),
})

export type JobReply = z.infer<typeof jobReply>

const SUCCEEDED = new Set(['SUCCESS', 'SUCCEEDED', 'SUCCESSFUL', 'COMPLETED', 'COMPLETE', 'DONE'])
const FAILED = new Set(['FAILED', 'FAILURE', 'ERROR', 'CANCELLED', 'CANCELED', 'ABORTED'])

/** A start reply (import/export) or a dock-status record, as a JobState. */
export function parseJob(value: unknown, what: string, knownId?: string): JobState {
  const parsed = jobReply.safeParse(value)
  if (!parsed.success) {
    throw new ReplyError(`${what}: Kore.ai's reply is not a job status (${fieldProblem(parsed.error)}; reply: ${untrustedValue(value)})`)
  }
  const reply = parsed.data
  const status = reply.status.trim().toUpperCase()
  const id = reply.dockStatusId ?? reply['dock-statusId'] ?? reply._id ?? knownId
  const state = SUCCEEDED.has(status) ? 'succeeded' : FAILED.has(status) ? 'failed' : 'running'
  if (!id && state === 'running') {
    throw new ReplyError(`${what}: Kore.ai says the job is ${reply.status} but gives no dock status id to follow it by`)
  }
  const percent = reply.percentageComplete === undefined || reply.percentageComplete === null ? undefined : Number(reply.percentageComplete)
  return {
    id: id ?? '',
    state,
    platformStatus: reply.status,
    percent: Number.isFinite(percent) ? percent : undefined,
    workflowId: reply.workflowId ?? reply.toolId,
    action: reply.action,
    downloadUrl: cleanUrl(
      reply.response?.downloadUrl ?? reply.response?.downloadURL ?? reply.downloadUrl ?? reply.downloadURL,
    ),
    message: reply.message ?? reply.reason ?? (typeof reply.error === 'string' ? untrustedMessage.parse(reply.error) : undefined),
  }
}

/** The documented sample has a leading space inside the URL; tolerate that and nothing worse. */
function cleanUrl(url: string | undefined): string | undefined {
  const trimmed = url?.trim()
  return trimmed ? trimmed : undefined
}

const uploadReply = z.looseObject({
  fileId: untrustedId.optional(),
  _id: untrustedId.optional(),
  id: untrustedId.optional(),
  url: z.string().optional(),
})

export function parseFileId(value: unknown, what: string): string {
  const parsed = uploadReply.safeParse(value)
  const id = parsed.success ? (parsed.data.fileId ?? parsed.data._id ?? parsed.data.id) : undefined
  const problem = parsed.success ? '' : `${fieldProblem(parsed.error)}; `
  if (!id) throw new ReplyError(`${what}: Kore.ai's reply has no fileId (${problem}reply: ${untrustedValue(value)})`)
  return id
}

const sessionReply = z.looseObject({ sessionId: untrustedId })

export function parseSessionId(value: unknown, what: string): string {
  const parsed = sessionReply.safeParse(value)
  if (!parsed.success) throw new ReplyError(`${what}: Kore.ai's reply has no sessionId (${fieldProblem(parsed.error)}; reply: ${untrustedValue(value)})`)
  return parsed.data.sessionId
}

/** Kore.ai documents no error shape; its sibling products use {errors:[{msg, code}]}. */
const errorReply = z.looseObject({
  errors: z.array(z.looseObject({ msg: z.string().optional(), message: z.string().optional(), code: z.unknown().optional() })).optional(),
  message: z.string().optional(),
  error: z.unknown().optional(),
})

export function errorText(text: string): { message: string; code?: string } | undefined {
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return undefined
  }
  const parsed = errorReply.safeParse(body)
  if (!parsed.success) return undefined
  const first = parsed.data.errors?.[0]
  const message = first?.msg ?? first?.message ?? parsed.data.message ?? (typeof parsed.data.error === 'string' ? parsed.data.error : undefined)
  if (!message) return undefined
  return { message, code: first?.code === undefined ? undefined : String(first.code) }
}
