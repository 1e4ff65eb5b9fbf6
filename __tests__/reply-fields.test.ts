import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { FlowferryError } from '../src/core/errors.js'
import { genericErrorDetail, requestIdOf, untrustedDetail } from '../src/core/http/reply-text.js'
import * as koreai from '../src/platforms/koreai/replies.js'
import * as leapwork from '../src/platforms/leapwork/replies.js'
import { parseTeams } from '../src/platforms/leapwork/teams.js'
import * as secmaster from '../src/platforms/secmaster/replies.js'
import * as zuora from '../src/platforms/zuora/replies.js'
import { hostileText } from './helpers/hostile.js'

/**
 * Every platform's reply fields, through the real parsers, with text a compromised platform
 * would send: whatever comes out (an id, a status, a name, a link, an error's words) is one
 * printable line, or the reply is refused with one of flowferry's errors whose message is.
 */

/** Fixed seed and run count: the same cases in every run, and a failure can be replayed. */
const runs = { numRuns: 250, seed: 20261203 }

/** What must never be in a value flowferry shows: line breaks, controls, bidi and zero-width characters. */
const UNPRINTABLE = /[\p{Cc}\p{Zl}\p{Zp}]|(?![\u200c\u200d])\p{Cf}|[\ud800-\udfff]/u

/** A field: hostile text, or a plain value of another type. */
const field = fc.oneof({ weight: 4, arbitrary: hostileText }, fc.integer(), fc.constant(null), fc.boolean())

/** A reply object with the given keys, each hostile or absent, at the top or one level down. */
function reply(keys: string[], holders: string[] = []) {
  const flat = fc.dictionary(fc.constantFrom(...keys), field, { maxKeys: keys.length })
  return holders.length === 0 ? flat : fc.oneof(flat, fc.record(Object.fromEntries(holders.map((h) => [h, flat])), { requiredKeys: [] }))
}

/** Every string in a parsed value, however deep. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(strings)
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings)
  return []
}

/** Runs a parser: its result holds only printable strings, or it refused with a printable message. */
function shown(parse: () => unknown): void {
  let result: unknown
  try {
    result = parse()
  } catch (error) {
    expect(error).toBeInstanceOf(FlowferryError)
    expect((error as Error).message).not.toMatch(UNPRINTABLE)
    return
  }
  for (const text of strings(result)) expect(text).not.toMatch(UNPRINTABLE)
}

/** The error reading as the HTTP client hands it on: through core's untrustedDetail. */
function detail(read: () => unknown): void {
  shown(() => {
    const found = read()
    return found && typeof found === 'object' && 'message' in found ? untrustedDetail(found as { message: string }) : typeof found === 'string' ? untrustedDetail({ message: found }) : found
  })
}

const errorBody = reply(['message', 'msg', 'error', 'error_description', 'error_code', 'error_msg', 'errorCode', 'errorMsg', 'code', 'Message', 'ExceptionMessage', 'title', 'request_id', 'requestId', 'processId'], ['error'])
const errorsList = fc.record({ errors: fc.array(reply(['msg', 'message', 'title', 'code', 'status']), { maxLength: 2 }), reasons: fc.array(reply(['code', 'message']), { maxLength: 2 }) }, { requiredKeys: [] })
const anyErrorBody = fc.oneof(errorBody, errorsList).map((value) => JSON.stringify(value))
const headers = fc.record({ 'x-request-id': hostileText, 'zuora-request-id': hostileText }, { requiredKeys: [] })

describe('Kore.ai replies, field by field', () => {
  it('job replies (import, export, dock status)', () => {
    const job = fc.tuple(reply(['_id', 'dockStatusId', 'dock-statusId', 'workflowId', 'toolId', 'jobType', 'action', 'status', 'percentageComplete', 'downloadUrl', 'downloadURL', 'message', 'error', 'reason']), reply(['downloadUrl', 'downloadURL']), hostileText)
    fc.assert(fc.property(job, ([value, response, status]) => shown(() => koreai.parseJob({ status, ...value, response }, 'poll'))), runs)
  })

  it('upload and session replies, error bodies', () => {
    fc.assert(fc.property(reply(['fileId', '_id', 'id', 'url']), (value) => shown(() => koreai.parseFileId(value, 'upload'))), runs)
    fc.assert(fc.property(reply(['sessionId']), (value) => shown(() => koreai.parseSessionId(value, 'session'))), runs)
    fc.assert(fc.property(anyErrorBody, headers, (text, h) => detail(() => ({ ...genericErrorDetail(h, text), ...koreai.errorText(text) }))), runs)
  })
})

