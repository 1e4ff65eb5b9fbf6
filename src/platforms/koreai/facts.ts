import { Input } from '../../input-names.js'
import type { PlatformFacts } from '../platform.js'

const KOREAI_RATE_LIMITS = 'https://community.kore.ai/t/article-understanding-rate-limits-for-kore-ai-public-apis/3638'

/** Kore.ai's own inputs. */
export interface KoreaiSettings {
  apiKey?: string
  /** The flow to export; without it, the workflow's own. */
  flowId?: string
}

/** What flowferry knows of Kore.ai AI for Process before it loads the platform's code (platform.ts, PlatformFacts). */
export const koreai: PlatformFacts<KoreaiSettings> = {
  name: 'koreai',
  title: 'Kore.ai AI for Process',
  inputs: {
    auth: [[Input.ApiKey]],
    operations: {
      export: [[Input.WorkflowId]],
    },
    exampleBaseUrl: 'https://ai-for-process.kore.ai',
    examples: { [Input.FlowId]: 'cf-5678' },
  },
  readSettings: (read) => ({ apiKey: read.text(Input.ApiKey), flowId: read.text(Input.FlowId) }),
  jobs: true,
  // The one published figure for dock-status calls is 60 per minute and 1,800 per hour per request
  // id, in Kore.ai's community article on the rate limits of its public APIs (KOREAI_RATE_LIMITS).
  // It is written for the XO platform; AI for Process documents none, so flowferry keeps to this one
  // rather than to none.
  pollLimits: [
    { requests: 60, perMs: 60_000, source: KOREAI_RATE_LIMITS },
    { requests: 1_800, perMs: 3_600_000, source: KOREAI_RATE_LIMITS },
  ],
}
