import { createHash } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Bundle } from '../src/core/bundle.js'
import { canonicalJson, canonicalPieces } from '../src/core/canonical-json.js'
import { writeHashed } from '../src/core/hashed-write.js'
import { editedPieces } from '../src/core/json-edit.js'
import { jsonSyntaxError, locatePaths } from '../src/core/json-location.js'
import { positionAt } from '../src/core/json-text.js'
import { firstSyntaxError, visitStringValues } from '../src/core/json-walk.js'
import { redactSecrets } from '../src/core/redaction.js'
import type { RunContext } from '../src/operations/context.js'
import { fillPlaceholders, loadVars } from '../src/operations/vars.js'
import { calloutSecrets } from '../src/platforms/zuora/bundle.js'
import { treeApplyEdits, treeCanonicalJson, treeOffsetOf, treeRedactSecrets, treeStringValues, treeSyntaxError } from './helpers/reference-json.js'
import { useTempDirs } from './helpers/workspace.js'

/**
 * The JSON routines that stopped building syntax trees (JSON.parse once, walks of the text only
 * where offsets are needed, files written in pieces) give the bytes the tree-based ones gave
 * (__tests__/helpers/reference-json.ts). Fixed seed: the same cases in every run.
 */
const runs = { numRuns: 300, seed: 20261207 }
const tempDir = useTempDirs()

const KEYS = ['id', 'name', 'type', 'value', 'password', 'apiKey', 'token', 'headers', 'Authorization', 'tasks', 'parameters', 'key', 'x', 'é', '😀', 'a/b', 'c~d']
const leaf = fc.oneof(fc.string(), fc.constantFrom('${flowferry.A}', '{{env.X}}', '', 'hunter2', 'ünï😀'), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null))
/** Documents shaped like workflow exports: objects keyed from a small vocabulary, so credential keys and repeats are common. */
const documents = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, leaf, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(fc.constantFrom(...KEYS), tie('value'), { maxKeys: 5 }),
})).value
const indent = fc.constantFrom(undefined, 2, '\t')

describe('canonical JSON in pieces', () => {
  it('gives the bytes of the sorted copy, whatever the piece size', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 1, max: 200 }), (value, chunk) => {
        fc.pre(!JSON.stringify(value).includes('"__proto__"'))
        expect([...canonicalPieces(value, chunk)].join('')).toBe(treeCanonicalJson(value))
        expect(canonicalJson(value)).toBe(treeCanonicalJson(value))
      }),
      runs,
    )
  })

  it('writes array-index keys first, as JavaScript enumerates them, and keeps a "__proto__" key the sorted copy lost', () => {
    const value = JSON.parse('{"b":1,"10":2,"9":3,"01":4,"4294967295":5,"__proto__":{"x":1}}') as unknown
    expect([...canonicalPieces(value)].join('')).toBe('{\n  "9": 3,\n  "10": 2,\n  "01": 4,\n  "4294967295": 5,\n  "__proto__": {\n    "x": 1\n  },\n  "b": 1\n}\n')
  })
})

describe('redaction without a syntax tree', () => {
  it('finds, names and cuts out the same secrets as the tree did, byte for byte', () => {
    fc.assert(
      fc.property(documents, indent, (document, space) => {
        const text = JSON.stringify(document, null, space)
        expect(redactSecrets(text)).toEqual(treeRedactSecrets(text))
        const zuora = { tasks: [{ name: 'Call', parameters: { headers: [{ name: 'Authorization', value: 'Bearer x' }, document] } }] }
        const zuoraText = JSON.stringify(zuora, null, space)
        expect(redactSecrets(zuoraText, { secrets: calloutSecrets })).toEqual(treeRedactSecrets(zuoraText, { secrets: calloutSecrets }))
      }),
      runs,
    )
  })

  it('replaces every occurrence of a key written twice, which the tree left behind', () => {
    const { text } = redactSecrets('{"password": "first", "password": "second"}')
    expect(text).toBe('{"password": "${flowferry.PASSWORD}", "password": "${flowferry.PASSWORD}"}')
  })
})

