import { Input } from '../../input-names.js'
import type { PlatformFacts } from '../platform.js'

/** The reply header with Zuora's request id, the one Zuora support asks for. */
/** The bundle's one file: here, not in bundle.ts, so that the client does not load the bundle rules. */
export const WORKFLOW_FILE = 'workflow.json'

export const ZUORA_REQUEST_ID = 'zuora-request-id'

/** Zuora's own inputs: OAuth client or bearer token, and which version to import or export. */
export interface ZuoraSettings {
  clientId?: string
  clientSecret?: string
  token?: string
  version?: string
  /** Make the imported version the active one. */
  activate: boolean
}

/** What flowferry knows of Zuora Workflow before it loads the platform's code (platform.ts, PlatformFacts). */
export const zuora: PlatformFacts<ZuoraSettings> = {
  name: 'zuora',
  title: 'Zuora Workflow',
  inputs: {
    auth: [[Input.ClientId, Input.ClientSecret], [Input.Token]],
    operations: {
      export: [[Input.WorkflowId]],
    },
    exampleBaseUrl: 'https://rest.apisandbox.zuora.com',
  },
  readSettings: (read) => ({
    clientId: read.text(Input.ClientId),
    clientSecret: read.text(Input.ClientSecret),
    token: read.text(Input.Token),
    version: read.text(Input.Version),
    activate: read.flag(Input.Activate, false),
  }),
  // A backup is of the active version, not of the version this import names.
  liveExport: (own) => ({ ...own, version: undefined }),
  // Zuora's replies carry their request id in Zuora-Request-Id (the response headers of every
  // workflow operation, e.g. https://developer.zuora.com/v1-api-reference/api/operation/GET_WorkflowExport/).
  requestIdHeader: ZUORA_REQUEST_ID,
  jobs: false,
}
