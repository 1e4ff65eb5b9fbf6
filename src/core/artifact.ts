import type { Logger } from './log.js'

export interface UploadedArtifact {
  id: string
  url?: string
}

/** Where bundles are kept as build artifacts; the action uses GitHub's artifact service. */
export interface ArtifactStore {
  /** Why uploads cannot happen here, or undefined when they can. */
  unavailableReason(): string | undefined
  upload(name: string, files: string[], rootDir: string, retentionDays: number | undefined): Promise<UploadedArtifact>
}

/**
 * GitHub's artifact service through @actions/artifact. The client (with Azure's blob SDK behind
 * it) is by far the heaviest module flowferry has, so it is imported only when an upload happens.
 */
export class GitHubArtifactStore implements ArtifactStore {
  constructor(
    private readonly log: Logger,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {}

  unavailableReason(): string | undefined {
    if (!this.env.ACTIONS_RUNTIME_TOKEN || !this.env.ACTIONS_RESULTS_URL) {
      return 'not running on a GitHub Actions runner (ACTIONS_RUNTIME_TOKEN/ACTIONS_RESULTS_URL are not set)'
    }
    return undefined
  }

  async upload(name: string, files: string[], rootDir: string, retentionDays: number | undefined): Promise<UploadedArtifact> {
    const { DefaultArtifactClient } = await import('@actions/artifact')
    const client = new DefaultArtifactClient()
    const { id, digest } = await client.uploadArtifact(name, files, rootDir, retentionDays ? { retentionDays } : {})
    if (id === undefined) throw new Error(`the artifact service did not return an id for artifact '${name}'`)
    this.log.debug(`artifact ${name}: id ${id}, digest ${digest ?? 'none'}`)
    return { id: String(id), url: this.urlFor(id) }
  }

  private urlFor(id: number): string | undefined {
    const { GITHUB_SERVER_URL: server = 'https://github.com', GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = this.env
    return repo && run ? `${server}/${repo}/actions/runs/${run}/artifacts/${id}` : undefined
  }
}

/** For the CLI and tests: no artifact service. */
export const noArtifactStore: ArtifactStore = {
  unavailableReason: () => 'artifacts exist only on GitHub Actions runners',
  upload: () => Promise.reject(new Error('no artifact store')),
}
