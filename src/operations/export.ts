import path from 'node:path'
import { MANIFEST, type ManifestSource } from '../core/bundle.js'
import { displayPath, stagingDirFor } from '../core/fs.js'
import type { JobState } from '../core/wait.js'
import { exportTarget } from '../core/paths.js'
import { setting } from '../core/phrasing.js'
import { Input } from '../input-names.js'
import { defaultArtifactName } from '../core/artifact-name.js'
import type { ExportedFiles } from '../platforms/platform.js'
import type { RunContext } from './context.js'
import { followJob } from './job.js'
import { newResult, settle, type Result } from './result.js'

/** `operation: export`: the workflow into a bundle at `path`, then (by default) an artifact. */
export async function exportOperation(context: RunContext): Promise<Result[]> {
  const { platform, settings } = context
  const result = newResult(platform.name, 'export', { workflowId: settings.workflowId, workflowName: settings.workflowName })
  await settle(result, context.clock, async (cleanup) => {
    // Confined to the workspace before anything is created (core/paths.ts).
    const target = await exportTarget(settings.path, Input.Path)
    const staging = await stagingDirFor(target)
    cleanup.push(staging)
    const live = await exportLive(context, staging, result)
    if (live) await finishExport(context, result, live.exported, staging, target, live.job)
  })
  return [result]
}

/**
 * Runs the platform's export into `staging` and follows its job: the files of the live workflow,
 * or undefined when `wait: false` left the job running (the result then says in-progress).
 * Shared by export, diff and import's backup.
 */
export async function exportLive(
  context: RunContext,
  staging: string,
  result: Result,
  options: { wait?: boolean } = {},
): Promise<{ exported: ExportedFiles; job?: JobState } | undefined> {
  const client = context.client()
  const outcome = await context.log.group(`Export from ${context.platform.title}`, () => client.exportWorkflow(staging))
  result.workflowId = outcome.workflowId ?? result.workflowId
  result.version = outcome.version ?? result.version
  result.downloadUrl = outcome.downloadUrl
  result.platformStatus = outcome.platformStatus
  if (outcome.exported) return { exported: outcome.exported }
  const job = await followJob(context, outcome.job!, result, `the export of workflow ${result.workflowId}`, options)
  if (!job) return undefined
  // The link may come only with the finished job's record (Kore.ai's export reply can lack it).
  result.downloadUrl = job.downloadUrl ?? result.downloadUrl
  return { exported: await collect(context, job, staging), job }
}

export async function collect(context: RunContext, job: JobState, staging: string): Promise<ExportedFiles> {
  const client = context.client()
  if (!client.collectExport) throw new Error(`${context.platform.name} ran an export job but cannot collect its files`)
  return client.collectExport(job, staging)
}

/** Writes the bundle from the staged files and uploads it; shared by export and by wait on an export job. */
export async function finishExport(
  context: RunContext,
  result: Result,
  exported: ExportedFiles,
  staging: string,
  target: string,
  job: JobState | undefined,
): Promise<void> {
  const { platform, settings, log } = context
  result.workflowId = exported.workflowId
  result.workflowName = exported.name
  result.version = exported.version ?? result.version
  const unsearched: string[] = []
  // Loaded here, after the export's requests: the writer and the rules bring the JSON walker.
  const [{ writeBundle }, rules] = await Promise.all([import('../core/bundle-write.js'), platform.loadRules()])
  const manifest = await log.group(`Write the bundle to ${displayPath(target)}`, () =>
    writeBundle({
      staging,
      target,
      platform: platform.name,
      name: exported.name,
      source: provenance(context, exported, job),
      files: exported.files,
      rules: rules.roles,
      redact: settings.redactSecrets,
      onUnsearched: (file, reason) => unsearched.push(`${file} (${reason})`),
    }),
  )
  if (unsearched.length > 0) {
    // redact-secrets promises no secret in the bundle; say where that promise could not be checked.
    const note = `redact-secrets could not search ${unsearched.join(', ')}: check it for credentials before committing or sharing the bundle`
    log.warning(note)
    result.notes = [...(result.notes ?? []), note]
  }
  result.path = displayPath(target)
  result.files = [MANIFEST, ...manifest.files.map((file) => file.path)].map((file) => `${result.path}/${file}`)
  log.info(`wrote ${result.path}: ${manifest.files.map((file) => `${file.path} (${file.bytes} bytes)`).join(', ')}`)
  if (manifest.placeholders?.length) {
    result.placeholders = manifest.placeholders.map((p) => `${p.name} (${p.file} ${p.pointer}: ${p.reason})`)
    log.info(
      `redacted ${manifest.placeholders.length} secret value(s); an import will need: ${[...new Set(manifest.placeholders.map((p) => p.name))].join(', ')}`,
    )
  }

  if (!settings.uploadArtifact) return
  const reason = context.artifacts.unavailableReason()
  if (reason) {
    log.warning(`The bundle was not uploaded as an artifact: ${reason}. Set ${setting(Input.UploadArtifact, 'false')} to skip the upload on purpose.`)
    result.notes = [...(result.notes ?? []), `artifact not uploaded: ${reason}`]
    return
  }
  const name = settings.artifactName ?? defaultArtifactName(platform.name, exported.name || exported.workflowId)
  const uploaded = await log.group(`Upload the artifact ${name}`, () =>
    context.artifacts.upload(
      name,
      [MANIFEST, ...manifest.files.map((file) => file.path)].map((file) => path.join(target, ...file.split('/'))),
      target,
      settings.retentionDays,
    ),
  )
  result.artifactId = uploaded.id
  result.artifactUrl = uploaded.url
  result.artifactName = name
  log.info(`uploaded artifact ${name} (id ${uploaded.id})`)
}

/**
 * Where the export came from, so an archived bundle can be traced to its environment, run and
 * commit. Read from the runner's environment variables, the same ones @actions/github's context
 * reads, without loading Octokit for four strings.
 */
function provenance(context: RunContext, exported: ExportedFiles, job: JobState | undefined): ManifestSource {
  const env = process.env
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com'
  return {
    origin: context.settings.baseUrl?.origin ?? null,
    workflowId: exported.workflowId,
    version: exported.version ?? null,
    jobId: job?.id || null,
    exportedAt: new Date(context.clock.now()).toISOString(),
    run: env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : null,
    commit: env.GITHUB_SHA ?? null,
  }
}
