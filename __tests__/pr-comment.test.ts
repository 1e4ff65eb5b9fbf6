import { symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readDrafts, writeDraft } from '../src/action/pr-comment/drafts.js'
import { entryOf, mergeEntries, type CommentEntry } from '../src/action/pr-comment/entries.js'
import { renderComment, type CommentFrame } from '../src/action/pr-comment/render.js'
import { entriesFromState, hasMarker, markerOf, stateLine } from '../src/action/pr-comment/state.js'
import { newResult, type Result } from '../src/operations/result.js'
import { useTempDirs } from './helpers/workspace.js'

/** The comment's Markdown, from results as a hostile pull request or platform could make them. */
const AT = new Date('2026-12-07T10:00:00Z')
const HOSTILE = 'x <!-- --> </details><img src=x onerror=alert(1)> @octocat | `code` ``` [a](https://evil.example/?t=1) **b**\nsecond line'

function frame(state = false): CommentFrame {
  return {
    marker: markerOf('.github/workflows/ci.yml', 'koreai'),
    platformTitle: 'koreai',
    blobBase: `https://github.com/acme/flows/blob/${'b'.repeat(40)}/`,
    headSha: 'b'.repeat(40),
    runUrl: 'https://github.com/acme/flows/actions/runs/9',
    runLabel: 'run 9',
    workflowLabel: '.github/workflows/ci.yml',
    version: '1.0.0',
    state: state ? 'unused' : undefined,
  }
}

function hostileResults(): Result[] {
  return [
    newResult('koreai', 'validate', {
      status: 'failed',
      path: `bundles/${HOSTILE}`,
      message: HOSTILE,
      findings: [
        { severity: 'error', file: `bundles/${HOSTILE}/app.json`, line: 3, col: 1, rule: HOSTILE, message: HOSTILE },
        { severity: 'warning', file: '../../etc/passwd', line: 1, rule: 'r', message: 'outside' },
        { severity: 'notice', file: 'bundles/ok dir/app.json', line: 3, rule: 'r', message: 'inside' },
      ],
    }),
    newResult('koreai', 'import', { status: 'skipped', path: `bundles/${HOSTILE}`, dryRun: { checked: [HOSTILE], unchecked: [HOSTILE] }, workflowName: HOSTILE }),
    newResult('koreai', 'diff', {
      status: 'succeeded',
      path: `bundles/${HOSTILE}`,
      changed: true,
      workflowId: HOSTILE,
      diffFiles: [{ file: HOSTILE, total: 2, changes: [{ path: HOSTILE, kind: 'changed', before: HOSTILE, after: { [HOSTILE]: HOSTILE } }, { path: 'p', kind: 'added', after: 1 }] }],
    }),
  ]
}

/**
 * A line with its code spans left out, as CommonMark reads them: a run of backticks opens one, and
 * the next run of the same length closes it; without one, the backticks are text; a backslash-escaped
 * backtick opens nothing.
 */
function outsideCode(line: string): string {
  let out = ''
  for (let i = 0; i < line.length; ) {
    // A backslash escape outside a code span is text, an escaped backtick too (it opens no span).
    if (line[i] === '\\') {
      out += line.slice(i, i + 2)
      i += 2
      continue
    }
    const run = /^`+/.exec(line.slice(i))?.[0]
    if (!run) {
      out += line[i++]
      continue
    }
    const close = new RegExp(`(?<!\`)${run}(?!\`)`, 'g')
    close.lastIndex = i + run.length
    const end = close.exec(line)
    if (end) i = end.index + run.length
    else (out += run), (i += run.length)
  }
  return out
}

const render = (entries: CommentEntry[]) => renderComment(frame(), entries, [], (kept) => stateLine('9', kept))

