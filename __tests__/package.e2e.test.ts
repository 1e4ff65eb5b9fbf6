import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDirs } from './helpers/workspace.js'

const root = path.resolve(import.meta.dirname, '..')
const tempDir = useTempDirs()
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string; dependencies?: Record<string, string> }

interface Run {
  code: number
  stdout: string
  stderr: string
}

/**
 * npm and npx as a user runs them, offline and with a cache of their own (nothing from the
 * registry, nothing left behind), on the Node that runs the tests (24; the package asks for >= 22).
 */
function npm(tool: 'npm' | 'npx', args: string[], cwd: string, cache: string): Promise<Run> {
  const env = { ...process.env, PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH}`, npm_config_cache: cache, npm_config_update_notifier: 'false' }
  return new Promise((resolve) => {
    execFile(tool, args, { cwd, env }, (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }))
  })
}

describe('the npm package', () => {
  it('packs what the CLI and the action need, and npx runs it in an empty folder', async () => {
    // An empty folder that holds only the tarball, as the README's `npx ./flowferry-*.tgz --help` has it.
    const scratch = await tempDir()
    const cache = path.join(scratch, 'npm-cache')
    const folder = path.join(scratch, 'empty')
    await mkdir(folder)
    const packed = await npm('npm', ['pack', '--json', '--pack-destination', folder], root, cache)
    expect(packed.code, packed.stderr).toBe(0)
    const [{ filename, files }] = JSON.parse(packed.stdout) as [{ filename: string; files: { path: string }[] }]
    const tarball = `./${filename}`
    const paths = files.map((file) => file.path)
    for (const needed of ['package.json', 'action.yml', 'README.md', 'CHANGELOG.md', 'LICENSE', 'dist/index.js', 'dist/cli/index.js', 'dist/cli/action.yml']) {
      expect(paths, needed).toContain(needed)
    }
    expect(paths.some((file) => file.startsWith('src/') || file.startsWith('__tests__/'))).toBe(false)
    // dist/ is bundled: an install fetches nothing, so it works offline and in a second.
    expect(packageJson.dependencies ?? {}).toEqual({})

    const help = await npm('npx', ['--offline', '--yes', tarball, '--help'], folder, cache)
    expect(help.code, help.stderr).toBe(0)
    expect(help.stdout).toMatch(/^flowferry \d+\.\d+\.\d+: move workflow definitions between environments/)
    const version = await npm('npx', ['--offline', '--yes', tarball, '--version'], folder, cache)
    expect(version.stdout).toBe(`${packageJson.version}\n`)
    // A command whose code is a chunk of its own, and the flags' descriptions read from the copy of action.yml.
    const exportHelp = await npm('npx', ['--offline', '--yes', tarball, 'export', '--help'], folder, cache)
    expect(exportHelp.stdout).toMatch(/Export: upload the bundle as a workflow-run artifact\./)
    const sandboxHelp = await npm('npx', ['--offline', '--yes', tarball, 'sandbox', '--help'], folder, cache)
    expect(sandboxHelp.stdout).toMatch(/--job-duration/)
  })
})
