import { InputError } from '../../core/errors.js'
import { Input } from '../../input-names.js'
import { isFolder, type HierarchyItem } from './replies.js'

/**
 * `target-folder` as a folder id or a path of titles, resolved against the asset hierarchy.
 * Titles are not documented as unique
 * (https://www.leapwork.com/product/documentation/rest-api/get-hierarchy), so a path that could
 * mean two folders is an error rather than a guess: importing into the wrong one of two
 * "Regression" folders is worse than stopping.
 */

const GUID = /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i

export type FolderTarget = { kind: 'id'; id: string } | { kind: 'path'; segments: string[] }

export function parseTargetFolder(value: string): FolderTarget {
  const trimmed = value.trim()
  if (GUID.test(trimmed)) return { kind: 'id', id: trimmed.replace(/[{}]/g, '').toLowerCase() }
  const segments = trimmed.replace(/^\/+|\/+$/g, '').split('/').map((segment) => segment.trim())
  if (segments.some((segment) => segment === '')) {
    throw new InputError(Input.TargetFolder, `'${value}' has an empty folder title (two slashes in a row, or only slashes)`, 'Team A/Regression')
  }
  return { kind: 'path', segments }
}

/** Where a path stands in the hierarchy: the deepest folder found, and the titles that do not exist yet. */
export interface PathResolution {
  /** The folder the whole path names, when it exists. */
  folder?: HierarchyItem
  /** The deepest existing folder on the path (undefined: none, the path starts at the root). */
  deepest?: HierarchyItem
  existing: string[]
  missing: string[]
}

export function resolvePath(roots: HierarchyItem[], segments: string[]): PathResolution {
  let level = roots
  let deepest: HierarchyItem | undefined
  const existing: string[] = []
  for (const [i, title] of segments.entries()) {
    const named = level.filter((item) => item.title === title)
    const folders = named.filter(isFolder)
    const where = existing.length ? `'${existing.join('/')}'` : 'the top level'
    if (folders.length > 1) {
      throw new InputError(
        Input.TargetFolder,
        `'${[...existing, title].join('/')}' is ambiguous: ${folders.length} folders titled '${title}' at ${where} ` +
          `(ids ${folders.map((f) => f.id).join(', ')}); give the folder's id instead`,
        folders[0]!.id,
      )
    }
    if (folders.length === 0 && named.length > 0) {
      throw new InputError(
        Input.TargetFolder,
        `'${[...existing, title].join('/')}' is a ${named[0]!.type || 'item'} (id ${named[0]!.id}), not a folder; an import needs a folder`,
        existing.length ? existing.join('/') : 'Team A/Regression',
      )
    }
    const folder = folders[0]
    if (!folder) return { deepest, existing, missing: segments.slice(i) }
    deepest = folder
    existing.push(title)
    level = folder.children
  }
  return { folder: deepest, deepest, existing, missing: [] }
}

export function findById(roots: HierarchyItem[], id: string): HierarchyItem | undefined {
  const wanted = id.toLowerCase()
  const stack = [...roots]
  while (stack.length > 0) {
    const item = stack.pop()!
    if (item.id.toLowerCase() === wanted) return item
    stack.push(...item.children)
  }
  return undefined
}

/** The titles from the top down to `item`, for messages. */
export function pathOf(roots: HierarchyItem[], item: HierarchyItem): string {
  const trail: string[] = []
  const walk = (level: HierarchyItem[]): boolean => {
    for (const candidate of level) {
      trail.push(candidate.title)
      if (candidate === item || walk(candidate.children)) return true
      trail.pop()
    }
    return false
  }
  walk(roots)
  return trail.join('/')
}

/** Items in `folder` with `title`, other than sub-folders' contents: what an import of that title meets. */
export function collisions(folder: HierarchyItem, title: string): HierarchyItem[] {
  return folder.children.filter((child) => child.title === title)
}
