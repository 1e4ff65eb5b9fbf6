import { systemClock, Deadline } from './core/clock.js'
import { closeHttp } from './core/http/dispatcher.js'
import type { FrontEnd } from './front-end.js'
import { Input, type Operation } from './input-names.js'
import { readInputs } from './inputs.js'
import type { Settings } from './settings.js'
import { isGlob } from './operations/glob.js'
import type { RunContext } from './operations/context.js'
import { operationRunners } from './operations/index.js'
import { newResult, overallStatus, recordFailure, type Result } from './operations/result.js'
import { loadPlatform } from './platforms/registry.js'
import type { PlatformClient } from './platforms/platform.js'
import { setHomeOrigin } from './core/untrusted-text.js'
import type { RunReport } from './report.js'

/**
 * The action and the CLI both come here: read the inputs, run the one operation they name, and
 * hand the outcome to the front end, which publishes outputs and summary and, on failure, fails
 * the step. Errors become results here; the front end is the one place they become a failure.
 */
export async function run(frontEnd: FrontEnd): Promise<RunReport> {
  const clock = frontEnd.clock ?? systemClock
  const started = clock.now()
  let settings: Settings | undefined
  let results: Result[]
  try {
    settings = readInputs(frontEnd.input)
    results = await execute(settings, frontEnd)
  } catch (error) {
    const platform = settings?.platform ?? (frontEnd.input(Input.Platform).trim() || 'unknown')
    const operation = (settings?.operation ?? (frontEnd.input(Input.Operation).trim() || 'unknown')) as Operation
    results = [recordFailure(newResult(platform, operation), error)]
  } finally {
    await closeHttp()
  }
  const report: RunReport = {
    platform: settings?.platform ?? results[0]!.platform,
    operation: settings?.operation ?? results[0]!.operation,
    status: overallStatus(results),
    results,
    batch: settings ? isGlob(settings.path) && (settings.operation === 'import' || settings.operation === 'validate' || settings.operation === 'diff') : false,
    durationMs: clock.now() - started,
    prComment: settings?.prComment ? { token: settings.githubToken } : undefined,
  }
  await frontEnd.publish(report)
  return report
}

async function execute(settings: Settings, frontEnd: FrontEnd): Promise<Result[]> {
  const platform = await loadPlatform(settings.platform)
  const clock = frontEnd.clock ?? systemClock
  // URLs on this origin keep their query in what is shown; links elsewhere (presigned) lose it.
  setHomeOrigin(settings.baseUrl)
  let client: PlatformClient | undefined
  const context: RunContext = {
    settings,
    platform,
    log: frontEnd.log,
    clock,
    deadline: Deadline.after(settings.timeoutMs, clock),
    artifacts: frontEnd.artifacts,
    client: () => (client ??= platform.connect(settings, { log: frontEnd.log, deadline: context.deadline, clock, idToken: frontEnd.idToken })),
    resumeHint: (jobId) => frontEnd.resumeHint(settings, jobId),
    idToken: frontEnd.idToken,
  }
  frontEnd.log.info(`flowferry ${settings.operation} on ${platform.title}${settings.baseUrl ? ` at ${settings.baseUrl.origin}` : ''}`)
  const runner = await operationRunners[settings.operation]()
  return runner(context)
}
