import { rm } from 'node:fs/promises'
import path from 'node:path'
import type { Bundle } from '../core/bundle.js'
import { stagingDirFor } from '../core/fs.js'
import { exportTarget } from '../core/paths.js'
import { defaultArtifactName } from '../core/artifact-name.js'
import { withSettings, type RunContext } from './context.js'
import { exportLive, finishExport } from './export.js'
import { newResult, type Result } from './result.js'

/**
 * `backup: true`: before an import replaces something, export what it replaces and keep it as
 * its own artifact (and under flowferry-backup/ in the workspace), so the change can be rolled
 * back by importing that bundle. A platform says what an import would replace
 * (`PlatformClient.replaces`); by default it is the workflow `workflow-id` names.
 */
export async function backUp(context: RunContext, bundle: Bundle, result: Result): Promise<void> {
  const client = context.client()
  const target = client.replaces ? await client.replaces(bundle) : context.settings.workflowId
  if (!target) {
    context.log.info('backup: this import creates a new workflow and replaces nothing, so there is nothing to back up')
    result.notes = [...(result.notes ?? []), 'backup: nothing replaced, nothing backed up']
    return
  }
  const stamp = new Date(context.clock.now()).toISOString().replace(/[:.]/g, '-')
  const name = defaultArtifactName(`backup-${context.platform.name}`, `${target}-${stamp}`)
  // The workflow as it is now: its active version, not the version this import will create.
  const own = context.platform.liveExport?.(context.settings.own) ?? context.settings.own
  const scoped = withSettings(context, { workflowId: target, own, artifactName: name, uploadArtifact: true })
  const backup = newResult(context.platform.name, 'export', { workflowId: target })
  const directory = await exportTarget(path.posix.join('flowferry-backup', name))
  const staging = await stagingDirFor(directory)
  try {
    await context.log.group(`Back up workflow ${target} before the import`, async () => {
      const live = await exportLive(scoped, staging, backup, { wait: true })
      if (!live) throw new Error(`the backup export of ${target} did not finish`)
      await finishExport(scoped, backup, live.exported, staging, directory, live.job)
    })
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
  result.backupArtifactId = backup.artifactId
  const where = backup.artifactId ? `artifact ${name} (id ${backup.artifactId})` : backup.path
  result.notes = [
    ...(result.notes ?? []),
    `backup of ${target} taken before the import: ${where}. To roll back, ${context.platform.rollback?.(target) ?? `import that bundle into ${target} (workflow-id: ${target})`}.`,
  ]
}
