import { execFileSync } from 'node:child_process'
import { link, mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { readBundle, sealBundle } from '../src/core/bundle-read.js'
import { actionPhrasing } from '../src/action/phrasing.js'
import { BundleError, FlowferryError, InputError } from '../src/core/errors.js'
import { render } from '../src/core/phrasing.js'
import { readJsonFile } from '../src/core/json-file.js'
import { MAX_MANIFEST_FILES } from '../src/core/limits.js'
import { nameKey, sameNames, unsafeManifestPath, unsafeName } from '../src/core/names.js'
import { confineInput, exportTarget } from '../src/core/paths.js'
import { copyPlainFile, digestPlainFile, plainFileStream, readPlainFile } from '../src/core/plain-file.js'
import { loadVars } from '../src/operations/vars.js'
import type { RunContext } from '../src/operations/context.js'
import { entryOf, koreaiFiles, writeSealed } from './helpers/hostile-bundle.js'
import { useTempDirs } from './helpers/workspace.js'

const tempDir = useTempDirs()
const runs = { numRuns: 300, seed: 20261126 }
const savedWorkspace = process.env.GITHUB_WORKSPACE
afterEach(() => {
  if (savedWorkspace === undefined) delete process.env.GITHUB_WORKSPACE
  else process.env.GITHUB_WORKSPACE = savedWorkspace
})

async function refusal(promise: Promise<unknown>): Promise<FlowferryError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(FlowferryError)
  return error as FlowferryError
}

/** The message as the action shows it (inputs named as under `with:`). */
const shown = (error: FlowferryError) => render(error.message, actionPhrasing(() => 'koreai'))
const rejection = async (promise: Promise<unknown>) => shown(await refusal(promise))

describe('plain files: the file itself, or a refusal naming it', () => {
  it('refuses links, hard links, FIFOs and directories, by the name given, with what to do', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'real.json'), '{}')
    await symlink(path.join(dir, 'real.json'), path.join(dir, 'soft.json'))
    await writeFile(path.join(dir, 'a.json'), '{}')
    await link(path.join(dir, 'a.json'), path.join(dir, 'b.json'))
    execFileSync('mkfifo', [path.join(dir, 'pipe.json')])
    await mkdir(path.join(dir, 'folder.json'))
    const cases = [
      ['soft.json', /is a symbolic link/, 'path.link'],
      ['b.json', /has 2 hard links/, 'path.hardlink'],
      ['pipe.json', /named pipe/, 'path.type'],
      ['folder.json', /is a directory/, 'path.directory'],
      ['missing.json', /does not exist/, 'path.missing'],
    ] as const
    for (const [name, message, rule] of cases) {
      for (const read of [
        () => readPlainFile(path.join(dir, name), { shown: `shown/${name}` }, 1024),
        () => digestPlainFile(path.join(dir, name), { shown: `shown/${name}` }),
        () => copyPlainFile(path.join(dir, name), path.join(dir, 'copy'), { shown: `shown/${name}` }),
      ]) {
        const error = (await refusal(read())) as BundleError
        expect(error.message).toMatch(new RegExp(`^shown/${name.replace('.', '\\.')}: `))
        expect(error.message).toMatch(message)
        expect(error.findings[0]).toMatchObject({ file: `shown/${name}`, rule })
        expect(error.hint).toBeTruthy()
      }
    }
    expect((await readdir(dir)).filter((name) => name.includes('copy'))).toEqual([])
    const asInput = await refusal(readPlainFile(path.join(dir, 'soft.json'), { shown: 'vars.yml', input: 'vars-file' }, 1024))
    expect(asInput).toBeInstanceOf(InputError)
    expect(shown(asInput)).toMatch(/^Input 'vars-file': 'vars\.yml' is a symbolic link/)
  })

  it('an upload stream gets the very file whose checksum was taken, at its size, or an error before any byte', async () => {
    const dir = await tempDir()
    const file = path.join(dir, 'flow.json')
    await writeFile(file, '{"a":1}')
    const digest = await digestPlainFile(file, { shown: 'flow.json' })
    const read = (size: number) =>
      new Promise<string>((resolve, reject) => {
        let text = ''
        plainFileStream(file, {}, size)
          .on('data', (chunk) => (text += String(chunk)))
          .on('end', () => resolve(text))
          .on('error', reject)
      })
    await expect(read(digest.bytes)).resolves.toBe('{"a":1}')
    // Swapped for another file after the check (a new inode under the same name): refused.
    await writeFile(path.join(dir, 'other.json'), '{"a":2}')
    execFileSync('mv', [path.join(dir, 'other.json'), file])
    await expect(read(7)).rejects.toThrow(/was replaced or changed after its checksum was verified/)
    await digestPlainFile(file, { shown: 'flow.json' })
    await expect(read(99)).rejects.toThrow(/is 7 bytes now, 99 when it was checked/)
  })
})

