import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { platformNames } from '../src/platforms/registry.js'
import { emulatorNames } from '../src/sandbox/emulators.js'

const root = path.resolve(import.meta.dirname, '..')

async function sources(dir: string): Promise<string[]> {
  const entries = await readdir(path.join(root, dir), { recursive: true, withFileTypes: true })
  return entries.filter((e) => e.isFile() && e.name.endsWith('.ts')).map((e) => path.relative(root, path.join(e.parentPath, e.name)))
}

/** The classes the sandbox layer defines and nothing else in src/ does: their names mark sandbox code in a bundle. */
async function sandboxMarkers(): Promise<string[]> {
  const classes = async (files: string[]) =>
    new Set((await Promise.all(files.map((f) => readFile(path.join(root, f), 'utf8')))).flatMap((text) => [...text.matchAll(/^(?:export )?class (\w+)/gm)].map((m) => m[1]!)))
  const all = await sources('src')
  const inSandbox = await classes(all.filter((f) => f.startsWith('src/sandbox/')))
  const elsewhere = await classes(all.filter((f) => !f.startsWith('src/sandbox/')))
  return [...inSandbox].filter((name) => !elsewhere.has(name)).map((name) => `class ${name} `)
}

/** The files of this repository that `file` imports (type-only imports and dynamic import() included). */
async function importsOf(file: string): Promise<string[]> {
  const text = await readFile(path.join(root, file), 'utf8')
  return [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)].map(([, specifier]) =>
    path.relative(root, path.resolve(root, path.dirname(file), specifier!)).replace(/\.js$/, '.ts'),
  )
}

/** Every loop of imports among `files`, each as "a -> b -> … -> a". */
async function cycles(files: string[]): Promise<string[]> {
  const graph = new Map(await Promise.all(files.map(async (file) => [file, (await importsOf(file)).filter((f) => files.includes(f))] as const)))
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

async function bundleFiles(dir: string): Promise<{ file: string; text: string }[]> {
  const names = (await readdir(path.join(root, dir))).filter((name) => name.endsWith('.js'))
  return Promise.all(names.map(async (name) => ({ file: `${dir}/${name}`, text: await readFile(path.join(root, dir, name), 'utf8') })))
}

describe('the sandbox layer', () => {
  it('has an emulator for every platform, and none for a platform flowferry does not drive', () => {
    expect(emulatorNames().sort()).toEqual(platformNames().sort())
  })

  it('is imported by nothing under src/platforms or src/core', async () => {
    const offenders: string[] = []
    for (const file of [...(await sources('src/platforms')), ...(await sources('src/core'))]) {
      for (const target of await importsOf(file)) if (target.startsWith('src/sandbox/')) offenders.push(`${file} -> ${target}`)
    }
    expect(offenders).toEqual([])
  })

  it('has no import cycle, type-only imports included', async () => {
    expect(await cycles(await sources('src/sandbox'))).toEqual([])
  })

  // The action runs on every workflow step: it must not carry (or load) the emulators, their
  // multipart parser and zip writer. The CLI serves the sandbox and carries them.
  it("stays out of the action's bundle (dist/*.js) and is in the CLI's (dist/cli/)", async () => {
    const markers = await sandboxMarkers()
    for (const name of ['KoreaiEmulator', 'ZuoraEmulator', 'SecmasterEmulator', 'LeapworkEmulator']) expect(markers).toContain(`class ${name} `)
    markers.push('/__sandbox/')

    const found = (await bundleFiles('dist')).flatMap(({ file, text }) => markers.filter((m) => text.includes(m)).map((m) => `${file}: ${m}`))
    expect(found, 'sandbox code in the action bundle').toEqual([])

    const cli = (await bundleFiles('dist/cli')).map(({ text }) => text).join('\n')
    expect(markers.filter((m) => !cli.includes(m)), 'markers the CLI bundle should carry').toEqual([])
  })
})
