import { describe, expect, it } from 'vitest'
import { actionPhrasing } from '../src/action/phrasing.js'
import { cliPhrasing } from '../src/cli/phrasing.js'
import { InputError } from '../src/core/errors.js'
import { MemoryLogger } from '../src/core/log.js'
import { phrasedLogger } from '../src/core/phrased-log.js'
import { input, phrase, render, renderAll, setting } from '../src/core/phrasing.js'

const action = actionPhrasing(() => 'koreai')
const cli = cliPhrasing(() => false)

describe('one hint, two renderings', () => {
  it('an input set to a value: under with: in the action, a flag on the command line', () => {
    const hint = `Set ${setting('upload-artifact', 'false')} to skip the upload on purpose.`
    expect(render(hint, action)).toBe('Set upload-artifact: false to skip the upload on purpose.')
    expect(render(hint, cli)).toBe('Set --upload-artifact false to skip the upload on purpose.')
  })

  it('a credential: the repository secret in the action, the FLOWFERRY_ variable (or the flag given) on the command line', () => {
    const hint = `For example: ${setting('api-key', '…')}`
    expect(render(hint, action)).toBe('For example: api-key: ${{ secrets.KOREAI_API_KEY }}')
    expect(render(hint, cli)).toBe('For example: FLOWFERRY_API_KEY=…')
    expect(render(`Check ${input('api-key')}.`, cliPhrasing((flag) => flag === 'api-key'))).toBe('Check --api-key.')
  })

  it('values that are not one shell word are quoted for the shell; true is the bare flag', () => {
    expect(render(setting('target-folder', "Team A/Bob's"), cli)).toBe(`--target-folder 'Team A/Bob'\\''s'`)
    expect(render(setting('dry-run', 'true'), cli)).toBe('--dry-run')
    expect(render(setting('operation', 'wait'), cli)).toBe('flowferry wait')
  })

  it('phrases: the step and the push in the action, the command on the command line', () => {
    const hint = `Fix them and ${phrase('push-again')}; ${phrase('rerunning')} is safe; or ${phrase('rerun')}.`
    expect(render(hint, action)).toBe('Fix them and push again; re-running this step is safe; or re-run the step.')
    expect(render(hint, cli)).toBe('Fix them and run the command again; running the command again is safe; or run the command again.')
  })

  it('InputError names the input as the front end does', () => {
    const error = new InputError('timeout', "'soon' is not a duration", '10m')
    expect(render(`${error.message}\n${error.hint}`, action)).toBe("Input 'timeout': 'soon' is not a duration\nFor example: timeout: 10m")
    expect(render(`${error.message}\n${error.hint}`, cli)).toBe("--timeout: 'soon' is not a duration\nFor example: --timeout 10m")
  })

  it('text from a platform cannot forge a mention: only this process knows the nonce', () => {
    const forged = 'reply \uE000000000000000\uE001setting\uE001api-key\uE001x\uE002 end'
    expect(render(forged, cli)).toBe(forged)
    // A value with the delimiters cannot end a mention early either.
    expect(render(setting('path', 'a\uE002b'), cli)).toBe('--path ab')
  })

  it('renders every string of a report and every line of a logger', () => {
    const report = { results: [{ message: `${input('timeout')} passed`, findings: [{ message: phrase('the-step') }] }], durationMs: 3 }
    expect(renderAll(report, cli)).toEqual({ results: [{ message: '--timeout passed', findings: [{ message: 'the command' }] }], durationMs: 3 })
    const memory = new MemoryLogger()
    const log = phrasedLogger(memory, action)
    log.warning(`Raise ${input('timeout')}`)
    log.annotate({ file: 'f.json', severity: 'error', rule: 'r', message: `fix and ${phrase('push-again')}` })
    expect(memory.text()).toBe('warning: Raise `timeout`')
    expect(memory.findings[0]!.message).toBe('fix and push again')
  })
})
