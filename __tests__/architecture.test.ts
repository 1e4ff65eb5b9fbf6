import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

/**
 * The shape of src/ as docs/architecture.md draws it, read from the code: every import (type-only
 * and dynamic ones included) found by TypeScript's own scanner.
 */
const root = path.resolve(import.meta.dirname, '..')
const MAX_LINES = 300

const files = readdirSync(path.join(root, 'src'), { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
  .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
  .sort()

const text = new Map(files.map((file) => [file, readFileSync(path.join(root, file), 'utf8')]))

/** The source files that `file` imports; packages, node: modules and JSON are left out. */
function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(text.get(file)!, true, true)
  return importedFiles
    .map(({ fileName }) => fileName)
    .filter((specifier) => specifier.startsWith('.') && specifier.endsWith('.js'))
    .map((specifier) => path.posix.join(path.posix.dirname(file), specifier).replace(/\.js$/, '.ts'))
}

const graph = new Map(files.map((file) => [file, importsOf(file)]))

/** Every loop of imports, each as "a -> b -> … -> a". */
function cycles(): string[] {
  const found: string[] = []
  const state = new Map<string, 'open' | 'done'>()
  const visit = (file: string, trail: string[]) => {
    if (state.get(file) === 'done') return
    if (state.get(file) === 'open') {
      found.push([...trail.slice(trail.indexOf(file)), file].join(' -> '))
      return
    }
    state.set(file, 'open')
    for (const next of graph.get(file) ?? []) visit(next, [...trail, file])
    state.set(file, 'done')
  }
  for (const file of files) visit(file, [])
  return found
}

/** The imports that break a rule, as "importer -> imported". */
function offending(from: (file: string) => boolean, to: (importer: string, target: string) => boolean): string[] {
  return files.filter(from).flatMap((file) => graph.get(file)!.filter((target) => to(file, target)).map((target) => `${file} -> ${target}`))
}

const under = (dir: string) => (file: string) => file.startsWith(`${dir}/`)
/** `src/platforms/zuora/client.ts` → `zuora`; undefined for platform.ts, registry.ts and other shared files. */
const platformOf = (file: string) => /^src\/platforms\/([^/]+)\//.exec(file)?.[1]

/** Everything the action's entry loads, statically or on demand. */
function reachableFrom(entry: string): Set<string> {
  const seen = new Set<string>()
  const stack = [entry]
  while (stack.length) {
    const file = stack.pop()!
    if (seen.has(file)) continue
    seen.add(file)
    stack.push(...(graph.get(file) ?? []))
  }
  return seen
}

describe('the shape of src/', () => {
  it('reads every import it checks (the scanner sees type-only and dynamic imports)', () => {
    expect(graph.get('src/index.ts')).toContain('src/main.ts')
    expect([...reachableFrom('src/cli.ts')].some(under('src/sandbox')), 'the CLI loads the sandbox on demand').toBe(true)
    const unresolved = [...graph].flatMap(([file, targets]) => targets.filter((t) => !text.has(t)).map((t) => `${file} -> ${t}`))
    expect(unresolved).toEqual([])
  })

  it('has no import cycle, type-only imports included', () => {
    expect(cycles()).toEqual([])
  })

  it('keeps core platform-free: src/core imports only src/core (and the version constant)', () => {
    expect(offending(under('src/core'), (_, target) => !under('src/core')(target) && target !== 'src/version.ts')).toEqual([])
  })

  it('keeps platforms apart: no platform imports another, the sandbox, an operation or the input parser', () => {
    const platformFile = (file: string) => under('src/platforms')(file) && file !== 'src/platforms/registry.ts'
    expect(
      offending(platformFile, (importer, target) => {
        if (under('src/core')(target) || target === 'src/settings.ts' || target === 'src/input-names.ts') return false
        if (!under('src/platforms')(target)) return true
        const own = platformOf(importer)
        return platformOf(target) !== undefined && platformOf(target) !== own
      }),
    ).toEqual([])
  })

  it('lets operations know platforms only through the interface', () => {
    expect(offending(under('src/operations'), (_, target) => under('src/platforms')(target) && target !== 'src/platforms/platform.ts')).toEqual([])
  })

  it('keeps the sandbox a layer of its own: only the CLI and the sandbox import it, and the action never reaches it', () => {
    const mayImport = (file: string) => file === 'src/cli.ts' || under('src/cli')(file) || under('src/sandbox')(file)
    expect(offending((file) => !mayImport(file), (_, target) => under('src/sandbox')(target))).toEqual([])
    expect([...reachableFrom('src/index.ts')].filter(under('src/sandbox'))).toEqual([])
  })

  it('is the shape docs/architecture.md draws: every file it names exists', () => {
    const page = readFileSync(path.join(root, 'docs/architecture.md'), 'utf8')
    const named = [...page.matchAll(/`((?:src|__tests__|scripts|docs)\/[^`<>…*\s]+)`/g)].map((match) => match[1]!)
    expect(named.length).toBeGreaterThan(50)
    expect(named.filter((file) => !existsSync(path.join(root, file)))).toEqual([])
  })

  // No exceptions: a file that outgrows the limit is split along its responsibilities, as
  // core/http/client.ts and the platform clients were (docs/architecture.md).
  it(`has no source file over ${MAX_LINES} lines`, () => {
    expect(files.filter((file) => text.get(file)!.split('\n').length - 1 > MAX_LINES)).toEqual([])
  })
})
