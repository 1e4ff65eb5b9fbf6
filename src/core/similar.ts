/**
 * "Did you mean" for names the user typed that the platform does not know (a team, a workflow):
 * the candidates closest to what was asked, best first. Close means: the same ignoring case and
 * spacing, one containing the other, or within a few typing mistakes (edit distance up to a third
 * of the longer name, at least 2).
 */
export function closeMatches(wanted: string, candidates: readonly string[], max = 3): string[] {
  const key = normalise(wanted)
  const scored = [...new Set(candidates)]
    .map((candidate) => {
      const other = normalise(candidate)
      const distance = editDistance(key, other)
      const contains = key.length > 0 && other.length > 0 && (other.includes(key) || key.includes(other))
      const limit = Math.max(2, Math.floor(Math.max(key.length, other.length) / 3))
      return { candidate, score: contains ? Math.min(distance, 1) : distance, close: contains || distance <= limit }
    })
    .filter((entry) => entry.close)
  scored.sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
  return scored.slice(0, max).map((entry) => entry.candidate)
}

function normalise(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, ' ').trim()
}

/** Levenshtein distance, two rows at a time. */
function editDistance(a: string, b: string): number {
  if (a === b) return 0
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length]!
}
