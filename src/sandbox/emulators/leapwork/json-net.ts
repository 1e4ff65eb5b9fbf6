import type { Item } from './store.js'

/**
 * How the Controller writes its replies: ASP.NET with Json.NET, so every object carries a `$id`
 * reference number, dates read `12/19/2018 12:38:02 PM +00:00`, and properties are PascalCase
 * (camelCase under a camelCase contract resolver). See
 * https://www.leapwork.com/product/documentation/rest-api/get-hierarchy.
 */

/** A hierarchy node as the Controller serialises it; undefined for a hidden item. */
export function serialize(item: Item, hidden: ReadonlySet<string> = new Set()): Record<string, unknown> | undefined {
  if (hidden.has(item.id)) return undefined
  return {
    Id: item.id,
    Title: item.title,
    Type: item.type,
    ...(item.parentId ? { ParentId: item.parentId } : {}),
    DateCreation: leapworkDate(item.created),
    DateModify: leapworkDate(item.modified),
    Children: item.children.map((child) => serialize(child, hidden)).filter(Boolean),
  }
}

/** The nested nodes as one list in document order, linked only by ParentId (the `flat` hierarchy shape). */
export function flatten(nodes: Record<string, unknown>[]): Record<string, unknown>[] {
  return nodes.flatMap(({ Children, ...node }) => [node, ...flatten((Children as Record<string, unknown>[] | undefined) ?? [])])
}

/** Json.NET's reference ids: `"$id": "1"`, `"2"`, … on every object, in document order. */
export function withRefIds(value: unknown): unknown {
  let next = 1
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk)
    if (node && typeof node === 'object') {
      const out: Record<string, unknown> = { $id: String(next++) }
      for (const [key, child] of Object.entries(node)) out[key] = walk(child)
      return out
    }
    return node
  }
  return walk(value)
}

/** Property names as the `propertyCase` setting has them (`$id` stays as it is). */
export function cased(value: unknown, propertyCase: 'pascal' | 'camel'): unknown {
  if (propertyCase === 'pascal') return value
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk)
    if (node && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([key, child]) => [key.startsWith('$') ? key : key[0]!.toLowerCase() + key.slice(1), walk(child)]))
    }
    return node
  }
  return walk(value)
}

/** `12/19/2018 12:38:02 PM +00:00`, the hierarchy's date style. */
export function leapworkDate(date: Date): string {
  const hours = date.getUTCHours()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getUTCMonth() + 1}/${date.getUTCDate()}/${date.getUTCFullYear()} ${hours % 12 || 12}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} ${hours < 12 ? 'AM' : 'PM'} +00:00`
}