describe('the workspace confines every path', () => {
  it('inputs resolve inside the workspace, also when the workspace itself is reached through a link (macOS /tmp)', async () => {
    const root = await tempDir()
    await mkdir(path.join(root, 'real-workspace/bundles'), { recursive: true })
    await symlink(path.join(root, 'real-workspace'), path.join(root, 'workspace'))
    process.env.GITHUB_WORKSPACE = path.join(root, 'workspace')
    await expect(confineInput('bundles', 'path')).resolves.toBe(path.join(root, 'workspace/bundles'))
    await expect(confineInput('.', 'path')).resolves.toBe(path.join(root, 'workspace'))
    await expect(confineInput('not-yet', 'path')).resolves.toBe(path.join(root, 'workspace/not-yet'))
    await expect(exportTarget('out/bundle', 'path')).resolves.toBe(path.join(root, 'workspace/out/bundle'))
    expect(await rejection(confineInput('..', 'path'))).toMatch(/Input 'path': '\.\.' is outside the workspace/)
    expect(await rejection(exportTarget('../x', 'path'))).toMatch(/Input 'path': '\.\.\/x' is outside the workspace/)
    expect(await readdir(root)).toEqual(['real-workspace', 'workspace'])
  })

  it('without GITHUB_WORKSPACE the current directory is the workspace (the CLI)', async () => {
    delete process.env.GITHUB_WORKSPACE
    await expect(confineInput('package.json', 'path')).resolves.toBe(path.resolve('package.json'))
    await expect(exportTarget('/etc/flowferry', 'path')).rejects.toThrow(/outside the workspace/)
  })

  it('property: an export target is inside the workspace, or refused before anything is created', async () => {
    const root = await tempDir()
    const workspace = path.join(root, 'ws')
    await mkdir(workspace)
    process.env.GITHUB_WORKSPACE = workspace
    const segment = fc.oneof(fc.constantFrom('..', '.', '', 'out', 'a b', '~', '%2e%2e'), fc.string({ maxLength: 6 }).filter((s) => !s.includes('\0')))
    await fc.assert(
      fc.asyncProperty(fc.array(segment, { minLength: 1, maxLength: 5 }), fc.boolean(), async (segments, absolute) => {
        const text = (absolute ? '/' : '') + segments.join('/')
        const target = await exportTarget(text, 'path').catch((error: unknown) => {
          expect(error).toBeInstanceOf(InputError)
          return undefined
        })
        if (target !== undefined) {
          expect(path.relative(workspace, target).startsWith('..')).toBe(false)
          expect(target).not.toBe(workspace)
        }
      }),
      { ...runs, numRuns: 200 },
    )
    expect(await readdir(root)).toEqual(['ws'])
  })
})

describe('names in manifests and archives', () => {
  it('property: an accepted name never leaves its folder, and names that one file system confuses are one name', () => {
    const part = fc.oneof(fc.constantFrom('..', '.', '', 'a', 'B', 'é', 'e\u0301', 'C:', 'x\\y', '\n', '\u0085', 'ǅ'), fc.string({ maxLength: 8 }))
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 5 }), (parts) => {
        const name = parts.join('/')
        if (unsafeName(name) !== undefined) return
        const resolved = path.posix.resolve('/dest', name)
        expect(resolved === '/dest' || resolved.startsWith('/dest/')).toBe(true)
        expect(name).not.toMatch(/[\u0000-\u001f\u007f-\u009f\\]/)
        expect(sameNames([name, name.normalize('NFD').toUpperCase()])).toHaveLength(1)
        if (unsafeManifestPath(name) === undefined) expect(nameKey(name)).toBe(name.normalize('NFC').toLowerCase())
      }),
      runs,
    )
  })

  it('names NFC and NFD spellings and case variants as the same file', () => {
    expect(sameNames(['caf\u00e9.json', 'cafe\u0301.json', 'Flow.json', 'flow.JSON', './a', 'a'])).toEqual([
      ['caf\u00e9.json', 'cafe\u0301.json'],
      ['Flow.json', 'flow.JSON'],
      ['./a', 'a'],
    ])
  })
})

