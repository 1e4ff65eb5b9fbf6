/**
 * Zuora workflow version numbers ("0.0.1", "1.2", "3"): dotted non-negative integers, compared
 * part by part with missing parts as zero. Versions "must be unique and greater than the current
 * highest", so this ordering decides what an import may create
 * (https://docs.zuora.com/en/zuora-platform/extensibility/workflow/create-and-manage-workflow-definitions/advanced-tutorials/manage-workflow-versions).
 */
const VERSION = /^\d+(\.\d+)*$/

export function isVersion(text: string): boolean {
  return VERSION.test(text)
}

export function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number)
  const right = b.split('.').map(Number)
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0)
    if (difference !== 0) return Math.sign(difference)
  }
  return 0
}

/** The highest of the versions that parse as version numbers; undefined when there are none. */
export function highestVersion(versions: readonly string[]): string | undefined {
  return versions.filter(isVersion).reduce<string | undefined>((best, v) => (best === undefined || compareVersions(v, best) > 0 ? v : best), undefined)
}

/** The next patch version after `version` ("0.0.9" → "0.0.10"); "0.0.1" when there is none. */
export function nextVersion(version: string | undefined): string {
  if (version === undefined || !isVersion(version)) return '0.0.1'
  const parts = version.split('.').map(Number)
  while (parts.length < 3) parts.push(0)
  parts[parts.length - 1]! += 1
  return parts.join('.')
}
