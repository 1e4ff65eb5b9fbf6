import { describe, expect, it } from 'vitest'
import { parseArgs, unknownFlags } from '../src/cli/args.js'
import { didYouMean, editDistance, nearest } from '../src/cli/suggest.js'
import { failureText, UsageError } from '../src/cli/usage.js'
import { InputError } from '../src/core/errors.js'

describe('parseArgs', () => {
  it('reads --name value, --name=value and a bare --flag as true', () => {
    const { flags, positional } = parseArgs(['--platform', 'koreai', '--base-url=https://x.example.com', '--debug', 'bundle'])
    expect(Object.fromEntries(flags)).toEqual({ platform: 'koreai', 'base-url': 'https://x.example.com', debug: 'true' })
    expect(positional).toEqual(['bundle'])
  })

  it('does not let a boolean flag swallow the bundle path that follows it', () => {
    const { flags, positional } = parseArgs(['--platform', 'koreai', '--dry-run', 'bundles/invoice-triage'])
    expect(flags.get('dry-run')).toBe('true')
    expect(positional).toEqual(['bundles/invoice-triage'])
  })

  it('still takes an explicit true or false after a boolean flag', () => {
    const { flags, positional } = parseArgs(['--wait', 'false', '--backup', 'TRUE', 'bundle'])
    expect(flags.get('wait')).toBe('false')
    expect(flags.get('backup')).toBe('TRUE')
    expect(positional).toEqual(['bundle'])
  })
})

describe('unknownFlags', () => {
  it('names a misspelt flag, accepts every input and --debug', () => {
    const { flags } = parseArgs(['--platform', 'koreai', '--dryrun', '--vars-file', 'p.yml', '--debug', '--workflow_id', 'a-1'])
    expect(unknownFlags(flags)).toEqual(['dryrun', 'workflow_id'])
  })
})

describe('did you mean', () => {
  const flags = ['dry-run', 'workflow-id', 'workflow-name', 'port', 'poll-interval', 'platform']
  it.each([
    ['dryrun', 'dry-run'],
    ['workflow_id', 'workflow-id'],
    ['Workflow-ID', 'workflow-id'],
    ['prot', 'port'],
    ['platfrom', 'platform'],
    ['poll', 'poll-interval'],
  ])('%s → %s', (typo, meant) => {
    expect(nearest(typo, flags)).toBe(meant)
  })

  it('offers nothing far off, or a prefix shared by several', () => {
    expect(nearest('zzz', flags)).toBeUndefined()
    expect(nearest('workflow', flags)).toBeUndefined()
    expect(didYouMean('zzz', flags, '--')).toBe('')
    expect(didYouMean('dryrun', flags, '--')).toBe('; did you mean --dry-run?')
  })

  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('exprot', 'export')).toBe(1)
    expect(editDistance('kitten', 'sitting')).toBe(3)
  })
})

describe('failureText', () => {
  it('one line for a usage error; one line and the way to the stack for anything else', () => {
    expect(failureText(new UsageError('unknown command x'), false)).toBe('flowferry: unknown command x')
    expect(failureText(new TypeError('x is undefined\nmore'), false)).toBe('flowferry failed: x is undefined (--debug shows the stack trace for a bug report)')
    expect(failureText(new TypeError('x is undefined'), true)).toMatch(/^flowferry failed: x is undefined\nTypeError: x is undefined\n\s+at /)
    expect(failureText(new InputError('timeout', 'too long', '10m'), false)).toBe('flowferry failed: --timeout: too long (--debug shows the stack trace for a bug report)')
  })
})
