import { z } from 'zod'
import { ReplyError } from '../../core/errors.js'

/**
 * The Leapwork Controller's replies, read tolerantly (../shared/reference/koreai-leapwork.md
 * part B). Every object carries a Json.NET `$id`, which is ignored; unknown fields pass through;
 * dates are left as the strings they are, since two styles exist and flowferry needs neither.
 */

const text = z.union([z.string(), z.number()]).transform(String)

/** One node of the asset hierarchy, with its children as the Controller nests them. */
export interface HierarchyItem {
  id: string
  title: string
  /** `Folder`, `Flow`, `SubFlow`, `DataFile`, … (as sent; compared case-insensitively). */
  type: string
  parentId?: string
  children: HierarchyItem[]
}

const node: z.ZodType<RawNode> = z.lazy(() =>
  z.looseObject({
    Id: text,
    Title: z.string().optional().nullable(),
    Type: z.string().optional().nullable(),
    ParentId: text.optional().nullable(),
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

/** A Get Hierarchy reply: an array of root nodes (documented), or one node (tolerated). */
export function parseHierarchy(value: unknown, what: string): HierarchyItem[] {
  const parsed = z.union([z.array(node), node]).safeParse(value)
  if (!parsed.success) throw new ReplyError(`${what}: the Controller's reply is not an asset hierarchy (${summarise(value)})`)
  const roots = Array.isArray(parsed.data) ? parsed.data : [parsed.data]
  return roots.map((root) => toItem(root, undefined))
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

export function isFolder(item: HierarchyItem): boolean {
  return item.type.toLowerCase() === 'folder'
}

const createdFolder = z.looseObject({ HierarchyItemId: text.optional().nullable() })

/**
 * Create Folder Hierarchy answers `[{ "$id": "1", "HierarchyItemId": "…" }]` (an array in the v4
 * sample; a bare object is tolerated). Which folder the id names when several are created is not
 * documented, so the caller re-reads the hierarchy instead of relying on it.
 */
export function parseCreatedFolder(value: unknown, what: string): string | undefined {
  const parsed = z.union([z.array(createdFolder), createdFolder]).safeParse(value)
  if (!parsed.success) throw new ReplyError(`${what}: the Controller's reply names no created folder (${summarise(value)})`)
  const list = Array.isArray(parsed.data) ? parsed.data : [parsed.data]
  return list.map((entry) => entry.HierarchyItemId ?? undefined).filter((id): id is string => !!id).at(-1)
}

const importReply = z.looseObject({ IsSuccessful: z.union([z.boolean(), z.string()]).optional().nullable() })

/** `{"$id":"1","IsSuccessful":true}`; a reply without the flag is read as success (the HTTP status said so). */
export function parseImportReply(value: unknown, what: string): { successful: boolean; platformStatus: string } {
  if (value === undefined) return { successful: true, platformStatus: 'HTTP 200' }
  const parsed = importReply.safeParse(value)
  if (!parsed.success) throw new ReplyError(`${what}: the Controller's reply is not an import result (${summarise(value)})`)
  const flag = parsed.data.IsSuccessful
  if (flag === undefined || flag === null) return { successful: true, platformStatus: 'HTTP 200' }
  const successful = flag === true || String(flag).toLowerCase() === 'true'
  return { successful, platformStatus: `IsSuccessful=${successful}` }
}

const errorBody = z.looseObject({
  Message: z.string().optional(),
  message: z.string().optional(),
  ExceptionMessage: z.string().optional(),
  Error: z.string().optional(),
  error: z.string().optional(),
})

/**
 * No error body is documented (B.8); the Controller is an ASP.NET application, whose errors are
 * usually `{"Message": …}`. Anything else is shown as short text.
 */
export function errorText(body: string): string {
  const trimmed = body.trim()
  if (!trimmed) return ''
  try {
    const parsed = errorBody.safeParse(JSON.parse(trimmed))
    if (parsed.success) {
      const d = parsed.data
      const message = d.ExceptionMessage ?? d.Message ?? d.message ?? d.Error ?? d.error
      if (message) return message.slice(0, 500)
    }
  } catch {
    // plain text
  }
  return trimmed.slice(0, 500)
}

export function summarise(value: unknown): string {
  const shown = JSON.stringify(value) ?? String(value)
  return shown.length > 200 ? `${shown.slice(0, 200)}…` : shown
}
