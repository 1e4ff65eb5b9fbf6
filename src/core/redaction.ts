import { isJsonObject } from './canonical-json.js'
import { applyEdits, stringValues, toPointer, type StringValue } from './json-edit.js'
import { placeholder, PLACEHOLDER } from './placeholders.js'

/**
 * Takes secret-looking values out of an exported JSON document before it becomes an artifact,
 * putting `${flowferry.NAME}` placeholders in their place. Two sources of "secret": the
 * platform's own marks (a Kore.ai variable flagged secure), and keys named like a credential
 * (password, secret, token, apiKey, authorization, …) anywhere in the document. A value that is
 * itself a reference (`{{env.X}}`, a placeholder) is not a secret and stays.
 */
export interface SecretSpot {
  path: (string | number)[]
  /** The placeholder's name; made unique and upper-case by the redactor. */
  name: string
  reason: string
}

export interface RoleRedaction {
  /** Secrets the platform marks as such in the parsed document. */
  secrets?: (document: unknown) => SecretSpot[]
}

export interface Redacted {
  name: string
  pointer: string
  reason: string
}

const SECRET_WORDS = new Set(['password', 'passwd', 'passphrase', 'secret', 'token', 'credential', 'credentials', 'authorization', 'cookie'])
const SECRET_PAIRS = new Set(['api key', 'access key', 'private key', 'client secret', 'secret key'])
const REFERENCE = /\{\{[^}]*\}\}|\$\{[^}]*\}|\{%[^%]*%\}/

/** Whether a key names a credential: its last word (camelCase, snake_case or kebab-case) says so. */
export function looksLikeSecretKey(key: string): boolean {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
  return SECRET_WORDS.has(words.at(-1) ?? '') || SECRET_PAIRS.has(words.slice(-2).join(' ')) || words.join('') === 'apikey'
}

/** Redacts `text`; a text that is not JSON comes back unchanged. */
export function redactSecrets(text: string, rules: RoleRedaction = {}): { text: string; redacted: Redacted[] } {
  const values = stringValues(text)
  if (!values) return { text, redacted: [] }
  const document: unknown = JSON.parse(text)
  const byPointer = new Map(values.map((value) => [toPointer(value.path), value]))

  const spots: SecretSpot[] = [...(rules.secrets?.(document) ?? [])]
  for (const value of values) {
    const key = value.path.at(-1)
    if (typeof key === 'string' && looksLikeSecretKey(key)) {
      spots.push({ path: value.path, name: nameFor(document, value.path), reason: `the key "${key}" names a credential` })
    }
  }

  const used = new Map<string, string>()
  const seen = new Set<string>()
  const edits: { offset: number; length: number; text: string }[] = []
  const redacted: Redacted[] = []
  for (const spot of spots) {
    const pointer = toPointer(spot.path)
    const value = byPointer.get(pointer)
    if (!value || seen.has(pointer) || !isSecretValue(value)) continue
    seen.add(pointer)
    const name = uniqueName(sanitize(spot.name), value.value, used)
    edits.push({ offset: value.offset, length: value.length, text: JSON.stringify(placeholder(name)) })
    redacted.push({ name, pointer, reason: spot.reason })
  }
  return { text: applyEdits(text, edits), redacted }
}

function isSecretValue(value: StringValue): boolean {
  return value.value.trim() !== '' && !REFERENCE.test(value.value) && !new RegExp(PLACEHOLDER.source).test(value.value)
}

/**
 * A stable name from where the value sits: array elements are named by their `name`, `key`,
 * `title` or `id` when they have one, so the name survives a reordering.
 */
export function nameFor(document: unknown, path: readonly (string | number)[]): string {
  const parts: string[] = []
  let node: unknown = document
  for (const segment of path) {
    const child: unknown = Array.isArray(node) ? node[segment as number] : isJsonObject(node) ? node[segment as string] : undefined
    if (typeof segment === 'number') {
      const label = isJsonObject(child) ? [child.name, child.key, child.title, child.id].find((v) => typeof v === 'string' || typeof v === 'number') : undefined
      parts.push(label === undefined ? String(segment) : String(label))
    } else parts.push(segment)
    node = child
  }
  return parts.join('_')
}

function sanitize(name: string): string {
  const clean = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase()
  return /^[A-Z_]/.test(clean) ? clean || 'SECRET' : `_${clean}`
}

/** The same name for the same value; a suffix when one name would stand for two values. */
function uniqueName(base: string, value: string, used: Map<string, string>): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base}_${n}`
    const existing = used.get(name)
    if (existing === undefined) {
      used.set(name, value)
      return name
    }
    if (existing === value) return name
  }
}
