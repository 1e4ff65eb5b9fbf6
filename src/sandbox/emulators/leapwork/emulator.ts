import { randomUUID } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { rm, stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { setTimeout as delay } from 'node:timers/promises'
import yauzl from 'yauzl'
import yazl from 'yazl'
import { header, readMultipart, sendJson, sendText } from '../../http-helpers.js'
import { Router } from '../../router.js'
import type { Emulator, SandboxApp, SandboxOptions } from '../../types.js'
import { nextEntry } from '../../../core/zip.js'
import { DEFAULT_EXPORT_ENDPOINT } from '../../../platforms/leapwork/endpoints.js'

/**
 * A Leapwork Controller as its REST API v4 documentation describes it
 * (../shared/reference/koreai-leapwork.md part B): the `AccessKey` header (any case), the asset
 * hierarchy on both the documented v3 path and the inferred v4 one, Create Folder Hierarchy with
 * its 400/409 rules, the synchronous import into a folder with the multipart part `zip file`,
 * and Json.NET `$id` fields numbered in document order.
 *
 * The export endpoint and the inside of an exported zip are not documented (B.5, B.9). Here an
 * export is the zip the item was imported from (or seeded with), byte for byte, on the route
 * flowferry assumes; a package may carry `sandbox-manifest.json` ({Title, Type}) naming its item,
 * else the item is a Flow titled after the uploaded file name. Packages stay on disk: a 1 GiB
 * import or export goes through as a stream.
 *
 * Settings (`POST /__sandbox/config`) for what the documentation leaves open:
 *   accessKey      the key that is accepted
 *   v4Hierarchy    whether /api/v4/hierarchy exists (default true; false: only the v3 path)
 *   collisions     'replace' (default: an item of the same title and type is replaced) or
 *                  'refuse' (every title collision answers 409)
 *   locked         ids of items "open in Studio": a collision with one answers 409
 *   importStatus   answer imports with this status instead (446 disk space, 455 database, 500…)
 *   importDelayMs  how long an import takes before its reply
 *   exportRoute    "METHOD /path/{itemId}" the export answers on (default: flowferry's default)
 *   partName       the multipart part an import needs (default "zip file")
 *   hidden         ids left out of the whole tree (still answered by id), as a Controller may
 *                  leave out branches the key does not see in full
 *   hierarchyShape 'nested' (default, as documented: each node nests its Children) or 'flat'
 *                  (every node in one list, linked only by ParentId, no Children)
 *   propertyCase   'pascal' (default, as documented) or 'camel' (Json.NET with a camelCase
 *                  contract resolver: id, title, children, hierarchyItemId, isSuccessful…)
 *   importReply    'documented' ({"$id":"1","IsSuccessful":true}), 'bare' (the JSON `true`) or
 *                  'array' ([{"$id":"1","IsSuccessful":true}], like Create Folder's v4 sample)
 */

export const SANDBOX_ACCESS_KEY = 'Lw7sBx2Qk9Fh4TzN'
export const TEAM_A_ID = '3f0c2a9e-6b1d-4e57-9a8c-1d2e3f4a5b6c'
export const REGRESSION_ID = '8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d'
export const SEEDED_FLOW_ID = 'c7d8e9f0-1a2b-4c3d-8e4f-5a6b7c8d9e0f'
export const SEEDED_FLOW_TITLE = 'Login smoke test'
const SMOKE_ID = '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9'
const CHECKOUT_ID = '0b1c2d3e-4f5a-4b6c-9d7e-8f9a0b1c2d3e'
const ARCHIVE_IDS = ['a0a1a2a3-b4b5-4c6c-8d7d-e8e9f0f1f2f3', 'b1b2b3b4-c5c6-4d7d-9e8e-f9f0a1a2a3a4']
export const PACKAGE_MANIFEST = 'sandbox-manifest.json'

interface Item {
  id: string
  title: string
  type: string
  parentId?: string
  created: Date
  modified: Date
  children: Item[]
  /** The item's package on disk, for export. */
  package?: string
}

interface Config {
  accessKey: string
  v4Hierarchy: boolean
  collisions: 'replace' | 'refuse'
  locked: string[]
  importStatus: number | null
  importDelayMs: number
  exportRoute: string
  partName: string
  hidden: string[]
  hierarchyShape: 'nested' | 'flat'
  propertyCase: 'pascal' | 'camel'
  importReply: 'documented' | 'bare' | 'array'
}

interface ImportRecord {
  target: string
  timeoutMinutes: number
  part: string
  filename: string
  contentType: string
  bytes: number
  sha256: string
  outcome: string
}

export const leapworkEmulator: Emulator = {
  create: (options) => new LeapworkEmulator(options),
}

class LeapworkEmulator implements SandboxApp {
  private readonly config: Config = {
    accessKey: SANDBOX_ACCESS_KEY,
    v4Hierarchy: true,
    collisions: 'replace',
    locked: [],
    importStatus: null,
    importDelayMs: 0,
    exportRoute: DEFAULT_EXPORT_ENDPOINT,
    partName: 'zip file',
    hidden: [],
    hierarchyShape: 'nested',
    propertyCase: 'pascal',
    importReply: 'documented',
  }
  private readonly roots: Item[] = []
  private readonly imports: ImportRecord[] = []
  private readonly folderRequests: { parentId: string | null; folder: string | null; status: number }[] = []
  private readonly router = new Router()
  /** The seeded items' packages, written on the first request (a sandbox started and closed at once writes nothing). */
  private packagesWritten: Promise<void> | undefined
  private readonly seededPackages: { item: Item; steps: string[] }[] = []

  constructor(private readonly options: SandboxOptions) {
    this.configure(options.config)
    this.seed()
    this.routes()
  }

  get inputs(): Record<string, string> {
    return { 'api-key': this.config.accessKey }
  }

  readonly demo = {
    export: { 'workflow-id': SEEDED_FLOW_ID },
    import: { 'target-folder': 'Production/Regression', 'create-folders': 'true' },
  }

  readonly calls = {
    import: { method: 'POST', path: '/api/v4/import/', idempotent: false, waitsForReply: true },
    export: { method: 'GET', path: '/api/v4/export/', idempotent: true, waitsForReply: true },
  }

  readonly scenarios = [
    { name: 'Controller out of disk space (HTTP 446)', operation: 'import' as const, config: { importStatus: 446 }, expect: 'failed' as const },
    { name: 'Controller database not responding (HTTP 455)', operation: 'import' as const, config: { importStatus: 455 }, expect: 'failed' as const },
    { name: 'title collision the Controller cannot resolve (HTTP 409)', operation: 'import' as const, config: { importStatus: 409 }, expect: 'failed' as const },
    { name: 'hierarchy only on the v3 path', operation: 'import' as const, config: { v4Hierarchy: false }, expect: 'succeeded' as const },
    { name: 'hierarchy only on the v3 path', operation: 'export' as const, config: { v4Hierarchy: false }, expect: 'succeeded' as const },
  ]

  secrets(): string[] {
    return [this.config.accessKey]
  }

  configure(config: Record<string, unknown>): void {
    for (const key of Object.keys(this.config) as (keyof Config)[]) {
      if (config[key] !== undefined) (this.config as unknown as Record<string, unknown>)[key] = config[key]
    }
  }

  state(): unknown {
    const flat: Record<string, unknown>[] = []
    const walk = (items: Item[], trail: string[]) => {
      for (const item of items) {
        const itemPath = [...trail, item.title]
        flat.push({ id: item.id, path: itemPath.join('/'), type: item.type, parentId: item.parentId ?? null, package: item.package ? path.basename(item.package) : null })
        walk(item.children, itemPath)
      }
    }
    walk(this.roots, [])
    return { items: flat, imports: this.imports, folderRequests: this.folderRequests }
  }

  async handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    await (this.packagesWritten ??= this.writeSeedPackages())
    // Header names arrive lower-cased, so `AccessKey` and `accessKey` (both in the docs) are the same here.
    if (header(req, 'accesskey') !== this.config.accessKey) {
      req.resume()
      return sendText(res, 401, 'Unauthorized, incorrect access key')
    }
    const exportParams = this.matchExport(req.method ?? 'GET', url.pathname)
    if (exportParams) {
      req.resume()
      return this.exportItem(res, exportParams.itemId ?? '')
    }
    if (!(await this.router.dispatch(req, res, url))) {
      req.resume()
      sendJson(res, 404, { $id: '1', Message: `No HTTP resource was found that matches the request URI '${url.pathname}'.` })
    }
  }

  private routes(): void {
    const r = this.router
    for (const version of ['v3', 'v4']) {
      r.on('GET', `/api/${version}/hierarchy`, (c) => this.hierarchy(c.res, version, undefined))
      r.on('GET', `/api/${version}/hierarchy/:itemId`, (c) => this.hierarchy(c.res, version, c.params.itemId))
    }
    r.on('PUT', '/api/v4/hierarchy/create/folder', (c) => this.createFolder(c.req, c.res, c.url, undefined))
    r.on('PUT', '/api/v4/hierarchy/create/folder/:itemId', (c) => this.createFolder(c.req, c.res, c.url, c.params.itemId))
    r.on('POST', '/api/v4/import/:timeoutMinutes/:targetItemId', (c) => this.importPackage(c.req, c.res, c.params.timeoutMinutes!, c.params.targetItemId!))
    r.on('GET', '/api/v4/flowinfo/:itemId', (c) => this.flowInfo(c.res, c.params.itemId!))
  }

  private hierarchy(res: ServerResponse, version: string, itemId: string | undefined): void {
    if (version === 'v4' && !this.config.v4Hierarchy) {
      return sendJson(res, 404, { $id: '1', Message: `No HTTP resource was found that matches the request URI '/api/v4/hierarchy'.` })
    }
    if (itemId === undefined || itemId === '') {
      const hidden = new Set(this.config.hidden)
      const nodes = this.roots.map((item) => serialize(item, hidden)).filter(Boolean) as Record<string, unknown>[]
      return sendJson(res, 200, this.cased(withRefIds(this.config.hierarchyShape === 'flat' ? flatten(nodes) : nodes)))
    }
    const item = this.find(itemId)
    if (!item) return sendJson(res, 404, { $id: '1', Message: `Item ${itemId} not found` })
    const nodes = [serialize(item)!]
    sendJson(res, 200, this.cased(withRefIds(this.config.hierarchyShape === 'flat' ? flatten(nodes) : nodes)))
  }

  /** Property names as the `propertyCase` setting has them (`$id` stays as it is). */
  private cased(value: unknown): unknown {
    if (this.config.propertyCase === 'pascal') return value
    const walk = (node: unknown): unknown => {
      if (Array.isArray(node)) return node.map(walk)
      if (node && typeof node === 'object') {
        return Object.fromEntries(Object.entries(node).map(([key, child]) => [key.startsWith('$') ? key : key[0]!.toLowerCase() + key.slice(1), walk(child)]))
      }
      return node
    }
    return walk(value)
  }

  private flowInfo(res: ServerResponse, itemId: string): void {
    const item = this.find(itemId)
    if (!item || !['Flow', 'SubFlow'].includes(item.type)) return sendJson(res, 404, { $id: '1', Message: `Flow ${itemId} not found` })
    sendJson(res, 200, withRefIds({ Id: item.id, Title: item.title, Type: item.type, DateCreation: leapworkDate(item.created), DateModify: leapworkDate(item.modified), IsDeleted: 0, Status: 'Publish' }))
  }

  private createFolder(req: IncomingMessage, res: ServerResponse, url: URL, parentId: string | undefined): void {
    req.resume()
    const folder = url.searchParams.get('folder')
    const answer = (status: number, body: unknown) => {
      this.folderRequests.push({ parentId: parentId ?? null, folder, status })
      sendJson(res, status, body)
    }
    if (!folder) return answer(400, { $id: '1', Message: 'The folder parameter is required' })
    const titles = folder.split('/')
    if (titles.some((title) => title.trim() === '')) return answer(400, { $id: '1', Message: 'The folder parameter has an empty folder name or a trailing slash' })
    const parent = parentId ? this.find(parentId) : undefined
    if (parentId && !parent) return answer(404, { $id: '1', Message: `Item ${parentId} not found` })
    if (parent && !['Folder', 'Flow', 'SubFlow'].includes(parent.type)) return answer(409, { $id: '1', Message: `Folders cannot be created under a ${parent.type}` })
    const siblings = parent ? parent.children : this.roots
    if (siblings.some((item) => item.title === titles[0])) return answer(409, { $id: '1', Message: `A folder with the title '${titles[0]}' already exists` })
    let level = parent
    for (const title of titles) level = this.add(level, title, 'Folder')
    answer(200, this.cased(withRefIds([{ HierarchyItemId: level!.id }])))
  }

  private async importPackage(req: IncomingMessage, res: ServerResponse, timeoutText: string, targetId: string): Promise<void> {
    const target = this.find(targetId)
    if (!/^-?\d+$/.test(timeoutText)) {
      req.resume()
      return sendJson(res, 400, { $id: '1', Message: 'timeoutMinutes must be an integer' })
    }
    if (!target || target.type !== 'Folder') {
      req.resume()
      return sendJson(res, 404, { $id: '1', Message: target ? `Item ${targetId} is not a folder` : `Folder ${targetId} not found` })
    }
    const { files } = await readMultipart(req, this.options.storageDir)
    const part = files.find((file) => file.field === this.config.partName)
    for (const other of files) if (other !== part) await rm(other.path, { force: true })
    const record = (outcome: string) =>
      this.imports.push({
        target: targetId,
        timeoutMinutes: Number(timeoutText),
        part: part?.field ?? '',
        filename: part?.filename ?? '',
        contentType: part?.contentType ?? '',
        bytes: part?.size ?? 0,
        sha256: part?.sha256 ?? '',
        outcome,
      })
    const refuse = async (status: number, message: string) => {
      if (part) await rm(part.path, { force: true })
      record(`HTTP ${status}`)
      sendJson(res, status, { $id: '1', Message: message })
    }
    if (!part) return refuse(400, `The request has no multipart part named '${this.config.partName}'`)
    if (this.config.importStatus) return refuse(this.config.importStatus, `Sandbox: import answered with ${this.config.importStatus}`)
    let described: { title: string; type: string }
    try {
      described = await describePackage(part.path, part.filename)
    } catch (error) {
      return refuse(400, `The file is not a valid exported package: ${(error as Error).message}`)
    }
    if (this.config.importDelayMs > 0) await delay(this.config.importDelayMs)
    const existing = target.children.find((item) => item.title === described.title)
    if (existing) {
      if (existing.type !== described.type || this.config.collisions === 'refuse' || this.config.locked.includes(existing.id)) {
        return refuse(409, `Title collision: '${described.title}' already exists in '${target.title}' and cannot be replaced`)
      }
      if (existing.package) await rm(existing.package, { force: true })
      existing.package = part.path
      existing.modified = new Date(this.options.clock.now())
    } else {
      this.add(target, described.title, described.type).package = part.path
    }
    record('imported')
    const result = this.cased({ $id: '1', IsSuccessful: true })
    sendJson(res, 200, this.config.importReply === 'bare' ? true : this.config.importReply === 'array' ? [result] : result)
  }

  private async exportItem(res: ServerResponse, itemId: string): Promise<void> {
    const item = this.find(itemId)
    if (!item) return sendJson(res, 404, { $id: '1', Message: `Item ${itemId} not found` })
    if (!item.package) return sendJson(res, 400, { $id: '1', Message: `Sandbox: ${item.type} '${item.title}' has no package to export (the sandbox exports flows)` })
    const { size } = await stat(item.package)
    res.writeHead(200, {
      'content-type': 'application/octet-stream',
      'content-length': size,
      'content-disposition': `attachment; filename="${item.title.replace(/[^\x20-\x7e]|"/g, '_')}.zip"; filename*=UTF-8''${encodeURIComponent(`${item.title}.zip`)}`,
    })
    await pipeline(createReadStream(item.package), res).catch(() => res.destroy())
  }

  /** The export route from its "METHOD /path/{itemId}" setting, matched per request so it can change at run time. */
  private matchExport(method: string, pathname: string): Record<string, string> | undefined {
    const [routeMethod, template] = this.config.exportRoute.includes(' ') ? this.config.exportRoute.split(/\s+/, 2) : ['GET', this.config.exportRoute]
    if (method !== routeMethod!.toUpperCase()) return undefined
    const keys: string[] = []
    const source = template!
      .split(/(\{[A-Za-z]+\})/)
      .map((piece) => {
        const key = /^\{([A-Za-z]+)\}$/.exec(piece)?.[1]
        if (!key) return piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        keys.push(key)
        return '([^/]+)'
      })
      .join('')
    const match = new RegExp(`^${source}$`).exec(pathname)
    if (!match) return undefined
    return Object.fromEntries(keys.map((key, i) => [key, decodeURIComponent(match[i + 1]!)]))
  }

  private find(id: string, items: Item[] = this.roots): Item | undefined {
    for (const item of items) {
      if (item.id.toLowerCase() === id.toLowerCase()) return item
      const found = this.find(id, item.children)
      if (found) return found
    }
    return undefined
  }

  private add(parent: Item | undefined, title: string, type: string, id: string = randomUUID()): Item {
    const now = new Date(this.options.clock.now())
    const item: Item = { id, title, type, parentId: parent?.id, created: now, modified: now, children: [] }
    ;(parent ? parent.children : this.roots).push(item)
    return item
  }

  private seed(): void {
    const teamA = this.add(undefined, 'Team A', 'Folder', TEAM_A_ID)
    const regression = this.add(teamA, 'Regression', 'Folder', REGRESSION_ID)
    const login = this.add(regression, SEEDED_FLOW_TITLE, 'Flow', SEEDED_FLOW_ID)
    const checkout = this.add(regression, 'Checkout happy path', 'Flow', CHECKOUT_ID)
    this.add(teamA, 'Smoke', 'Folder', SMOKE_ID)
    // Titles are not unique in Leapwork: two top-level folders share one.
    for (const id of ARCHIVE_IDS) this.add(undefined, 'Archive', 'Folder', id)
    this.seededPackages.push(
      { item: login, steps: ['Navigate to login page', 'Type user name', 'Type password from data file', 'Assert dashboard visible'] },
      { item: checkout, steps: ['Open shop', 'Add item to basket', 'Pay with test card'] },
    )
  }

  private async writeSeedPackages(): Promise<void> {
    for (const { item, steps } of this.seededPackages) item.package = await this.writeSeedPackage(item, steps)
  }

  private async writeSeedPackage(item: Item, steps: string[]): Promise<string> {
    const file = path.join(this.options.storageDir, `seed-${item.id}.zip`)
    const zip = new yazl.ZipFile()
    const fixed = { mtime: new Date('2026-11-20T09:30:00Z') }
    zip.addBuffer(Buffer.from(JSON.stringify({ Id: item.id, Title: item.title, Type: item.type }, null, 2)), PACKAGE_MANIFEST, fixed)
    zip.addBuffer(
      Buffer.from(JSON.stringify({ Title: item.title, Blocks: steps.map((title, i) => ({ Id: i + 1, Title: title, Type: 'Action' })) }, null, 2)),
      `Flows/${item.title}.flow`,
      fixed,
    )
    zip.addBuffer(Buffer.from('user,expected\nqa-user-1,Dashboard\n'), 'DataFiles/users.csv', fixed)
    zip.end()
    await pipeline(zip.outputStream, createWriteStream(file))
    return file
  }
}

