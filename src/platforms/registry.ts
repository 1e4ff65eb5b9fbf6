import { koreai } from './koreai/facts.js'
import { leapwork } from './leapwork/facts.js'
import type { Platform, PlatformFacts } from './platform.js'
import { secmaster } from './secmaster/facts.js'
import { zuora } from './zuora/facts.js'

interface Entry {
  readonly facts: PlatformFacts
  /** The platform's code, compiled only when a step names the platform. */
  load(): Promise<{ platform: Platform }>
}

/** Every platform flowferry drives, by the `platform` input's value: one line each. */
const registry: Readonly<Record<string, Entry>> = {
  koreai: { facts: koreai, load: () => import('./koreai/index.js') },
  zuora: { facts: zuora, load: () => import('./zuora/index.js') },
  secmaster: { facts: secmaster, load: () => import('./secmaster/index.js') },
  leapwork: { facts: leapwork, load: () => import('./leapwork/index.js') },
}

export function platformNames(): string[] {
  return Object.keys(registry)
}

/** What is known of every platform, without loading any. */
export function everyPlatform(): PlatformFacts[] {
  return Object.values(registry).map((entry) => entry.facts)
}

/** What is known of a platform without loading it; the name must be one of `platformNames()`. */
export function platformFacts(name: string): PlatformFacts {
  return entry(name).facts
}

/** The platform, its code loaded. */
export async function loadPlatform(name: string): Promise<Platform> {
  return (await entry(name).load()).platform
}

function entry(name: string): Entry {
  const found = Object.hasOwn(registry, name) ? registry[name] : undefined
  if (!found) throw new RangeError(`flowferry has no platform '${name}'`)
  return found
}
