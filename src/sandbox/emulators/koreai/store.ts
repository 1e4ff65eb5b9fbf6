import { randomBytes, randomUUID } from 'node:crypto'
import { createWriteStream, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import yazl from 'yazl'
import type { SandboxOptions } from '../../types.js'
import { SEEDED_FLOW_ID, SEEDED_VERSIONS, SEEDED_WORKFLOW_ID, SEEDED_WORKFLOW_NAME, seededDocuments } from './seed.js'
import type { KoreaiSettings } from './settings.js'

/**
 * The Kore.ai emulator's state: uploaded files and upload sessions, workflows (their documents
 * kept as files in the storage directory, so a large one never sits in memory) and the jobs
 * ("dock statuses") that imports and exports run as, each ending on the sandbox clock.
 */
export interface StoredFile {
  id: string
  path: string
  name: string
  size: number
}

/** The three documents of a workflow, as files in the sandbox's storage. */
export interface Documents {
  flowData: string
  workflowData: string
  envVariables: string
}

export interface Workflow {
  id: string
  name: string
  flowId: string
  documents: Documents
  versions: number
  /** Deployed in the account: what an import as a version needs of its parent. */
  deployed: boolean
}

export interface Job {
  id: string
  workflowId: string
  action: 'IMPORT' | 'EXPORT' | 'DEPLOY' | 'UNDEPLOY'
  createdAt: number
  durationMs: number
  outcome: 'success' | 'failed' | 'endless'
  /** Applied once, when the job is first seen finished. */
  apply?: () => boolean
  applied?: boolean
  /** The job's own effect failed (a corrupt document). */
  failed?: boolean
  exportJobId?: string
  downloadUrl?: string
  packageFile?: string
  packageName?: string
}

export interface Session {
  fileName: string
  fileSize: number
  totalChunks: number
  chunks: Map<number, string>
}

/** Documents up to this size are parsed to check them; bigger ones are taken on trust. */
const CHECK_LIMIT = 32 * 1024 * 1024

export class KoreaiStore {
  readonly files = new Map<string, StoredFile>()
  readonly sessions = new Map<string, Session>()
  readonly workflows = new Map<string, Workflow>()
  readonly jobs = new Map<string, Job>()

  constructor(
    readonly options: SandboxOptions,
    readonly settings: KoreaiSettings,
  ) {
    this.workflows.set(SEEDED_WORKFLOW_ID, {
      id: SEEDED_WORKFLOW_ID,
      name: SEEDED_WORKFLOW_NAME,
      flowId: SEEDED_FLOW_ID,
      documents: writeDocuments(options.storageDir, seededDocuments()),
      versions: SEEDED_VERSIONS,
      deployed: true,
    })
  }

  /** Keeps an uploaded file; the reply gives its id and a signed media link, as the platform's does. */
  storeFile(filePath: string, name: string, size: number): { url: string; fileId: string } {
    const id = randomBytes(12).toString('hex')
    this.files.set(id, { id, path: filePath, name, size })
    const ext = path.extname(name).slice(1) || 'bin'
    return {
      url: `${this.options.baseUrl()}/api/getMediaStream/orgFiles/f-${randomUUID()}.${ext}?e=${Date.now() + 3_600_000}&n=1&del=false&s=${signature(id)}&fileName=${encodeURIComponent(name)}`,
      fileId: id,
    }
  }

  newWorkflow(name: string): Workflow {
    const workflow: Workflow = {
      id: `a-${randomUUID()}`,
      name,
      flowId: `cf-${randomUUID()}`,
      documents: writeDocuments(this.options.storageDir, { flowData: {}, workflowData: {}, envVariables: [] }),
      versions: 0,
      // An imported workflow lands "In Development" (Kore.ai's import guide), not deployed.
      deployed: false,
    }
    this.workflows.set(workflow.id, workflow)
    return workflow
  }

  newJob(workflowId: string, action: Job['action'], immediate: boolean): Job {
    const job: Job = {
      id: `ds-${randomUUID()}`,
      workflowId,
      action,
      createdAt: this.options.clock.now(),
      durationMs: immediate ? 0 : this.options.jobs.durationMs,
      outcome: immediate && this.options.jobs.outcome === 'endless' ? 'success' : this.options.jobs.outcome,
    }
    this.jobs.set(job.id, job)
    return job
  }

  exportJob(exportJobId: string): Job | undefined {
    return [...this.jobs.values()].find((j) => j.exportJobId === exportJobId)
  }

  /** The dock-status record, computed from the job's age on the sandbox clock. */
  record(job: Job): Record<string, unknown> {
    const elapsed = this.options.clock.now() - job.createdAt
    let status = 'IN_PROGRESS'
    if (job.outcome !== 'endless' && elapsed >= job.durationMs) {
      if (job.outcome === 'success' && job.apply && !job.applied && !job.failed) {
        if (job.apply()) job.applied = true
        else job.failed = true
      }
      status = job.outcome === 'failed' || job.failed ? 'FAILED' : 'SUCCESS'
    }
    const record: Record<string, unknown> = {
      _id: job.id,
      workflowId: job.workflowId,
      jobType: 'WORKFLOWS',
      action: job.action,
      status,
    }
    if (this.settings.percentages) {
      const share = elapsed / Math.max(1, job.durationMs)
      const stall = this.settings.stall
      const percent = stall ? Math.min(1, share / stall.after) * stall.percent : share * 100
      record.percentageComplete = status === 'SUCCESS' ? 100 : job.outcome === 'endless' ? 42 : Math.min(99, Math.floor(percent))
    }
    if (job.downloadUrl && this.settings.recordDownloadUrl) record.response = { downloadUrl: job.downloadUrl }
    return record
  }

  /** The state as JSON, for tests (`GET /__sandbox/state`). */
  state(): unknown {
    return {
      workflows: [...this.workflows.values()].map((w) => ({
        id: w.id,
        name: w.name,
        flowId: w.flowId,
        versions: w.versions,
        deployed: w.deployed,
        documents: Object.fromEntries(Object.entries(w.documents).map(([role, file]) => [role, readSmallJson(file)])),
      })),
      jobs: [...this.jobs.values()].map((job) => ({ ...this.record(job), outcome: job.outcome })),
      files: this.files.size,
    }
  }
}

/** The signature of a link the emulator hands out (a media link, an export on the foreign origin). */
export function signature(value: string): string {
  return Buffer.from(`sig:${value}`).toString('base64url').slice(0, 24)
}

/** An export package: the three documents in a zip, under the names the platform gives them. */
export async function writePackage(file: string, documents: Documents): Promise<void> {
  const zip = new yazl.ZipFile()
  // Large documents are stored, not deflated: compressing a gigabyte would be the sandbox's time, not the client's.
  const add = (file: string, name: string) => zip.addFile(file, name, { compress: statSync(file).size <= CHECK_LIMIT })
  add(documents.flowData, 'flow_definition.json')
  add(documents.workflowData, 'app_definition.json')
  add(documents.envVariables, 'env_variables.json')
  zip.end()
  await pipeline(zip.outputStream, createWriteStream(file))
}

function writeDocuments(dir: string, documents: Record<keyof Documents, unknown>): Documents {
  const out = {} as Documents
  for (const [role, value] of Object.entries(documents) as [keyof Documents, unknown][]) {
    out[role] = path.join(dir, `${role}-${randomUUID()}.json`)
    writeFileSync(out[role], `${JSON.stringify(value, null, 2)}\n`)
  }
  return out
}

export function isJsonFile(file: string): boolean {
  try {
    if (statSync(file).size > CHECK_LIMIT) return true
    JSON.parse(readFileSync(file, 'utf8'))
    return true
  } catch {
    return false
  }
}

function readSmallJson(file: string): unknown {
  if (statSync(file).size > CHECK_LIMIT) return '(large document)'
  return JSON.parse(readFileSync(file, 'utf8'))
}
