import type { Platform } from '../platform.js'
import { LeapworkClient } from './client.js'
import { leapwork, type LeapworkSettings } from './facts.js'

/** The bundle rules and client for the Leapwork Controller, loaded by registry.ts when a step names the platform. */
export const platform: Platform<LeapworkSettings> = {
  ...leapwork,
  loadRules: async () => (await import('./bundle.js')).leapworkRules,
  connect: (settings, context) => new LeapworkClient(settings, context),
}
