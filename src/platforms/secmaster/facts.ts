import { Input } from '../../input-names.js'
import type { PlatformFacts } from '../platform.js'

/** What flowferry knows of Huawei Cloud SecMaster before it loads the platform's code (platform.ts, PlatformFacts). */
export const secmaster: PlatformFacts = {
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
  jobs: false,
}
