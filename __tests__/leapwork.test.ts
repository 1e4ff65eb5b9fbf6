import { describe, expect, it } from 'vitest'
import { InputError, ReplyError } from '../src/core/errors.js'
import { packageFileName } from '../src/platforms/leapwork/bundle.js'
import { createFolderPath, DEFAULT_EXPORT_ENDPOINT, exportEndpoint, fillExportPath, importPath, timeoutMinutes } from '../src/platforms/leapwork/endpoints.js'
import { findById, parseTargetFolder, pathOf, resolvePath } from '../src/platforms/leapwork/folders.js'
import { errorText, parseCreatedFolder, parseHierarchy, parseImportReply } from '../src/platforms/leapwork/replies.js'

/** The documented Get Hierarchy sample's shape: $id on every object, ParentId absent at the top. */
const tree = parseHierarchy(
  [
    {
      $id: '1',
      Id: 'f1',
      Title: 'Team A',
      Type: 'Folder',
      DateCreation: '12/19/2018 12:38:02 PM +00:00',
      Children: [
        {
          $id: '2',
          Id: 'f2',
          ParentId: 'f1',
          Title: 'Regression',
          Type: 'Folder',
          Children: [
            { $id: '3', Id: 'flow1', ParentId: 'f2', Title: 'Login', Type: 'Flow', Children: [{ $id: '4', Id: 'sub1', Title: 'Helper', Type: 'SubFlow' }] },
            { $id: '5', Id: 'f3', ParentId: 'f2', Title: 'Login', Type: 'Folder', Children: [] },
          ],
        },
        { $id: '6', Id: 'dup1', Title: 'Shared', Type: 'Folder' },
        { $id: '7', Id: 'dup2', Title: 'Shared', Type: 'Folder' },
      ],
    },
    { $id: '8', Id: 'top-flow', Title: 'Loose', Type: 'Flow', Children: null },
  ],
  'read',
)

describe('Leapwork target folders', () => {
  it('tells an id from a path, and refuses empty titles', () => {
    expect(parseTargetFolder('8A1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D')).toEqual({ kind: 'id', id: '8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' })
    expect(parseTargetFolder('{8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d}')).toMatchObject({ kind: 'id' })
    expect(parseTargetFolder('/Team A/ Regression /')).toEqual({ kind: 'path', segments: ['Team A', 'Regression'] })
    expect(() => parseTargetFolder('Team A//Regression')).toThrow(InputError)
    expect(() => parseTargetFolder('/')).toThrow(/empty folder title/)
  })

  it('walks titles through folders only, and reports what is missing', () => {
    expect(resolvePath(tree, ['Team A', 'Regression', 'Login'])).toMatchObject({ folder: { id: 'f3' }, missing: [] })
    expect(resolvePath(tree, ['Team A', 'Regression', 'Nightly', 'Edge']).folder).toBeUndefined()
    expect(resolvePath(tree, ['Team A', 'Regression', 'Nightly', 'Edge'])).toMatchObject({
      deepest: { id: 'f2' },
      existing: ['Team A', 'Regression'],
      missing: ['Nightly', 'Edge'],
    })
    expect(resolvePath(tree, ['Production'])).toMatchObject({ deepest: undefined, missing: ['Production'] })
  })

  it('stops at an ambiguous title and at a non-folder', () => {
    expect(() => resolvePath(tree, ['Team A', 'Shared'])).toThrow(/'Team A\/Shared' is ambiguous: 2 folders titled 'Shared' at 'Team A' \(ids dup1, dup2\)/)
    expect(() => resolvePath(tree, ['Loose', 'x'])).toThrow(/'Loose' is a Flow \(id top-flow\), not a folder/)
  })

  it('finds items by id at any depth and names their path', () => {
    const helper = findById(tree, 'SUB1')!
    expect(helper.parentId).toBe('flow1')
    expect(pathOf(tree, helper)).toBe('Team A/Regression/Login/Helper')
    expect(findById(tree, 'nope')).toBeUndefined()
  })
})

