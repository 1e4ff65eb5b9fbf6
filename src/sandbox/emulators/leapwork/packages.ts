import { createWriteStream } from 'node:fs'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import yauzl from 'yauzl'
import yazl from 'yazl'
import { nextEntry } from '../../../core/zip.js'
import type { Item } from './store.js'

/**
 * The zip packages items are imported from and exported as. Their inside is not documented: the
 * emulator keeps a package byte for byte, and learns which item it holds from
 * `sandbox-manifest.json` ({Title, Type}) when it carries one, else takes it for a Flow titled
 * after the uploaded file name.
 */
export const PACKAGE_MANIFEST = 'sandbox-manifest.json'

/** The item a package holds: from its sandbox manifest, else a Flow named after the file. */
export async function describePackage(file: string, filename: string): Promise<{ title: string; type: string }> {
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

/** A seeded flow's package in `dir`: its manifest, the flow with one block per step, a data file. */
export async function writeFlowPackage(dir: string, item: Item, steps: string[]): Promise<string> {
  const file = path.join(dir, `seed-${item.id}.zip`)
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
