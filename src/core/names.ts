import { MAX_NAME_BYTES, MAX_PATH_BYTES } from './limits.js'

/**
 * The names a bundle or an archive may give its files: manifest paths and zip entry names obey
 * the same rules, and two names that one file system would take for the same file are the same
 * name here. Both come from outside (a pull request, a platform's export), so a name is checked
 * before anything is written or read under it.
 */

/** C0 and C1 control characters and DEL: invisible in logs, and a line break forges a log line. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/

/** Why a `/`-separated relative name must not be used, or undefined when it is safe. */
export function unsafeName(name: string): string | undefined {
  if (name === '') return 'empty name'
  const control = CONTROL.exec(name)
  if (control) return `the name contains a control character (U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')})`
  if (name.includes('\\')) return 'backslashes are not accepted in names; use /'
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'absolute paths are not accepted'
  if (name.split('/').includes('..')) return '".." would write outside the destination'
  if (/[\uD800-\uDFFF]/u.test(name.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ''))) return 'the name is not valid Unicode'
  if (Buffer.byteLength(name) > MAX_PATH_BYTES) return `the name is ${Buffer.byteLength(name)} bytes long; at most ${MAX_PATH_BYTES} are accepted`
  const long = name.split('/').find((segment) => Buffer.byteLength(segment) > MAX_NAME_BYTES)
  if (long !== undefined) return `a part of the name is ${Buffer.byteLength(long)} bytes long; at most ${MAX_NAME_BYTES} are accepted per file or folder name`
  return undefined
}

/**
 * A manifest path: a safe name written plainly, `folder/file.json`, without `./`, `//` or a
 * trailing `/`, so the path the manifest shows is the path of the file it checks.
 */
export function unsafeManifestPath(name: string): string | undefined {
  const unsafe = unsafeName(name)
  if (unsafe) return unsafe
  if (name.split('/').some((segment) => segment === '' || segment === '.')) return 'write the path plainly, as folder/file.json (no "./", "//" or trailing "/")'
  return undefined
}

/**
 * What a name is compared by: Unicode NFC (macOS and Windows treat the composed and decomposed
 * spellings of "é" as one name), without case (they ignore it too), without `.` and empty parts.
 * https://unicode.org/reports/tr15/ , https://learn.microsoft.com/windows/win32/fileio/naming-a-file
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.')
    .join('/')
}

/** Each pair of names that stand for the same file (by `nameKey`), the first spelling first. */
export function sameNames(names: readonly string[]): [string, string][] {
  const first = new Map<string, string>()
  const pairs: [string, string][] = []
  for (const name of names) {
    const key = nameKey(name)
    const earlier = first.get(key)
    if (earlier === undefined) first.set(key, name)
    else pairs.push([earlier, name])
  }
  return pairs
}

/** Names with a file where another puts a folder (`a` and `a/b.json`): no file system holds both. */
export function fileFolderClashes(files: readonly string[]): [string, string][] {
  const byKey = new Map(files.map((name) => [nameKey(name), name]))
  const clashes: [string, string][] = []
  for (const name of files) {
    const parts = nameKey(name).split('/')
    for (let i = 1; i < parts.length; i++) {
      const parent = byKey.get(parts.slice(0, i).join('/'))
      if (parent !== undefined) clashes.push([parent, name])
    }
  }
  return clashes
}

/**
 * Where a package's files are, when a platform's export puts them in a folder of its choosing:
 * the folder of the shallowest `anchor` entry, and every other file from that same folder only.
 * A file of the same name in a subfolder is never taken instead; two anchors at the same depth
 * are ambiguous and refused by the caller.
 */
export function locateInPackage(
  names: readonly string[],
  anchor: string,
): { folder: string; pick(file: string): string | undefined } | { ambiguous: [string, string] } | undefined {
  const depth = (name: string) => name.split('/').length
  const anchors = names.filter((name) => baseName(name) === anchor).sort((a, b) => depth(a) - depth(b))
  if (anchors.length === 0) return undefined
  if (anchors.length > 1 && depth(anchors[0]!) === depth(anchors[1]!)) return { ambiguous: [anchors[0]!, anchors[1]!] }
  const folder = anchors[0]!.slice(0, anchors[0]!.length - anchor.length)
  return { folder, pick: (file) => names.find((name) => name === folder + file) }
}

function baseName(name: string): string {
  return name.slice(name.lastIndexOf('/') + 1)
}
