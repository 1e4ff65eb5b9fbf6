import { z } from '../../core/schema.js'
import { ReplyError } from '../../core/errors.js'
import { fieldProblem, untrustedId, untrustedLabel, untrustedLabelOrNumber, untrustedToken } from '../../core/reply-fields.js'
import { untrustedText, untrustedValue } from '../../core/untrusted-text.js'

/**
 * Zuora's replies, read tolerantly (every schema passes unknown fields through). Its API reference
 * (https://developer.zuora.com/v1-api-reference/api/operation/GET_Workflows/ and the pages beside
 * it) mixes camelCase (responses) and snake_case (export documents, some samples) and types ids
 * as numbers or strings; both are accepted and normalised here.
 */

const text = z.union([z.string(), z.number()]).transform(String)

const tokenReply = z.looseObject({
  // Registered as a secret and sent as a header: one printable word (core/reply-fields.ts).
  access_token: untrustedToken,
  token_type: z.string().optional(),
  expires_in: z.union([z.number(), z.string()]).optional(),
  scope: z.string().optional(),
  jti: z.string().optional(),
})

export interface IssuedToken {
  token: string
  /** Seconds; undefined when Zuora did not say (it documents one hour). */
  expiresIn?: number
}

export function parseToken(value: unknown): IssuedToken {
  const parsed = tokenReply.safeParse(value)
  if (!parsed.success) throw new ReplyError(`get an OAuth token: Zuora's reply has no usable access_token (${fieldProblem(parsed.error)})`)
  const seconds = Number(parsed.data.expires_in)
  return { token: parsed.data.access_token, expiresIn: Number.isFinite(seconds) && seconds > 0 ? seconds : undefined }
}

// Ids, versions and statuses through core's rule for reply text (core/reply-fields.ts).
const versionSummary = z.looseObject({
  id: untrustedId.optional().nullable(),
  version: untrustedId.optional().nullable(),
  status: untrustedLabel.optional().nullable(),
})

/**
 * The import reply: `Workflow` for a new definition (the sample of
 * https://developer.zuora.com/v1-api-reference/api/operation/POST_WorkflowImport/),
 * `WorkflowDefinition` with `active_version` for a version import (the sample of
 * https://developer.zuora.com/v1-api-reference/api/operation/POST_WorkflowVersionsImport/). The
 * definition's id is taken from an explicit definition field where one is present, else `id`.
 */
const importReply = z.looseObject({
  id: untrustedId.optional().nullable(),
  workflow_definition_id: untrustedId.optional().nullable(),
  original_workflow_id: untrustedId.optional().nullable(),
  originalWorkflowId: untrustedId.optional().nullable(),
  name: untrustedLabel.optional().nullable(),
  version: untrustedId.optional().nullable(),
  status: untrustedLabel.optional().nullable(),
  active_version: versionSummary.optional().nullable(),
})

export interface ImportReply {
  definitionId?: string
  name?: string
  version?: string
  status?: string
  activeVersion?: { id?: string; version?: string; status?: string }
}

export function parseImport(value: unknown, what: string): ImportReply {
  const parsed = importReply.safeParse(value)
  if (!parsed.success || !(parsed.data.id ?? parsed.data.workflow_definition_id)) {
    const problem = parsed.success ? '' : `${fieldProblem(parsed.error)}; `
    throw new ReplyError(`${what}: Zuora's reply has no workflow id (${problem}reply: ${untrustedValue(value)})`)
  }
  const reply = parsed.data
  const active = reply.active_version ?? undefined
  return {
    definitionId: reply.workflow_definition_id ?? reply.original_workflow_id ?? reply.originalWorkflowId ?? reply.id ?? undefined,
    name: reply.name ?? undefined,
    version: reply.version ?? undefined,
    status: reply.status ?? undefined,
    activeVersion: active ? { id: active.id ?? undefined, version: active.version ?? undefined, status: active.status ?? undefined } : undefined,
  }
}

