import type { Hash } from 'node:crypto'
import { closeSync, openSync, readSync } from 'node:fs'

/**
 * node:crypto, taken when first used rather than when a module that may use it is loaded: its
 * start-up costs ~3-8 ms, and a run reaches its first request without needing it (the hashes and
 * temp names come later), unless its platform signs requests. The bundler turns an `import` of a
 * built-in module into a require run as the importing module loads; `process.getBuiltinModule`
 * (https://nodejs.org/api/process.html#processgetbuiltinmoduleid) waits for the call.
 */
const crypto = () => process.getBuiltinModule('node:crypto')

export const createHash = (algorithm: string): Hash => crypto().createHash(algorithm)
export const randomUUID = (): string => crypto().randomUUID()

/**
 * Random bytes from the kernel's generator, /dev/urandom, where there is one (Linux and macOS
 * runners): the source OpenSSL itself draws from
 * (https://man7.org/linux/man-pages/man4/urandom.4.html), read without loading node:crypto. The
 * phrasing nonce and Zuora's track id are drawn before the first request; loading node:crypto for
 * them was most of a run's start-up beyond its own code. Where the file cannot be read (Windows),
 * node:crypto's generator.
 */
export function randomBytes(size: number): Buffer {
  const bytes = Buffer.alloc(size)
  let fd: number | undefined
  try {
    fd = openSync('/dev/urandom', 'r')
    for (let filled = 0; filled < size; ) {
      const read = readSync(fd, bytes, filled, size - filled, null)
      if (read <= 0) throw new Error('/dev/urandom gave no bytes')
      filled += read
    }
    return bytes
  } catch {
    return crypto().randomBytes(size)
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}
