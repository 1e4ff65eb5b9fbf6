import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser'
import { placeholder, PLACEHOLDER } from '../../src/core/placeholders.js'
import { looksLikeSecretKey, nameFor, type Redacted, type RoleRedaction, type SecretSpot } from '../../src/core/redaction.js'

/**
 * The JSON routines as they were before they stopped building syntax trees (jsonc-parser's
 * parseTree), kept as the reference the streaming ones must agree with byte for byte: canonical
 * JSON through a sorted copy, redaction and placeholder filling through a tree of every value, and
 * positions through the tree. Only the tests use them.
 */
export interface TreeString {
  path: (string | number)[]
  value: string
  offset: number
  length: number
}

export function treeStringValues(text: string): TreeString[] | undefined {
  const errors: ParseError[] = []
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false })
  if (!root || errors.length > 0) return undefined
  const out: TreeString[] = []
  const walk = (node: Node, path: (string | number)[]) => {
    if (node.type === 'object') {
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? []
        if (key && value) walk(value, [...path, String(key.value)])
      }
    } else if (node.type === 'array') {
      ;(node.children ?? []).forEach((child, i) => walk(child, [...path, i]))
    } else if (node.type === 'string') {
      out.push({ path, value: String(node.value), offset: node.offset, length: node.length })
    }
  }
  walk(root, [])
  return out
}

export function treeApplyEdits(text: string, edits: readonly { offset: number; length: number; text: string }[]): string {
  let result = text
  for (const edit of [...edits].sort((a, b) => b.offset - a.offset)) result = result.slice(0, edit.offset) + edit.text + result.slice(edit.offset + edit.length)
  return result
}

const pointer = (path: readonly (string | number)[]) => path.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('')
const REFERENCE = /\{\{[^}]*\}\}|\$\{[^}]*\}|\{%[^%]*%\}/

export function treeRedactSecrets(text: string, rules: RoleRedaction = {}): { text: string; redacted: Redacted[] } {
  const values = treeStringValues(text)
  if (!values) return { text, redacted: [] }
  const document: unknown = JSON.parse(text)
  const byPointer = new Map(values.map((value) => [pointer(value.path), value]))
  const spots: SecretSpot[] = [...(rules.secrets?.(document) ?? [])]
  for (const value of values) {
    const key = value.path.at(-1)
    if (typeof key === 'string' && looksLikeSecretKey(key)) spots.push({ path: value.path, name: nameFor(document, value.path), reason: `the key "${key}" names a credential` })
  }
  const used = new Map<string, string>()
  const seen = new Set<string>()
  const edits: { offset: number; length: number; text: string }[] = []
  const redacted: Redacted[] = []
  for (const spot of spots) {
    const at = pointer(spot.path)
    const value = byPointer.get(at)
    if (!value || seen.has(at) || value.value.trim() === '' || REFERENCE.test(value.value) || new RegExp(PLACEHOLDER.source).test(value.value)) continue
    seen.add(at)
    const name = uniqueName(sanitize(spot.name), value.value, used)
    edits.push({ offset: value.offset, length: value.length, text: JSON.stringify(placeholder(name)) })
    redacted.push({ name, pointer: at, reason: spot.reason })
  }
  return { text: treeApplyEdits(text, edits), redacted }
}

function sanitize(name: string): string {
  const clean = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase()
  return /^[A-Z_]/.test(clean) ? clean || 'SECRET' : `_${clean}`
}

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

/** canonicalJson as it was: a sorted copy of the whole document, then JSON.stringify. */
export function treeCanonicalJson(value: unknown): string {
  const sortKeys = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(sortKeys)
    if (node !== null && typeof node === 'object') {
      const sorted: Record<string, unknown> = {}
      for (const key of Object.keys(node).sort()) sorted[key] = sortKeys((node as Record<string, unknown>)[key])
      return sorted
    }
    return node
  }
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`
}

/** Where strict parsing first fails, by the tree's error list: line and column from 1. */
export function treeSyntaxError(text: string): { offset: number; message: string } | undefined {
  const errors: ParseError[] = []
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false })
  const first = errors[0]
  return first && { offset: first.offset, message: printParseErrorCode(first.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase() }
}

/** The offset locatePath found through the tree: the key of a property, else the value, else the nearest ancestor. */
export function treeOffsetOf(text: string, path: readonly (string | number)[]): number | undefined {
  const root = parseTree(text, [], { disallowComments: true })
  if (!root) return undefined
  for (let depth = path.length; depth >= 0; depth--) {
    const node = findNodeAtLocation(root, path.slice(0, depth) as (string | number)[])
    if (node) return (node.parent?.type === 'property' ? node.parent : node).offset
  }
  return undefined
}
