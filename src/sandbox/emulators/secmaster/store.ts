import { createHash, randomUUID } from 'node:crypto'
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { SEEDED_AT, SEEDED_WORKFLOW_NAME, seededWorkflows } from './seed.js'
import type { SecmasterSettings } from './settings.js'

/**
 * The SecMaster emulator's workflows. Each is kept as the file this environment would export:
 * compact JSON carrying its own ids, project, workspace and times, so that a workflow imported
 * from another environment comes back with this one's.
 */
export interface Workflow {
  id: string
  name: string
  version: number
  createTime: string
  updateTime: string
  /** The export file as stored (compact JSON with this environment's ids). */
  file: string
}

/** Documents up to this size are parsed; bigger ones are stored as they come. */
export const PARSE_LIMIT = 32 * 1024 * 1024

export class WorkflowStore {
  readonly workflows = new Map<string, Workflow>()

  constructor(
    private readonly storageDir: string,
    private readonly settings: SecmasterSettings,
  ) {}

  seed(): void {
    for (const { id, name, document } of seededWorkflows()) {
      const workflow: Workflow = { id, name, version: 3, createTime: SEEDED_AT, updateTime: SEEDED_AT, file: '' }
      workflow.file = this.write(workflow, document)
      this.workflows.set(id, workflow)
    }
  }

  /** Adds `count` newer workflows named "<seeded name> archive <i>", numbered on from those already added. */
  addArchives(count: number): void {
    const start = [...this.workflows.values()].filter((w) => w.name.includes(' archive ')).length
    for (let i = start; i < start + count; i++) {
      const at = new Date(Date.UTC(2026, 10, 21) + i * 60_000).toISOString()
      const name = `${SEEDED_WORKFLOW_NAME} archive ${i}`
      const workflow: Workflow = { id: randomUUID(), name, version: 1, createTime: at, updateTime: at, file: '' }
      workflow.file = this.write(workflow, { name, aop_type: 'NORMAL', versions: [] })
      this.workflows.set(workflow.id, workflow)
    }
  }

  /** Writes the file as this environment would export it: its own ids, project, workspace and times. */
  write(workflow: Workflow, document: Record<string, unknown>): string {
    const file = path.join(this.storageDir, `workflow-${workflow.id}-v${workflow.version}.json`)
    const versions = Array.isArray(document.versions) ? document.versions : []
    const rewritten = {
      ...document,
      id: workflow.id,
      name: workflow.name,
      project_id: this.settings.projectId,
      workspace_id: this.settings.workspaceId,
      create_time: workflow.createTime,
      update_time: workflow.updateTime,
      version: `v${workflow.version}`,
      versions: versions.map((v: unknown) =>
        v !== null && typeof v === 'object' ? { ...(v as Record<string, unknown>), aopworkflow_id: workflow.id, update_time: workflow.updateTime } : v,
      ),
    }
    writeFileSync(file, JSON.stringify(rewritten))
    return file
  }

  /** Several ids: a JSON array of their files (the docs do not say; one reading). */
  combined(ids: string[]): string {
    const file = path.join(this.storageDir, `export-${randomUUID()}.json`)
    writeFileSync(file, `[${ids.map((id) => readFileSync(this.workflows.get(id)!.file, 'utf8')).join(',')}]`)
    return file
  }

  /** A workflow as the list and show endpoints describe it. */
  info(w: Workflow): Record<string, unknown> {
    return {
      id: w.id,
      name: w.name,
      project_id: this.settings.projectId,
      workspace_id: this.settings.workspaceId,
      create_time: w.createTime,
      update_time: w.updateTime,
      enabled: true,
      version: `v${w.version}`,
      aop_type: 'NORMAL',
      engine_type: 'public_engine',
    }
  }

  /** The workflows as JSON, for tests (`GET /__sandbox/state`). */
  state(): unknown[] {
    return [...this.workflows.values()].map((w) => ({
      id: w.id,
      name: w.name,
      version: `v${w.version}`,
      sha256: sha256File(w.file),
      document: statSync(w.file).size <= PARSE_LIMIT ? JSON.parse(readFileSync(w.file, 'utf8')) : '(large document)',
    }))
  }
}

export function sha256File(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex')
}
