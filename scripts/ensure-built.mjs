// Before the tests: rebuild dist/ when src/ (or the lockfile) is newer, so the end-to-end tests,
// which run dist/index.js as a runner does, never test a stale bundle.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

function newest(target) {
  const info = statSync(target)
  if (!info.isDirectory()) return info.mtimeMs
  return Math.max(0, ...readdirSync(target).map((name) => newest(path.join(target, name))))
}

const built = ['dist/index.js', 'dist/cli/index.js'].every(existsSync)
const sources = Math.max(newest('src'), newest('package-lock.json'))
if (!built || sources > Math.min(statSync('dist/index.js').mtimeMs, statSync('dist/cli/index.js').mtimeMs)) {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' })
}
