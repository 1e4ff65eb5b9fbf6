import { z } from './schema.js'

/** flowferry.json, the manifest of a bundle: what it holds, where from, and the values taken out of it. */
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a lowercase hex SHA-256')

const fileEntry = z.object({
  path: z.string().min(1),
  role: z.string().min(1),
  bytes: z.number().int().nonnegative(),
  sha256,
})

/** A value `redact-secrets` took out of a file on export; an import must supply it again. */
const placeholder = z.object({
  name: z.string().min(1),
  file: z.string().min(1),
  /** JSON pointer to the value within the file. */
  pointer: z.string(),
  reason: z.string().optional(),
})

export const manifestSchema = z.looseObject({
  schema: z.literal(1),
  platform: z.string().min(1),
  name: z.string(),
  source: z
    .looseObject({
      origin: z.string().nullable().optional(),
      workflowId: z.string().nullable().optional(),
      version: z.string().nullable().optional(),
      jobId: z.string().nullable().optional(),
      exportedAt: z.string().nullable().optional(),
      run: z.string().nullable().optional(),
      commit: z.string().nullable().optional(),
    })
    .optional(),
  files: z.array(fileEntry).min(1),
  placeholders: z.array(placeholder).optional(),
})

export type Manifest = z.infer<typeof manifestSchema>
export type ManifestFile = z.infer<typeof fileEntry>
export type Placeholder = z.infer<typeof placeholder>
export type ManifestSource = NonNullable<Manifest['source']>
