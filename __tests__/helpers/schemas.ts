import { loadSchemas } from '../../src/core/schema.js'

// Tests call reply parsers and bundle rules directly, not after a reply as a run does: zod is
// loaded for them up front (core/schema.ts). The end-to-end tests run dist/index.js, where the
// order of a real run holds.
await loadSchemas()
