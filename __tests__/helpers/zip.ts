import { writeFile } from 'node:fs/promises'
import { crc32, deflateRawSync } from 'node:zlib'

export interface RawEntry {
  name: string
  data?: Buffer | string
  /** Unix mode, e.g. 0o120777 for a symbolic link. */
  mode?: number
  /** Deflated rather than stored. */
  deflate?: boolean
  /** What the headers say instead of the truth: the unpacked size, the CRC-32. */
  declared?: { bytes?: number; crc?: number }
}

/**
 * Writes a zip byte by byte (entries stored unless `deflate`), so tests can build archives no
 * well-behaved zip library would: entries named `../x` or `/etc/passwd`, symbolic links, headers
 * that lie about an entry's size or checksum.
 */
export async function writeRawZip(file: string, entries: RawEntry[]): Promise<void> {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8')
    const data = Buffer.isBuffer(entry.data) ? entry.data : Buffer.from(entry.data ?? '')
    const crc = entry.declared?.crc ?? crc32(data)
    const packed = entry.deflate ? deflateRawSync(data) : data
    const method = entry.deflate ? 8 : 0
    const size = entry.declared?.bytes ?? data.length
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x0800, 6) // UTF-8 names
    local.writeUInt16LE(method, 8)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(packed.length, 18)
    local.writeUInt32LE(size, 22)
    local.writeUInt16LE(name.length, 26)
    locals.push(local, name, packed)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE((3 << 8) | 20, 4) // made by Unix
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x0800, 8)
    central.writeUInt16LE(method, 10)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(packed.length, 20)
    central.writeUInt32LE(size, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(((entry.mode ?? 0o100644) << 16) >>> 0, 38)
    central.writeUInt32LE(offset, 42)
    centrals.push(central, name)
    offset += local.length + name.length + packed.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  await writeFile(file, Buffer.concat([...locals, directory, end]))
}
