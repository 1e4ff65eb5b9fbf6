import { Input, type InputName, type Operation } from './input-names.js'

/**
 * Which operations and platforms each input matters to (action.yml holds each input's description
 * and default; README.md lists them by operation).
 * `flowferry <operation> --help` lists an operation's inputs from here, so a new input needs a line
 * here before it compiles: the help cannot fall behind the inputs.
 */
export interface InputUse {
  operations: readonly Operation[] | 'all'
  /** Platform names; `jobs`: the platforms whose imports and exports run as jobs. */
  platforms: readonly string[] | 'all' | 'jobs'
}

const online: readonly Operation[] = ['import', 'export', 'diff', 'wait']
const all = 'all' as const
const jobs = 'jobs' as const

export const inputUse: Record<InputName, InputUse> = {
  [Input.Platform]: { operations: all, platforms: all },
  [Input.Operation]: { operations: all, platforms: all },
  [Input.BaseUrl]: { operations: online, platforms: all },
  [Input.ApiKey]: { operations: online, platforms: ['koreai', 'leapwork'] },
  [Input.Token]: { operations: online, platforms: ['zuora', 'secmaster'] },
  [Input.ClientId]: { operations: online, platforms: ['zuora'] },
  [Input.ClientSecret]: { operations: online, platforms: ['zuora'] },
  [Input.AccessKeyId]: { operations: online, platforms: ['secmaster'] },
  [Input.SecretAccessKey]: { operations: online, platforms: ['secmaster'] },
  [Input.ProjectId]: { operations: online, platforms: ['secmaster'] },
  [Input.WorkspaceId]: { operations: online, platforms: ['secmaster'] },
  [Input.WorkflowId]: { operations: ['import', 'export', 'diff'], platforms: all },
  [Input.WorkflowName]: { operations: ['import', 'export', 'diff'], platforms: all },
  [Input.FlowId]: { operations: ['export', 'diff'], platforms: ['koreai'] },
  [Input.Version]: { operations: ['import', 'export', 'diff'], platforms: ['zuora'] },
  [Input.Activate]: { operations: ['import'], platforms: ['zuora'] },
  [Input.TargetFolder]: { operations: ['import'], platforms: ['leapwork'] },
  [Input.CreateFolders]: { operations: ['import'], platforms: ['leapwork'] },
  [Input.Path]: { operations: ['import', 'export', 'validate', 'diff'], platforms: all },
  [Input.Wait]: { operations: ['import', 'export'], platforms: jobs },
  [Input.Timeout]: { operations: online, platforms: all },
  [Input.PollInterval]: { operations: online, platforms: jobs },
  [Input.JobId]: { operations: ['wait'], platforms: jobs },
  [Input.UploadArtifact]: { operations: ['export'], platforms: all },
  [Input.ArtifactName]: { operations: ['export'], platforms: all },
  [Input.RetentionDays]: { operations: ['export'], platforms: all },
  [Input.DryRun]: { operations: ['import'], platforms: all },
  [Input.AllowHttp]: { operations: online, platforms: all },
  [Input.FailOnDrift]: { operations: ['diff'], platforms: all },
  [Input.VarsFile]: { operations: ['import'], platforms: all },
  [Input.RedactSecrets]: { operations: ['export'], platforms: all },
  [Input.Backup]: { operations: ['import'], platforms: all },
  [Input.Concurrency]: { operations: ['import', 'validate', 'diff'], platforms: all },
  [Input.SecurityToken]: { operations: online, platforms: ['secmaster'] },
  [Input.IdentityProvider]: { operations: online, platforms: ['secmaster'] },
  [Input.IamEndpoint]: { operations: online, platforms: ['secmaster'] },
  [Input.OidcAudience]: { operations: online, platforms: ['secmaster'] },
  [Input.Team]: { operations: ['import'], platforms: ['leapwork'] },
  [Input.Force]: { operations: ['import'], platforms: ['leapwork'] },
  // The action's alone: a pull-request comment needs the runner's event; the CLI writes none.
  [Input.PrComment]: { operations: [], platforms: all },
  [Input.GithubToken]: { operations: [], platforms: all },
}

export function usedBy(name: InputName, operation: Operation): boolean {
  const use = inputUse[name]
  return use.operations === 'all' || use.operations.includes(operation)
}
