import { lstat, realpath } from 'node:fs/promises'
import path from 'node:path'
import type { FlowferryError } from './errors.js'
import { MAX_NAME_BYTES, MAX_PATH_BYTES } from './limits.js'
import { setting } from './phrasing.js'
import { refuse, type Subject } from './plain-file.js'

/**
 * One confinement rule for every path flowferry reads or writes: it resolves — realpath, every
 * symbolic link on the way followed — inside the workspace (GITHUB_WORKSPACE, else the current
 * directory), and a bundle's files resolve inside the bundle, each to exactly itself. A pull
 * request can put a link in a bundle, and `path: ../..` in a step; neither may reach the rest of
 * the runner, to be read and uploaded or to be written over.
 */

/** The workspace as the runner names it (GITHUB_WORKSPACE), else the current directory (the CLI). */
export function workspaceRoot(): string {
  return path.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd())
}

/** Whether `child` is `parent` or beneath it (both absolute and normalised). */
export function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}

/** The workspace's real path: on macOS a temporary workspace under /tmp is really under /private/tmp. */
async function realRoot(): Promise<string> {
  const root = workspaceRoot()
  try {
    return await realpath(root)
  } catch {
    return root
  }
}

const OUTSIDE_HINT = 'Keep bundles, vars files and export directories inside the workspace (the repository checkout), and name them relative to it.'

function outside(subject: Subject, what: string): FlowferryError {
  return refuse(subject, 'path.outside', `${what} outside the workspace (${workspaceRoot()}); flowferry reads and writes only inside it`, OUTSIDE_HINT)
}

/**
 * An input naming something to read (`path` for import, validate and diff; `vars-file`): the
 * absolute path, after checking that it resolves inside the workspace. A path that does not exist
 * is returned as it is, for the caller to say so in its own words.
 */
export async function confineInput(text: string, input: string): Promise<string> {
  const absolute = path.resolve(workspaceRoot(), text)
  await confineExisting(absolute, { shown: text, input })
  return absolute
}

/** Refuses an existing path whose real path is outside the workspace. */
export async function confineExisting(absolute: string, subject: Subject): Promise<void> {
  let real: string
  try {
    real = await realpath(absolute)
  } catch {
    return
  }
  if (!isInside(real, await realRoot())) {
    throw outside(subject, real === path.resolve(absolute) ? 'is' : 'resolves (through a symbolic link) to a place')
  }
}

/**
 * A directory an export writes (`path` for export and wait, a backup's directory): inside the
 * workspace and not the workspace itself, not a symbolic link, and reached through no link that
 * leads out of it. Checked before anything is created, so `path: ../../x` creates nothing.
 */
export async function exportTarget(text: string, input?: string): Promise<string> {
  const root = workspaceRoot()
  const absolute = path.resolve(root, text)
  const subject: Subject = input === undefined ? { shown: text } : { shown: text, input }
  if (!isInside(absolute, root)) throw outside(subject, 'is')
  if (absolute === root) {
    const example = input === undefined ? 'flowferry-export' : setting(input, 'flowferry-export')
    throw refuse(subject, 'path.outside', 'is the workspace itself; export replaces the directory it writes', `Name a directory inside the workspace, e.g. ${example}.`)
  }
  const parts = path.relative(root, absolute).split(path.sep)
  const long = parts.find((part) => Buffer.byteLength(part) > MAX_NAME_BYTES)
  if (long !== undefined || Buffer.byteLength(parts.join('/')) > MAX_PATH_BYTES) {
    throw refuse(subject, 'path.name', `is too long to create: at most ${MAX_NAME_BYTES} bytes per folder name and ${MAX_PATH_BYTES} in all`, 'Name a shorter directory.')
  }
  const realWorkspace = await realRoot()
  for (let i = 1; i <= parts.length; i++) {
    const prefix = path.join(root, ...parts.slice(0, i))
    const info = await lstat(prefix).catch(() => undefined)
    if (!info) break
    const last = i === parts.length
    if (info.isSymbolicLink()) {
      if (last) throw refuse(subject, 'path.link', 'is a symbolic link; export writes a directory of its own there', 'Remove the link, or name another directory.')
      const real = await realpath(prefix).catch(() => undefined)
      if (real === undefined || !isInside(real, realWorkspace)) throw outside(subject, `goes through ${parts.slice(0, i).join('/')}, a symbolic link to a place`)
    } else if (!last && !info.isDirectory()) {
      throw refuse(subject, 'path.type', `cannot be created: ${parts.slice(0, i).join('/')} is a file, not a directory`, 'Name a directory whose parents are directories.')
    }
  }
  return absolute
}

/**
 * A file of a bundle, `relative` (a checked manifest path) under the bundle's real directory: it
 * must resolve to exactly that path, so no folder on its way is a link (to elsewhere, or to
 * another part of the bundle), and no other spelling of the name (case, Unicode form) stands in.
 */
export async function confineInBundle(realDir: string, relative: string, subject: Subject): Promise<string> {
  const file = path.join(realDir, ...relative.split('/'))
  let real: string
  try {
    real = await realpath(file)
  } catch {
    return file
  }
  if (real !== file) {
    throw isInside(real, realDir)
      ? refuse(subject, 'path.link', `is reached through a symbolic link or under another spelling (it is ${path.relative(realDir, real).split(path.sep).join('/')})`, 'List each file under its own name, with no linked folder on the way.')
      : refuse(subject, 'path.outside', 'resolves (through a symbolic link) outside the bundle', 'Put the files themselves in the bundle, not links to them.')
  }
  return file
}

/** A bundle directory's real path, which its files are confined to. */
export async function realDirectory(dir: string): Promise<string> {
  return realpath(dir).catch(() => path.resolve(dir))
}
