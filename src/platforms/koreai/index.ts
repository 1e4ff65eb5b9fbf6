import type { Platform } from '../platform.js'
import { KoreaiClient } from './client.js'
import { koreai, type KoreaiSettings } from './facts.js'

/** The bundle rules and client for Kore.ai AI for Process, loaded by registry.ts when a step names the platform. */
export const platform: Platform<KoreaiSettings> = {
  ...koreai,
  loadRules: async () => (await import('./bundle.js')).koreaiRules,
  connect: (settings, context) => new KoreaiClient(settings, context),
}
