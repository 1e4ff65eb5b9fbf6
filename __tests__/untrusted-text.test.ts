import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ActionsLogger, ConsoleLogger } from '../src/core/log.js'
import { markdownBlock, markdownCode, markdownText } from '../src/core/markdown.js'
import { forgetSecretsForTests, registerSecret } from '../src/core/secrets.js'
import { forLog, jsonForStream, jsonText, oneLine, setHomeOrigin, untrustedText, withoutForeignQueries, withoutQuery } from '../src/core/untrusted-text.js'
import { HOSTILE_TEXTS, hostileText } from './helpers/hostile.js'
import { foreignCommands, runnerCommands } from './helpers/runner-commands.js'

/** Fixed seed: the same cases in every run, and a failure can be replayed. */
const runs = { numRuns: 400, seed: 20261201 }

afterEach(() => {
  forgetSecretsForTests()
  setHomeOrigin(undefined)
  vi.restoreAllMocks()
})

/** Everything the logger wrote to stdout and stderr while `fn` ran. */
async function captured(fn: () => void | Promise<void>): Promise<string> {
  let text = ''
  const write = (chunk: unknown) => {
    text += String(chunk)
    return true
  }
  vi.spyOn(process.stdout, 'write').mockImplementation(write as typeof process.stdout.write)
  vi.spyOn(process.stderr, 'write').mockImplementation(write as typeof process.stderr.write)
  try {
    await fn()
  } finally {
    vi.restoreAllMocks()
  }
  return text
}

describe('the last line of defence (forLog)', () => {
  it('leaves no line the runner would read as a command, however the text is made', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        expect(runnerCommands(forLog(text))).toEqual([])
      }),
      runs,
    )
  })

  it('stays readable: the runner’s own escapes, ordinary text untouched', () => {
    expect(forLog('id 7\n::set-output name=x::y')).toBe('id 7\n%3A:set-output name=x::y')
    // NEL is whitespace to the runner's TrimStart(): shown escaped, the colons are no longer first.
    expect(forLog('  \u0085::stop-commands::tok')).toBe('  \\u0085::stop-commands::tok')
    expect(forLog('\t::warning::x')).toBe('\t%3A:warning::x')
    expect(forLog('bell\u0007 and \u001b[2K')).toBe('bell\\u0007 and \\u001b[2K')
    expect(forLog('a ##[add-mask]b')).toBe('a ##%5Badd-mask]b')
    expect(forLog('one\rtwo\r\nthree')).toBe('one%0Dtwo\r\nthree')
    expect(forLog('imported workflow 19080: version 0.0.4 (a::b)')).toBe('imported workflow 19080: version 0.0.4 (a::b)')
  })

  it('CLI stdout JSON: the same value, and no command', () => {
    const value = { message: '##[add-mask]x\n::set-output name=a::b' }
    const text = jsonForStream(JSON.stringify(value))
    expect(JSON.parse(text)).toEqual(value)
    expect(runnerCommands(text)).toEqual([])
  })

  it('JSON outputs: the same value, every separator, bidi and invisible character escaped', () => {
    fc.assert(
      fc.property(fc.jsonValue(), hostileText, (value, text) => {
        const json = jsonText({ value, text })
        expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify({ value, text })))
        expect(json).not.toMatch(/[\p{Cc}\p{Zl}\p{Zp}\u202a-\u202e\u2066-\u2069\u200b\ufeff]/u)
      }),
      runs,
    )
  })

  it('the action logger: only its own commands, with the injected text as their data', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, async (text) => {
        const log = new ActionsLogger()
        const out = await captured(async () => {
          log.info(text)
          log.warning(text)
          log.error(text)
          log.debug(text)
          log.annotate({ file: text, line: 1, severity: 'error', rule: 'x', message: text })
          await log.group(text, async () => log.info(text))
        })
        expect(foreignCommands(out, '')).toEqual([])
        // info and the group's lines: nothing but the group markers is a command.
        const infoOnly = await captured(() => log.info(text))
        expect(runnerCommands(infoOnly)).toEqual([])
      }),
      { ...runs, numRuns: 100 },
    )
  })

  it('the CLI logger (inside a run: step the runner reads it too)', async () => {
    const lines: string[] = []
    const log = new ConsoleLogger(true, (line) => lines.push(line))
    for (const text of HOSTILE_TEXTS) {
      log.info(text)
      log.error(text)
      log.annotate({ file: text, severity: 'warning', rule: 'r', message: text })
      await log.group(text, async () => {})
    }
    expect(runnerCommands(lines.join('\n'))).toEqual([])
  })
})