/** A reply that is an error body, not a result; for a 409 that may be either (see the client). */
export function isErrorBody(value: unknown): boolean {
  return value !== null && typeof value === 'object' && ('errors' in value || 'reasons' in value || (value as { success?: unknown }).success === false)
}

const versionList = z.union([z.looseObject({ data: z.array(versionSummary) }), z.array(versionSummary)])

/** `GET /workflows/{id}/versions`: `{data: Workflow[]}`, one item per version. */
export function parseVersions(value: unknown, what: string): string[] {
  const parsed = versionList.safeParse(value)
  if (!parsed.success) throw new ReplyError(`${what}: Zuora's reply has no list of versions (${fieldProblem(parsed.error)}; reply: ${untrustedValue(value)})`)
  const items = Array.isArray(parsed.data) ? parsed.data : parsed.data.data
  const versions = items.flatMap((item) => (item.version ? [item.version] : []))
  // Items that name no version are not "no versions": choosing 0.0.1 from them would be a guess.
  if (items.length > 0 && versions.length === 0) throw new ReplyError(`${what}: Zuora listed ${items.length} versions but none says its version number (${untrustedValue(items[0])})`)
  return versions
}

/** The export document's own name and version, when it has them. */
export function documentFacts(value: unknown): { name?: string; version?: string } {
  const workflow = z.looseObject({ workflow: z.looseObject({ name: z.string().optional().nullable(), version: untrustedLabelOrNumber.optional().nullable() }) }).safeParse(value)
  if (!workflow.success) return {}
  const name = workflow.data.workflow.name?.trim()
  return { name: name ? untrustedText(name, 200) : undefined, version: workflow.data.workflow.version ?? undefined }
}

/**
 * The two documented error shapes, and what the OAuth endpoint may say:
 *   workflow endpoints  {errors:[{code:"invalid", status, title}]}
 *   /v1 style           {success:false, processId, reasons:[{code, message}]}  (also {reasons, requestId})
 *   OAuth               {error, error_description} (not documented; the common form)
 */
const errorReply = z.looseObject({
  errors: z.array(z.looseObject({ code: text.optional().nullable(), status: text.optional().nullable(), title: z.string().optional().nullable(), message: z.string().optional().nullable() })).optional(),
  reasons: z.array(z.looseObject({ code: text.optional().nullable(), message: z.string().optional().nullable() })).optional(),
  requestId: z.string().optional(),
  processId: z.string().optional(),
  error: z.string().optional(),
  error_description: z.string().optional(),
  message: z.string().optional(),
})

export interface ZuoraError {
  message: string
  code?: string
  requestId?: string
}

export function errorText(body: string): ZuoraError | undefined {
  let value: unknown
  try {
    value = JSON.parse(body)
  } catch {
    return undefined
  }
  const parsed = errorReply.safeParse(value)
  if (!parsed.success) return undefined
  const reply = parsed.data
  const fromErrors = (reply.errors ?? []).map((e) => e.title ?? e.message).filter((m): m is string => !!m)
  const fromReasons = (reply.reasons ?? []).map((r) => r.message).filter((m): m is string => !!m)
  const messages = [...fromErrors, ...fromReasons]
  const message = messages.length > 0 ? messages.join('; ') : (reply.error_description ?? reply.message ?? reply.error)
  if (!message) return undefined
  // Workflow errors all say code "invalid" (the enum's one value): the title is the information.
  const workflowCode = reply.errors?.[0]?.code === 'invalid' ? undefined : reply.errors?.[0]?.code
  const code = workflowCode ?? reply.reasons?.[0]?.code ?? reply.error ?? undefined
  return { message, code: code ?? undefined, requestId: reply.requestId ?? reply.processId }
}

/** "must be greater", "already exists": Zuora's (undocumented) words for a version it refuses. */
export function mentionsVersionConflict(message: string): boolean {
  return /version/i.test(message) && /(greater|higher|exist|duplicate|unique|larger|lower|less)/i.test(message)
}
