import { z } from '../../core/schema.js'
import { ReplyError } from '../../core/errors.js'
import { fieldProblem, untrustedId, untrustedLabel } from '../../core/reply-fields.js'
import { untrustedValue } from '../../core/untrusted-text.js'

/**
 * The Leapwork Controller's replies, read tolerantly
 * (https://www.leapwork.com/product/documentation/rest-api). Every object carries a Json.NET
 * `$id`, which is ignored; unknown fields pass through; dates are left as the strings they are,
 * since two styles exist and flowferry needs neither.
 */


/** One node of the asset hierarchy, with its children as the Controller nests them. */
export interface HierarchyItem {
  id: string
  title: string
  /** `Folder`, `Flow`, `SubFlow`, `DataFile`, … (as sent; compared case-insensitively). */
  type: string
  parentId?: string
  children: HierarchyItem[]
}

// Ids and titles through core's rule for reply text (core/reply-fields.ts).
const node: z.ZodType<RawNode, unknown> = z.lazy(() =>
  z.looseObject({
    Id: untrustedId,
    Title: untrustedLabel.optional().nullable(),
    Type: untrustedLabel.optional().nullable(),
    ParentId: untrustedId.optional().nullable(),
    Children: z.array(node).optional().nullable(),
  }),
)

interface RawNode {
  Id: string
  Title?: string | null
  Type?: string | null
  ParentId?: string | null
  Children?: RawNode[] | null
}

/**
 * The property names flowferry reads, in the documented PascalCase. Json.NET serialises with
 * whatever contract resolver the Controller is built with (a camelCase one is common in ASP.NET),
 * so names are matched case-insensitively and renamed to these before parsing.
 */
const KNOWN_NAMES = ['Id', 'Title', 'Type', 'ParentId', 'Children', 'HierarchyItemId', 'IsSuccessful']
const KNOWN_BY_LOWER = new Map(KNOWN_NAMES.map((name) => [name.toLowerCase(), name]))

export function canonicalNames(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonicalNames)
  if (value === null || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  const entries = Object.entries(value as Record<string, unknown>)
  for (const [key, inner] of entries) {
    const known = KNOWN_BY_LOWER.get(key.toLowerCase())
    // The documented spelling wins when a reply somehow carries both.
    const name = known && !(known in (value as object) && known !== key) ? known : key
    out[name] = canonicalNames(inner)
  }
  return out
}

const EMPTY_GUID = /^\{?0{8}-0{4}-0{4}-0{4}-0{12}\}?$/

/**
 * A Get Hierarchy reply. Documented: an array of root nodes, each nesting its `Children`
 * (https://www.leapwork.com/product/documentation/rest-api/get-hierarchy). Tolerated: one node; a
 * flat list linked only by `ParentId` (every node carries it, so a Controller may leave the
 * nesting out); a mix of both; and one root container without an id (an all-zero or missing
 * `Id`) whose children are the top level.
 */
export function parseHierarchy(value: unknown, what: string): HierarchyItem[] {
  const parsed = z.union([z.array(node), node]).safeParse(canonicalNames(value))
  if (!parsed.success) throw new ReplyError(`${what}: the Controller's reply is not an asset hierarchy (${fieldProblem(parsed.error)}; reply: ${untrustedValue(value)})`)
  let roots = Array.isArray(parsed.data) ? parsed.data : [parsed.data]
  if (roots.length === 1 && EMPTY_GUID.test(roots[0]!.Id) && roots[0]!.Children) roots = roots[0]!.Children
  return relink(roots.map((root) => toItem(root, undefined)))
}

function toItem(raw: RawNode, parent: string | undefined): HierarchyItem {
  const id = raw.Id
  return {
    id,
    title: raw.Title ?? '',
    type: raw.Type ?? '',
    parentId: raw.ParentId ?? parent,
    children: (raw.Children ?? []).map((child) => toItem(child, id)),
  }
}

/**
 * One tree from whatever arrived: every node is placed under the node its `ParentId` (or its
 * nesting) names, once, whether the reply nested it, listed it flat, or both. A node whose
 * parent is not in the reply stays where it was found (a top-level node of this reply).
 */
