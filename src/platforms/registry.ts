import { koreai } from './koreai/index.js'
import type { Platform } from './platform.js'
import { zuora } from './zuora/index.js'

/** Every platform flowferry drives, by the `platform` input's value. */
export const platforms: Readonly<Record<string, Platform>> = {
  koreai,
  zuora,
}

export function platformNames(): string[] {
  return Object.keys(platforms)
}
