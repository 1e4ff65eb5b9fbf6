import { ARTIFACT_NAME_FORBIDDEN } from './core/artifact-name.js'
import { InputError } from './core/errors.js'
import { isLoopback } from './core/loopback.js'
import { credential, duration, POLL_INTERVAL_LIMIT, TIMEOUT_LIMIT } from './input-limits.js'
import { registerSecret } from './core/secrets.js'
import { Input, credentialInputs, operations, type InputName, type Operation } from './input-names.js'
import type { PlatformFacts } from './platforms/platform.js'
import { platformFacts, platformNames } from './platforms/registry.js'
import type { InputSource, Settings } from './settings.js'

/**
 * Every input of action.yml, read and checked here and nowhere else. A problem fails at once with
 * the input's name and an example of a good value.
 */

export function readInputs(source: InputSource): Settings {
  const raw = (name: InputName): string | undefined => {
    const value = source(name).trim()
    return value === '' ? undefined : value
  }
  // Mask first, before any check can put a value into an error message.
  for (const name of credentialInputs) registerSecret(raw(name))
  for (const name of credentialInputs) credential(name, raw(name))
  // Not a platform credential (no resume hint names it), but a secret all the same.
  registerSecret(raw(Input.GithubToken))
  credential(Input.GithubToken, raw(Input.GithubToken))

  const platform = oneOf(Input.Platform, raw(Input.Platform), platformNames(), 'koreai')
  const facts = platformFacts(platform)
  const operation = oneOf(Input.Operation, raw(Input.Operation), operations, 'import') as Operation
  const allowHttp = bool(Input.AllowHttp, raw(Input.AllowHttp), false)
  const baseUrlText = raw(Input.BaseUrl)
  const baseUrl = baseUrlText === undefined ? undefined : url(Input.BaseUrl, baseUrlText, allowHttp)

  const settings: Settings = {
    platform,
    operation,
    baseUrl,
    workflowId: raw(Input.WorkflowId),
    workflowName: raw(Input.WorkflowName),
    path: raw(Input.Path) ?? (operation === 'export' ? 'flowferry-export' : ''),
    wait: bool(Input.Wait, raw(Input.Wait), true),
    timeoutMs: duration(Input.Timeout, raw(Input.Timeout) ?? '30m', TIMEOUT_LIMIT),
    pollIntervalMs: duration(Input.PollInterval, raw(Input.PollInterval) ?? '2s', POLL_INTERVAL_LIMIT),
    jobId: raw(Input.JobId),
    uploadArtifact: bool(Input.UploadArtifact, raw(Input.UploadArtifact), true),
    artifactName: artifactName(raw(Input.ArtifactName)),
    retentionDays: integer(Input.RetentionDays, raw(Input.RetentionDays), 1, 90, '14'),
    dryRun: bool(Input.DryRun, raw(Input.DryRun), false),
    allowHttp,
    failOnDrift: bool(Input.FailOnDrift, raw(Input.FailOnDrift), false),
    varsFile: raw(Input.VarsFile),
    redactSecrets: bool(Input.RedactSecrets, raw(Input.RedactSecrets), true),
    backup: bool(Input.Backup, raw(Input.Backup), false),
    concurrency: integer(Input.Concurrency, raw(Input.Concurrency), 1, 64, '4') ?? 4,
    prComment: bool(Input.PrComment, raw(Input.PrComment), false),
    githubToken: raw(Input.GithubToken),
    // The platform's own inputs, as it declares them (platforms/<name>/facts.ts).
    own: facts.readSettings({
      text: raw,
      flag: (name, fallback) => bool(name, raw(name), fallback),
      identityEndpoint: (name) => credentialEndpoint(name, raw(name)),
    }),
  }
  checkNeeds(settings, facts, raw)
  return settings
}

/** The inputs the chosen operation and platform cannot do without. */
function checkNeeds(settings: Settings, platform: PlatformFacts, raw: (name: InputName) => string | undefined): void {
  const { operation } = settings
  if (operation === 'validate') {
    if (!settings.path) throw new InputError(Input.Path, 'validate needs the bundle(s) to check', 'bundles/**')
    return
  }
  if (!settings.baseUrl) {
    throw new InputError(Input.BaseUrl, `${operation} talks to ${platform.title}, so it needs its API base URL`, platform.inputs.exampleBaseUrl)
  }
  if ((operation === 'import' || operation === 'diff') && !settings.path) {
    throw new InputError(Input.Path, `${operation} needs a bundle directory, a platform file or a glob`, 'flowferry-export')
  }
  if (operation === 'wait') {
    if (!platform.jobs) {
      throw new InputError(Input.Operation, `${platform.title} finishes imports and exports within the request; there is no job to wait for`)
    }
    if (!settings.jobId) throw new InputError(Input.JobId, 'wait needs the job id printed by an earlier run', 'ds-5678')
  }
  if (settings.timeoutMs <= 0) throw new InputError(Input.Timeout, 'must be longer than zero', '30m')
  if (settings.pollIntervalMs <= 0) throw new InputError(Input.PollInterval, 'must be longer than zero', '2s')

  requireOneOf(platform, platform.inputs.auth, raw, `${platform.title} needs credentials`)
  const needs = platform.inputs.operations?.[operation]
  if (needs) requireOneOf(platform, needs, raw, `${operation} on ${platform.title} needs`)
}

