import { randomBytes } from 'node:crypto'
import { mkdir, readdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { readPlainFileUpTo } from '../../core/plain-file.js'
import { readEntries, type CommentEntry } from './entries.js'

/**
 * Every validate, dry-run and diff step leaves its entries as a draft in the job's temporary
 * directory, whether or not it comments, so that the step that does comment speaks for every
 * bundle of the job. The runner empties RUNNER_TEMP at the start and end of each job
 * (https://docs.github.com/en/actions/reference/workflows-and-actions/variables#default-environment-variables),
 * so a draft never outlives its job, unless the job uploads the directory: that is how the
 * reusable validate.yml gathers the drafts of a matrix into the one job that comments.
 *
 * A draft is read back as any entry from outside is (entries.ts): one bad file is skipped.
 */
const DRAFTS_DIR = 'flowferry-comment'

const LIMITS = { files: 1_000, bytes: 1_048_576 }

interface Draft {
  platform: string
  entries: readonly CommentEntry[]
}

export function draftsDir(env: NodeJS.ProcessEnv): string | undefined {
  return env.RUNNER_TEMP ? path.join(env.RUNNER_TEMP, DRAFTS_DIR) : undefined
}

export async function writeDraft(dir: string, platform: string, entries: readonly CommentEntry[]): Promise<void> {
  if (entries.length === 0) return
  await mkdir(dir, { recursive: true })
  const name = `${platform.replace(/[^\w-]/g, '_')}-${Date.now()}-${randomBytes(6).toString('hex')}.json`
  await writeFile(path.join(dir, name), JSON.stringify({ platform, entries } satisfies Draft))
}

/** The drafts of this platform in `dir`, oldest first (entries.ts keeps the later of two). */
export async function readDrafts(dir: string, platform: string): Promise<CommentEntry[]> {
  const names = await readdir(dir).catch(() => [] as string[])
  const entries: CommentEntry[] = []
  for (const name of names.filter((n) => n.endsWith('.json')).sort().slice(0, LIMITS.files)) {
    try {
      // Opened as any file flowferry did not write is: a link, a FIFO or a device is refused, not followed.
      const bytes = await readPlainFileUpTo(path.join(dir, name), { shown: name }, LIMITS.bytes)
      const draft = bytes && (JSON.parse(bytes.toString('utf8')) as Partial<Draft> | null)
      if (draft?.platform === platform) entries.push(...readEntries(draft.entries))
    } catch {
      // Not a draft: skipped, like a bad entry.
    }
  }
  return entries
}
