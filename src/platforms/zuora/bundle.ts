import { stat } from 'node:fs/promises'
import path from 'node:path'
import { copyInto, fileOf, shownPath, type Bundle, type RoleRule } from '../../core/bundle.js'
import { isJsonObject } from '../../core/canonical-json.js'
import { BundleError, type Finding } from '../../core/errors.js'
import { displayPath, exists } from '../../core/fs.js'
import { checkJsonFile, readJsonFile } from '../../core/json-file.js'
import { locatePaths } from '../../core/json-location.js'
import { looksLikeSecretKey, type SecretSpot } from '../../core/redaction.js'
import type { BundleRules } from '../platform.js'
import { TASK_TYPES } from './task-types.js'
import { WORKFLOW_FILE } from './facts.js'


/** Findings one document reports before it only counts the rest (each is an annotation). */
const MAX_FINDINGS = 100

/**
 * For diff: what the server assigns or the run changes — ids (every tenant numbers tasks anew, so
 * tasks are matched by name and linkages compared through task names), timestamps, run state,
 * and the version number, which an import chooses.
 */
const volatile = [
  'workflow.id',
  'workflow.original_workflow_id',
  'workflow.version',
  'workflow.started_at',
  'workflow.finished_at',
  'workflow.status',
  'workflow.task_summary',
  'tasks.*.id',
  'tasks.*.original_task_id',
  'tasks.*.original_workflow_id',
  'tasks.*.workflow_id',
  'tasks.*.process_id',
  'tasks.*.status',
  'tasks.*.start_time',
  'tasks.*.end_time',
  'tasks.*.error',
  'tasks.*.error_class',
  'tasks.*.error_details',
  '**.createdAt',
  '**.updatedAt',
  '**.created_at',
  '**.updated_at',
]

export const roles: readonly RoleRule[] = [
  {
    role: 'workflow',
    file: WORKFLOW_FILE,
    format: 'json',
    required: true,
    diff: { ignore: volatile, matchBy: { tasks: 'name', linkages: 'edge' }, normalize: byTaskName },
    redact: { secrets: calloutSecrets },
  },
]

/**
 * Rewrites task ids into task names: a task's parent (`task_id`) and each linkage's ends. Each
 * linkage gets an `edge` ("Start → Query accounts", "Query accounts -Success→ Send") to be
 * matched by, so the same workflow from two tenants compares equal whatever ids each gave it.
 */
export function byTaskName(document: unknown): unknown {
  if (!isJsonObject(document) || !Array.isArray(document.tasks)) return document
  const names = new Map<string, string>()
  for (const task of document.tasks) {
    if (isJsonObject(task) && (typeof task.id === 'number' || typeof task.id === 'string') && typeof task.name === 'string') names.set(String(task.id), task.name)
  }
  const nameOf = (id: unknown) => (id === null || id === undefined ? null : (names.get(String(id)) ?? `#${String(id)}`))
  const tasks = document.tasks.map((task) => (isJsonObject(task) && 'task_id' in task ? { ...task, task_id: nameOf(task.task_id) } : task))
  const linkages = Array.isArray(document.linkages)
    ? document.linkages.map((link) => {
        if (!isJsonObject(link)) return link
        const { source_task_id, target_task_id, source_workflow_id: _workflow, ...rest } = link
        const source = nameOf(source_task_id)
        const target = nameOf(target_task_id)
        const type = typeof link.linkage_type === 'string' ? link.linkage_type : '?'
        return { ...rest, source_task: source, target_task: target, edge: source === null ? `${type} → ${target}` : `${source} -${type}→ ${target}` }
      })
    : document.linkages
  return { ...document, tasks, linkages }
}

/** How a name/value pair may spell its two halves (the callout schema is not published). */
const NAME_FIELDS = ['name', 'key', 'header', 'header_name', 'headerName', 'field', 'field_name']
const VALUE_FIELDS = ['value', 'header_value', 'headerValue', 'field_value']

