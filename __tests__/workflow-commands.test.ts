import * as toolkit from '@actions/core'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import * as own from '../src/core/workflow-commands.js'

/** What a call writes to stdout. */
function written(call: () => void): string {
  const chunks: string[] = []
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk))
    return true
  })
  try {
    call()
  } finally {
    spy.mockRestore()
  }
  return chunks.join('')
}

const awkward = 'line one\r\nline two: 100% done, a=b,c'

describe('workflow commands, written as @actions/core writes them', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
    process.exitCode = undefined
  })

  it('logs, annotations and masks escape their data and properties the same way', () => {
    const properties = { title: 'flowferry koreai.rule', file: 'bundles/a,b:c.json', startLine: 3, startColumn: 0 }
    expect(written(() => own.info(awkward))).toBe(written(() => toolkit.info(awkward)))
    expect(written(() => own.debug(awkward))).toBe(written(() => toolkit.debug(awkward)))
    expect(written(() => own.setSecret(awkward))).toBe(written(() => toolkit.setSecret(awkward)))
    for (const level of ['error', 'warning', 'notice'] as const) {
      expect(written(() => own[level](awkward, properties))).toBe(written(() => toolkit[level](awkward, properties)))
      expect(written(() => own[level](awkward))).toBe(written(() => toolkit[level](awkward)))
    }
    expect(written(() => own.setFailed(awkward))).toBe(written(() => toolkit.setFailed(awkward)))
    expect(process.exitCode).toBe(1)
  })

  it('groups, and reads inputs and the debug flag from the same variables', async () => {
    const ours: string[] = []
    const theirs: string[] = []
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (ours.push(String(chunk)), true))
    await own.group('Upload: a, b', async () => undefined)
    spy.mockImplementation((chunk: string | Uint8Array) => (theirs.push(String(chunk)), true))
    await toolkit.group('Upload: a, b', async () => undefined)
    spy.mockRestore()
    expect(ours).toEqual(theirs)
    vi.stubEnv('INPUT_WORKFLOW-ID', '  wf 1 \n')
    vi.stubEnv('INPUT_UPLOAD_ARTIFACT', 'false')
    vi.stubEnv('RUNNER_DEBUG', '1')
    expect(own.getInput('workflow-id')).toBe(toolkit.getInput('workflow-id'))
    expect(own.getInput('upload artifact')).toBe('false')
    expect(own.isDebug()).toBe(true)
  })

  it('appends an output under a random delimiter, as the runner reads it', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'flowferry-commands-'))
    try {
      const file = path.join(dir, 'output')
      await writeFile(file, '')
      vi.stubEnv('GITHUB_OUTPUT', file)
      own.setOutput('result', awkward)
      const text = await readFile(file, 'utf8')
      const [, delimiter] = /^result<<(ghadelimiter_[0-9a-f-]{36})\n/.exec(text)!
      expect(text).toBe(`result<<${delimiter}\n${awkward}\n${delimiter}\n`)
      vi.stubEnv('GITHUB_OUTPUT', '')
      expect(written(() => own.setOutput('status', 'ok'))).toBe(written(() => toolkit.setOutput('status', 'ok')))
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('appends to the job summary as the toolkit does, and fails as it does without a file', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'flowferry-commands-'))
    try {
      const ours = path.join(dir, 'ours')
      const theirs = path.join(dir, 'theirs')
      for (const file of [ours, theirs]) await writeFile(file, '# before\n')
      vi.stubEnv('GITHUB_STEP_SUMMARY', ours)
      await own.appendSummary(awkward)
      await own.appendSummary('| a | b |\n')
      vi.stubEnv('GITHUB_STEP_SUMMARY', theirs)
      await toolkit.summary.addRaw(awkward).write()
      await toolkit.summary.addRaw('| a | b |\n').write()
      expect(await readFile(ours, 'utf8')).toBe(await readFile(theirs, 'utf8'))
      for (const unusable of ['', path.join(dir, 'missing')]) {
        vi.stubEnv('GITHUB_STEP_SUMMARY', unusable)
        // The toolkit keeps the path it found first; a fresh Summary asks the environment again.
        const fresh = new (toolkit.summary.constructor as new () => typeof toolkit.summary)()
        const expected = await fresh.addRaw('x').write().then(() => 'written', (error: Error) => error.message)
        await expect(own.appendSummary('x')).rejects.toThrow(expected)
      }
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
