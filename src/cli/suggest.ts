/**
 * "Did you mean": the known word nearest to a misspelt one, by optimal string alignment distance
 * (Levenshtein plus the swap of two neighbours, the commonest typo: `exprot`). A few lines rather
 * than a dependency. Only close matches are offered: at most a third of the word may differ, or the
 * word is the start of exactly one candidate.
 */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  const wanted = normalise(word)
  let best: { candidate: string; distance: number } | undefined
  for (const candidate of candidates) {
    const distance = editDistance(wanted, normalise(candidate))
    if (distance === 0) return candidate
    if (!best || distance < best.distance) best = { candidate, distance }
  }
  if (best && best.distance <= Math.max(1, Math.floor(word.length / 3))) return best.candidate
  // A word cut short (`--job`, `kore`) is a slip too, when only one candidate starts with it.
  const starting = [...candidates].filter((candidate) => normalise(candidate).startsWith(wanted))
  return wanted.length >= 3 && starting.length === 1 ? starting[0] : undefined
}

/** ` (did you mean --dry-run?)`, or nothing. */
export function didYouMean(word: string, candidates: readonly string[], prefix = ''): string {
  const match = nearest(word, candidates)
  return match === undefined ? '' : `; did you mean ${prefix}${match}?`
}

/** `workflow_id` and `Workflow-ID` are the same slip as `workflow-id`. */
function normalise(word: string): string {
  return word.toLowerCase().replace(/_/g, '-')
}

export function editDistance(a: string, b: string): number {
  const rows = a.length + 1
  const cols = b.length + 1
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1)
    }
  }
  return d[a.length]![b.length]!
}
