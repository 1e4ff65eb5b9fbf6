import type { Hash } from 'node:crypto'
import { createHash } from './crypto.js'
import { createWriteStream } from 'node:fs'
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import type yauzl from 'yauzl'
import { BundleError, type Finding } from './errors.js'
import { displayPath, siblingTemp, type FileDigest } from './fs.js'
import { countingStage } from './memory.js'
import { checkPlainFile, remember } from './plain-file.js'
import type { StoredEntry } from './zip-stored.js'
import { copyStored, isSmallDeflated, unpackSmall } from './zip-entry.js'
import { fileFolderClashes, sameNames, unsafeName } from './names.js'

/**
 * yauzl, loaded by the first zip opened: modules that may read a zip are on the way to a run's
 * first request, the reading itself comes after it (or not at all).
 */
async function zipReader(): Promise<typeof yauzl> {
  return (await import('yauzl')).default
}

/** Caps that keep a hostile archive (a zip bomb, a million entries) from filling the runner. */
export interface ZipLimits {
  maxEntries: number
  maxTotalBytes: number
  /** Largest uncompressed/compressed ratio for an entry bigger than 1 MiB. */
  maxRatio: number
}

export const defaultZipLimits: ZipLimits = {
  maxEntries: 10_000,
  maxTotalBytes: 2 * 1024 ** 3,
  maxRatio: 200,
}

export interface ZipEntryInfo {
  name: string
  size: number
  compressedSize: number
  directory: boolean
}

/** What to do about an archive that cannot be read or unpacked. */
const DAMAGED_HINT = 'Use the archive exactly as the platform exported it: export it again, or take it from the artifact the export stored.'

const S_IFMT = 0o170000
const S_IFLNK = 0o120000

/**
 * Reads a zip's central directory and reports every unsafe entry as a finding, without
 * extracting anything. A file that is not a zip at all is a `BundleError`.
 */
export async function inspectZip(
  file: string,
  limits: ZipLimits = defaultZipLimits,
): Promise<{ entries: ZipEntryInfo[]; findings: Finding[] }> {
  const { zip, entries, findings } = await readDirectory(file, limits)
  zip.close()
  return { entries, findings }
}

/**
 * `inspectZip`'s reading, with the archive left open and yauzl's entries kept (`raw`, in the order
 * of `entries`): `unpackZip` unpacks from them instead of opening and reading the archive again.
 * The caller closes `zip`.
 */
