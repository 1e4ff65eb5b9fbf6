import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { copyInto, fileOf, shownPath, type Bundle, type RoleRule } from '../../core/bundle.js'
import { BundleError, type Finding } from '../../core/errors.js'
import { displayPath, exists } from '../../core/fs.js'
import { checkJsonFile, readJsonFile, readLeadingFields } from '../../core/json-file.js'
import type { BundleRules, RulesContext } from '../platform.js'
import type { SecmasterSettings } from './facts.js'
import { nameInExport } from './replies.js'

export const WORKFLOW_FILE = 'workflow.json'

/**
 * API Gateway takes AK/SK-signed bodies of at most 12 MB (as the API pages of Huawei Cloud's
 * services say, e.g. https://support.huaweicloud.com/intl/en-us/api-cts/cts_api_0004.html). Read
 * as 12,000,000 bytes for the whole multipart body, the file plus its framing (under 1 KiB), to
 * stay on the safe side.
 */
export const SIGNED_BODY_LIMIT = 12_000_000
export const MULTIPART_FRAMING = 1_024

/**
 * For diff: what SecMaster assigns per environment or per save (the AopWorkflowInfo and
 * AopWorkflowVersionInfo models of https://github.com/huaweicloud/huaweicloud-sdk-python-v3,
 * huaweicloud-sdk-secmaster/huaweicloudsdksecmaster/v1/model/): ids, the project and workspace,
 * owners and editors, timestamps, and the version strings it numbers itself. Wherever they sit,
 * since the export file's schema is not published (the export page calls it "File":
 * https://support.huaweicloud.com/intl/en-us/api-secmaster/ExportAopworkflow.html).
 */
export const VOLATILE_FIELDS = [
  'id',
  'version_id',
  'aopworkflow_id',
  'current_approval_version_id',
  'current_rejected_version_id',
  'project_id',
  'workspace_id',
  'owner_id',
  'creator_id',
  'creator_name',
  'modifier_id',
  'modifier_name',
  'create_time',
  'update_time',
  'version',
] as const

/**
 * One file, `workflow.json`, the export as SecMaster returns it: opaque, so its bytes are kept
 * (no canonical rewrite). `redact-secrets` may still replace a credential-named value; the
 * manifest then lists it and an import's vars-file puts it back.
 */
export const roles: readonly RoleRule[] = [
  { role: 'workflow', file: WORKFLOW_FILE, format: 'opaque', required: true, diff: { ignore: VOLATILE_FIELDS.map((field) => `**.${field}`) } },
]

export const secmasterRules: BundleRules<SecmasterSettings> = {
  roles,

  /** A bare export file (`workflow.json` or any `.json`), or a directory holding one. */
  async adopt(location, dir) {
    const info = await stat(location)
    let file: string | undefined
    if (info.isFile()) file = location
    else if (info.isDirectory()) {
      if (await exists(path.join(location, WORKFLOW_FILE))) file = path.join(location, WORKFLOW_FILE)
      else {
        const json = (await readdir(location)).filter((name) => name.toLowerCase().endsWith('.json'))
        if (json.length === 1) file = path.join(location, json[0]!)
      }
    }
    if (!file) {
      throw new BundleError(`${displayPath(location)}: neither a flowferry bundle nor a SecMaster export file`, [], {
        hint: 'Point path at a bundle directory (with flowferry.json), a workflow.json exported from SecMaster, or a directory holding one.',
      })
    }
    const digest = await copyInto(dir, file, WORKFLOW_FILE)
    const name = (await readExportName(path.join(dir, WORKFLOW_FILE), displayPath(file))) ?? path.basename(file).replace(/\.json$/i, '')
    return { name, files: [{ path: WORKFLOW_FILE, role: 'workflow', digest }] }
  },

  async check(bundle: Bundle, context: RulesContext<SecmasterSettings>): Promise<Finding[]> {
    const file = fileOf(bundle, 'workflow')
    if (!file) {
      return [{ file: shownPath(bundle, 'flowferry.json'), severity: 'error', rule: 'secmaster.required', message: `the bundle has no ${WORKFLOW_FILE} (role workflow); SecMaster's import needs it` }]
    }
    const shown = shownFile(bundle, file)
    const findings: Finding[] = []
    const { size } = await stat(file)
    const signed = context.settings.own.accessKeyId !== undefined
    if (size + MULTIPART_FRAMING > SIGNED_BODY_LIMIT) {
      findings.push({
        file: shown,
        line: 1,
        col: 1,
        severity: signed ? 'error' : 'warning',
        rule: 'secmaster.size',
        message:
          `${WORKFLOW_FILE} is ${size} bytes; API Gateway takes AK/SK-signed bodies of at most 12 MB, ` +
          (signed ? 'so this import cannot be signed: use token instead of access-key-id/secret-access-key' : 'so import it with token, not with access-key-id/secret-access-key'),
      })
    }
    const parsed = await checkJsonFile(file, shown, { rulePrefix: 'secmaster', title: 'SecMaster' })
    if ('finding' in parsed) return [...findings, parsed.finding]
    const { document } = parsed
    if (document === null || typeof document !== 'object') {
      findings.push({ file: shown, line: 1, col: 1, severity: 'error', rule: 'secmaster.shape', message: `${WORKFLOW_FILE} must hold a JSON object (or array) as SecMaster exports it` })
    } else if (!nameInExport(document) && !context.settings.workflowName) {
      findings.push({
        file: shown,
        line: 1,
        col: 1,
        severity: 'warning',
        rule: 'secmaster.name',
        message: `${WORKFLOW_FILE} records no workflow name; after an import flowferry finds the new workflow by name, so set workflow-name`,
      })
    }
    return findings
  },
}

/**
 * Where a finding about the workflow file points: for a bare export file (adopted without a
 * manifest) the user's own file, not flowferry's temporary copy of it.
 */
function shownFile(bundle: Bundle, file: string): string {
  if (!bundle.adopted) return displayPath(file)
  return /\.json$/i.test(bundle.location) ? bundle.location : `${bundle.location}/${WORKFLOW_FILE}`
}

/** The export file parsed, when it is small enough to read and is JSON; undefined otherwise. */
async function readExportDocument(file: string, shown?: string): Promise<unknown> {
  return (await readJsonFile(file, shown))?.value
}


/** The name recorded in an export file, where it records one. */
export async function readExportName(file: string, shown?: string): Promise<string | undefined> {
  // Past the parse limit, the name is read from the export's first fields, where it records it.
  return nameInExport((await readExportDocument(file, shown)) ?? (await readLeadingFields(file, shown)))
}
