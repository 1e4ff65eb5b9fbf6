// Rebuilds dist/ and fails when it differs from what is committed: the action runs dist/, so a
// change to src/ that was not rebuilt would not reach users.
import { execFileSync } from 'node:child_process'

execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' })
const status = execFileSync('git', ['status', '--porcelain', '--', 'dist'], { encoding: 'utf8' })
if (status.trim() !== '') {
  console.error('dist/ is not current with src/. Run `npm run build` and commit dist/:\n' + status)
  execFileSync('git', ['--no-pager', 'diff', '--stat', '--', 'dist'], { stdio: 'inherit' })
  process.exit(1)
}
console.log('dist/ is current')
