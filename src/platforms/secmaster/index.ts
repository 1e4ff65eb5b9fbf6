import type { Platform } from '../platform.js'
import { SecmasterClient } from './client.js'
import { secmaster, type SecmasterSettings } from './facts.js'

/** The bundle rules and client for Huawei Cloud SecMaster, loaded by registry.ts when a step names the platform. */
export const platform: Platform<SecmasterSettings> = {
  ...secmaster,
  loadRules: async () => (await import('./bundle.js')).secmasterRules,
  connect: (settings, context) => new SecmasterClient(settings, context),
}