describe('text from outside, at the entrance (untrustedText, oneLine)', () => {
  it('one line, no control or invisible characters, visible escapes', () => {
    expect(oneLine('a\nb\rc\td\u001b[31m\u202ee\u2028f')).toBe('a\\nb\\rc\\td\\u001b[31m\\u202ee\\u2028f')
    expect(oneLine('👨‍👩‍👧 Zoë')).toBe('👨‍👩‍👧 Zoë')
    fc.assert(
      fc.property(hostileText, fc.integer({ min: 1, max: 300 }), (text, max) => {
        const shown = untrustedText(text, max)
        expect(shown).not.toMatch(/[\p{Cc}\p{Zl}\p{Zp}]/u)
        expect(shown.length).toBeLessThanOrEqual(max + 1)
      }),
      runs,
    )
  })

  it('masks before it cuts: no prefix of a key survives a limit that falls inside it', () => {
    const key = 'zs-sandbox-Kx7pQ2vN9wL4rT8yB3mF6hJ1'
    registerSecret(key)
    for (let max = 1; max < 80; max++) {
      const shown = untrustedText(`refused: client_secret=${key} (invalid)`, max)
      expect(shown).not.toContain(key.slice(0, 8))
    }
  })

  it('foreign URLs lose their query; base-url keeps it', () => {
    setHomeOrigin(new URL('https://rest.zuora.com/v1'))
    expect(withoutForeignQueries('at https://bucket.s3.example/x.zip?X-Amz-Signature=abc&y=1 now')).toBe('at https://bucket.s3.example/x.zip?… now')
    expect(withoutForeignQueries('"https://rest.zuora.com/a?b=c"')).toBe('"https://rest.zuora.com/a?b=c"')
    expect(withoutQuery('https://cdn.example/e.zip?sig=1#f')).toBe('https://cdn.example/e.zip')
    // A plain anchor stays (a pull-request comment's address); a fragment with a value does not.
    expect(withoutForeignQueries('https://github.com/o/r/pull/7#issuecomment-12')).toBe('https://github.com/o/r/pull/7#issuecomment-12')
    expect(withoutForeignQueries('https://idp.example/cb#access_token=abc')).toBe('https://idp.example/cb?…')
  })
})

describe('Markdown from outside (markdownText, markdownCode)', () => {
  it('shows as the text it is: no HTML, link, image, emphasis, table cell, mention or autolink', () => {
    const text = '<img src=x onerror=alert(1)> [click](https://evil.example) ![i](https://e/x.png) **b** | cell @octocat www.evil.example `c`'
    const md = markdownText(text)
    expect(md).not.toMatch(/<img|(?<!\\)\]\(|(?<!\\)\*\*b|(?<!\\)\||@octocat|https:\/\/|www\.evil|(?<!\\)`/)
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;')
  })

  it('code spans are fenced past any backticks inside; blocks cannot be closed from inside', () => {
    expect(markdownCode('a`b')).toBe('``a`b``')
    expect(markdownCode('`x|y`', { table: true })).toBe('`` `x\\|y` ``')
    expect(markdownBlock('job-id: 1\n```\n# Injected', 'yaml')).toBe('````yaml\njob-id: 1\n```\n# Injected\n````')
  })
})
