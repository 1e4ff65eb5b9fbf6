import { createHash } from './crypto.js'
import fs, { constants, createReadStream, type BigIntStats } from 'node:fs'
import { lstat, open, rename, rm, type FileHandle } from 'node:fs/promises'
import path from 'node:path'
import type { Readable } from 'node:stream'
import { BundleError, FlowferryError, InputError } from './errors.js'
import { digestHandle, displayPath, siblingTemp, type FileDigest } from './fs.js'
import { readWhole } from './memory.js'

/**
 * The one way flowferry opens a file it did not write itself: a bundle file, a manifest, a vars
 * file, a platform file to adopt, a file to upload. It must be a regular file with one name:
 * a symbolic link could point anywhere on the runner (and its target would be uploaded), a hard
 * link shares its content with a name outside the bundle, a FIFO blocks the run and a device has
 * no end. The check is made on the opened descriptor (fstat), with O_NOFOLLOW so the last part of
 * the path cannot be swapped for a link between check and read; and a file whose checksum was
 * verified is opened again only if it is still that same file (device and inode).
 * https://man7.org/linux/man-pages/man2/open.2.html (O_NOFOLLOW, O_NONBLOCK)
 */

/** How a file is named to the user, and the input that named it (an InputError then, not a BundleError). */
export interface Subject {
  shown: string
  input?: string
}

const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0)

const HINTS: Record<string, string> = {
  'path.link': 'Put the file itself there, not a symbolic link to it (in git: commit the file, not a link).',
  'path.hardlink': 'Give the file a name of its own: copy it and move the copy over it (cp f f.copy && mv f.copy f).',
  'path.type': 'Point at a regular file.',
  'path.directory': 'Point at a file; a folder is not a file.',
  'path.missing': 'Check the spelling and that the file is committed.',
  'path.changed': 'Run the step again; if it keeps happening, something on the runner changes the bundle while flowferry reads it.',
}

/** A refusal naming the file as the user knows it, with what to do about it. */
export function refuse(subject: Subject, rule: string, message: string, hint = HINTS[rule]): FlowferryError {
  if (subject.input !== undefined) return new InputError(subject.input, `'${subject.shown}' ${message}`).withHint(hint)
  return BundleError.at({ file: subject.shown }, rule, message, hint)
}

/** Why a file of this kind must not be read, with the rule it breaks; undefined for a plain file. */
export function kindProblem(info: fs.Stats | BigIntStats): { rule: string; message: string } | undefined {
  if (info.isSymbolicLink()) return { rule: 'path.link', message: 'is a symbolic link; flowferry reads only the files themselves' }
  if (info.isDirectory()) return { rule: 'path.directory', message: 'is a directory, where a file is expected' }
  if (info.isFIFO()) return { rule: 'path.type', message: 'is a named pipe (FIFO), not a regular file' }
  if (info.isSocket()) return { rule: 'path.type', message: 'is a socket, not a regular file' }
  if (info.isCharacterDevice() || info.isBlockDevice()) return { rule: 'path.type', message: 'is a device, not a regular file' }
  if (!info.isFile()) return { rule: 'path.type', message: 'is not a regular file' }
  if (info.nlink > 1) return { rule: 'path.hardlink', message: `has ${info.nlink} hard links; a file with other names can be changed through them` }
  return undefined
}

/** The path-level check (lstat): a plain file, or a refusal. Opening still checks the descriptor. */
export async function checkPlainFile(file: string, subject: Subject): Promise<BigIntStats> {
  let info: BigIntStats
  try {
    info = await lstat(file, { bigint: true })
  } catch (error) {
    throw openFailure(error, subject)
  }
  const problem = kindProblem(info)
  if (problem) throw refuse(subject, problem.rule, problem.message)
  return info
}

/** Identities (device, inode, size) of files whose checksum was taken, by absolute path. */
const verified = new Map<string, { dev: bigint; ino: bigint; size: bigint }>()

/** Records that `file` is the file whose checksum was just taken from this descriptor's stats. */
export function remember(file: string, info: BigIntStats): void {
  verified.set(path.resolve(file), { dev: info.dev, ino: info.ino, size: info.size })
}

