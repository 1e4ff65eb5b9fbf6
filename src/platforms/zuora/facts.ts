import { Input } from '../../input-names.js'
import type { PlatformFacts } from '../platform.js'

/** What flowferry knows of Zuora Workflow before it loads the platform's code (platform.ts, PlatformFacts). */
export const zuora: PlatformFacts = {
  name: 'zuora',
  title: 'Zuora Workflow',
  inputs: {
    auth: [[Input.ClientId, Input.ClientSecret], [Input.Token]],
    operations: {
      export: [[Input.WorkflowId]],
    },
    exampleBaseUrl: 'https://rest.apisandbox.zuora.com',
  },
  jobs: false,
}
