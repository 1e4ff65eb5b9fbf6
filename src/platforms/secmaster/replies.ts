import type { IncomingHttpHeaders } from 'node:http'
import { z } from '../../core/schema.js'
import { ReplyError } from '../../core/errors.js'
import { fieldProblem, untrustedId, untrustedLabel, untrustedLabelOrNumber, untrustedMessage } from '../../core/reply-fields.js'
import { untrustedText, untrustedValue } from '../../core/untrusted-text.js'
import { requestIdOf, type ErrorDetail } from '../../core/http/client.js'

/**
 * SecMaster's replies, read tolerantly (the API pages, such as
 * https://support.huaweicloud.com/intl/en-us/api-secmaster/ListWorkflows.html, and the Python
 * SDK's models): the success envelope `{code, message, success, request_id, data}`, list paging
 * fields, and the three error shapes the SDK's exception handler accepts.
 */


/**
 * API Gateway's throttling code (https://support.huaweicloud.com/en-us/ocr_faq/ocr_01_0041.html):
 * "not now", never "no".
 */
export const THROTTLED = 'APIG.0308'
/** The pause before another attempt after APIG.0308, which carries no Retry-After (the page advises 2–5 s). */
export const THROTTLE_PAUSE_MS = 2_000

export const WORKFLOW_NOT_FOUND = 'SecMaster.20040611'
export const WORKSPACE_NOT_FOUND = 'SecMaster.20011003'

/** Each field on its own: one of the wrong type (a numeric message) must not hide the others. */
function fieldsOf(value: unknown): { code?: string; message?: string; requestId?: string } | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined
  const record = value as Record<string, unknown>
  const read = (...keys: string[]) => {
    for (const key of keys) {
      const field = record[key]
      if (typeof field === 'string' || (typeof field === 'number' && Number.isFinite(field))) return String(field)
    }
    return undefined
  }
  const code = read('error_code', 'errorCode', 'code')
  const message = read('error_msg', 'errorMsg', 'message')
  if (code === undefined && message === undefined) return undefined
  return { code, message, requestId: read('request_id', 'requestId') }
}

/**
 * Any documented error body as code + message: `error_code/error_msg` (API Gateway),
 * `errorCode/errorMsg`, `code/message` (SecMaster), at the top or nested one level
 * (`{"error": {...}}`), as the SDK's exception handler reads them. The request id comes from
 * `X-Request-Id`, else from the body.
 */
export function errorDetail(status: number, headers: IncomingHttpHeaders, body: string): ErrorDetail {
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    parsed = undefined
  }
  let found = fieldsOf(parsed)
  if (!found && parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
    for (const value of Object.values(parsed)) {
      found = fieldsOf(value)
      if (found) break
    }
  }
  const requestId = requestIdOf(headers) ?? found?.requestId
  const code = found?.code
  // Masked, made one line and shortened by the HTTP client (core/http/reply-text.ts).
  const message = found?.message ?? (body.trim() || `HTTP ${status}`)
  const throttled = code === THROTTLED
  return { message, code, requestId, throttled, retryAfterMs: throttled ? THROTTLE_PAUSE_MS : undefined, hint: hintFor(status, code) }
}

function hintFor(status: number, code: string | undefined): string | undefined {
  if (code === WORKFLOW_NOT_FOUND) return 'SecMaster does not know this workflow id in this workspace (it answers "not found" as HTTP 400). Check workflow-id, workspace-id and project-id.'
  if (code === WORKSPACE_NOT_FOUND) return 'Check workspace-id: SecMaster does not know that workspace in this project.'
  if (code?.startsWith('APIG.') && (status === 401 || status === 403)) {
    return 'API Gateway refused the credentials: check token (it lasts 24 h), or access-key-id/secret-access-key and project-id, and that base-url is the region they belong to.'
  }
  if (status === 401) return 'Check the credential inputs: SecMaster did not accept them.'
  if (status === 403) return 'The credentials were accepted but lack the SecMaster permission for this call.'
  return undefined
}

// Ids, names and messages through core's rule for reply text (core/reply-fields.ts).
const envelope = z.looseObject({
  code: untrustedLabelOrNumber.optional(),
  message: untrustedMessage.optional().nullable(),
  success: z.boolean().optional().nullable(),
  request_id: untrustedLabel.optional().nullable(),
})

/**
 * The import's reply: `{code, message, success, request_id}`, no workflow id
 * (https://support.huaweicloud.com/intl/en-us/api-secmaster/ImportAopworkflow.html).
 */
