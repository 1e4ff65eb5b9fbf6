import { isJsonObject } from './canonical-json.js'
import { guardDepth, tooDeep, TooDeepError } from './json-depth.js'
import { applyEdits, toPointer, type TextEdit } from './json-edit.js'
import { visitStringValues } from './json-walk.js'
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
/** A secret found in a parsed document: where it is, the placeholder's name, and why. */
export interface FoundSecret extends Redacted {
  path: (string | number)[]
}

/**
 * The secrets of a parsed document, each named once: the platform's marks first, then every
 * string under a credential-named key, found by walking the parsed value (no syntax tree, no
 * second parse). A value that is a reference, a placeholder or blank is not a secret.
 */
export function findSecrets(document: unknown, rules: RoleRedaction = {}): FoundSecret[] {
  const spots: SecretSpot[] = [...(rules.secrets?.(document) ?? [])]
  // Documents repeat their keys (id, name, type) a million times: each is judged once.
  const verdicts = new Map<string, boolean>()
  const isSecretKey = (key: string) => verdicts.get(key) ?? (verdicts.size < 10_000 ? verdicts.set(key, looksLikeSecretKey(key)).get(key)! : looksLikeSecretKey(key))
  walkStrings(document, [], 0, isSecretKey, (path) => spots.push({ path, name: nameFor(document, path), reason: `the key "${path.at(-1)}" names a credential` }))
  const used = new Map<string, string>()
  const seen = new Set<string>()
  const found: FoundSecret[] = []
  for (const spot of spots) {
    const pointer = toPointer(spot.path)
    const value = valueAt(document, spot.path)
    if (typeof value !== 'string' || seen.has(pointer) || !isSecretValue(value)) continue
    seen.add(pointer)
    found.push({ path: spot.path, name: uniqueName(sanitize(spot.name), value, used), pointer, reason: spot.reason })
  }
  return found
}

/** Puts each secret's placeholder in its place in the parsed document, which is changed. */
export function redactDocument(document: unknown, found: readonly FoundSecret[]): void {
  for (const secret of found) {
    const parent = valueAt(document, secret.path.slice(0, -1)) as Record<string | number, unknown>
    parent[secret.path.at(-1)!] = placeholder(secret.name)
  }
}

/**
 * The same secrets as edits of the document's text, for a file whose other bytes must stay (an
 * opaque platform file): one walk of the text, which builds the path only of values under a
 * secret's key. Every occurrence of a secret's path is replaced that holds a secret value (a key
 * written twice, of which JSON.parse keeps the last, is not left behind).
 */
export function secretEdits(text: string, found: readonly FoundSecret[]): TextEdit[] {
  if (found.length === 0) return []
  const byPointer = new Map(found.map((secret) => [secret.pointer, JSON.stringify(placeholder(secret.name))]))
  const keys = new Set(found.map((secret) => secret.path.at(-1)!))
  const edits: TextEdit[] = []
  visitStringValues(
    text,
    (string, path) => {
      const replacement = byPointer.get(toPointer(path()))
      if (replacement !== undefined && isSecretValue(string.value)) edits.push({ offset: string.offset, length: string.length, text: replacement })
    },
    (key) => keys.has(key),
  )
  return edits
}

/** Redacts `text`, keeping every other byte; a text that is not JSON comes back unchanged. */
export function redactSecrets(text: string, rules: RoleRedaction = {}): { text: string; redacted: Redacted[] } {
  if (tooDeep(text) !== undefined) throw new TooDeepError()
  let document: unknown
  try {
    document = JSON.parse(text)
  } catch {
    return { text, redacted: [] }
  }
  const found = findSecrets(document, rules)
  return { text: applyEdits(text, secretEdits(text, found)), redacted: found.map(({ name, pointer, reason }) => ({ name, pointer, reason })) }
}

/** Calls `onSecretKey` with the path of each string under a credential-named key; one path array is reused for the walk. */
function walkStrings(
  node: unknown,
  path: (string | number)[],
  depth: number,
  isSecretKey: (key: string) => boolean,
  onSecretKey: (path: (string | number)[]) => void,
): void {
  guardDepth(depth)
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      path.push(i)
      walkStrings(node[i], path, depth + 1, isSecretKey, onSecretKey)
      path.pop()
    }
  } else if (isJsonObject(node)) {
    for (const key of Object.keys(node)) {
      const value = node[key]
      path.push(key)
      if (typeof value === 'string') {
        if (isSecretKey(key)) onSecretKey([...path])
      } else if (value !== null && typeof value === 'object') walkStrings(value, path, depth + 1, isSecretKey, onSecretKey)
      path.pop()
    }
  }
}

function valueAt(document: unknown, path: readonly (string | number)[]): unknown {
  let node = document
  for (const segment of path) {
    if (Array.isArray(node) && typeof segment === 'number') node = node[segment]
    else if (isJsonObject(node) && Object.hasOwn(node, segment)) node = node[segment as string]
    else return undefined
  }
  return node
}

function isSecretValue(value: string): boolean {
  return value.trim() !== '' && !REFERENCE.test(value) && !new RegExp(PLACEHOLDER.source).test(value)
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