async function readDirectory(file: string, limits: ZipLimits): Promise<{ zip: yauzl.ZipFile; raw: yauzl.Entry[]; entries: ZipEntryInfo[]; findings: Finding[] }> {
  const shown = displayPath(file)
  const { openPromise, getFileNameLowLevel } = await zipReader()
  let zip: yauzl.ZipFile
  try {
    zip = await openPromise(file, { decodeStrings: false, validateEntrySizes: true, autoClose: false })
  } catch (error) {
    throw BundleError.at(
      { file: shown },
      'zip.format',
      `not a readable zip archive (${(error as Error).message})`,
      DAMAGED_HINT,
    )
  }
  const raw: yauzl.Entry[] = []
  const entries: ZipEntryInfo[] = []
  const findings: Finding[] = []
  const problem = (message: string, rule: string) => findings.push({ file: shown, severity: 'error', rule, message })
  let total = 0
  try {
    if (zip.entryCount > limits.maxEntries) {
      problem(`the archive has ${zip.entryCount} entries; at most ${limits.maxEntries} are accepted`, 'zip.entries')
      return { zip, raw, entries, findings }
    }
    for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
      const name = getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, true)
      const unsafe = unsafeName(name)
      if (unsafe) problem(`entry ${JSON.stringify(name)}: ${unsafe}`, 'zip.path')
      const mode = (entry.externalFileAttributes >>> 16) & S_IFMT
      if (mode === S_IFLNK) problem(`entry ${JSON.stringify(name)} is a symbolic link; links are not accepted`, 'zip.symlink')
      if (entry.isEncrypted()) problem(`entry ${JSON.stringify(name)} is encrypted`, 'zip.encrypted')
      total += entry.uncompressedSize
      if (
        entry.uncompressedSize > 1024 ** 2 &&
        entry.uncompressedSize > limits.maxRatio * Math.max(1, entry.compressedSize)
      ) {
        problem(
          `entry ${JSON.stringify(name)} expands ${Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize))}-fold; ` +
            `more than ${limits.maxRatio}-fold looks like a zip bomb`,
          'zip.ratio',
        )
      }
      raw.push(entry)
      entries.push({
        name,
        size: entry.uncompressedSize,
        compressedSize: entry.compressedSize,
        directory: name.endsWith('/'),
      })
    }
    if (total > limits.maxTotalBytes) {
      problem(`the archive expands to ${total} bytes; at most ${limits.maxTotalBytes} are accepted`, 'zip.size')
    }
    // Two entries one file system takes for one file: which one is unpacked would depend on the order.
    const same = sameNames(entries.map((entry) => entry.name.replace(/\/$/, '')))
    for (const [first, second] of same.slice(0, 10)) {
      problem(`entries ${JSON.stringify(first)} and ${JSON.stringify(second)} name the same file (case and Unicode form do not tell names apart)`, 'zip.duplicate')
    }
    const clashes = fileFolderClashes(entries.filter((entry) => !entry.directory).map((entry) => entry.name))
    for (const [file, inside] of clashes.slice(0, 10)) {
      problem(`entry ${JSON.stringify(inside)} would be inside ${JSON.stringify(file)}, which is a file`, 'zip.duplicate')
    }
    if (same.length > 10 || clashes.length > 10) problem(`${same.length + clashes.length} clashing names in all`, 'zip.duplicate')
  } catch (error) {
    zip.close()
    throw BundleError.at({ file: shown }, 'zip.format', `the archive is damaged (${(error as Error).message})`, DAMAGED_HINT)
  }
  return { zip, raw, entries, findings }
}

/**
 * Extracts the regular files of a zip into `dest` after `inspectZip` found nothing wrong. Sizes
 * are checked again while streaming (yauzl compares actual to declared sizes), so a lying header
 * cannot get past the limits.
 */
export async function extractZip(file: string, dest: string, limits: ZipLimits = defaultZipLimits): Promise<string[]> {
  return [...(await extractZipHashed(file, dest, limits)).keys()]
}

/**
 * `extractZip`, with the SHA-256 and size of each file taken as it is written (by entry name), so
 * an unpacked file is not read again to be hashed.
 */
export async function extractZipHashed(file: string, dest: string, limits: ZipLimits = defaultZipLimits): Promise<Map<string, FileDigest>> {
  return (await unpackZip(file, dest, { limits })).written
}

/**
 * `extractZipHashed`, except that the stored entries `leave` picks are not written out: they are
 * returned as byte ranges of the archive (`left`), to be read straight from it by a caller that
 * checks their CRC-32 as it reads them (core/zip-stored.ts, `checkStoredEntry`). Every entry,
 * left or not, has passed `inspectZip` first. The archive is remembered as core/plain-file.ts
 * remembers a file whose checksum was taken, so a later read of it gets this very file or a refusal.
 */
