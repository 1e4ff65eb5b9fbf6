import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileOf, type Bundle } from '../core/bundle.js'
import { mapLimit } from '../core/concurrency.js'
import { renderChanges, type Change } from '../core/diff.js'
import { compareFiles } from '../core/file-diff.js'
import { InputError } from '../core/errors.js'
import { displayPath } from '../core/fs.js'
import { Input } from '../input-names.js'
import { withSettings, type RunContext } from './context.js'
import { locateBundles, openBundle } from './bundles.js'
import { exportLive } from './export.js'
import { newResult, settle, type DiffFile, type Result } from './result.js'

/**
 * `operation: diff`: exports the live workflow (`workflow-id`) into a temporary directory and
 * compares it with the bundle, file by file and role by role, semantically: key order,
 * formatting and each platform's volatile fields do not count. `changed` says whether anything
 * differs; the summary shows what, old (live) → new (bundle); `fail-on-drift` fails the step.
 */
export async function diffOperation(context: RunContext): Promise<Result[]> {
  const locations = await locateBundles(context.settings.path)
  return mapLimit(locations, context.settings.concurrency, (location) => diffOne(context, location))
}

async function diffOne(outer: RunContext, location: string): Promise<Result> {
  const { platform, settings, log } = outer
  const result = newResult(platform.name, 'diff', { workflowId: settings.workflowId, path: displayPath(location) })
  return settle(result, outer.clock, async (cleanup) => {
    const bundle = await openBundle(location, outer, cleanup)
    result.path = bundle.location
    result.workflowName = bundle.manifest.name
    const context = withSettings(outer, { workflowId: liveWorkflowId(outer, bundle) })
    result.workflowId = context.settings.workflowId
    const staging = await mkdtemp(path.join(process.env.RUNNER_TEMP ?? tmpdir(), 'flowferry-live-'))
    cleanup.push(staging)
    const live = await exportLive(context, staging, result, { wait: true })
    if (!live) throw new Error('the export of the live workflow did not finish')

    const sections: string[] = []
    const changes: Change[] = []
    const files: DiffFile[] = []
    const rules = await platform.loadRules()
    const roles = new Set([...bundle.manifest.files.map((file) => file.role), ...live.exported.files.map((file) => file.role)])
    for (const role of roles) {
      const rule = rules.roles.find((r) => r.role === role)
      const bundled = fileOf(bundle, role)
      const liveFile = live.exported.files.find((file) => file.role === role)
      const name = bundle.manifest.files.find((file) => file.role === role)?.path ?? liveFile?.path ?? role
      let fileChanges: Change[]
      if (!bundled) fileChanges = [{ path: '(file)', kind: 'removed', before: liveFile?.path }]
      else if (!liveFile) fileChanges = [{ path: '(file)', kind: 'added', after: name }]
      else fileChanges = await compareFiles(path.join(staging, ...liveFile.path.split('/')), bundled, rule)
      changes.push(...fileChanges)
      if (fileChanges.length > 0) {
        sections.push(renderChanges(`${name}`, fileChanges))
        files.push({ file: name, total: fileChanges.length, changes: fileChanges.slice(0, 200) })
      }
    }
    if (files.length > 0) result.diffFiles = files

    result.changed = changes.length > 0
    result.diff = sections.length > 0 ? sections.join('\n\n') : `No changes: the live workflow matches ${displayPath(bundle.dir)}.`
    log.info(
      result.changed
        ? `${bundle.location}: ${changes.length} change(s) against the live workflow ${result.workflowId}:\n${changes
            .slice(0, 50)
            .map((c) => `  ${c.kind} ${c.path}`)
            .join('\n')}${changes.length > 50 ? `\n  … and ${changes.length - 50} more (the job summary shows up to 200 per file)` : ''}`
        : `${bundle.location}: no changes against the live workflow ${result.workflowId}`,
    )
    if (result.changed && settings.failOnDrift) {
      result.status = 'failed'
      result.message = `${bundle.location}: the live workflow ${result.workflowId} differs from the bundle in ${changes.length} place(s)`
      result.hint = 'The summary lists each change. Import the bundle, or export the live workflow into the bundle, to bring them together.'
    }
  })
}

/**
 * The live workflow to compare with: `workflow-id` when given; else the workflow the bundle was
 * exported from, when it was exported from this same environment (its manifest's origin is the
 * `base-url` origin). An id from another environment would name some other workflow, or none.
 */
function liveWorkflowId(context: RunContext, bundle: Bundle): string | undefined {
  const { settings } = context
  if (settings.workflowId || settings.workflowName) return settings.workflowId
  const source = bundle.manifest.source
  if (source?.workflowId && source.origin === settings.baseUrl?.origin) return source.workflowId
  throw new InputError(
    Input.WorkflowId,
    source?.origin
      ? `diff needs the live workflow's id: ${bundle.location} was exported from ${source.origin}, not from ${settings.baseUrl?.origin}, so its id does not apply here`
      : `diff needs the live workflow's id, and ${bundle.location} does not record where it was exported from`,
    source?.workflowId ?? 'a-1234abcd',
  )
}
