import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const root = path.resolve(import.meta.dirname, '..')
const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version
const changelog = readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8')

function notes(tag: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['scripts/release-notes.mjs', tag], { cwd: root }, (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }))
  })
}

describe('releases', () => {
  it("CHANGELOG.md keeps an Unreleased section and one for package.json's version, newest first", () => {
    const headings = [...changelog.matchAll(/^## \[([^\]]+)\](?: - (\d{4}-\d{2}-\d{2}))?/gm)].map((match) => match[1])
    expect(headings[0]).toBe('Unreleased')
    expect(headings[1]).toBe(version)
    expect(changelog).toMatch(new RegExp(`^\\[${version.replace(/\./g, '\\.')}\\]: https://github\\.com/flowferry/flowferry/releases/tag/v${version.replace(/\./g, '\\.')}$`, 'm'))
  })

  it("the release workflow's notes are the version's section of CHANGELOG.md, and a tag that disagrees with package.json is refused", async () => {
    const good = await notes(`v${version}`)
    expect(good.code, good.stderr).toBe(0)
    expect(good.stdout).toMatch(/^### Added$/m)
    expect(good.stdout).not.toMatch(/^## /m)
    const other = await notes('v99.0.0')
    expect(other.code).toBe(1)
    expect(other.stderr).toMatch(/the tag is v99\.0\.0 but package\.json says .*set "version": "99\.0\.0"/)
    expect((await notes('1.0')).stderr).toMatch(/not a release tag: vX\.Y\.Z/)
  })

  it('release.yml runs on vX.Y.Z tags: checks dist/ and the tests before it publishes, and moves the major tag', () => {
    const workflow = parse(readFileSync(path.join(root, '.github/workflows/release.yml'), 'utf8')) as {
      on: { push: { tags: string[] } }
      jobs: Record<string, { needs?: string; steps: { run?: string }[] }>
    }
    expect(workflow.on.push.tags).toEqual(['v[0-9]+.[0-9]+.[0-9]+'])
    const checks = workflow.jobs.check!.steps.map((step) => step.run ?? '').join('\n')
    expect(checks).toMatch(/npm run check-dist/)
    expect(checks).toMatch(/npm test/)
    expect(workflow.jobs.release!.needs).toBe('check')
    const release = workflow.jobs.release!.steps.map((step) => step.run ?? '').join('\n')
    expect(release).toMatch(/gh release create "\$TAG" --verify-tag .*--notes-file/)
    expect(release).toMatch(/major="\$\{TAG%%\.\*\}"/)
  })
})
