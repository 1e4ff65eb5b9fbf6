import { describe, expect, it } from 'vitest'
import { canonicalJson } from '../src/core/canonical-json.js'
import { jsonSyntaxError, locatePath } from '../src/core/json-location.js'

describe('canonicalJson', () => {
  it('sorts keys at every depth, keeps array order, indents by two and ends with a newline', () => {
    expect(canonicalJson({ b: 1, a: [{ z: 1, y: 2 }, 3] })).toBe('{\n  "a": [\n    {\n      "y": 2,\n      "z": 1\n    },\n    3\n  ],\n  "b": 1\n}\n')
  })

  it('gives the same bytes for the same document however it was ordered', () => {
    expect(canonicalJson(JSON.parse('{"x":{"q":1,"p":2},"a":null}'))).toBe(canonicalJson({ a: null, x: { p: 2, q: 1 } }))
  })
})

describe('json locations', () => {
  it('finds the line and column of a syntax error', () => {
    expect(jsonSyntaxError('{\n  "a": 1,\n  "b": \n}')).toMatchObject({ line: 4, col: 1 })
    expect(jsonSyntaxError('{"a": 1}')).toBeUndefined()
  })

  it('finds a value by path, or its nearest existing ancestor', () => {
    const text = '{\n  "tasks": [\n    { "id": 1 },\n    { "id": 2, "name": "x" }\n  ]\n}\n'
    expect(locatePath(text, ['tasks', 1, 'name'])).toEqual({ line: 4, col: 16 })
    expect(locatePath(text, ['tasks', 1, 'missing'])).toEqual({ line: 4, col: 5 })
  })
})
