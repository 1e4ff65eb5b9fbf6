import { describe, expect, it, vi } from 'vitest'
import type { ZodType } from 'zod'

/**
 * core/schema.ts: schemas written before zod is loaded behave, once it is, as if built with zod
 * directly; one used too early fails loudly. A fresh copy of the module, as a run has it.
 */
async function fresh() {
  vi.resetModules()
  return (await import('../src/core/schema.js')) as typeof import('../src/core/schema.js')
}

describe('schemas written before zod is loaded', () => {
  it('parse as zod would once it is loaded: nested objects, unions, transforms, refinements, lazy', async () => {
    const { z, loadSchemas } = await fresh()
    const id = z.union([z.string(), z.number()]).transform(String).refine((value) => value !== '', { message: 'empty id' })
    type Node = { id: string; children?: Node[] }
    const node: ZodType<Node, unknown> = z.lazy(() => z.looseObject({ id, children: z.array(node).optional() }))
    const reply = z.looseObject({ items: z.array(node).min(1), status: z.enum(['ok', 'busy']), note: z.string().nullable().optional() })
    expect(() => reply.safeParse({})).toThrow(/before zod was loaded/)

    await loadSchemas()
    const parsed = reply.safeParse({ items: [{ id: 1, children: [{ id: 'b' }] }], status: 'ok', extra: true })
    expect(parsed.success && parsed.data).toEqual({ items: [{ id: '1', children: [{ id: 'b' }] }], status: 'ok', extra: true })
    const refused = reply.safeParse({ items: [{ id: '' }], status: 'gone' })
    expect(refused.success).toBe(false)
    expect(refused.error?.issues.map((issue) => issue.message).join('; ')).toMatch(/empty id/)
    // Built after loading, a schema is zod's own; one written before is built once.
    expect(z.string().parse('x')).toBe('x')
    expect(reply.safeParse).toBeTypeOf('function')
  })
})
