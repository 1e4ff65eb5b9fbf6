import { stat } from 'node:fs/promises'
import path from 'node:path'
import { copyInto, fileOf, shownPath, type Bundle, type RoleRule } from '../../core/bundle.js'
import { BundleError, type Finding } from '../../core/errors.js'
import { displayPath } from '../../core/fs.js'
import { MAX_NAME_BYTES } from '../../core/limits.js'
import { inspectZip, isZipFile } from '../../core/zip.js'
import type { BundleRules } from '../platform.js'

/**
 * A Leapwork bundle is the exported package, `<name>.zip`, byte for byte (role `package`). Its
 * inside is not documented (the Import page only says "already exported .zip files":
 * https://www.leapwork.com/product/documentation/rest-api/v4/import), so it stays opaque:
 * flowferry checks it is a sound archive and nothing more. `file` below is the role's generic
 * name; the real file carries the item's title.
 */
export const PACKAGE_ROLE = 'package'

export const roles: readonly RoleRule[] = [{ role: PACKAGE_ROLE, file: 'package.zip', format: 'opaque', required: true }]

/**
 * A file name from an item title: characters no file system takes become dashes, and the name
 * is cut to fit the 255 bytes file systems allow a name (core/limits.ts), whole characters only.
 */
export function packageFileName(title: string): string {
  const safe = title.replace(/[\\/:*?"<>|\u0000-\u001f\u007f-\u009f]/g, '-').replace(/^\.+/, '').trim()
  let name = ''
  for (const char of safe) {
    if (Buffer.byteLength(name + char) > MAX_NAME_BYTES - '.zip'.length) break
    name += char
  }
  return `${name.trim() || 'package'}.zip`
}

export const leapworkRules: BundleRules = {
  roles,

  async adopt(location, dir) {
    const info = await stat(location)
    if (info.isFile() && (await isZipFile(location))) {
      const name = path.basename(location)
      const digest = await copyInto(dir, location, name)
      return { name: name.replace(/\.zip$/i, ''), files: [{ path: name, role: PACKAGE_ROLE, digest }] }
    }
    throw new BundleError(`${displayPath(location)}: neither a flowferry bundle nor a Leapwork export (a .zip)`, [], {
      hint: 'Point path at a bundle directory (with flowferry.json) or at a .zip exported from Leapwork.',
    })
  },

  /**
   * The package must be a well-formed zip with no entry that could write outside a directory
   * (traversal, absolute names, links): the Controller unpacks it, and a package that fails here
   * was not made by a Leapwork export.
   */
  async check(bundle: Bundle): Promise<Finding[]> {
    const file = fileOf(bundle, PACKAGE_ROLE)
    if (!file) {
      return [{ file: shownPath(bundle, 'flowferry.json'), severity: 'error', rule: 'leapwork.required', message: 'the bundle has no package (role package, a .zip); a Leapwork import needs one' }]
    }
    // An adopted zip was copied in unchanged: annotate the file the user pointed at, not the copy.
    const shown = bundle.adopted ? bundle.location : displayPath(file)
    const findings: Finding[] = []
    if (!/\.zip$/i.test(file)) {
      findings.push({ file: shown, severity: 'warning', rule: 'leapwork.name', message: 'the package does not end in .zip; Leapwork exports do' })
    }
    try {
      const inspected = await inspectZip(file)
      findings.push(...inspected.findings.map((finding) => ({ ...finding, file: shown })))
      if (inspected.findings.length === 0 && inspected.entries.filter((entry) => !entry.directory).length === 0) {
        findings.push({ file: shown, severity: 'error', rule: 'leapwork.empty', message: 'the package holds no files; a Leapwork export holds at least one item' })
      }
    } catch (error) {
      if (!(error instanceof BundleError)) throw error
      const found = error.findings.length ? error.findings : [{ severity: 'error' as const, rule: 'zip.format', message: error.message }]
      findings.push(...found.map((finding) => ({ ...finding, file: shown })))
    }
    return findings
  },
}
