import type { Hash } from 'node:crypto'

/**
 * node:crypto, taken when first used rather than when a module that may use it is loaded: its
 * start-up costs ~5-8 ms, and a run reaches its first request without needing it (the hashes and
 * temp names come later), unless its platform signs requests. The bundler turns an `import` of a
 * built-in module into a require run as the importing module loads; `process.getBuiltinModule`
 * (https://nodejs.org/api/process.html#processgetbuiltinmoduleid) waits for the call.
 */
const crypto = () => process.getBuiltinModule('node:crypto')

export const createHash = (algorithm: string): Hash => crypto().createHash(algorithm)
export const randomBytes = (size: number): Buffer => crypto().randomBytes(size)
export const randomUUID = (): string => crypto().randomUUID()