describe('bundles read within limits', () => {
  it('a manifest over the file count limit is refused before any file is read, saying the limit', async () => {
    const dir = await tempDir()
    const files = koreaiFiles()
    await writeSealed(dir, files, { entries: Array.from({ length: MAX_MANIFEST_FILES + 1 }, (_, i) => ({ ...entryOf(files[0]!), path: `f${i}.json` })) })
    const error = (await refusal(readBundle(dir, 'koreai'))) as BundleError
    expect(error.message).toMatch(/flowferry\.json: the manifest lists 1001 files; a bundle holds at most 1000/)
    expect(error.findings[0]).toMatchObject({ rule: 'manifest.limit' })
  })

  it('a symbolic link is refused by seal too: seal never records the checksum of a link target', async () => {
    const dir = await tempDir()
    const outside = await tempDir()
    await writeSealed(dir, koreaiFiles())
    await writeFile(path.join(outside, 'secret.json'), '{"key":"secret"}')
    execFileSync('rm', [path.join(dir, 'app_definition.json')])
    await symlink(path.join(outside, 'secret.json'), path.join(dir, 'app_definition.json'))
    const before = await readFile(path.join(dir, 'flowferry.json'), 'utf8')
    await expect(sealBundle(dir)).rejects.toThrow(/app_definition\.json: is a symbolic link/)
    expect(await readFile(path.join(dir, 'flowferry.json'), 'utf8')).toBe(before)
  })

  it('JSON files: UTF-8 with or without a byte order mark is read; invalid UTF-8 names the byte; deep nesting names the place', async () => {
    const dir = await tempDir()
    const bom = Buffer.from([0xef, 0xbb, 0xbf])
    await writeFile(path.join(dir, 'bom.json'), Buffer.concat([bom, Buffer.from('{"name":"Café"}')]))
    await writeFile(path.join(dir, 'bad.json'), Buffer.concat([bom, Buffer.from('{\n"a": "'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]))
    await writeFile(path.join(dir, 'utf16.json'), Buffer.from('\ufeff{}', 'utf16le'))
    await writeFile(path.join(dir, 'deep.json'), `{"a":${'['.repeat(600)}${']'.repeat(600)}}`)
    await expect(readJsonFile(path.join(dir, 'bom.json'))).resolves.toEqual({ value: { name: 'Café' } })
    await expect(readJsonFile(path.join(dir, 'bad.json'), 'bundle/bad.json')).rejects.toThrow(/^bundle\/bad\.json:2:7: is not valid UTF-8: byte 11 \(0xc3\)/)
    await expect(readJsonFile(path.join(dir, 'utf16.json'), 'u.json')).rejects.toThrow(/u\.json:1:1: is UTF-16/)
    await expect(readJsonFile(path.join(dir, 'deep.json'), 'd.json')).rejects.toThrow(/^d\.json:1:517: nests arrays and objects more than 512 levels deep/)
  })
})

describe('the vars file is held to the same rules', () => {
  const context = (varsFile: string) => ({ settings: { varsFile } }) as unknown as RunContext
  it('refuses a vars file outside the workspace, a link, a folder, invalid UTF-8 and deep nesting, naming vars-file', async () => {
    const workspace = await tempDir()
    const outside = await tempDir()
    process.env.GITHUB_WORKSPACE = workspace
    await writeFile(path.join(outside, 'prod.yml'), 'TOKEN: from-outside\n')
    await symlink(path.join(outside, 'prod.yml'), path.join(workspace, 'linked.yml'))
    await mkdir(path.join(workspace, 'folder.yml'))
    await writeFile(path.join(workspace, 'latin1.yml'), Buffer.from([0x41, 0x3a, 0x20, 0xe9, 0x0a]))
    await writeFile(path.join(workspace, 'deep.yml'), `A: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`)
    await writeFile(path.join(workspace, 'good.yml'), '\ufeffA: 1\n')
    for (const [file, message] of [
      [path.relative(workspace, path.join(outside, 'prod.yml')), /is outside the workspace/],
      ['linked.yml', /resolves \(through a symbolic link\) to a place outside the workspace/],
      ['folder.yml', /is a directory/],
      ['latin1.yml', /is not valid UTF-8: byte 3 \(0xe9\)/],
      ['deep.yml', /more than 64 levels deep/],
    ] as const) {
      const error = await refusal(loadVars(context(file), {}))
      expect(error).toBeInstanceOf(InputError)
      expect(shown(error)).toMatch(/^Input 'vars-file': '/)
      expect(shown(error)).toMatch(message)
    }
    expect((await loadVars(context('good.yml'), {})).lookup('A')?.value).toBe(1)
  })
})
