// Type-checks, then bundles the action (dist/index.js) and the CLI (dist/cli/index.js) with ncc.
// Both bundles are committed; CI rebuilds and fails when the result differs (scripts/check-dist.mjs).
import { execFileSync } from 'node:child_process'
import { chmodSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { isBuiltin } from 'node:module'
import path from 'node:path'
import { transformSync } from 'esbuild'

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

// Every chunk is rewritten in ASCII. V8 keeps a script's source in memory for as long as the
// script lives, one byte a character when every character fits in Latin-1 and two bytes otherwise,
// and the bundled dependencies have a few dashes and arrows in their strings and comments: the
// 3.7 MB artifact client chunk was held as 7.4 MB. esbuild's `charset: 'ascii'` escapes strings,
// identifiers and regular expressions (https://esbuild.github.io/api/#charset) and drops most
// comments; what non-ASCII is left after it is in the comments it keeps, escaped here as text.
// An export with upload-artifact peaked ~8 MB lower (113 MB → 104 MB on a 1 KiB bundle).
//
// In the same pass, the action's chunks take built-ins from `process.getBuiltinModule`. ncc's ES
// module output takes Node's built-in modules through `createRequire`, imported from "module" as
// the chunk loads. An ES module import of a built-in builds a module namespace of all its exports,
// and that of "module" costs 2-3 ms of every run's start (measured against the same file with the
// line replaced; the start-up target is twice a bare `node -e ""`, ~30 ms). Every name ncc requires
// this way is a built-in (checked here), so `process.getBuiltinModule`
// (https://nodejs.org/api/process.html#processgetbuiltinmoduleid, Node 22.3+) serves them alike.
// The action only: it runs on node24 (action.yml), while the CLI's `engines` admits Node 22.0.
const CREATE_REQUIRE = 'import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";'
const GET_BUILTIN = 'const __WEBPACK_EXTERNAL_createRequire = () => (id) => process.getBuiltinModule(id);'

function builtinsFromProcess(target, code) {
  if (!code.startsWith(CREATE_REQUIRE)) return code
  for (const [, id] of code.matchAll(/__WEBPACK_EXTERNAL_createRequire\(import\.meta\.url\)\("([^"]+)"\)/g)) {
    if (!isBuiltin(id)) throw new Error(`${target}: ncc requires "${id}", which is not a Node.js built-in; it cannot be served by process.getBuiltinModule`)
  }
  return GET_BUILTIN + code.slice(CREATE_REQUIRE.length)
}

for (const dir of ['dist', 'dist/cli']) {
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.js'))) {
    const target = path.join(dir, file)
    const { code } = transformSync(readFileSync(target, 'utf8'), { loader: 'js', charset: 'ascii' })
    const ascii = code.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    writeFileSync(target, dir === 'dist' ? builtinsFromProcess(target, ascii) : ascii)
  }
}
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
