/**
 * The names of the action's outputs, as action.yml declares them, in a module of their own (as
 * input-names.ts is for inputs) so that whatever writes an output names it the same way.
 */
export const Output = {
  Status: 'status',
  PlatformStatus: 'platform-status',
  WorkflowId: 'workflow-id',
  JobId: 'job-id',
  Version: 'version',
  Path: 'path',
  Files: 'files',
  ArtifactId: 'artifact-id',
  ArtifactUrl: 'artifact-url',
  DownloadUrl: 'download-url',
  Changed: 'changed',
  BackupArtifactId: 'backup-artifact-id',
  CommentUrl: 'comment-url',
  Result: 'result',
} as const

export type OutputName = (typeof Output)[keyof typeof Output]
