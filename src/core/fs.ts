import { createHash, randomBytes } from './crypto.js'
import { mkdir, mkdtemp, open, readdir, rename, rm, stat, writeFile, type FileHandle } from 'node:fs/promises'
import path from 'node:path'

export interface FileDigest {
  bytes: number
  sha256: string
}

/**
 * SHA-256 and size of a file, read through one reused buffer: a gigabyte bundle is hashed in
 * constant memory and leaves no garbage behind for the collector to catch up with.
 */
export async function digestFile(file: string): Promise<FileDigest> {
  return digestHandle(await open(file, 'r'))
}

/** The digest of what is left to read from an open file, which it then closes. */
export async function digestHandle(handle: FileHandle): Promise<FileDigest> {
  const hash = createHash('sha256')
  const buffer = Buffer.allocUnsafe(1024 * 1024)
  let bytes = 0
  try {
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null)
      if (bytesRead === 0) break
      hash.update(buffer.subarray(0, bytesRead))
      bytes += bytesRead
    }
  } finally {
    await handle.close()
  }
  return { bytes, sha256: hash.digest('hex') }
}

/** A name beside `target` that nobody else uses; temp files live next to their destination so rename is atomic. */
export function siblingTemp(target: string, label = 'tmp'): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${label}-${randomBytes(4).toString('hex')}`)
}

/** Write a whole file or nothing: a reader never sees half of it. */
export async function writeFileAtomic(file: string, data: string | Buffer): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true })
  const temp = siblingTemp(file)
  try {
    await writeFile(temp, data)
    await rename(temp, file)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
}

/** A fresh directory beside `target`, on the same file system, for building its replacement. */
export async function stagingDirFor(target: string): Promise<string> {
  const parent = path.dirname(path.resolve(target))
  await mkdir(parent, { recursive: true })
  return mkdtemp(path.join(parent, `.${path.basename(target)}.staging-`))
}

/**
 * Put a fully written directory in place of `target`. An existing `target` is moved aside first
 * and removed only after the new one is in place, so an interruption leaves one or the other.
 */
export async function replaceDir(staging: string, target: string): Promise<void> {
  const old = siblingTemp(target, 'old')
  const existed = await exists(target)
  if (existed) await rename(target, old)
  try {
    await rename(staging, target)
  } catch (error) {
    if (existed) await rename(old, target)
    throw error
  }
  if (existed) await rm(old, { recursive: true, force: true })
}

export async function exists(file: string): Promise<boolean> {
  try {
    await stat(file)
    return true
  } catch {
    return false
  }
}

export async function isEmptyDir(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length === 0
  } catch {
    return false
  }
}

/** Paths in messages and outputs: relative to the workspace when inside it, with forward slashes. */
export function displayPath(file: string, root = process.env.GITHUB_WORKSPACE ?? process.cwd()): string {
  const relative = path.relative(root, path.resolve(file))
  const shown = relative === '' ? '.' : relative.startsWith('..') || path.isAbsolute(relative) ? path.resolve(file) : relative
  return shown.split(path.sep).join('/')
}
