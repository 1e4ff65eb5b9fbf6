import { createHash } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import yazl from 'yazl'

/** A Kore.ai export package (the zip the UI or the export API gives) from its three documents; `storeFlow` gives the flow's bytes. */
export async function writeKoreaiPackage(file: string, documents: { flow: unknown; app: unknown; env?: unknown }, options: { storeFlow?: Buffer } = {}): Promise<void> {
  const zip = new yazl.ZipFile()
  // A flow given as bytes is stored (not deflated), as a package of content that does not shrink is.
  if (options.storeFlow) zip.addBuffer(options.storeFlow, 'flow_definition.json', { compress: false })
  else zip.addBuffer(Buffer.from(JSON.stringify(documents.flow, null, 2)), 'flow_definition.json')
  zip.addBuffer(Buffer.from(JSON.stringify(documents.app, null, 2)), 'app_definition.json')
  zip.addBuffer(Buffer.from(JSON.stringify(documents.env ?? [], null, 2)), 'env_variables.json')
  zip.end()
  await pipeline(zip.outputStream, createWriteStream(file))
}

/** A flowferry bundle of a Kore.ai workflow (as an export writes it: the three documents and flowferry.json). */
export async function writeKoreaiBundle(dir: string, documents: { flow: unknown; app: unknown; env?: unknown }, name = 'Bench flow'): Promise<void> {
  await mkdir(dir, { recursive: true })
  const files = [
    { path: 'flow_definition.json', role: 'flowData', value: documents.flow },
    { path: 'app_definition.json', role: 'workflowData', value: documents.app },
    { path: 'env_variables.json', role: 'envVariables', value: documents.env ?? [] },
  ]
  const entries = []
  for (const file of files) {
    const bytes = Buffer.from(JSON.stringify(file.value, null, 2))
    await writeFile(path.join(dir, file.path), bytes)
    entries.push({ path: file.path, role: file.role, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') })
  }
  await writeFile(path.join(dir, 'flowferry.json'), JSON.stringify({ schema: 1, platform: 'koreai', name, source: {}, files: entries }, null, 2))
}
