import { isJsonObject } from '../../../core/canonical-json.js'
import { compareVersions, highestVersion } from '../../../platforms/zuora/versions.js'

/**
 * The Zuora emulator's workflow definitions and their versions, with the rules of the import
 * endpoints (https://developer.zuora.com/v1-api-reference/api/operation/POST_WorkflowImport/,
 * https://developer.zuora.com/v1-api-reference/api/operation/POST_WorkflowVersionsImport/):
 * an import assigns new ids (the document's ids are the source tenant's), versions are
 * unique and strictly increasing, a new version is inactive unless activated, exactly one version
 * is active. Documents are kept as given, unknown fields and enum values included.
 */
export interface Version {
  id: number
  version: string
  document: Record<string, unknown>
  createdAt: string
}

export interface Definition {
  id: number
  name: string
  description: string
  status: 'Active' | 'Inactive'
  activeVersionId?: number
  versions: Version[]
  createdAt: string
  updatedAt: string
}

/** A refusal in the workflow endpoints' documented shape. */
export class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    /** Another documented shape for the same refusal, e.g. the /v1 `{success:false, reasons}`. */
    private readonly body?: unknown,
  ) {
    super(title)
  }

  /** The workflow endpoints' documented error shape. */
  get reply(): { status: number; body: unknown } {
    return { status: this.status, body: this.body ?? { errors: [{ code: 'invalid', status: this.status, title: this.title }] } }
  }
}

const VERSION = /^\d+(\.\d+)*$/

/**
 * The refusal of a version that is not greater; Zuora documents none. `wording: 'vague'` says
 * only "Version is invalid"; `shape: 'reasons'` answers in the /v1 shape (with status 200, a
 * `{success:false}` body).
 */
export interface VersionConflictStyle {
  status: number
  wording: 'named' | 'vague'
  shape: 'errors' | 'reasons'
}

export class WorkflowStore {
  readonly definitions = new Map<number, Definition>()
  private nextDefinition = 19080
  private nextVersion = 30001
  private nextTask = 500001

  constructor(
    private readonly now: () => string,
    /** How a version that is not greater is refused (undocumented; 400, naming the highest, by default). */
    private readonly conflict: () => VersionConflictStyle = () => ({ status: 400, wording: 'named', shape: 'errors' }),
  ) {}

  definition(id: string): Definition {
    const found = /^\d+$/.test(id) ? this.definitions.get(Number(id)) : undefined
    if (!found) throw new Refusal(404, `Workflow ${id} not found`)
    return found
  }

  createDefinition(document: unknown, version: string | undefined, activate: boolean, activateDefinition: boolean): { definition: Definition; created: Version } {
    const body = checkDocument(document)
    const workflow = isJsonObject(body.workflow) ? body.workflow : {}
    const chosen = version ?? (typeof workflow.version === 'string' ? workflow.version : '0.0.1')
    checkVersionFormat(chosen)
    const at = this.now()
    const definition: Definition = {
      id: this.nextDefinition++,
      name: typeof workflow.name === 'string' ? workflow.name : 'Imported workflow',
      description: typeof workflow.description === 'string' ? workflow.description : '',
      status: 'Inactive',
      versions: [],
      createdAt: at,
      updatedAt: at,
    }
    this.definitions.set(definition.id, definition)
    const created = this.addVersion(definition, body, chosen, activate, activateDefinition)
    return { definition, created }
  }

  importVersion(definition: Definition, document: unknown, version: string | undefined, activate: boolean, activateDefinition: boolean): Version {
    const body = checkDocument(document)
    if (version === undefined) throw new Refusal(400, 'version is required')
    checkVersionFormat(version)
    const highest = highestVersion(definition.versions.map((v) => v.version))
    if (highest !== undefined && compareVersions(version, highest) <= 0) {
      const style = this.conflict()
      const title = style.wording === 'vague' ? 'Version is invalid' : `Version ${version} must be greater than the latest version ${highest}`
      const body = style.shape === 'reasons' ? { success: false, processId: 'C0FFEE1234567890', reasons: [{ code: 50000020, message: title }] } : undefined
      throw new Refusal(style.status, title, body)
    }
    return this.addVersion(definition, body, version, activate, activateDefinition)
  }

  /** `version` absent: the active one; `latest`; or an exact number. */
  find(definition: Definition, version: string | null): Version {
    if (version === null || version === '') {
      const active = definition.versions.find((v) => v.id === definition.activeVersionId)
      if (!active) throw new Refusal(404, `Workflow ${definition.id} has no active version`)
      return active
    }
    if (version === 'latest') return definition.versions.at(-1)!
    if (!VERSION.test(version)) throw new Refusal(400, `Invalid version: ${version}`)
    const found = definition.versions.find((v) => compareVersions(v.version, version) === 0)
    if (!found) throw new Refusal(404, `Version ${version} of workflow ${definition.id} not found`)
    return found
  }