/** The item a package holds: from its sandbox manifest, else a Flow named after the file. */
async function describePackage(file: string, filename: string): Promise<{ title: string; type: string }> {
  const zip = await yauzl.openPromise(file)
  try {
    for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
      if (entry.fileName !== PACKAGE_MANIFEST || entry.uncompressedSize > 64 * 1024) continue
      const chunks: Buffer[] = []
      for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer)
      const manifest = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { Title?: unknown; Type?: unknown }
      if (typeof manifest.Title === 'string' && manifest.Title) return { title: manifest.Title, type: typeof manifest.Type === 'string' ? manifest.Type : 'Flow' }
    }
  } finally {
    zip.close()
  }
  return { title: path.basename(filename || 'import.zip').replace(/\.zip$/i, ''), type: 'Flow' }
}

function serialize(item: Item, hidden: ReadonlySet<string> = new Set()): Record<string, unknown> | undefined {
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
function flatten(nodes: Record<string, unknown>[]): Record<string, unknown>[] {
  return nodes.flatMap(({ Children, ...node }) => [node, ...flatten((Children as Record<string, unknown>[] | undefined) ?? [])])
}

/** Json.NET's reference ids: `"$id": "1"`, `"2"`, … on every object, in document order. */
function withRefIds(value: unknown): unknown {
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

/** `12/19/2018 12:38:02 PM +00:00`, the hierarchy's date style. */
function leapworkDate(date: Date): string {
  const hours = date.getUTCHours()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getUTCMonth() + 1}/${date.getUTCDate()}/${date.getUTCFullYear()} ${hours % 12 || 12}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} ${hours < 12 ? 'AM' : 'PM'} +00:00`
}
