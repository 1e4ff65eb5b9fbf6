/**
 * Durations as the contract writes them: `90s`, `10m`, `1h`, combinations such as `1h30m`,
 * `500ms` for tests, or a bare number of seconds. Returns milliseconds, or undefined when the
 * text is not a duration (the caller names the input in its error).
 */
const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h)/y

export function parseDuration(text: string): number | undefined {
  const value = text.trim().toLowerCase()
  if (value === '') return undefined
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000)
  let total = 0
  PART.lastIndex = 0
  while (PART.lastIndex < value.length) {
    const match = PART.exec(value)
    if (!match) return undefined
    total += Number(match[1]) * UNIT_MS[match[2]!]!
  }
  return Number.isFinite(total) ? Math.round(total) : undefined
}

/** `95000` → `1m35s`; for log lines and summaries. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.max(0, Math.round(ms))}ms`
  let seconds = Math.round(ms / 1000)
  const hours = Math.floor(seconds / 3600)
  seconds -= hours * 3600
  const minutes = Math.floor(seconds / 60)
  seconds -= minutes * 60
  return [hours ? `${hours}h` : '', minutes ? `${minutes}m` : '', seconds || (!hours && !minutes) ? `${seconds}s` : '']
    .join('')
}
