import { randomBytes } from './crypto.js'

/**
 * Words that depend on where the user reads them. A hint is written once, where the problem is
 * known, and names inputs and actions structurally: `Set ${setting('upload-artifact', 'false')}`.
 * The front end that shows it renders each mention in its own terms: the action as
 * `upload-artifact: false` and "re-run the step", the CLI as `--upload-artifact false` and "run
 * the command again". One source of hints, two renderings.
 *
 * A mention travels inside ordinary strings (error messages, hints, log lines), so nothing
 * between the hint and the front end has to change type. It is delimited by private-use
 * characters and a random per-process nonce: text from a platform reply or a bundle cannot
 * forge one, and a mention that reached the user unrendered would stand out in tests.
 */

/** Whole phrases whose words differ between the runner and the terminal. */
export type PhraseKey =
  /** 're-run the step' / 'run the command again' */
  | 'rerun'
  /** 're-running this step' / 'running the command again' */
  | 'rerunning'
  /** 'push again' / 'run the command again': after fixing files */
  | 'push-again'
  /** 'annotated on its file and line' / 'listed above with its file and line' */
  | 'annotated'
  /** 'the step' / 'the command' */
  | 'the-step'

/** How one front end says each kind of mention. */
export interface Phrasing {
  /** The input named in a sentence: `timeout` / --timeout. */
  input(name: string): string
  /** The input as the subject of an error message: Input 'timeout' / --timeout. */
  subject(name: string): string
  /** The input set to a value, as the user would write it: `timeout: 30m` / --timeout 30m. */
  setting(name: string, value: string): string
  phrase(key: PhraseKey): string
}

const OPEN = '\uE000'
const SEP = '\uE001'
const CLOSE = '\uE002'
// Drawn at the first mention, not as the module loads (core/crypto.ts).
let drawn: { nonce: string; mention: RegExp } | undefined
function marks(): { nonce: string; mention: RegExp } {
  if (drawn) return drawn
  const nonce = randomBytes(6).toString('hex')
  return (drawn = { nonce, mention: new RegExp(`${OPEN}${nonce}${SEP}([^${OPEN}${CLOSE}]*)${CLOSE}`, 'g') })
}

function mark(kind: string, ...args: string[]): string {
  const clean = args.map((arg) => arg.replace(/[\uE000-\uE002]/g, ''))
  return `${OPEN}${marks().nonce}${SEP}${[kind, ...clean].join(SEP)}${CLOSE}`
}

/** A mention of the input `name`. */
export function input(name: string): string {
  return mark('input', name)
}

/** The input `name` as the subject of an error message. */
export function subject(name: string): string {
  return mark('subject', name)
}

/** The input `name` set to `value`; for a credential, the front end shows where it belongs instead of a value. */
export function setting(name: string, value: string): string {
  return mark('setting', name, value)
}

export function phrase(key: PhraseKey): string {
  return mark('phrase', key)
}

/** The text with every mention rendered by `phrasing`. Text without mentions comes back unchanged. */
export function render(text: string, phrasing: Phrasing): string {
  if (!text.includes(OPEN)) return text
  return text.replace(marks().mention, (whole, body: string) => {
    const [kind, a = '', b = ''] = body.split(SEP)
    if (kind === 'input') return phrasing.input(a)
    if (kind === 'subject') return phrasing.subject(a)
    if (kind === 'setting') return phrasing.setting(a, b)
    if (kind === 'phrase') return phrasing.phrase(a as PhraseKey)
    return whole
  })
}

/** A copy of `value` (plain data: objects, arrays, strings) with every string rendered. */
export function renderAll<T>(value: T, phrasing: Phrasing): T {
  if (typeof value === 'string') return render(value, phrasing) as T
  if (Array.isArray(value)) return value.map((item: unknown) => renderAll(item, phrasing)) as T
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, renderAll(item, phrasing)])) as T
  }
  return value
}
