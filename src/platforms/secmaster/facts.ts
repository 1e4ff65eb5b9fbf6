import { Input } from '../../input-names.js'
import type { PlatformFacts } from '../platform.js'

/** SecMaster's own inputs: one of three ways to sign in (credentials.ts), and where the workflows are. */
export interface SecmasterSettings {
  token?: string
  accessKeyId?: string
  secretAccessKey?: string
  /** The security token that goes with a temporary AK/SK. */
  securityToken?: string
  /** Keyless: the IAM identity provider that trusts GitHub's ID tokens (`X-Idp-Id`). */
  identityProvider?: string
  /** Keyless: the audience to ask the runner's ID token for; GitHub's default when undefined. */
  oidcAudience?: string
  /** Keyless: where the ID token is exchanged; derived from `base-url` when undefined. */
  iamEndpoint?: URL
  projectId?: string
  workspaceId?: string
}

/** What flowferry knows of Huawei Cloud SecMaster before it loads the platform's code (platform.ts, PlatformFacts). */
export const secmaster: PlatformFacts<SecmasterSettings> = {
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
    examples: {
      [Input.ProjectId]: '0605767a0300d5762fb0c0186d9e1c3b',
      [Input.WorkspaceId]: '9f5bb8a5-1c7b-4d3c-8a5e-5a2d4e7f0c11',
    },
  },
  readSettings: (read) => ({
    token: read.text(Input.Token),
    accessKeyId: read.text(Input.AccessKeyId),
    secretAccessKey: read.text(Input.SecretAccessKey),
    securityToken: read.text(Input.SecurityToken),
    identityProvider: read.text(Input.IdentityProvider),
    oidcAudience: read.text(Input.OidcAudience),
    iamEndpoint: read.identityEndpoint(Input.IamEndpoint),
    projectId: read.text(Input.ProjectId),
    workspaceId: read.text(Input.WorkspaceId),
  }),
  jobs: false,
}
