import { compressionLevelFor } from './artifact-level.js'
import { FlowferryError } from './errors.js'
import type { Logger } from './log.js'
import { releaseGarbage, releasingWhile } from './memory.js'
import { input, phrase, setting } from './phrasing.js'

/** GitHub's artifact service did not take the bundle. */
export class ArtifactError extends FlowferryError {}

// Written when needed: a mention draws phrasing's nonce, and with it node:crypto (core/crypto.ts).
const uploadHint = () =>
  `An artifact name can be used once per workflow run: set ${input('artifact-name')} to another one, or ${setting('upload-artifact', 'false')} to keep the bundle in the workspace only; otherwise ${phrase('rerun')}.`

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
 * Loading it costs 35-40 MB of RSS. Importing its upload module alone would spare the download
 * and listing code and Octokit (@actions/github, a 270 KB chunk), but the package's `exports`
 * name only its root, and Node and the bundler both refuse a deeper path
 * (https://nodejs.org/api/packages.html#package-entry-points); what the upload needs (Azure's
 * blob SDK, archiver, the Twirp client) is most of the 3.7 MB chunk anyway.
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
    // The bundle's documents were just parsed and written: their garbage goes before the client's code and buffers come.
    releaseGarbage()
    const compressionLevel = await compressionLevelFor(files)
    this.log.debug(`artifact ${name}: zip compression level ${compressionLevel}`)
    const { DefaultArtifactClient } = await import('@actions/artifact')
    const client = new DefaultArtifactClient()
    let uploaded: { id?: number; digest?: string }
    try {
      limitUploadConcurrency(this.env)
      uploaded = await releasingWhile(() => client.uploadArtifact(name, files, rootDir, { compressionLevel, ...(retentionDays ? { retentionDays } : {}) }))
    } catch (error) {
      // The service's and the toolkit's own errors (a name already used in this run, a quota, the
      // network) reach the user as a failed upload with what to change, not as "Unexpected error".
      throw new ArtifactError(`upload of artifact '${name}' failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error, hint: uploadHint() })
    }
    const { id, digest } = uploaded
    if (id === undefined) throw new ArtifactError(`the artifact service did not return an id for artifact '${name}'`, { hint: uploadHint() })
    this.log.debug(`artifact ${name}: id ${id}, digest ${digest ?? 'none'}`)
    return { id: String(id), url: this.urlFor(id) }
  }

  private urlFor(id: number): string | undefined {
    const { GITHUB_SERVER_URL: server = 'https://github.com', GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = this.env
    return repo && run ? `${server}/${repo}/actions/runs/${run}/artifacts/${id}` : undefined
  }
}

/**
 * Blocks the client uploads at once. Its blob upload holds one 8 MiB buffer per block in flight,
 * five by default, beside its zip stream's own 8 MiB buffers: 40 MiB of a 150 MB budget for one
 * export. Two in flight keep a block on the wire while the next one fills, at half that. One was
 * measured worse, not better (a 100 MiB export: 138-175 MB against 130-147 MB): the blocks then
 * leave more slowly, and the client's zip and upload streams, 8 MiB a side each, fill up behind
 * them. A runner's own ACTIONS_ARTIFACT_UPLOAD_CONCURRENCY, which the client reads, still wins.
 * https://github.com/actions/toolkit/blob/main/packages/artifact/src/internal/shared/config.ts
 */
const ARTIFACT_UPLOAD_CONCURRENCY = 2

function limitUploadConcurrency(env: NodeJS.ProcessEnv): void {
  // The client reads process.env itself; a store given another environment (a test's) leaves it alone.
  if (env === process.env && !env.ACTIONS_ARTIFACT_UPLOAD_CONCURRENCY) env.ACTIONS_ARTIFACT_UPLOAD_CONCURRENCY = String(ARTIFACT_UPLOAD_CONCURRENCY)
}

/** For the CLI and tests: no artifact service. */
export const noArtifactStore: ArtifactStore = {
  unavailableReason: () => 'artifacts exist only on GitHub Actions runners',
  upload: () => Promise.reject(new Error('no artifact store')),
}