export async function unpackZip(
  file: string,
  dest: string,
  options: { limits?: ZipLimits; leave?: (entry: { name: string; bytes: number }) => boolean } = {},
): Promise<{ written: Map<string, FileDigest>; left: Map<string, StoredEntry> }> {
  const shown = displayPath(file)
  const archive = options.leave ? await checkPlainFile(file, { shown }) : undefined
  const { zip, raw, entries, findings } = await readDirectory(file, options.limits ?? defaultZipLimits)
  if (findings.length > 0) {
    zip.close()
    throw new BundleError(`${shown}: refused to unpack: ${findings.map((f) => f.message).join('; ')}`, findings)
  }
  const written = new Map<string, FileDigest>()
  const left = new Map<string, StoredEntry>()
  /** Directories made so far: most entries share one. */
  const made = new Set<string>()
  /** The archive, read by the entries unpacked here (yauzl streams the others): opened once. */
  let input: FileHandle | undefined
  try {
    for (const [index, entry] of raw.entries()) {
      const { name } = entries[index]!
      if (name.endsWith('/')) continue
      const stored = entry.compressionMethod === 0 && !entry.isEncrypted() && entry.compressedSize === entry.uncompressedSize
      if (archive && stored && options.leave!({ name, bytes: entry.uncompressedSize })) {
        const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true })
        const archiveBytes = Number(archive.size)
        if (fileDataStart + entry.uncompressedSize > archiveBytes) throw new Error(`entry ${JSON.stringify(name)} runs past the end of the archive`)
        left.set(name, { name, archive: file, archiveBytes, offset: fileDataStart, bytes: entry.uncompressedSize, crc32: entry.crc32 })
        continue
      }
      const target = path.join(dest, ...name.split('/'))
      if (!target.startsWith(path.resolve(dest) + path.sep)) throw new Error(`entry ${JSON.stringify(name)} escapes the destination`)
      const folder = path.dirname(target)
      if (!made.has(folder)) await mkdir(folder, { recursive: true })
      made.add(folder)
      const temp = siblingTemp(target)
      try {
        const hash = createHash('sha256')
        if (stored) await copyStored((input ??= await open(file, 'r')), zip, entry, temp, name, hash)
        else if (isSmallDeflated(entry)) await unpackSmall((input ??= await open(file, 'r')), zip, entry, temp, name, hash)
        else await inflateStreaming(zip, entry, temp, name, hash)
        await rename(temp, target)
        written.set(name, { bytes: entry.uncompressedSize, sha256: hash.digest('hex') })
      } catch (error) {
        await rm(temp, { force: true })
        throw error
      }
    }
  } catch (error) {
    if (error instanceof BundleError) throw error
    throw BundleError.at({ file: shown }, 'zip.format', `could not unpack the archive (${(error as Error).message})`, DAMAGED_HINT)
  } finally {
    zip.close()
    await input?.close()
  }
  if (archive && left.size > 0) remember(file, archive)
  return { written, left }
}

/**
 * A large (or not deflated) entry, streamed through yauzl, which checks its sizes
 * (`validateEntrySizes`) but not its CRC-32: that is checked here, as for every other entry.
 */
async function inflateStreaming(zip: yauzl.ZipFile, entry: yauzl.Entry, target: string, name: string, hash: Hash): Promise<void> {
  const { crc32 } = process.getBuiltinModule('node:zlib')
  let crc = 0
  const checked = { update: (chunk: Buffer) => ((crc = crc32(chunk, crc)), hash.update(chunk)) }
  await pipeline(await zip.openReadStreamPromise(entry), countingStage(checked), createWriteStream(target, { flags: 'wx' }))
  if (crc !== entry.crc32) throw new Error(`entry ${JSON.stringify(name)} does not match its checksum (CRC-32)`)
}

/** The next entry of a zip opened with `openPromise` (lazy entries), or undefined at the end. */
export function nextEntry(zip: yauzl.ZipFile): Promise<yauzl.Entry | undefined> {
  return new Promise((resolve, reject) => {
    const onEntry = (entry: yauzl.Entry) => {
      cleanup()
      resolve(entry)
    }
    const onEnd = () => {
      cleanup()
      resolve(undefined)
    }
    const onError = (error: Error) => {
      cleanup()
      reject(error)
    }
    const cleanup = () => {
      zip.off('entry', onEntry)
      zip.off('end', onEnd)
      zip.off('error', onError)
    }
    zip.on('entry', onEntry)
    zip.on('end', onEnd)
    zip.on('error', onError)
    zip.readEntry()
  })
}

/** Whether a file starts like a zip archive (a local file header, or the end record of an empty one). */
export async function isZipFile(file: string): Promise<boolean> {
  const handle = await open(file, 'r')
  try {
    const head = Buffer.alloc(4)
    const { bytesRead } = await handle.read(head, 0, 4, 0)
    return startsLikeZip(head.subarray(0, bytesRead))
  } finally {
    await handle.close()
  }
}

/** `isZipFile` for bytes already read from the start of a file. */
export function startsLikeZip(head: Buffer): boolean {
  if (head.length < 4) return false
  const signature = head.readUInt32LE(0)
  return signature === 0x04034b50 || signature === 0x06054b50
}
