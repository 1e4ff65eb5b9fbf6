import type { Bundle } from '../core/bundle.js'
import { readManifest } from '../core/bundle-read.js'
import { BundleError, type Finding } from '../core/errors.js'
import { displayPath } from '../core/fs.js'
import type { RunContext } from './context.js'
import { openBundle } from './bundles.js'

/** A bundle opened as it is now: checksum drift reported beside it instead of stopping the read. */
export interface UnsealedBundle {
  bundle: Bundle
  /** The files changed since the manifest was written (rule `manifest.checksum`); empty when sealed. */
  drift: Finding[]
  /** How to record the new checksums, when there is drift. */
  driftHint?: string
}

/**
 * Opens a bundle for `validate` and `seal`, which must look at the files as they are: a hand edit
 * changes a checksum, and the user wants to hear about the JSON error in the same edit now, not
 * after sealing. Only drift is tolerated; every other problem of the manifest (schema, platform,
 * missing files, paths outside the bundle) still stops the read, as `readBundle` decides.
 */
export async function openUnsealed(location: string, context: RunContext, cleanup: string[]): Promise<UnsealedBundle> {
  try {
    return { bundle: await openBundle(location, context, cleanup), drift: [] }
  } catch (error) {
    if (!isDriftOnly(error)) throw error
    return { bundle: await bundleAsItIs(location), drift: error.findings, driftHint: error.hint }
  }
}

/** A BundleError whose every finding is a checksum mismatch, and nothing else. */
function isDriftOnly(error: unknown): error is BundleError {
  return error instanceof BundleError && error.findings.length > 0 && error.findings.every((finding) => finding.rule === 'manifest.checksum')
}

/**
 * The bundle in `dir`, whose manifest `readBundle` has accepted but for the checksums. Read again
 * by the same reader (a plain file within the manifest's limits, core/plain-file.ts), not by a
 * bare readFile: the file may have been swapped for a link or a FIFO since.
 */
async function bundleAsItIs(dir: string): Promise<Bundle> {
  const { manifest } = await readManifest(dir)
  return { dir, manifest, location: displayPath(dir), adopted: false }
}
