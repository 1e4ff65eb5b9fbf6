import { randomUUID } from './crypto.js'
import { appendFileSync, existsSync } from 'node:fs'
import { access, appendFile, constants } from 'node:fs/promises'
import { EOL } from 'node:os'

/**
 * The workflow commands the action speaks to its runner, written as @actions/core 3 writes them
 * (https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands). They
 * are lines on stdout and appends to the GITHUB_OUTPUT file; importing the toolkit for them
 * brought its HTTP client (undici, for getIDToken) and @actions/exec into every run's start-up,
 * before the first request. The job summary is an append to the GITHUB_STEP_SUMMARY file, done here
 * too: loading the toolkit for it cost a batch 60–120 ms of compiling at its end. The toolkit is
 * still used, loaded on demand, for the ID token.
 */

export interface AnnotationProperties {
  title?: string
  file?: string
  startLine?: number
  startColumn?: number
}

/** An input as the runner passes it: INPUT_<NAME>, spaces as underscores, trimmed. */
export function getInput(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

export function isDebug(): boolean {
  return process.env.RUNNER_DEBUG === '1'
}

export function info(message: string): void {
  process.stdout.write(message + EOL)
}

export function debug(message: string): void {
  issue('debug', {}, message)
}

export function notice(message: string, properties: AnnotationProperties = {}): void {
  issue('notice', annotation(properties), message)
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  issue('warning', annotation(properties), message)
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  issue('error', annotation(properties), message)
}

/** The step fails (exit code 1) with this error. */
export function setFailed(message: string): void {
  process.exitCode = 1
  error(message)
}

/** The runner masks the value in every later line of the log. */
export function setSecret(secret: string): void {
  issue('add-mask', {}, secret)
}

export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  issue('group', {}, name)
  try {
    return await fn()
  } finally {
    issue('endgroup', {}, '')
  }
}

/**
 * An output: appended to GITHUB_OUTPUT under a random heredoc delimiter that neither the name nor
 * the value may hold, so a value cannot add a key; `::set-output` when there is no such file.
 */
export function setOutput(name: string, value: string): void {
  const file = process.env.GITHUB_OUTPUT ?? ''
  if (!file) {
    process.stdout.write(EOL)
    issue('set-output', { name }, value)
    return
  }
  const delimiter = `ghadelimiter_${randomUUID()}`
  if (name.includes(delimiter)) throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`)
  if (value.includes(delimiter)) throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`)
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`)
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' })
}

/**
 * Appends markdown to the job summary, as the toolkit's `summary.addRaw(text).write()` does
 * (https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#adding-a-job-summary):
 * the file GITHUB_STEP_SUMMARY names must be there, readable and writable.
 */
export async function appendSummary(markdown: string): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY
  if (!file) throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.')
  try {
    await access(file, constants.R_OK | constants.W_OK)
  } catch {
    throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`)
  }
  await appendFile(file, markdown, { encoding: 'utf8' })
}

function annotation(properties: AnnotationProperties): Record<string, string | number | undefined> {
  return { title: properties.title, file: properties.file, line: properties.startLine, col: properties.startColumn }
}

/** `::command key=value,key=value::message`, with the runner's escaping of data and properties. */
function issue(command: string, properties: Record<string, string | number | undefined>, message: string): void {
  const pairs = Object.entries(properties)
    .filter(([, value]) => value !== undefined && value !== '' && value !== 0)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
  process.stdout.write(`::${command}${pairs.length > 0 ? ` ${pairs.join(',')}` : ''}::${escapeData(message)}${EOL}`)
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
