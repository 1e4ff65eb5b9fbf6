import { Input } from '../../input-names.js'
import type { Platform } from '../platform.js'
import { koreaiRules } from './bundle.js'
import { KoreaiClient } from './client.js'

export const koreai: Platform = {
  name: 'koreai',
  title: 'Kore.ai AI for Process',
  inputs: {
    auth: [[Input.ApiKey]],
    operations: {
      export: [[Input.WorkflowId]],
    },
    exampleBaseUrl: 'https://ai-for-process.kore.ai',
  },
  rules: koreaiRules,
  jobs: true,
  connect: (settings, context) => new KoreaiClient(settings, context),
}
