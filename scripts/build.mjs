// Type-checks, then bundles the action (dist/index.js) and the CLI (dist/cli/index.js) with ncc.
// Both bundles are committed; CI rebuilds and fails when the result differs (scripts/check-dist.mjs).
import { execFileSync } from 'node:child_process'
import { chmodSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'

const bin = (name) => path.join('node_modules', '.bin', name)
const run = (command, args) => {
  try {
    execFileSync(command, args, { stdio: 'inherit' })
  } catch {
    console.error(`build failed: ${path.basename(command)} ${args.join(' ')}`)
    process.exit(1)
  }
}

run(bin('tsc'), ['--noEmit', '-p', '.'])
rmSync('dist', { recursive: true, force: true })
run(bin('ncc'), ['build', 'src/index.ts', '-o', 'dist', '--license', 'licenses.txt', '--quiet'])
run(bin('ncc'), ['build', 'src/cli.ts', '-o', 'dist/cli', '--license', 'licenses.txt', '--quiet'])
chmodSync('dist/cli/index.js', 0o755)

// ncc reports a module it could not resolve only as a stub that throws at run time.
for (const dir of ['dist', 'dist/cli']) {
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.js'))) {
    if (readFileSync(path.join(dir, file), 'utf8').includes('webpackMissingModule')) {
      throw new Error(`${dir}/${file}: ncc left an unresolved module (webpackMissingModule)`)
    }
  }
}
console.log('built dist/index.js (action) and dist/cli/index.js (CLI)')
