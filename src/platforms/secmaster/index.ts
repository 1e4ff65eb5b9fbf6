import { Input } from '../../input-names.js'
import type { Platform } from '../platform.js'
import { secmasterRules } from './bundle.js'
import { SecmasterClient } from './client.js'

export const secmaster: Platform = {
  name: 'secmaster',
  title: 'Huawei Cloud SecMaster',
  inputs: {
    auth: [
      [Input.Token, Input.ProjectId, Input.WorkspaceId],
      [Input.AccessKeyId, Input.SecretAccessKey, Input.ProjectId, Input.WorkspaceId],
      // Keyless: the runner's GitHub ID token, exchanged at IAM (keyless.ts).
      [Input.IdentityProvider, Input.ProjectId, Input.WorkspaceId],
    ],
    operations: {
      export: [[Input.WorkflowId], [Input.WorkflowName]],
    },
    exampleBaseUrl: 'https://secmaster.ap-southeast-1.myhuaweicloud.com',
  },
  rules: secmasterRules,
  jobs: false,
  connect: (settings, context) => new SecmasterClient(settings, context),
}
