/**
 * Every credential flowferry reads, and every token derived from one, is registered here the
 * moment it exists. Registration masks it on the runner (through the sink, `core.setSecret` in
 * the action) and lets flowferry scrub it from text the runner never sees: CLI output, error
 * messages from platforms that echo a header back, files.
 */

type Sink = (value: string) => void

const known = new Set<string>()
let sink: Sink = () => {}
let pattern: RegExp | undefined

/** Values this short would turn ordinary words into `***`; the runner ignores them too. */
const MIN_LENGTH = 4

/** Where new secrets are announced (the action sets `core.setSecret`). Already-known ones are announced again. */
export function setSecretSink(next: Sink): void {
  sink = next
  for (const value of known) sink(value)
}

export function registerSecret(value: string | undefined): void {
  if (value === undefined) return
  const trimmed = value.trim()
  // A secret also travels URL-encoded (in a form body or a query), so that form is masked too.
  for (const form of new Set([trimmed, encodeURIComponent(trimmed)])) {
    if (form.length < MIN_LENGTH || known.has(form)) continue
    known.add(form)
    pattern = undefined
    sink(form)
  }
}

export function redact(text: string): string {
  if (known.size === 0 || text.length === 0) return text
  pattern ??= new RegExp(
    [...known]
      .sort((a, b) => b.length - a.length)
      .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|'),
    'g',
  )
  return text.replace(pattern, '***')
}

export function isSecret(value: string): boolean {
  return known.has(value.trim())
}

/** For tests that run several configurations in one process. */
export function forgetSecretsForTests(): void {
  known.clear()
  pattern = undefined
  sink = () => {}
}
