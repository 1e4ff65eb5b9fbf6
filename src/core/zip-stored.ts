import { BundleError } from './errors.js'

/**
 * A stored (uncompressed) zip entry left in its archive rather than unpacked (core/zip.ts,
 * `unpackZip`): its bytes are the range `offset` … `offset + bytes - 1` of the archive, which is
 * `archiveBytes` long and read as core/plain-file.ts reads any file (the very file inspected).
 */
export interface StoredEntry {
  /** The entry's name in the archive, as inspectZip read it (untrusted: quote it with JSON.stringify). */
  name: string
  archive: string
  archiveBytes: number
  offset: number
  bytes: number
  /** The CRC-32 the archive records for the entry. */
  crc32: number
}

/** One piece of an entry as it was read: its CRC-32 and length. */
export interface Piece {
  crc: number
  bytes: number
}

/**
 * The check a stored entry gets when it is read in pieces, in any order (the chunks of an upload
 * in flight at once), instead of by unpacking it: the pieces, in the entry's order, must cover it
 * and their CRCs combine to the one the archive records. It is the same check unpacking makes
 * (core/zip.ts), so a damaged package is refused either way; the caller makes it before anything
 * built from the bytes is used (before the upload session is completed).
 */
export function checkStoredEntry(entry: StoredEntry, pieces: readonly (Piece | undefined)[], shown: string): void {
  let crc = 0
  let bytes = 0
  for (const piece of pieces) {
    if (!piece) throw new Error(`entry ${JSON.stringify(entry.name)}: a piece was not read`)
    crc = crc32Combine(crc, piece.crc, piece.bytes)
    bytes += piece.bytes
  }
  if (bytes !== entry.bytes || crc !== entry.crc32) {
    throw BundleError.at(
      { file: shown },
      'zip.format',
      `entry ${JSON.stringify(entry.name)} does not match its checksum (CRC-32${bytes !== entry.bytes ? `; ${bytes} of ${entry.bytes} bytes read` : ''}): the archive is damaged`,
      'Use the archive exactly as the platform exported it.',
    )
  }
}

/**
 * Reads of a stored entry in pieces (`range`: the archive's bytes of the entry's `start` … `end`,
 * inclusive, for core/http/multipart.ts), each piece's CRC-32 taken as its bytes pass (afresh on
 * every send, so a retried piece is not counted twice), and `check` of them all
 * (`checkStoredEntry`), to be called before anything built from the bytes is used. Every caller
 * that sends a packed entry goes through here, so none can send one unchecked.
 */
export function storedReads(
  entry: StoredEntry,
  shown: string,
): {
  range(piece: number, start: number, end: number): { file: string; size: number; start: number; end: number; watch: () => (chunk: Buffer) => void }
  check(): void
} {
  const pieces: Piece[] = []
  return {
    range(piece, start, end) {
      const watch = () => {
        // node:zlib when a packed entry is read, not on the way to every run's first request.
        const { crc32 } = process.getBuiltinModule('node:zlib')
        const seen = { crc: 0, bytes: 0 }
        pieces[piece] = seen
        return (chunk: Buffer) => {
          seen.crc = crc32(chunk, seen.crc)
          seen.bytes += chunk.length
        }
      }
      return { file: entry.archive, size: entry.archiveBytes, start: entry.offset + start, end: entry.offset + end, watch }
    },
    check: () => checkStoredEntry(entry, pieces, shown),
  }
}

const POLY = 0xedb88320

/** a × b modulo the CRC-32 polynomial (bit-reflected), as zlib's crc32.c `multmodp`. */
function multmodp(a: number, b: number): number {
  let m = 0x80000000
  let p = 0
  for (;;) {
    if (a & m) {
      p ^= b
      if ((a & (m - 1)) === 0) break
    }
    m >>>= 1
    b = b & 1 ? (b >>> 1) ^ POLY : b >>> 1
  }
  return p >>> 0
}

/** x^(2^k) modulo the polynomial, k = 0 … 31. */
const X2N: number[] = []
for (let k = 0, p = 0x40000000; k < 32; k++) {
  X2N.push(p)
  p = multmodp(p, p)
}

/** x^(n × 2^k) modulo the polynomial. */
function x2nmodp(n: number, k: number): number {
  let p = 0x80000000
  for (; n > 0; n = Math.floor(n / 2), k++) {
    if (n % 2 === 1) p = multmodp(X2N[k & 31]!, p)
  }
  return p
}

/**
 * The CRC-32 of two byte sequences one after the other, from the CRC of each and the second's
 * length, as zlib's `crc32_combine` computes it (https://github.com/madler/zlib/blob/develop/crc32.c):
 * pieces read out of order are checked without holding or re-reading them.
 */
export function crc32Combine(crc1: number, crc2: number, bytes2: number): number {
  return (multmodp(x2nmodp(bytes2, 3), crc1) ^ crc2) >>> 0
}
