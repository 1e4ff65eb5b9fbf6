import { randomUUID } from 'node:crypto'
import path from 'node:path'
import type { Clock } from '../../../core/clock.js'

/**
 * The Leapwork emulator's asset hierarchy: folders, flows and sub-flows, each with its children;
 * a flow keeps the package (zip) it was imported from on disk, for export. Titles are not
 * unique; ids are matched without regard to case.
 */
export interface Item {
  id: string
  title: string
  type: string
  parentId?: string
  created: Date
  modified: Date
  children: Item[]
  /** The item's package on disk, for export. */
  package?: string
  /** Who has the flow open in Studio: a title collision with it cannot be resolved without force mode. */
  openedBy?: string
}

export class AssetTree {
  readonly roots: Item[] = []

  constructor(private readonly clock: Clock) {}

  find(id: string, items: Item[] = this.roots): Item | undefined {
    for (const item of items) {
      if (item.id.toLowerCase() === id.toLowerCase()) return item
      const found = this.find(id, item.children)
      if (found) return found
    }
    return undefined
  }

  add(parent: Item | undefined, title: string, type: string, id: string = randomUUID()): Item {
    const now = new Date(this.clock.now())
    const item: Item = { id, title, type, parentId: parent?.id, created: now, modified: now, children: [] }
    ;(parent ? parent.children : this.roots).push(item)
    return item
  }

  /** Every item with its path of titles, for tests (`GET /__sandbox/state`). */
  state(): Record<string, unknown>[] {
    const flat: Record<string, unknown>[] = []
    const walk = (items: Item[], trail: string[]) => {
      for (const item of items) {
        const itemPath = [...trail, item.title]
        flat.push({
          id: item.id,
          path: itemPath.join('/'),
          type: item.type,
          parentId: item.parentId ?? null,
          package: item.package ? path.basename(item.package) : null,
          ...(item.openedBy ? { openedBy: item.openedBy } : {}),
        })
        walk(item.children, itemPath)
      }
    }
    walk(this.roots, [])
    return flat
  }
}
