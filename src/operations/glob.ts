/** Whether `path` names bundles by a glob (a batch) rather than one bundle. */
export function isGlob(pattern: string): boolean {
  return /[*?[\]{}]/.test(pattern)
}