describe('Zuora replies, field by field', () => {
  it('token, import, versions, export facts and error bodies', () => {
    fc.assert(fc.property(reply(['access_token', 'token_type', 'expires_in', 'scope', 'jti']), (value) => shown(() => zuora.parseToken(value))), runs)
    const summary = reply(['id', 'version', 'status'])
    const imported = fc.tuple(reply(['id', 'workflow_definition_id', 'original_workflow_id', 'originalWorkflowId', 'name', 'version', 'status']), summary)
    fc.assert(fc.property(imported, ([value, active]) => shown(() => zuora.parseImport({ ...value, active_version: active }, 'import'))), runs)
    fc.assert(fc.property(fc.array(summary, { maxLength: 3 }), (data) => shown(() => zuora.parseVersions({ data }, 'versions'))), runs)
    fc.assert(fc.property(reply(['name', 'version']), (workflow) => shown(() => zuora.documentFacts({ workflow }))), runs)
    fc.assert(fc.property(anyErrorBody, (text) => detail(() => zuora.errorText(text))), runs)
  })
})

describe('SecMaster replies, field by field', () => {
  it('import envelopes, workflow pages, export files and error bodies', () => {
    const envelope = reply(['code', 'message', 'request_id'])
    fc.assert(fc.property(envelope, (value) => shown(() => secmaster.parseImportReply(value, 'import'))), runs)
    const info = reply(['id', 'name', 'version', 'version_id', 'update_time'])
    fc.assert(fc.property(envelope, fc.array(info, { maxLength: 3 }), (value, data) => shown(() => secmaster.parseWorkflowPage({ ...value, data }, 'list'))), runs)
    const file = reply(['name', 'workflow_name', 'workflowName', 'version'], ['workflow', 'aopworkflow', 'data'])
    fc.assert(fc.property(file, (value) => shown(() => [secmaster.nameInExport(value), secmaster.versionInExport(value)])), runs)
    fc.assert(fc.property(errorBody, (value) => shown(() => secmaster.exportRefusal({ ...(value as object), success: false }))), runs)
    fc.assert(fc.property(anyErrorBody, headers, fc.integer({ min: 400, max: 599 }), (text, h, status) => detail(() => secmaster.errorDetail(status, h, text))), runs)
  })
})

describe('Leapwork replies, field by field', () => {
  it('hierarchies, created folders, teams and error bodies', () => {
    const node = reply(['Id', 'id', 'Title', 'title', 'Type', 'ParentId'])
    const tree = fc.array(fc.tuple(node, fc.array(node, { maxLength: 2 })).map(([parent, children]) => ({ ...parent, Children: children })), { maxLength: 3 })
    fc.assert(fc.property(tree, (value) => shown(() => leapwork.parseHierarchy(value, 'hierarchy'))), runs)
    fc.assert(fc.property(fc.array(reply(['HierarchyItemId']), { maxLength: 2 }), (value) => shown(() => leapwork.parseCreatedFolder(value, 'create'))), runs)
    fc.assert(fc.property(fc.array(reply(['Id', 'TeamId', 'Name', 'TeamName', 'Title', 'DisplayName']), { maxLength: 3 }), (value) => shown(() => parseTeams(value, 'teams'))), runs)
    fc.assert(fc.property(anyErrorBody, (text) => detail(() => leapwork.errorText(text))), runs)
  })
})

describe('headers', () => {
  it('request ids from any header are one printable line', () => {
    fc.assert(fc.property(headers, (h) => shown(() => requestIdOf(h))), runs)
  })
})