describe('Leapwork endpoints', () => {
  it('never sends a timeoutMinutes of 0 or less (the Controller reads that as 3 hours)', () => {
    expect(timeoutMinutes(1)).toBe(1)
    expect(timeoutMinutes(0)).toBe(1)
    expect(timeoutMinutes(60_000)).toBe(1)
    expect(timeoutMinutes(60_001)).toBe(2)
    expect(timeoutMinutes(30 * 60_000)).toBe(30)
    expect(importPath(5, 'a b')).toBe('/api/v4/import/5/a%20b')
  })

  it('builds Create Folder Hierarchy paths with and without a parent', () => {
    expect(createFolderPath('f2', ['Nightly', 'Edge & more'])).toBe('/api/v4/hierarchy/create/folder/f2?folder=Nightly/Edge%20%26%20more')
    expect(createFolderPath(undefined, ['Production'])).toBe('/api/v4/hierarchy/create/folder?folder=Production')
  })

  it('reads the export endpoint setting, with its default', () => {
    expect(exportEndpoint({})).toEqual({ method: 'GET', template: '/api/v4/export/{timeoutMinutes}/{itemId}' })
    expect(DEFAULT_EXPORT_ENDPOINT).toBe('GET /api/v4/export/{timeoutMinutes}/{itemId}')
    expect(exportEndpoint({ FLOWFERRY_LEAPWORK_EXPORT_PATH: 'post /api/v4/items/{itemId}/export' })).toEqual({ method: 'POST', template: '/api/v4/items/{itemId}/export' })
    expect(exportEndpoint({ FLOWFERRY_LEAPWORK_EXPORT_PATH: '/x/{itemId}' }).method).toBe('GET')
    expect(() => exportEndpoint({ FLOWFERRY_LEAPWORK_EXPORT_PATH: 'DELETE /x/{itemId}' })).toThrow(/uses method DELETE/)
    expect(() => exportEndpoint({ FLOWFERRY_LEAPWORK_EXPORT_PATH: 'https://elsewhere/{itemId}' })).toThrow(/must be a path/)
    expect(() => exportEndpoint({ FLOWFERRY_LEAPWORK_EXPORT_PATH: 'GET /api/v4/export' })).toThrow(/must contain \{itemId\}/)
    expect(fillExportPath('/api/v4/export/{timeoutMinutes}/{itemId}', 'a/b', 7)).toBe('/api/v4/export/7/a%2Fb')
  })

  it('makes file names from titles', () => {
    expect(packageFileName('Login smoke test')).toBe('Login smoke test.zip')
    expect(packageFileName('a/b:c*?')).toBe('a-b-c--.zip')
    expect(packageFileName('..')).toBe('package.zip')
  })
})

describe('Leapwork replies', () => {
  it('reads import results', () => {
    expect(parseImportReply({ $id: '1', IsSuccessful: true }, 'x')).toEqual({ successful: true, platformStatus: 'IsSuccessful=true' })
    expect(parseImportReply({ $id: '1', IsSuccessful: false }, 'x')).toEqual({ successful: false, platformStatus: 'IsSuccessful=false' })
    expect(parseImportReply(undefined, 'x').successful).toBe(true)
    expect(() => parseImportReply('yes', 'x')).toThrow(ReplyError)
  })

  it('reads the created folder id from an array or an object', () => {
    expect(parseCreatedFolder([{ $id: '1', HierarchyItemId: 'a' }, { $id: '2', HierarchyItemId: 'b' }], 'x')).toBe('b')
    expect(parseCreatedFolder({ HierarchyItemId: 'c' }, 'x')).toBe('c')
    expect(parseCreatedFolder([], 'x')).toBeUndefined()
  })

  it('reads error bodies as ASP.NET writes them, or as text', () => {
    expect(errorText('{"Message":"An error has occurred.","ExceptionMessage":"Disk full"}')).toBe('Disk full')
    expect(errorText('Unauthorized, incorrect access key')).toBe('Unauthorized, incorrect access key')
    expect(errorText('')).toBe('')
  })
})
