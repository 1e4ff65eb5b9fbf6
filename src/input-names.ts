/**
 * The names of the action's inputs, as action.yml declares them, in a module of their own so
 * that platforms can name the inputs they need without importing the input parser.
 */
export const Input = {
  Platform: 'platform',
  Operation: 'operation',
  BaseUrl: 'base-url',
  ApiKey: 'api-key',
  Token: 'token',
  ClientId: 'client-id',
  ClientSecret: 'client-secret',
  AccessKeyId: 'access-key-id',
  SecretAccessKey: 'secret-access-key',
  ProjectId: 'project-id',
  WorkspaceId: 'workspace-id',
  WorkflowId: 'workflow-id',
  WorkflowName: 'workflow-name',
  FlowId: 'flow-id',
  Version: 'version',
  Activate: 'activate',
  TargetFolder: 'target-folder',
  CreateFolders: 'create-folders',
  Path: 'path',
  Wait: 'wait',
  Timeout: 'timeout',
  PollInterval: 'poll-interval',
  JobId: 'job-id',
  UploadArtifact: 'upload-artifact',
  ArtifactName: 'artifact-name',
  RetentionDays: 'retention-days',
  DryRun: 'dry-run',
  AllowHttp: 'allow-http',
  FailOnDrift: 'fail-on-drift',
  VarsFile: 'vars-file',
  RedactSecrets: 'redact-secrets',
  Backup: 'backup',
  Concurrency: 'concurrency',
  SecurityToken: 'security-token',
  IdentityProvider: 'identity-provider',
  IamEndpoint: 'iam-endpoint',
  OidcAudience: 'oidc-audience',
  Team: 'team',
  Force: 'force',
  PrComment: 'pr-comment',
  GithubToken: 'github-token',
} as const

export type InputName = (typeof Input)[keyof typeof Input]

export const operations = ['import', 'export', 'validate', 'diff', 'wait'] as const
export type Operation = (typeof operations)[number]

/** Inputs that are credentials: masked the moment they are read. */
export const credentialInputs: readonly InputName[] = [
  Input.ApiKey,
  Input.Token,
  Input.ClientId,
  Input.ClientSecret,
  Input.AccessKeyId,
  Input.SecretAccessKey,
  Input.SecurityToken,
]