function requireOneOf(
  platform: PlatformFacts,
  alternatives: readonly (readonly InputName[])[],
  raw: (name: InputName) => string | undefined,
  what: string,
): void {
  if (alternatives.length === 0) return
  if (alternatives.some((set) => set.every((name) => raw(name) !== undefined))) return
  // Name the set the user has gone furthest with (ids shared by every set do not count), else the first one.
  const given = (set: readonly InputName[]) => set.filter((name) => raw(name) !== undefined && !alternatives.every((other) => other.includes(name))).length
  const closest = alternatives.reduce((best, set) => (given(set) > given(best) ? set : best), alternatives[0]!)
  const missing = closest.find((name) => raw(name) === undefined)!
  const options = alternatives.map((set) => set.map((name) => `'${name}'`).join(' + ')).join(', or ')
  throw new InputError(missing, `is missing: ${what} ${options}`, exampleFor(platform, missing))
}

/** Examples of the inputs every platform shares; a platform's own are in its facts. */
const EXAMPLES: Partial<Record<InputName, string>> = {
  [Input.WorkflowId]: 'a-1234abcd',
  [Input.WorkflowName]: 'Invoice triage',
}

function exampleFor(platform: PlatformFacts, name: InputName): string {
  if (credentialInputs.includes(name)) return `\${{ secrets.${name.toUpperCase().replace(/-/g, '_')} }}`
  return platform.inputs.examples?.[name] ?? EXAMPLES[name] ?? '…'
}

function oneOf<T extends string>(name: InputName, value: string | undefined, allowed: readonly T[], example: T): T {
  if (value === undefined) throw new InputError(name, `is required; one of ${allowed.join(', ')}`, example)
  const match = allowed.find((candidate) => candidate === value.toLowerCase())
  if (!match) throw new InputError(name, `'${value}' is not one of ${allowed.join(', ')}`, example)
  return match
}

/** YAML 1.2 core booleans, as `core.getBooleanInput` accepts them. */
function bool(name: InputName, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined) return fallback
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  throw new InputError(name, `'${value}' is not a boolean; use true or false`, String(!fallback))
}

function integer(name: InputName, value: string | undefined, min: number, max: number, example: string): number | undefined {
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new InputError(name, `'${value}' is not a whole number from ${min} to ${max}`, example)
  }
  return Number(value)
}

/**
 * https anywhere; plain http only to this machine, unless `allow-http` says the network between
 * runner and platform is trusted (an on-premises Leapwork controller, say).
 */
export function url(name: InputName, value: string, allowHttp: boolean): URL {
  let parsed: URL
  try {
    parsed = new URL(value)
  } catch {
    throw new InputError(name, `'${value}' is not a URL`, 'https://platform.example.com')
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new InputError(name, `'${value}' must start with https:// (or http://)`, 'https://platform.example.com')
  }
  if (parsed.username || parsed.password) {
    throw new InputError(name, 'must not carry a user name or password; use the credential inputs', 'https://platform.example.com')
  }
  if (parsed.search || parsed.hash) {
    throw new InputError(name, 'must not have a query or fragment', `${parsed.origin}${parsed.pathname}`)
  }
  if (parsed.protocol === 'http:' && !allowHttp && !isLoopback(parsed.hostname)) {
    throw new InputError(
      name,
      `'${parsed.origin}' uses plain http to a host that is not this machine, so credentials would cross the network unencrypted. ` +
        'Use https, or set allow-http: true if that network is trusted',
      `https://${parsed.host}`,
    )
  }
  parsed.pathname = parsed.pathname.replace(/\/+$/, '')
  return parsed
}

/**
 * An endpoint that receives identity tokens (the GitHub ID token, IAM's tokens): https, or plain
 * http to this machine only. `allow-http` does not reach it: no identity service worth trusting
 * speaks plain http across a network.
 */
function credentialEndpoint(name: InputName, value: string | undefined): URL | undefined {
  if (value === undefined) return undefined
  const parsed = url(name, value, true)
  if (parsed.protocol === 'http:' && !isLoopback(parsed.hostname)) {
    throw new InputError(name, `'${parsed.origin}' must use https: identity tokens are sent there, and allow-http does not apply to it`, `https://${parsed.host}`)
  }
  return parsed
}

function artifactName(value: string | undefined): string | undefined {
  if (value !== undefined && ARTIFACT_NAME_FORBIDDEN.test(value)) {
    throw new InputError(Input.ArtifactName, `'${value}' contains a character GitHub does not allow (" : < > | * ? \\ / or a line break)`, 'koreai-invoice-triage')
  }
  return value
}