/**
 * Secrets inside tasks that a key name alone does not reveal: a callout's headers written as a
 * list of `{name|key, value}` pairs, where the pair's name says "Authorization" and the value is
 * the secret. Credential-named keys (`password`, `Authorization: …` as an object key) are found
 * by core's redaction anyway.
 */
export function calloutSecrets(document: unknown): SecretSpot[] {
  const spots: SecretSpot[] = []
  if (!isJsonObject(document) || !Array.isArray(document.tasks)) return spots
  document.tasks.forEach((task: unknown, t: number) => {
    if (!isJsonObject(task)) return
    const label = typeof task.name === 'string' ? task.name : `TASK_${t}`
    const visit = (node: unknown, at: (string | number)[]) => {
      if (Array.isArray(node)) node.forEach((item, i) => visit(item, [...at, i]))
      else if (isJsonObject(node)) {
        const name = NAME_FIELDS.map((field) => node[field]).find((v): v is string => typeof v === 'string')
        const valueField = VALUE_FIELDS.find((field) => typeof node[field] === 'string')
        if (name && valueField && looksLikeSecretKey(name)) {
          spots.push({ path: [...at, valueField], name: `${label}_${name}`, reason: `the callout header/parameter "${name}" carries a credential` })
        }
        for (const [key, child] of Object.entries(node)) visit(child, [...at, key])
      }
    }
    visit(task.parameters, ['tasks', t, 'parameters'])
  })
  return spots
}

export const zuoraRules: BundleRules = {
  roles,

  /** A bare export JSON (what the UI's Export or the API gives), or a directory holding workflow.json. */
  async adopt(location, dir) {
    const info = await stat(location)
    const source = info.isDirectory() ? path.join(location, WORKFLOW_FILE) : location
    if ((info.isDirectory() && !(await exists(source))) || (!info.isDirectory() && !/\.json$/i.test(location))) {
      throw new BundleError(`${displayPath(location)}: neither a flowferry bundle nor a Zuora workflow export (a .json file)`, [], {
        hint: 'Point path at a bundle directory (with flowferry.json) or at a Zuora export JSON file.',
      })
    }
    const digest = await copyInto(dir, source, WORKFLOW_FILE)
    let name = path.basename(location).replace(/\.json$/i, '')
    // Not JSON, or too large: check() reports it; the file name stands in.
    const document = (await readJsonFile(path.join(dir, WORKFLOW_FILE), displayPath(source)))?.value
    const workflow = isJsonObject(document) && isJsonObject(document.workflow) ? document.workflow : undefined
    if (typeof workflow?.name === 'string' && workflow.name.trim()) name = workflow.name.trim()
    return { name, files: [{ path: WORKFLOW_FILE, role: 'workflow', digest }] }
  },

  async check(bundle: Bundle): Promise<Finding[]> {
    const file = fileOf(bundle, 'workflow')
    if (!file) {
      return [{ file: shownPath(bundle, 'flowferry.json'), severity: 'error', rule: 'zuora.required', message: `the bundle has no ${WORKFLOW_FILE} (role workflow); Zuora's import needs it` }]
    }
    // A bare export file was copied into a temporary bundle: findings point at the user's file.
    const shown = !bundle.adopted ? displayPath(file) : /\.json$/i.test(bundle.location) ? bundle.location : `${bundle.location}/${WORKFLOW_FILE}`
    const parsed = await checkJsonFile(file, shown, { rulePrefix: 'zuora', title: 'Zuora' })
    return 'finding' in parsed ? [parsed.finding] : checkDocument(parsed.document, parsed.text, shown)
  },
}

/**
 * The structure Zuora's import needs: `workflow`, `tasks` and `linkages` (the Workflow, Task and
 * Linkage schemas of https://developer.zuora.com/v1-api-reference/api/operation/POST_WorkflowImport/,
 * and the sample of https://developer.zuora.com/v1-api-reference/api/operation/GET_WorkflowExport/);
 * every linkage end names a task of the document; exactly one `Start` linkage (the entry edge).
 * An `action_type` outside the documented list is a warning: Zuora adds task types, and the
 * document is sent unchanged either way. Unknown `linkage_type`s are not reported: the official
 * import sample itself uses "Finish".
 */
