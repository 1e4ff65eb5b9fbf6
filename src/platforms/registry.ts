import { koreai } from './koreai/index.js'
import type { Platform } from './platform.js'
import { secmaster } from './secmaster/index.js'

/** Every platform flowferry drives, by the `platform` input's value. */
export const platforms: Readonly<Record<string, Platform>> = {
  koreai,
  secmaster,
}

export function platformNames(): string[] {
  return Object.keys(platforms)
}
