import { BundleError, type Finding } from './errors.js'
import { displayPath } from './fs.js'
import { jsonText } from './json-text.js'
import { JSON_PARSE_LIMIT } from './limits.js'
import { openPlainFile, readPlainFileUpTo } from './plain-file.js'

/**
 * A JSON file's text for parsing, or undefined when it is larger than JSON_PARSE_LIMIT (core/limits.ts). The file
 * must be a plain file (core/plain-file.ts), in UTF-8 and nested no deeper than core's limit
 * (core/json-text.ts), else a BundleError names it as `shown`. A leading UTF-8 byte order mark is
 * dropped: RFC 8259 §8.1 lets readers ignore it, JSON.parse does not, and platforms that export
 * through Windows tools write one. The file's bytes are not changed.
 */
export async function readJsonText(file: string, shown = displayPath(file)): Promise<string | undefined> {
  const bytes = await readPlainFileUpTo(file, { shown }, JSON_PARSE_LIMIT)
  return bytes === undefined ? undefined : jsonText(bytes, shown)
}

/** JSON text ready for JSON.parse: without the byte order mark a reader may ignore. */
export function withoutBom(text: string): string {
  return text.replace(/^\uFEFF/, '')
}

/**
 * The parsed file, or undefined when it is too large to parse or not JSON. A file that is not a
 * plain file, not UTF-8 or nested too deeply is a BundleError naming it, not "not JSON".
 */
export async function readJsonFile(file: string, shown = displayPath(file)): Promise<{ value: unknown } | undefined> {
  const text = await readJsonText(file, shown)
  if (text === undefined) return undefined
  try {
    return { value: JSON.parse(text) }
  } catch {
    return undefined
  }
}

/** How much of a file too large to parse is read for its leading fields. */
const HEAD_BYTES = 1024 * 1024

/**
 * The leading fields of a JSON file past JSON_PARSE_LIMIT, from its first megabyte
 * (core/json-walk.ts, leadingFields): where an export records its name, it does among its first
 * fields. Undefined for a file small enough to parse (readJsonFile reads it whole).
 */
export async function readLeadingFields(file: string, shown = displayPath(file)): Promise<unknown> {
  const { handle, info } = await openPlainFile(file, { shown })
  try {
    if (info.size <= BigInt(JSON_PARSE_LIMIT)) return undefined
    const head = Buffer.alloc(HEAD_BYTES)
    const { bytesRead } = await handle.read(head, 0, HEAD_BYTES, 0)
    // The walker (jsonc-parser) is loaded by the files that need it, not by every platform's client.
    const { leadingFields } = await import('./json-walk.js')
    return leadingFields(withoutBom(head.subarray(0, bytesRead).toString('utf8')))
  } finally {
    await handle.close()
  }
}

/** The notice a JSON file too large to parse gets instead of the check (also a file never unpacked for being larger still). */
export function tooLargeToCheck(shown: string, platform: { rulePrefix: string; title: string }): Finding {
  return {
    file: shown,
    severity: 'notice',
    rule: `${platform.rulePrefix}.unchecked`,
    message: `too large to check offline: more than ${JSON_PARSE_LIMIT} bytes, the most flowferry parses; ${platform.title} checks it on import`,
  }
}

/**
 * The offline check every platform starts with: the file parses, or a finding says where it does
 * not (shown as `shown`, the path the user knows); a file too large to parse gets a notice that the
 * platform checks it on import.
 */
export async function checkJsonFile(
  file: string,
  shown: string,
  platform: { rulePrefix: string; title: string },
): Promise<{ finding: Finding } | { text: string; document: unknown }> {
  let text: string | undefined
  try {
    text = await readJsonText(file, shown)
  } catch (error) {
    if (error instanceof BundleError && error.findings[0]) return { finding: error.findings[0] }
    throw error
  }
  if (text === undefined) return { finding: tooLargeToCheck(shown, platform) }
  try {
    return { text, document: JSON.parse(text) as unknown }
  } catch (error) {
    // Only a text JSON.parse refused is walked again, to say where: a valid one is parsed once.
    const { jsonSyntaxError } = await import('./json-location.js')
    const syntax = jsonSyntaxError(text) ?? { line: 1, col: 1, message: (error as Error).message }
    return { finding: { file: shown, line: syntax.line, col: syntax.col, severity: 'error', rule: 'json.syntax', message: `not valid JSON: ${syntax.message}` } }
  }
}
