// The release notes of one version, from CHANGELOG.md (https://keepachangelog.com/en/1.1.0/):
// the lines under `## [X.Y.Z] - date` up to the next `## [`.
//
//   node scripts/release-notes.mjs v1.2.3     prints the notes; fails unless package.json says 1.2.3
//                                             and CHANGELOG.md has a non-empty section for it
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const root = path.resolve(import.meta.dirname, '..')

/** The notes of `version` in the changelog text, or undefined when it has no section. */
export function notesOf(changelog, version) {
  const lines = changelog.split(/\r?\n/)
  const start = lines.findIndex((line) => line.startsWith(`## [${version}]`))
  if (start < 0) return undefined
  const end = lines.findIndex((line, i) => i > start && line.startsWith('## ['))
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n').trim()
}

/** What is wrong with releasing `tag`, or the notes to release it with. */
export function releaseNotes(tag, { changelog, packageVersion }) {
  const match = /^v(\d+\.\d+\.\d+)$/.exec(tag ?? '')
  if (!match) return { error: `'${tag}' is not a release tag: vX.Y.Z, e.g. v1.2.0` }
  const version = match[1]
  if (packageVersion !== version) {
    return { error: `the tag is ${tag} but package.json says ${packageVersion}: set "version": "${version}" in package.json, rebuild dist/, commit, and tag that commit` }
  }
  const notes = notesOf(changelog, version)
  if (!notes) return { error: `CHANGELOG.md has no notes for ${version}: move them from "## [Unreleased]" to "## [${version}] - <date>"` }
  return { notes }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const result = releaseNotes(process.argv[2], {
    changelog: readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8'),
    packageVersion: JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version,
  })
  if (result.error) {
    console.error(`release: ${result.error}`)
    process.exit(1)
  }
  process.stdout.write(`${result.notes}\n`)
}
