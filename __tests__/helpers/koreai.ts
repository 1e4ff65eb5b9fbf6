import { createWriteStream } from 'node:fs'
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