describe('walks of the text', () => {
  it('find the string values, syntax errors and places the tree found', () => {
    fc.assert(
      fc.property(documents, indent, fc.nat(), (document, space, cut) => {
        const text = JSON.stringify(document, null, space)
        const strings: { value: string; offset: number; length: number; path: (string | number)[] }[] = []
        expect(visitStringValues(text, (s, p) => void strings.push({ value: s.value, offset: s.offset, length: s.length, path: p() }))).toBe(true)
        expect(strings).toEqual(treeStringValues(text))
        const paths = strings.slice(0, 5).map((s) => s.path)
        expect(locatePaths(text, paths)).toEqual(paths.map((p) => positionAt(text, treeOffsetOf(text, p)!)))
        // A text cut short somewhere: the first error is where the tree saw it.
        const broken = text.slice(0, cut % (text.length + 1))
        expect(firstSyntaxError(broken)?.offset).toBe(treeSyntaxError(broken)?.offset)
        expect(jsonSyntaxError(broken)?.message).toBe(treeSyntaxError(broken)?.message)
      }),
      runs,
    )
  })

  it('place paths that exist, and the nearest ancestor of those that do not', () => {
    const text = '{\n  "tasks": [\n    {"id": 1, "name": "A"},\n    {"id": 2}\n  ],\n  "linkages": []\n}'
    const paths = [['tasks', 1, 'name'], ['tasks', 0, 'name'], ['linkages', 3], [], ['nope']]
    expect(locatePaths(text, paths)).toEqual(paths.map((p) => positionAt(text, treeOffsetOf(text, p)!)))
  })
})

describe('files written in pieces', () => {
  it('are the edited text, hashed as written, and never split a surrogate pair', async () => {
    const dir = await tempDir()
    // A pair on every boundary a 256 KiB slice could fall on.
    const text = `"${'😀'.repeat(300_000)}"`
    const edits = [{ offset: 0, length: 1, text: '[' }]
    const file = path.join(dir, 'out.json')
    const digest = await writeHashed(file, editedPieces(text, edits, '\uFEFF'))
    const bytes = await readFile(file)
    expect(bytes.toString('utf8')).toBe(`\uFEFF${treeApplyEdits(text, edits)}`)
    expect(digest).toEqual({ bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') })
  })

  it('fill placeholders to the bytes the tree-based edits gave', async () => {
    await fc.assert(
      fc.asyncProperty(documents, indent, async (document, space) => {
        const dir = await tempDir()
        const text = JSON.stringify({ host: 'https://${flowferry.HOST}/x', port: '${flowferry.PORT}', doc: document }, null, space)
        await writeFile(path.join(dir, 'flow.json'), text)
        const bundle: Bundle = {
          dir,
          location: 'b',
          adopted: false,
          manifest: { schema: 1, platform: 'koreai', name: 'B', files: [{ path: 'flow.json', role: 'flowData', bytes: 0, sha256: '0'.repeat(64) }] },
        }
        const context = { settings: {}, log: { info: () => undefined } } as unknown as RunContext
        const env = { FLOWFERRY_VAR_HOST: 'erp.example.com', FLOWFERRY_VAR_PORT: '8080', FLOWFERRY_VAR_A: 'ä"\\' }
        const filled = await fillPlaceholders(context, bundle, await loadVars(context, env), [])
        const edits = (treeStringValues(text) ?? [])
          .filter((s) => s.value.includes('${flowferry.'))
          .map((s) => ({ offset: s.offset, length: s.length, text: JSON.stringify(s.value.replace(/\$\{flowferry\.([A-Z]+)\}/g, (_, n: string) => env[`FLOWFERRY_VAR_${n}` as keyof typeof env])) }))
        const bytes = await readFile(path.join(filled.dir, 'flow.json'))
        expect(bytes.toString('utf8')).toBe(treeApplyEdits(text, edits))
        expect(filled.manifest.files[0]).toMatchObject({ bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') })
      }),
      { ...runs, numRuns: 50 },
    )
  })
})