export function checkDocument(document: unknown, text: string, file: string): Finding[] {
  const findings: Finding[] = []
  // Where each finding is, found in one walk of the text once they are all known.
  const places: (string | number)[][] = []
  let unshown = 0
  let unshownError = false
  // A document of 100,000 broken tasks gets the first findings, and a count of the rest.
  const at = (where: (string | number)[], severity: Finding['severity'], rule: string, message: string) => {
    if (findings.length >= MAX_FINDINGS) {
      unshown++
      unshownError ||= severity === 'error'
      return
    }
    findings.push({ file, line: 1, col: 1, severity, rule, message })
    places.push(where)
  }
  const located = () => {
    locatePaths(text, places).forEach((position, i) => position && Object.assign(findings[i]!, position))
    return findings
  }
  if (!isJsonObject(document)) {
    at([], 'error', 'zuora.shape', `${WORKFLOW_FILE} must hold the export document, an object {workflow, tasks, linkages}`)
    return located()
  }
  if (!isJsonObject(document.workflow)) at(['workflow'], 'error', 'zuora.workflow', '"workflow" (an object) is missing')
  for (const key of ['tasks', 'linkages'] as const) {
    if (!Array.isArray(document[key])) at([key], 'error', `zuora.${key}`, `"${key}" (an array) is missing`)
  }
  const tasks = Array.isArray(document.tasks) ? document.tasks : []
  const linkages = Array.isArray(document.linkages) ? document.linkages : []

  const ids = new Set<string>()
  const names = new Set<string>()
  tasks.forEach((task: unknown, i: number) => {
    if (!isJsonObject(task)) return at(['tasks', i], 'error', 'zuora.task', `task ${i} is not an object`)
    if (typeof task.id !== 'number' && typeof task.id !== 'string') at(['tasks', i], 'error', 'zuora.task', `task ${i} has no id, so no linkage can name it`)
    else if (ids.has(String(task.id))) at(['tasks', i, 'id'], 'error', 'zuora.task', `task id ${String(task.id)} is used twice`)
    else ids.add(String(task.id))
    if (typeof task.action_type === 'string' && !TASK_TYPES.has(task.action_type)) {
      at(['tasks', i, 'action_type'], 'warning', 'zuora.action-type', `action_type "${task.action_type}" is not one Zuora documents; the import decides whether the tenant knows it`)
    }
    if (typeof task.name === 'string') {
      if (names.has(task.name)) at(['tasks', i, 'name'], 'warning', 'zuora.task-name', `task name "${task.name}" is used twice; diff matches tasks by name and compares these by position`)
      names.add(task.name)
    }
  })

  let starts = 0
  linkages.forEach((link: unknown, i: number) => {
    if (!isJsonObject(link)) return at(['linkages', i], 'error', 'zuora.linkage', `linkage ${i} is not an object`)
    if (link.linkage_type === 'Start') {
      starts++
      if (starts > 1) at(['linkages', i, 'linkage_type'], 'error', 'zuora.start', 'a second Start linkage; a workflow has exactly one entry')
    }
    for (const end of ['source_task_id', 'target_task_id'] as const) {
      const value = link[end]
      if (value === null || value === undefined) {
        if (end === 'target_task_id') at(['linkages', i], 'error', 'zuora.linkage', `linkage ${i} has no target_task_id`)
        continue
      }
      if (!ids.has(String(value))) at(['linkages', i, end], 'error', 'zuora.linkage', `linkage ${i}: ${end} ${JSON.stringify(value)} names no task of this workflow`)
    }
  })
  if (Array.isArray(document.linkages) && starts === 0) at(['linkages'], 'error', 'zuora.start', 'no Start linkage: Zuora would not know the first task')
  if (unshown > 0) findings.push({ file, line: 1, col: 1, severity: unshownError ? 'error' : 'warning', rule: 'zuora.more', message: `and ${unshown} more findings like these` })
  return located()
}
