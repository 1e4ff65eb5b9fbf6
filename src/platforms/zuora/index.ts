import { Input } from '../../input-names.js'
import type { Platform } from '../platform.js'
import { zuoraRules } from './bundle.js'
import { atWorkflowApiRoot } from './base-url.js'
import { ZuoraClient } from './client.js'

export const zuora: Platform = {
  name: 'zuora',
  title: 'Zuora Workflow',
  inputs: {
    auth: [[Input.ClientId, Input.ClientSecret], [Input.Token]],
    operations: {
      export: [[Input.WorkflowId]],
    },
    exampleBaseUrl: 'https://rest.apisandbox.zuora.com',
  },
  rules: zuoraRules,
  jobs: false,
  connect: (settings, context) => new ZuoraClient(atWorkflowApiRoot(settings, context.log), context),
}