function relink(roots: HierarchyItem[]): HierarchyItem[] {
  const all: HierarchyItem[] = []
  const byId = new Map<string, HierarchyItem>()
  const walk = (items: HierarchyItem[]): void => {
    for (const item of items) {
      const key = item.id.toLowerCase()
      if (!byId.has(key)) {
        byId.set(key, item)
        all.push(item)
      }
      walk(item.children)
    }
  }
  walk(roots)
  const nested = new Set<HierarchyItem>()
  const top: HierarchyItem[] = []
  const children = new Map<HierarchyItem, HierarchyItem[]>()
  for (const item of all) {
    const parent = item.parentId ? byId.get(item.parentId.toLowerCase()) : undefined
    if (parent && parent !== item) {
      const list = children.get(parent) ?? []
      list.push(item)
      children.set(parent, list)
      nested.add(item)
    }
  }
  for (const item of all) {
    item.children = children.get(item) ?? []
    if (!nested.has(item)) top.push(item)
  }
  return top
}

export function isFolder(item: HierarchyItem): boolean {
  return item.type.toLowerCase() === 'folder'
}

const createdFolder = z.looseObject({ HierarchyItemId: untrustedId.optional().nullable() })

/**
 * Create Folder Hierarchy answers `[{ "$id": "1", "HierarchyItemId": "…" }]` (an array in the v4
 * sample; a bare object is tolerated). Which folder the id names when several are created is not
 * documented, so the caller re-reads the hierarchy instead of relying on it.
 */
export function parseCreatedFolder(value: unknown, what: string): string | undefined {
  const parsed = z.union([z.array(createdFolder), createdFolder]).safeParse(canonicalNames(value))
  if (!parsed.success) throw new ReplyError(`${what}: the Controller's reply names no created folder (${fieldProblem(parsed.error)}; reply: ${untrustedValue(value)})`)
  const list = Array.isArray(parsed.data) ? parsed.data : [parsed.data]
  return list.map((entry) => entry.HierarchyItemId ?? undefined).filter((id): id is string => !!id).at(-1)
}

const importReply = z.looseObject({ IsSuccessful: z.union([z.boolean(), z.string()]).optional().nullable() })

/**
 * `{"$id":"1","IsSuccessful":true}` (the name matched in any case). Also read: the same object in
 * an array (as Create Folder Hierarchy's v4 sample answers), successful only when every entry is;
 * a bare `true`/`false` as the flag itself; a reply without the flag as success (the HTTP status
 * said so). This runs on a 2xx only, so an unreadable reply says the import most likely happened.
 */
export function parseImportReply(value: unknown, what: string): { successful: boolean; platformStatus: string } {
  const entries = Array.isArray(value) ? value : [value]
  if (entries.length === 0) return { successful: true, platformStatus: 'HTTP 200' }
  const flags = entries.map((entry) => importFlag(entry, value, what))
  if (flags.every((flag) => flag === undefined)) return { successful: true, platformStatus: 'HTTP 200' }
  const successful = flags.every((flag) => flag !== false)
  return { successful, platformStatus: `IsSuccessful=${successful}` }
}

function importFlag(entry: unknown, whole: unknown, what: string): boolean | undefined {
  if (entry === undefined || entry === null) return undefined
  if (typeof entry === 'boolean') return entry
  const parsed = importReply.safeParse(canonicalNames(entry))
  if (!parsed.success) {
    throw new ReplyError(
      `${what}: the Controller answered with success, so the import most likely happened, but its reply is not an import result (${untrustedValue(whole)})`,
      { hint: 'Check the target folder in Studio before re-running: re-running imports the package again.' },
    )
  }
  const flag = parsed.data.IsSuccessful
  if (flag === undefined || flag === null) return undefined
  return flag === true || String(flag).toLowerCase() === 'true'
}

const errorBody = z.looseObject({
  Message: z.string().optional(),
  message: z.string().optional(),
  ExceptionMessage: z.string().optional(),
  Error: z.string().optional(),
  error: z.string().optional(),
})

/**
 * No error body is documented (the API pages list status codes only); the Controller is an
 * ASP.NET application, whose errors are usually `{"Message": …}`. Anything else is shown as text
 * (masked and shortened by core).
 */
export function errorText(body: string): string {
  const trimmed = body.trim()
  if (!trimmed) return ''
  try {
    const parsed = errorBody.safeParse(JSON.parse(trimmed))
    if (parsed.success) {
      const d = parsed.data
      const message = d.ExceptionMessage ?? d.Message ?? d.message ?? d.Error ?? d.error
      if (message) return message
    }
  } catch {
    // plain text
  }
  // Shortened by the HTTP client, after it masked the whole text (core/http/reply-text.ts).
  return trimmed
}
