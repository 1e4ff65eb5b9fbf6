import { describe, expect, it } from 'vitest'
import { InputError, ReplyError } from '../src/core/errors.js'
import { closeMatches } from '../src/core/similar.js'
import { readInputs } from '../src/inputs.js'
import type { LeapworkSettings } from '../src/platforms/leapwork/facts.js'
import type { Settings } from '../src/settings.js'
import { CHUNK_SIZE_VARIABLE, chunkSize } from '../src/platforms/koreai/upload.js'
import { createFolderPath, importPath } from '../src/platforms/leapwork/endpoints.js'
import { checkForce, parseTeams } from '../src/platforms/leapwork/teams.js'

const TEAM = '9fb4ef50-6924-471d-8261-052aa8b572c9'

describe('Leapwork teams', () => {
  it('builds Import To Team and Create Team Folder Hierarchy paths as documented', () => {
    expect(importPath(30, 'folder-1')).toBe('/api/v4/import/30/folder-1')
    expect(importPath(30, 'folder-1', { teamId: TEAM, force: false })).toBe(`/api/v4/import/${TEAM}/30/folder-1`)
    expect(importPath(30, 'folder-1', { teamId: TEAM, force: true })).toBe(`/api/v4/import/${TEAM}/30/folder-1?force=1`)
    // Force mode is a parameter of Import To Team only.
    expect(importPath(30, 'folder-1', { force: true })).toBe('/api/v4/import/30/folder-1')
    expect(createFolderPath('p1', ['A', 'B'], TEAM)).toBe(`/api/v4/hierarchy/create/folder/${TEAM}/p1?folder=A/B`)
    expect(createFolderPath(undefined, ['A'], TEAM)).toBe(`/api/v4/hierarchy/create/folder/${TEAM}/?folder=A`)
    expect(createFolderPath(undefined, ['A'])).toBe('/api/v4/hierarchy/create/folder?folder=A')
  })

  it('reads a list of teams in any of the shapes a Controller may send', () => {
    const expected = [
      { id: 't1', name: 'QA Platform', shown: 'team "QA Platform" (id t1)' },
      { id: 't2', name: undefined, shown: 'team t2' },
    ]
    expect(parseTeams([{ $id: '1', Id: 't1', Name: 'QA Platform' }, { $id: '2', Id: 't2' }, { $id: '3', Name: 'no id' }], 'read')).toEqual(expected)
    expect(parseTeams({ Teams: [{ teamId: 't1', teamName: 'QA Platform' }, { id: 't2' }] }, 'read')).toEqual(expected)
    expect(parseTeams({ data: [{ ID: 't1', Title: 'QA Platform' }, { Id: 't2', Name: null }] }, 'read')).toEqual(expected)
    expect(() => parseTeams({ message: 'nope' }, 'read the list of teams')).toThrow(ReplyError)
  })

  it('finds close names for a mistyped one, best first', () => {
    const names = ['QA Platform', 'QA Payments', 'Mobile QA', 'Data Warehouse']
    expect(closeMatches('QA Platfrom', names)).toEqual(['QA Platform'])
    expect(closeMatches('qa', names)).toEqual(['Mobile QA', 'QA Payments', 'QA Platform'])
    expect(closeMatches('Billing', names)).toEqual([])
  })

  it('refuses force mode without a team, naming both inputs', () => {
    const settings = (inputs: Record<string, string>) =>
      readInputs((name) => (({ platform: 'leapwork', operation: 'import', 'base-url': 'http://127.0.0.1:9001', 'api-key': 'k', path: 'b', 'target-folder': 'A', ...inputs }) as Record<string, string>)[name] ?? '') as Settings<LeapworkSettings>
    expect(() => checkForce(settings({ force: 'true' }))).toThrow(InputError)
    expect(() => checkForce(settings({ force: 'true' }))).toThrow(/force mode is documented for Import To Team only/)
    expect(() => checkForce(settings({ force: 'true', team: 'QA' }))).not.toThrow()
    expect(() => checkForce(settings({ force: 'false' }))).not.toThrow()
    expect(() => settings({ force: 'yes' })).toThrow(/'yes' is not a boolean/)
  })
})

describe('Kore.ai chunk size (not documented: a setting)', () => {
  it('is 8 MiB unless FLOWFERRY_KOREAI_CHUNK_SIZE says otherwise, within sane bounds', () => {
    expect(chunkSize({})).toBe(8 * 1024 * 1024)
    expect(chunkSize({ [CHUNK_SIZE_VARIABLE]: '5MiB' })).toBe(5 * 1024 * 1024)
    expect(chunkSize({ [CHUNK_SIZE_VARIABLE]: '2 MB' })).toBe(2_000_000)
    expect(chunkSize({ [CHUNK_SIZE_VARIABLE]: '1048576' })).toBe(1_048_576)
    for (const bad of ['1KiB', '25MB', 'lots', '-1']) {
      expect(() => chunkSize({ [CHUNK_SIZE_VARIABLE]: bad })).toThrow(/FLOWFERRY_KOREAI_CHUNK_SIZE '.*' is not a size from 64 KiB to under 25 MB/)
    }
  })
})