/** Why the opened file must not be read, checking its descriptor's stats; undefined when it may. */
function descriptorProblem(file: string, info: BigIntStats, size?: number, fresh = false): { rule: string; message: string } | undefined {
  const problem = kindProblem(info)
  if (problem) return problem
  const known = fresh ? undefined : verified.get(path.resolve(file))
  if (known && (known.dev !== info.dev || known.ino !== info.ino || known.size !== info.size)) {
    return { rule: 'path.changed', message: 'was replaced or changed after its checksum was verified' }
  }
  if (size !== undefined && BigInt(size) !== info.size) return { rule: 'path.changed', message: `is ${info.size} bytes now, ${size} when it was checked` }
  return undefined
}

/**
 * Opens a plain file for reading; the caller closes the handle. `fresh` is for taking a checksum
 * anew: the file need not be the one an earlier checksum was taken of.
 */
export async function openPlainFile(file: string, subject: Subject, options: { fresh?: boolean } = {}): Promise<{ handle: FileHandle; info: BigIntStats }> {
  let handle: FileHandle
  try {
    handle = await open(file, OPEN_FLAGS)
  } catch (error) {
    throw openFailure(error, subject)
  }
  try {
    const info = await handle.stat({ bigint: true })
    const problem = descriptorProblem(file, info, undefined, options.fresh)
    if (problem) throw refuse(subject, problem.rule, problem.message)
    return { handle, info }
  } catch (error) {
    await handle.close()
    throw error
  }
}

/** A plain file's bytes, refused above `maxBytes` (before reading it), saying `tooLarge` and what to do (`hint`). */
export async function readPlainFile(
  file: string,
  subject: Subject,
  maxBytes: number,
  tooLarge: { message: string; hint: string } = { message: 'is too large to read', hint: 'Make the file smaller.' },
): Promise<Buffer> {
  const bytes = await readPlainFileUpTo(file, subject, maxBytes)
  if (bytes === undefined) throw refuse(subject, 'path.size', `${tooLarge.message}: more than ${maxBytes} bytes`, tooLarge.hint)
  return bytes
}

/** A plain file's bytes, or undefined when it is larger than `maxBytes` (and then not read). */
export async function readPlainFileUpTo(file: string, subject: Subject, maxBytes: number): Promise<Buffer | undefined> {
  const { handle, info } = await openPlainFile(file, subject)
  try {
    if (info.size > BigInt(maxBytes)) return undefined
    readWhole(Number(info.size))
    const buffer = Buffer.alloc(Number(info.size))
    let done = 0
    while (done < buffer.length) {
      const { bytesRead } = await handle.read(buffer, done, buffer.length - done, done)
      if (bytesRead === 0) break
      done += bytesRead
    }
    return buffer.subarray(0, done)
  } finally {
    await handle.close()
  }
}

/**
 * Whether a plain file's bytes contain `needle`, read through one reused buffer of `chunk` bytes
 * (and the needle's length less one, carried from each read to the next, so a match split
 * between two reads is found): a file is searched without being held. A file over `maxBytes`, or
 * whose first bytes `skip` turns down, is not searched (false): one open answers all three.
 */
export async function plainFileContains(
  file: string,
  subject: Subject,
  needle: Buffer,
  { chunk = 1024 * 1024, maxBytes = Infinity, skip }: { chunk?: number; maxBytes?: number; skip?: (head: Buffer) => boolean } = {},
): Promise<boolean> {
  const { handle, info } = await openPlainFile(file, subject)
  const carry = Math.max(0, needle.length - 1)
  try {
    if (info.size > maxBytes) return false
    // A small file needs no larger buffer than itself (a byte over, to see its end).
    const buffer = Buffer.allocUnsafe(Math.min(chunk, Number(info.size) + 1) + carry)
    const room = buffer.length - carry
    let kept = 0
    for (let first = true; ; first = false) {
      const { bytesRead } = await handle.read(buffer, kept, room, null)
      if (bytesRead === 0) return false
      const end = kept + bytesRead
      if (first && skip?.(buffer.subarray(0, end))) return false
      if (buffer.subarray(0, end).includes(needle)) return true
      kept = Math.min(carry, end)
      buffer.copy(buffer, 0, end - kept, end)
    }
  } finally {
    await handle.close()
  }
}

/**
 * SHA-256 and size of a plain file, read through one reused buffer from the checked descriptor;
 * the file is remembered (also under `aliases`, other paths that reach it), so a later open (the
 * upload) gets this very file or a refusal.
 */
