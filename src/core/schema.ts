import type * as zod from 'zod'

/**
 * zod, loaded after the first request has left rather than before it. Compiling and running zod
 * takes about as long as starting node itself (~25 ms), and a run's first request needs none of
 * it: schemas only ever read replies, which come after it. So the modules that describe replies
 * import `z` from here, and build their schemas at load time as usual: until zod is loaded, each
 * builder call (`z.looseObject({...}).optional()`) is written down, and the first use of the
 * schema once zod is in (`.safeParse(...)`) builds the real one from those notes, once.
 *
 * `loadSchemas()` loads zod. The HTTP client calls it as each reply arrives (core/http/client.ts),
 * before anything reads the reply, so a schema that reads a reply always finds zod there. Code that
 * parses anything else (a bundle, offline) calls it first, and so does code that checks a reply
 * it kept as JSON for later (RequestSpec.readsWithoutSchemas: Kore.ai's uploads, which would
 * otherwise load zod while a flow streams). A schema used before that fails loudly (never a
 * silent pass).
 */

type Zod = typeof zod.z
let real: Record<string, unknown> | undefined
let loading: Promise<void> | undefined

export function loadSchemas(): Promise<void> {
  return (loading ??= import('./schema-builders.js').then((module) => {
    real = module.builders
  }))
}

/** Builder methods that may be written down before zod is loaded; anything else needs zod. */
const BUILDERS = new Set([
  // z.*: the ones schema-builders.ts passes on
  'string', 'number', 'boolean', 'unknown', 'literal', 'enum', 'object', 'looseObject', 'strictObject', 'array', 'union', 'lazy', 'record',
  // schema.*
  'optional', 'nullable', 'nullish', 'transform', 'refine', 'superRefine', 'regex', 'min', 'max', 'int', 'nonnegative', 'positive', 'length', 'default', 'catch', 'pipe', 'url', 'trim',
  'extend', 'passthrough', 'partial', 'required', 'pick', 'omit', 'strict', 'describe', 'nonempty', 'and', 'or', 'gt', 'gte', 'lt', 'lte', 'startsWith', 'endsWith', 'toLowerCase', 'toUpperCase',
])

const NOTES = Symbol('schema notes')
interface Step {
  key: string
  args: unknown[]
}
type Notes = { steps: Step[]; built?: unknown }

function notesOf(value: unknown): Notes | undefined {
  return (typeof value === 'function' || (typeof value === 'object' && value !== null)) ? (value as { [NOTES]?: Notes })[NOTES] : undefined
}

/** The real value for an argument: a written-down schema built, inside arrays and plain objects too. */
function realise(value: unknown): unknown {
  const notes = notesOf(value)
  if (notes) return build(notes)
  if (Array.isArray(value)) return value.map(realise)
  if (typeof value === 'object' && value !== null && [Object.prototype, null].includes(Object.getPrototypeOf(value))) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, realise(item)]))
  }
  return value
}

function build(notes: Notes): unknown {
  if (notes.built !== undefined) return notes.built
  let current: unknown = real
  for (const { key, args } of notes.steps) {
    const target = current as Record<string, (...args: unknown[]) => unknown>
    current = target[key]!(...args.map(realise))
  }
  notes.built = current
  return current
}

function written(steps: Step[]): unknown {
  const notes: Notes = { steps }
  return new Proxy(function schema() {}, {
    get(_target, key) {
      if (key === NOTES) return notes
      if (real) {
        const built = build(notes) as Record<PropertyKey, unknown>
        const value = built[key]
        return typeof value === 'function' ? (...args: unknown[]) => (value as (...a: unknown[]) => unknown).apply(built, args.map(realise)) : value
      }
      if (typeof key === 'string' && BUILDERS.has(key)) return (...args: unknown[]) => written([...steps, { key, args }])
      // Not a promise (an async function may return a schema); anything else needs zod.
      if (key === 'then' || typeof key === 'symbol') return undefined
      throw new Error(`internal error: the schema's ${key} was used before zod was loaded (core/schema.ts: call loadSchemas() first)`)
    },
  })
}

/** zod's `z`, its builders written down until `loadSchemas()` has loaded zod. */
export const z = written([]) as Zod

// The types of zod under the same name, for `z.infer<typeof schema>` and the like.
// eslint-disable-next-line @typescript-eslint/no-namespace
export declare namespace z {
  export type infer<T> = zod.z.infer<T>
  export type ZodType<Output = unknown, Input = unknown> = zod.z.ZodType<Output, Input>
  export type ZodError<T = unknown> = zod.z.ZodError<T>
  export type RefinementCtx<T = unknown> = zod.z.RefinementCtx<T>
}