export function parseImportReply(value: unknown, what: string): { status: string; requestId?: string } {
  const parsed = envelope.safeParse(value ?? {})
  if (!parsed.success) throw new ReplyError(`${what}: SecMaster's reply is not the documented envelope (${fieldProblem(parsed.error)}; reply: ${untrustedValue(value)})`)
  const reply = parsed.data
  if (reply.success === false) {
    throw new ReplyError(`${what}: SecMaster answered success=false${reply.code ? `, code ${reply.code}` : ''}${reply.message ? `: ${reply.message}` : ''}`)
  }
  return { status: reply.message || reply.code || 'success', requestId: reply.request_id ?? undefined }
}

const workflowInfo = z.looseObject({
  id: untrustedId,
  name: untrustedLabel.optional().nullable(),
  version: untrustedLabel.optional().nullable(),
  version_id: untrustedLabel.optional().nullable(),
  enabled: z.boolean().optional().nullable(),
  update_time: untrustedLabel.optional().nullable(),
})

export type WorkflowInfo = z.infer<typeof workflowInfo>

const listReply = envelope.extend({
  total: z.union([z.number(), z.string()]).optional().nullable(),
  data: z.array(z.unknown()).optional().nullable(),
})

/** One page of `GET …/soc/workflows`; entries without an id are skipped, not fatal. */
export function parseWorkflowPage(value: unknown, what: string): { workflows: WorkflowInfo[]; total?: number; size: number } {
  const parsed = listReply.safeParse(value)
  if (!parsed.success) throw new ReplyError(`${what}: SecMaster's reply is not a workflow list (${fieldProblem(parsed.error)}; reply: ${untrustedValue(value)})`)
  if (parsed.data.success === false) throw new ReplyError(`${what}: SecMaster answered success=false${parsed.data.message ? `: ${parsed.data.message}` : ''}`)
  const data = parsed.data.data ?? []
  const workflows = data.flatMap((item) => {
    const info = workflowInfo.safeParse(item)
    return info.success ? [info.data] : []
  })
  const total = parsed.data.total === undefined || parsed.data.total === null ? undefined : Number(parsed.data.total)
  return { workflows, total: Number.isFinite(total) ? total : undefined, size: data.length }
}

const NAME_HOLDERS = ['', 'workflow', 'aopworkflow', 'aop_workflow', 'data', 'info']

/**
 * The workflow's name as an export file records it. The file's schema is not published
 * (https://support.huaweicloud.com/intl/en-us/api-secmaster/ExportAopworkflow.html): a `name` at
 * the top, or under one of the usual holders, of the object or of an array's first element.
 */
export function nameInExport(document: unknown): string | undefined {
  const root = Array.isArray(document) ? document[0] : document
  if (root === null || typeof root !== 'object' || Array.isArray(root)) return undefined
  for (const holder of NAME_HOLDERS) {
    const node = holder ? (root as Record<string, unknown>)[holder] : root
    if (node === null || typeof node !== 'object' || Array.isArray(node)) continue
    for (const key of ['name', 'workflow_name', 'workflowName']) {
      const name = (node as Record<string, unknown>)[key]
      if (typeof name === 'string' && name.trim()) return untrustedText(name.trim(), 200)
    }
  }
  return undefined
}

/** The active version string an export file records, where it does. */
export function versionInExport(document: unknown): string | undefined {
  const root = Array.isArray(document) ? document[0] : document
  if (root === null || typeof root !== 'object' || Array.isArray(root)) return undefined
  const version = (root as Record<string, unknown>).version
  return typeof version === 'string' && version.trim() ? untrustedText(version.trim(), 200) : undefined
}

/** An export reply that is an error envelope (`success: false`) though it came with HTTP 200. */
export function exportRefusal(document: unknown): string | undefined {
  if (document === null || typeof document !== 'object' || Array.isArray(document)) return undefined
  const record = document as Record<string, unknown>
  const fields = fieldsOf(document)
  // A gateway or service error answered with HTTP 200 carries nothing but error fields; a workflow
  // file always has more (a name, a definition), so it is never mistaken for one.
  const onlyErrorFields = fields?.code !== undefined && Object.keys(record).every((key) => ERROR_FIELDS.has(key))
  if (record.success !== false && !onlyErrorFields) return undefined
  return untrustedText(`${fields?.code ? `code ${fields.code}: ` : ''}${fields?.message ?? 'success=false'}`)
}

const ERROR_FIELDS = new Set(['error_code', 'error_msg', 'errorCode', 'errorMsg', 'code', 'message', 'request_id', 'requestId', 'encoded_authorization_message'])
