import { z } from 'zod'

/**
 * The zod builders core/schema.ts hands out, loaded by it once a run needs them. Named one by one
 * rather than passing on the whole `z`: the bundler then keeps only what is used of zod (the
 * namespace of a dynamic import would bring all of it, its error messages in every language too).
 */
export const builders = {
  string: z.string,
  number: z.number,
  boolean: z.boolean,
  unknown: z.unknown,
  literal: z.literal,
  enum: z.enum,
  object: z.object,
  looseObject: z.looseObject,
  strictObject: z.strictObject,
  array: z.array,
  union: z.union,
  lazy: z.lazy,
  record: z.record,
}
