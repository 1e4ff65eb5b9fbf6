import yauzl from 'yauzl'
import type { RoleRule } from './bundle.js'
import { diffDocuments, type Change } from './diff.js'
import { BundleError } from './errors.js'
import { digestFile, displayPath } from './fs.js'
import { readJsonFile } from './json-file.js'
import { tooDeep } from './json-depth.js'
import { fitsTemplate } from './placeholders.js'
import { inspectZip, isZipFile, nextEntry } from './zip.js'


/**
 * Compares one role's file as exported live with the bundle's: JSON semantically (after the
 * role's normalisation, minus its volatile paths; a placeholder in the bundle matches the live
 * value it stands for), a zip by its entries (name, size, CRC — not timestamps), anything else
 * by checksum.
 */
export async function compareFiles(live: string, bundled: string, rule: RoleRule | undefined): Promise<Change[]> {
  const rules = { ignore: rule?.diff?.ignore ?? [], matchBy: rule?.diff?.matchBy, fits: fitsTemplate }
  if ((await isZipFile(live)) && (await isZipFile(bundled))) return compareZips(live, bundled, rules.ignore)
  const [a, b] = await Promise.all([readJsonFile(live), readJsonFile(bundled)])
  if (a !== undefined && b !== undefined) {
    const normalize = rule?.diff?.normalize ?? ((document: unknown) => document)
    return diffDocuments(normalize(a.value), normalize(b.value), rules)
  }
  const [da, db] = await Promise.all([digestFile(live), digestFile(bundled)])
  return da.sha256 === db.sha256 ? [] : [{ path: '(file)', kind: 'changed', before: `sha256 ${da.sha256.slice(0, 12)}…`, after: `sha256 ${db.sha256.slice(0, 12)}…` }]
}


/** Entries bigger than this are compared by size and CRC only, never read to compare their JSON. */
const JSON_ENTRY_LIMIT = 8 * 1024 * 1024

/**
 * Two zips entry by entry: an entry is the same when its CRC is. An entry that differs and holds
 * JSON on both sides is compared by its content instead (`<entry>.content.<path>`), so a changed
 * value inside a packaged document shows as that value, not as a new checksum.
 */
async function compareZips(live: string, bundled: string, ignore: readonly string[]): Promise<Change[]> {
  // The same rule as unpacking (core/zip.ts): no unsafe, duplicate or linked entry, no bomb, so
  // which copy of a name is compared never depends on the order, and nothing odd reaches yauzl.
  for (const file of [bundled, live]) {
    const { findings } = await inspectZip(file)
    if (findings.length > 0) throw new BundleError(`${displayPath(file)}: refused to compare: ${findings.map((f) => f.message).join('; ')}`, findings)
  }
  const [a, b] = await Promise.all([zipEntries(live), zipEntries(bundled)])
  const before: Record<string, unknown> = { ...a }
  const after: Record<string, unknown> = { ...b }
  for (const [name, entry] of Object.entries(a)) {
    const other = b[name]
    if (!other || other.crc32 === entry.crc32 || entry.size > JSON_ENTRY_LIMIT || other.size > JSON_ENTRY_LIMIT) continue
    const [x, y] = await Promise.all([jsonEntry(live, name), jsonEntry(bundled, name)])
    if (x === undefined || y === undefined) continue
    before[name] = { content: x.value }
    after[name] = { content: y.value }
  }
  return diffDocuments(before, after, { ignore })
}

/** One entry's content parsed as JSON, or undefined when it is not JSON. */
async function jsonEntry(file: string, name: string): Promise<{ value: unknown } | undefined> {
  const zip = await yauzl.openPromise(file, { decodeStrings: true })
  try {
    let entry = await nextEntry(zip)
    while (entry && entry.fileName !== name) entry = await nextEntry(zip)
    if (!entry) return undefined
    const chunks: Buffer[] = []
    for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer)
    const text = Buffer.concat(chunks).toString('utf8')
    // Nested past core's limit: compared by CRC, never walked (core/json-text.ts).
    if (tooDeep(text) !== undefined) return undefined
    return { value: JSON.parse(text) }
  } catch {
    return undefined
  } finally {
    zip.close()
  }
}

/** `{ "<entry name>": { size, crc32 } }`: what a zip holds, without what changes on every export. */
async function zipEntries(file: string): Promise<Record<string, { size: number; crc32: string }>> {
  const zip = await yauzl.openPromise(file, { decodeStrings: true })
  const entries: Record<string, { size: number; crc32: string }> = {}
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (entry: yauzl.Entry) => {
        if (!entry.fileName.endsWith('/')) entries[entry.fileName] = { size: entry.uncompressedSize, crc32: entry.crc32.toString(16).padStart(8, '0') }
        zip.readEntry()
      })
      zip.on('end', resolve)
      zip.on('error', reject)
      zip.readEntry()
    })
  } finally {
    zip.close()
  }
  return entries
}