export async function digestPlainFile(file: string, subject: Subject, aliases: readonly string[] = []): Promise<FileDigest> {
  const { handle, info } = await openPlainFile(file, subject, { fresh: true })
  const digest = await digestHandle(handle)
  for (const name of [file, ...aliases]) remember(name, info)
  return digest
}

/**
 * Copies a plain file (read from its checked descriptor) to `target`, written whole or not at all,
 * and hashes the bytes as they pass: the copy's checksum costs no second read. The copy is
 * remembered as the file of that checksum, as `digestPlainFile` would remember it.
 */
export async function copyPlainFile(source: string, target: string, subject: Subject): Promise<FileDigest> {
  const { handle } = await openPlainFile(source, subject)
  const temp = siblingTemp(target)
  const hash = createHash('sha256')
  let bytes = 0
  try {
    const output = await open(temp, 'wx', 0o600)
    try {
      const buffer = Buffer.allocUnsafe(1024 * 1024)
      for (;;) {
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, null)
        if (bytesRead === 0) break
        const chunk = buffer.subarray(0, bytesRead)
        hash.update(chunk)
        await output.write(chunk)
        bytes += bytesRead
      }
      remember(target, await output.stat({ bigint: true }))
    } finally {
      await output.close()
    }
    await rename(temp, target)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  } finally {
    await handle.close()
  }
  return { bytes, sha256: hash.digest('hex') }
}

/**
 * Takes the checksum of a file flowferry has just written itself (hashed as it was written) as if
 * `digestPlainFile` had read it: the file must be a plain file of that size, and is remembered.
 */
export async function rememberWritten(file: string, digest: FileDigest, subject: Subject): Promise<FileDigest> {
  const info = await checkPlainFile(file, subject)
  if (info.size !== BigInt(digest.bytes)) throw refuse(subject, 'path.changed', `is ${info.size} bytes now, ${digest.bytes} when it was written`)
  remember(file, info)
  return digest
}

/** Refuses, before a request is sent, a file to upload that is not the plain file verified, at `size` bytes. */
export async function assertUploadable(file: string, size: number): Promise<void> {
  const subject = { shown: displayPath(file) }
  const { handle, info } = await openPlainFile(file, subject)
  await handle.close()
  const problem = descriptorProblem(file, info, size)
  if (problem) throw refuse(subject, problem.rule, problem.message)
}

/**
 * A plain file (or a byte range of it) as a stream, for an upload: the descriptor is checked as it
 * is opened, before a byte is read, so what is sent is the file that was verified, at the size
 * the request announced. `highWaterMark` is the size of each read.
 */
export function plainFileStream(file: string, range: { start?: number; end?: number; highWaterMark?: number }, size?: number): Readable {
  const subject = { shown: displayPath(file) }
  const checkedOpen = (name: fs.PathLike, _flags: fs.OpenMode, mode: fs.Mode | null | undefined, callback: (error: Error | null, fd?: number) => void) => {
    fs.open(name, OPEN_FLAGS, mode, (error, fd) => {
      if (error) return callback(openFailure(error, subject))
      fs.fstat(fd, { bigint: true }, (statError, info) => {
        const problem = statError ? undefined : descriptorProblem(file, info, size)
        if (!statError && !problem) return callback(null, fd)
        fs.close(fd, () => callback(statError ?? refuse(subject, problem!.rule, problem!.message)))
      })
    })
  }
  return createReadStream(file, { ...range, fs: { open: checkedOpen, read: fs.read, close: fs.close } } as Parameters<typeof createReadStream>[1])
}

/** An error from opening or lstat-ing a file, as a refusal that names it. */
function openFailure(error: unknown, subject: Subject): FlowferryError {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ELOOP' || code === 'EMLINK') return refuse(subject, 'path.link', 'is a symbolic link; flowferry reads only the files themselves')
  if (code === 'ENOENT' || code === 'ENOTDIR') return refuse(subject, 'path.missing', 'does not exist')
  if (code === 'EISDIR') return refuse(subject, 'path.directory', 'is a directory, where a file is expected')
  if (error instanceof FlowferryError) return error
  return refuse(subject, 'path.unreadable', `cannot be read (${code ?? (error as Error).message})`, 'Check the file and its permissions.')
}