  activate(definition: Definition, versionId: number, activateDefinition: boolean): void {
    if (!definition.versions.some((v) => v.id === versionId)) throw new Refusal(404, `Version ${versionId} not found`)
    definition.activeVersionId = versionId
    if (activateDefinition) definition.status = 'Active'
    definition.updatedAt = this.now()
  }

  private addVersion(definition: Definition, body: Record<string, unknown>, version: string, activate: boolean, activateDefinition: boolean): Version {
    const id = this.nextVersion++
    const created: Version = { id, version, document: this.renumber(body, id, definition.id, version), createdAt: this.now() }
    definition.versions.push(created)
    definition.updatedAt = created.createdAt
    if (activate) this.activate(definition, id, activateDefinition)
    return created
  }

  /** New ids for the workflow and every task; linkages and parent references follow them. */
  private renumber(body: Record<string, unknown>, versionId: number, definitionId: number, version: string): Record<string, unknown> {
    const ids = new Map<string, number>()
    const tasks = (body.tasks as unknown[]).map((task) => {
      if (!isJsonObject(task)) throw new Refusal(400, 'Each task must be an object')
      const id = this.nextTask++
      if (task.id !== undefined && task.id !== null) ids.set(String(task.id), id)
      return { ...task, id } as Record<string, unknown>
    })
    const remap = (value: unknown, what: string) => {
      if (value === null || value === undefined) return null
      const id = ids.get(String(value))
      if (id === undefined) throw new Refusal(400, `${what} ${String(value)} does not name a task of this workflow`)
      return id
    }
    for (const task of tasks) {
      task.task_id = remap(task.task_id, 'task_id')
      task.workflow_id = versionId
    }
    const linkages = (body.linkages as unknown[]).map((link, i) => {
      if (!isJsonObject(link)) throw new Refusal(400, 'Each linkage must be an object')
      return {
        ...link,
        source_workflow_id: versionId,
        source_task_id: remap(link.source_task_id, `linkage ${i}: source_task_id`),
        target_task_id: remap(link.target_task_id, `linkage ${i}: target_task_id`),
      }
    })
    const workflow = { ...(isJsonObject(body.workflow) ? body.workflow : {}), id: versionId, original_workflow_id: definitionId, version }
    return { ...body, workflow, tasks, linkages }
  }
}

function checkDocument(document: unknown): Record<string, unknown> {
  if (!isJsonObject(document)) throw new Refusal(400, 'The request body must be a workflow export document')
  for (const key of ['tasks', 'linkages']) {
    if (document[key] !== undefined && !Array.isArray(document[key])) throw new Refusal(400, `${key} must be an array`)
  }
  return { ...document, tasks: document.tasks ?? [], linkages: document.linkages ?? [] }
}

function checkVersionFormat(version: string): void {
  if (!VERSION.test(version)) throw new Refusal(400, `Invalid version: ${version}`)
}

/** `WorkflowDefinition` (get, patch and version-import reply). */
export function definitionView(definition: Definition): Record<string, unknown> {
  const workflow = definitionWorkflow(definition)
  const active = definition.versions.find((v) => v.id === definition.activeVersionId)
  return {
    id: definition.id,
    name: definition.name,
    description: definition.description,
    status: definition.status,
    ...triggers(workflow),
    createdAt: definition.createdAt,
    updatedAt: definition.updatedAt,
    active_version: active ? { id: active.id, description: definition.description, type: 'Workflow::Setup', version: active.version, status: 'Active' } : null,
  }
}

/** `Workflow` (new-definition import reply, version list item). */
export function versionView(definition: Definition, version: Version, id = version.id): Record<string, unknown> {
  return {
    id,
    name: definition.name,
    description: definition.description,
    type: 'Workflow::Setup',
    version: version.version,
    status: version.id === definition.activeVersionId ? 'Active' : 'Inactive',
    ...triggers(isJsonObject(version.document.workflow) ? version.document.workflow : {}),
    createdAt: version.createdAt,
    updatedAt: version.createdAt,
  }
}

function definitionWorkflow(definition: Definition): Record<string, unknown> {
  const latest = definition.versions.at(-1)?.document.workflow
  return isJsonObject(latest) ? latest : {}
}

/** The export document says `ondemand_trigger`, the responses `ondemandTrigger`; both are read. */
function triggers(workflow: Record<string, unknown>): Record<string, unknown> {
  const flag = (snake: string, camel: string) => Boolean(workflow[snake] ?? workflow[camel] ?? false)
  return {
    calloutTrigger: flag('callout_trigger', 'calloutTrigger'),
    ondemandTrigger: flag('ondemand_trigger', 'ondemandTrigger'),
    scheduledTrigger: flag('scheduled_trigger', 'scheduledTrigger'),
    interval: workflow.interval ?? null,
    timezone: workflow.timezone ?? null,
  }
}
