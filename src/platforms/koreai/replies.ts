import { z } from 'zod'
import { ReplyError } from '../../core/errors.js'
import type { JobState } from '../../core/wait.js'

/**
 * Kore.ai's replies, read tolerantly. The documentation spells the same field several ways
 * (docs/platforms/koreai.md lists them): `dockStatusId` and `dock-statusId`, `downloadUrl` and
 * `downloadURL`, at the top or under `response`; the older "tools" generation says `toolId`.
 * Every spelling is accepted and normalised here, so the client never sees the difference.
 */

const text = z.union([z.string(), z.number()]).transform(String)

const downloadHolder = z.looseObject({
  downloadUrl: z.string().optional(),
  downloadURL: z.string().optional(),
})

const jobReply = z.looseObject({
  _id: text.optional(),
  dockStatusId: text.optional(),
  'dock-statusId': text.optional(),
  workflowId: text.optional(),
  toolId: text.optional(),
  jobType: z.string().optional(),
  action: z.string().optional(),
  status: z.string(),
  percentageComplete: z.union([z.number(), z.string()]).optional().nullable(),
  downloadUrl: z.string().optional(),
  downloadURL: z.string().optional(),
  response: downloadHolder.optional().nullable(),
  message: z.string().optional(),
  error: z.unknown().optional(),
  reason: z.string().optional(),
})

export type JobReply = z.infer<typeof jobReply>

const SUCCEEDED = new Set(['SUCCESS', 'SUCCEEDED', 'SUCCESSFUL', 'COMPLETED', 'COMPLETE', 'DONE'])
const FAILED = new Set(['FAILED', 'FAILURE', 'ERROR', 'CANCELLED', 'CANCELED', 'ABORTED'])

/** A start reply (import/export) or a dock-status record, as a JobState. */
export function parseJob(value: unknown, what: string, knownId?: string): JobState {
  const parsed = jobReply.safeParse(value)
  if (!parsed.success) {
    throw new ReplyError(`${what}: Kore.ai's reply has no job status (${summarise(value)})`)
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
    message: reply.message ?? reply.reason ?? (typeof reply.error === 'string' ? reply.error : undefined),
  }
}

/** The documented sample has a leading space inside the URL; tolerate that and nothing worse. */
function cleanUrl(url: string | undefined): string | undefined {
  const trimmed = url?.trim()
  return trimmed ? trimmed : undefined
}

const uploadReply = z.looseObject({
  fileId: text.optional(),
  _id: text.optional(),
  id: text.optional(),
  url: z.string().optional(),
})

export function parseFileId(value: unknown, what: string): string {
  const parsed = uploadReply.safeParse(value)
  const id = parsed.success ? (parsed.data.fileId ?? parsed.data._id ?? parsed.data.id) : undefined
  if (!id) throw new ReplyError(`${what}: Kore.ai's reply has no fileId (${summarise(value)})`)
  return id
}

const sessionReply = z.looseObject({ sessionId: text })

export function parseSessionId(value: unknown, what: string): string {
  const parsed = sessionReply.safeParse(value)
  if (!parsed.success) throw new ReplyError(`${what}: Kore.ai's reply has no sessionId (${summarise(value)})`)
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

function summarise(value: unknown): string {
  const shown = JSON.stringify(value) ?? String(value)
  return shown.length > 200 ? `${shown.slice(0, 200)}…` : shown
}
