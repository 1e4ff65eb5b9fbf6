import { InputError } from '../../core/errors.js'
import type { HttpClient } from '../../core/http/client.js'
import type { Logger } from '../../core/log.js'
import { Input } from '../../input-names.js'
import { parseWorkflowPage, type WorkflowInfo } from './replies.js'

/**
 * The list endpoint's largest page and offset
 * (https://support.huaweicloud.com/intl/en-us/api-secmaster/ListWorkflows.html).
 */
const PAGE_SIZE = 100
const MAX_OFFSET = 10_000

/**
 * Workflows of one workspace looked up through the list endpoint: by name, since SecMaster's
 * import reply names no workflow and `workflow-name` may stand for `workflow-id`; and the name of
 * an id, for an export file that does not record it.
 */
export class WorkflowLookup {
  constructor(
    private readonly http: HttpClient,
    /** `/v1/{project_id}/workspaces/{workspace_id}/soc/workflows`. */
    private readonly collection: string,
    private readonly workspaceId: string | undefined,
    private readonly log: Logger,
  ) {}

  /**
   * After an import: the id of the one workflow with that name, or a note on why there is none.
   * `expected` is `workflow-id`, when given.
   */
  async locateImported(name: string, expected: string | undefined): Promise<{ id?: string; note?: string }> {
    let matches: WorkflowInfo[]
    try {
      matches = await this.findByName(name)
    } catch (error) {
      const note = `imported, but looking the workflow up by name failed (${error instanceof Error ? error.message : String(error)})${expected ? `; workflow-id keeps the given ${expected}` : ', so workflow-id is not set'}`
      this.log.warning(note)
      return { id: expected, note }
    }
    if (matches.length === 1) {
      const id = matches[0]!.id
      this.log.info(`the imported workflow "${name}" has id ${id}`)
      const note = expected && expected !== id ? `workflow-id ${expected} was given, but the workflow named "${name}" is ${id}; workflow-id is set to ${id}` : undefined
      if (note) this.log.warning(note)
      return { id, note }
    }
    if (expected && matches.some((w) => w.id === expected)) return { id: expected }
    const note =
      matches.length === 0
        ? `imported, but no workflow named "${name}" is listed in the workspace, so workflow-id is not set (SecMaster's import reply names no id)`
        : `imported, but ${matches.length} workflows are named "${name}" (${matches.map(describeWorkflow).join(', ')}), so workflow-id is not set; give workflow-id to pick one`
    this.log.warning(note)
    return { note }
  }

  /** `workflow-name` → the one workflow of that name; none or several fail, listing the candidates. */
  async resolveName(name: string): Promise<WorkflowInfo> {
    const matches = await this.findByName(name)
    if (matches.length === 1) {
      this.log.info(`workflow "${name}" is ${matches[0]!.id}`)
      return matches[0]!
    }
    if (matches.length === 0) {
      throw new InputError(Input.WorkflowName, `no workflow named "${name}" in SecMaster workspace ${this.workspaceId}`, 'the exact name, or workflow-id instead')
    }
    throw new InputError(
      Input.WorkflowName,
      `${matches.length} workflows in workspace ${this.workspaceId} are named "${name}": ${matches.map(describeWorkflow).join(', ')}; set workflow-id to the one to export`,
      matches[0]!.id,
    )
  }

  /** Workflows whose name is exactly `name` (the list's own `name` filter may match loosely). */
  async findByName(name: string): Promise<WorkflowInfo[]> {
    const matches: WorkflowInfo[] = []
    await this.scan({ name }, (workflow) => {
      if (workflow.name === name) matches.push(workflow)
      return false
    })
    return matches
  }

  /** The name of workflow `id` from the list, for an export file that does not record it; undefined on any failure. */
  async nameOf(id: string): Promise<string | undefined> {
    let name: string | undefined
    try {
      await this.scan({}, (workflow) => {
        if (workflow.id === id) name = workflow.name ?? undefined
        return workflow.id === id
      })
    } catch (error) {
      this.log.debug(`could not read the name of workflow ${id} from the list: ${error instanceof Error ? error.message : String(error)}`)
    }
    return name
  }

  /**
   * Pages through `GET …/soc/workflows` (offset/limit, at most 100 a page and offset 10,000),
   * calling `visit` for each workflow until it returns true. `offset` is read as an item offset
   * (the range 0–10,000 of https://support.huaweicloud.com/intl/en-us/api-secmaster/ListWorkflows.html
   * says so), but the docstrings of Huawei Cloud's Python SDK
   * (https://github.com/huaweicloud/huaweicloud-sdk-python-v3) call it a page, so when the list
   * runs dry (an empty page, or one with nothing new) short of the `total` it reported, the rest
   * is asked for again by page number (0- or 1-based: a repeated page is allowed once). Stops on
   * the reported total, or when neither reading yields anything new.
   */
  private async scan(filter: { name?: string }, visit: (workflow: WorkflowInfo) => boolean): Promise<void> {
    const seen = new Set<string>()
    const what = `list the workflows of workspace ${this.workspaceId}${filter.name ? ` named "${filter.name}"` : ''}`
    let byPage = false
    let repeatsAllowed = 0
    for (let offset = 0; offset <= MAX_OFFSET; ) {
      const page = await this.http.json(
        { method: 'GET', path: this.collection, query: { offset, limit: PAGE_SIZE, name: filter.name }, what },
        (value) => parseWorkflowPage(value, what),
      )
      let fresh = 0
      for (const workflow of page.workflows) {
        if (seen.has(workflow.id)) continue
        seen.add(workflow.id)
        fresh++
        if (visit(workflow)) return
      }
      const short = page.total !== undefined && seen.size < page.total
      if (page.total !== undefined && seen.size >= page.total) return
      if (page.size === 0 || fresh === 0) {
        if (byPage && fresh === 0 && page.size > 0 && repeatsAllowed-- > 0) {
          offset++
          continue
        }
        if (!byPage && short && offset > 0) {
          this.log.info(`${what}: the list ran dry after ${seen.size} of ${page.total} workflows at offset ${offset}; asking by page number instead`)
          byPage = true
          repeatsAllowed = 1
          offset = 1
          continue
        }
        if (short) this.log.warning(`${what}: SecMaster reported ${page.total} workflows but listed only ${seen.size}; a workflow may have been missed`)
        return
      }
      offset = byPage ? offset + 1 : offset + page.size
    }
  }
}

export function describeWorkflow(workflow: WorkflowInfo): string {
  const details = [workflow.version && `version ${workflow.version}`, workflow.update_time && `updated ${workflow.update_time}`].filter(Boolean)
  return `${workflow.id}${details.length ? ` (${details.join(', ')})` : ''}`
}
