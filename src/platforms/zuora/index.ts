import type { Platform } from '../platform.js'
import { atWorkflowApiRoot } from './base-url.js'
import { ZuoraClient } from './client.js'
import { zuora, type ZuoraSettings } from './facts.js'

/** The bundle rules and client for Zuora Workflow, loaded by registry.ts when a step names the platform. */
export const platform: Platform<ZuoraSettings> = {
  ...zuora,
  loadRules: async () => (await import('./bundle.js')).zuoraRules,
  connect: (settings, context) => new ZuoraClient(atWorkflowApiRoot(settings, context.log), context),
}
