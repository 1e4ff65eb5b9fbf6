import { koreai } from './koreai/index.js'
import { leapwork } from './leapwork/index.js'
import type { Platform } from './platform.js'

/** Every platform flowferry drives, by the `platform` input's value. */
export const platforms: Readonly<Record<string, Platform>> = {
  koreai,
  leapwork,
}

export function platformNames(): string[] {
  return Object.keys(platforms)
}