describe('pr-comment rendering', () => {
  it('shows what a hostile bundle or reply says as text: no HTML, mention, link, second line or way out of a cell', () => {
    const body = render(hostileResults().map((result) => entryOf(result, AT)!))
    const lines = body.trimEnd().split('\n')
    expect(hasMarker(body, frame().marker)).toBe(true)
    expect(lines.at(-1)).toMatch(/^<!-- flowferry:state [\w-]+ -->$/)
    const visible = lines.slice(1, -1).join('\n')
    // Inside a code span nothing is markup (https://spec.commonmark.org/0.31.2/#code-spans); outside, nothing from the results is.
    const markup = lines.slice(1, -1).map(outsideCode).join('\n')
    expect(markup).toContain('@&#8203;octocat')
    expect(markup).not.toMatch(/<!--|-->|<\/details>|<img|@octocat|\]\(https:\/\/evil|\nsecond line/)
    expect(visible).not.toContain('\nsecond line')
    expect(visible).toContain('@&#8203;octocat')
    // Every row of every table has its columns and no more.
    const tables = visible.split('\n\n').filter((block) => block.startsWith('|'))
    expect(tables.length).toBeGreaterThanOrEqual(3)
    for (const table of tables) {
      const widths = table.split('\n').map((row) => row.replace(/\\\|/g, '').split('|').length)
      expect(new Set(widths).size, table).toBe(1)
    }
    // The finding in the bundle links to its line at the head commit; one outside the workspace does not.
    expect(visible).toContain(`[bundles/ok dir/app.json:3](<https://github.com/acme/flows/blob/${'b'.repeat(40)}/bundles/ok%20dir/app.json#L3>)`)
    expect(visible).not.toContain('etc/passwd#L1')
    expect(visible).toContain('not checked: ')
    expect(visible).toContain('[run 9](<https://github.com/acme/flows/actions/runs/9>)')
  })

  it('stays within GitHub’s 65,536 characters however much there is to say, and says what it left out', () => {
    const findings = Array.from({ length: 30 }, (_, i) => ({ severity: 'error' as const, file: `f${i}.json`, line: i + 1, rule: 'json.syntax', message: 'm'.repeat(400) }))
    for (const bundles of [1, 40, 400]) {
      const entries = Array.from({ length: bundles }, (_, i) => entryOf(newResult('koreai', 'validate', { status: 'failed', path: `bundles/${'n'.repeat(150)}-${i}`, findings }), AT)!)
      const body = render(entries)
      expect(body.length).toBeLessThanOrEqual(65_536)
      expect(body.startsWith(frame().marker)).toBe(true)
      if (bundles === 400) expect(body).toMatch(/\d+ more bundles are not listed here/)
    }
  })

  it('keeps the entries of this run in its state, and no other run’s', () => {
    const entries = hostileResults().map((result) => entryOf(result, AT)!)
    const body = render(entries)
    expect(entriesFromState(body, '9')).toEqual(entries)
    expect(entriesFromState(body, '10')).toEqual([])
    expect(entriesFromState(body.replace(/state (\w)/, 'state !$1'), '9')).toEqual([])
    const forged = `${frame().marker}\n<!-- flowferry:state ${Buffer.from(JSON.stringify({ run: '9', entries: [{ operation: 'rm -rf', path: 1 }, { ...entries[0], at: 'yesterday' }] })).toString('base64url')} -->\n`
    expect(entriesFromState(forged, '9')).toEqual([])
  })

  it('merges by bundle and operation, the later entry winning', () => {
    const old = entryOf(newResult('koreai', 'validate', { status: 'failed', path: 'a' }), new Date('2026-12-07T09:00:00Z'))!
    const now = entryOf(newResult('koreai', 'validate', { status: 'succeeded', path: 'a' }), AT)!
    const other = entryOf(newResult('koreai', 'diff', { status: 'succeeded', path: 'a', changed: false }), AT)!
    expect(mergeEntries([now], [old, other])).toEqual([now, other])
  })

  it('names one comment per workflow file and platform, in characters that cannot end the marker', () => {
    expect(markerOf('.github/workflows/ci.yml', 'zuora')).toBe('<!-- flowferry:pr-comment workflow=.github/workflows/ci.yml platform=zuora -->')
    expect(markerOf('--> @x', 'zuora')).toMatch(/^<!-- flowferry:pr-comment workflow=sha256-[0-9a-f]{32} platform=zuora -->$/)
    expect(hasMarker(`${markerOf('a', 'b')} trailing`, markerOf('a', 'b'))).toBe(false)
  })
})

describe('pr-comment drafts', () => {
  const tempDir = useTempDirs()

  it('reads back its own drafts, and skips a link, a non-draft and another platform', async () => {
    const dir = await tempDir()
    const outside = await tempDir()
    const entry = entryOf(newResult('koreai', 'validate', { status: 'succeeded', path: 'bundles/a' }), AT)!
    await writeDraft(dir, 'koreai', [entry])
    await writeDraft(dir, 'zuora', [{ ...entry, path: 'bundles/z' }])
    // A draft-shaped file elsewhere on the runner, reached through a link: not followed.
    await writeFile(path.join(outside, 'elsewhere.json'), JSON.stringify({ platform: 'koreai', entries: [{ ...entry, path: 'bundles/linked' }] }))
    await symlink(path.join(outside, 'elsewhere.json'), path.join(dir, 'link.json'))
    await writeFile(path.join(dir, 'broken.json'), '{ not json')
    expect((await readDrafts(dir, 'koreai')).map((e) => e.path)).toEqual(['bundles/a'])
  })
})
