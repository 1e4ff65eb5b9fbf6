import { describe, expect, it } from 'vitest'
import { parseArgs, unknownFlags } from '../src/cli/args.js'

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
