import { decodedView } from './secret-view.js'

/**
 * Every credential flowferry reads, and every token derived from one, is registered here the
 * moment it exists. Registration masks it on the runner (through the sink, `core.setSecret` in
 * the action) and lets flowferry scrub it from text the runner never sees: CLI output, error
 * messages from platforms that echo a header or a posted form back, files.
 *
 * A secret is looked for in every spelling it takes on its way (`spellings`), and also cut
 * short: a text that was truncated, by flowferry or by the platform, may end inside a secret,
 * so a long enough prefix of a spelling is masked too (`headLength`).
 */

type Sink = (value: string) => void

const known = new Set<string>()
const announced = new Set<string>()
/** Every spelling, by its first KEY characters (what the scan looks up at each position). */
const byKey = new Map<string, string[]>()
/** The first characters of every spelling, to skip positions quickly. */
const firstChars = new Set<string>()
let sink: Sink = () => {}
let longest = 0

/** Values this short would turn ordinary words into `***`; the runner ignores them too. */
const MIN_LENGTH = 4
const KEY = MIN_LENGTH

/**
 * A value that fills a placeholder (from `FLOWFERRY_VAR_*` or a vars-file) is masked only from
 * this length on. Such values are often not secrets at all (`true`, `1000`, a region), and a mask
 * is announced to the runner for the rest of the job: `::add-mask::true` would hide every "true"
 * in every later step's log. Credentials, which flowferry knows to be secrets, keep MIN_LENGTH.
 */
export const MIN_VALUE_SECRET_LENGTH = 8

/**
 * Registers a value that fills a placeholder, if it is long enough to be told apart from ordinary
 * words; says whether it did, so the caller can tell the user which value is not masked.
 */
export function registerValueSecret(value: string): boolean {
  if (value.trim().length < MIN_VALUE_SECRET_LENGTH) return false
  registerSecret(value)
  return true
}

/** Where new secrets are announced (the action sets `core.setSecret`). Already-known ones are announced again. */
export function setSecretSink(next: Sink): void {
  sink = next
  for (const value of announced) sink(value)
}

export function registerSecret(value: string | undefined): void {
  if (value === undefined) return
  const trimmed = value.trim()
  if (trimmed.length < MIN_LENGTH || known.has(trimmed)) return
  known.add(trimmed)
  for (const part of partsOf(trimmed)) registerSecret(part)
  const { direct, derived } = spellingsOf(trimmed)
  for (const form of direct) {
    if (form.length < MIN_LENGTH || announced.has(form)) continue
    announced.add(form)
    // The runner masks what it is told, and derives base64 forms of it itself.
    sink(form)
  }
  for (const form of new Set([...direct, ...derived])) {
    if (form.length < MIN_LENGTH) continue
    const key = form.slice(0, KEY)
    const list = byKey.get(key) ?? []
    if (list.includes(form)) continue
    list.push(form)
    byKey.set(key, list)
    firstChars.add(form[0]!)
    longest = Math.max(longest, form.length)
  }
}

/**
 * A credential written with its scheme (`Basic …`, `Bearer …`, as a vars-file may hold an
 * Authorization header) travels without it too: the token is a secret of its own, and so are
 * the `user:password` a Basic token decodes to and the password.
 * https://www.rfc-editor.org/rfc/rfc7617 (Basic), https://www.rfc-editor.org/rfc/rfc6750 (Bearer)
 */
function partsOf(value: string): string[] {
  const scheme = /^(basic|bearer|token|digest|negotiate)\s+(\S+)$/i.exec(value)
  if (!scheme) return []
  const token = scheme[2]!
  if (scheme[1]!.toLowerCase() !== 'basic' || !/^[A-Za-z0-9+/]+={0,2}$/.test(token)) return [token]
  const decoded = Buffer.from(token, 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  if (colon < 0 || Buffer.from(decoded, 'utf8').toString('base64').replace(/=+$/, '') !== token.replace(/=+$/, '')) return [token]
  return [token, decoded, decoded.slice(colon + 1)]
}

/** Every spelling `redact` looks for (the direct ones, and those composed of two encodings). */
export function spellings(value: string): string[] {
  const { direct, derived } = spellingsOf(value)
  return [...new Set([...direct, ...derived])]
}

/**
 * The spellings a value takes in transit, each of which the runner would otherwise show:
 * - raw;
 * - URI-encoded (encodeURIComponent), RFC 3986-strict (`!'()*` encoded too), and
 *   application/x-www-form-urlencoded (URLSearchParams: space as `+`, `~` as `%7E`), each with
 *   upper- and lower-case hex, as servers echo a posted form or a query back;
 * - JSON-string-escaped, also with `\/` and with non-ASCII as `\uXXXX`;
 * - HTML/XML-escaped;
 * - hex of its bytes, lower- and upper-case;
 * - base64, standard and URL-safe, of the value and of the value without its first one or two
 *   bytes: inside a longer base64 text (`Basic base64(id:secret)`) a secret's digits depend on
 *   how many bytes come before it. Padding is left out, and where the value's last digit also
 *   depends on the bytes after it, a form without that digit too — as the runner's own masker
 *   does (actions/runner ValueEncoders, docs/adrs/0297-base64-masking-trailing-characters.md).
 */
function directSpellings(value: string): string[] {
  const forms = new Set<string>([value])
  const uri = safely(() => encodeURIComponent(value))
  if (uri !== undefined) {
    const strict = uri.replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    const form = new URLSearchParams([['k', value]]).toString().slice(2)
    for (const encoded of [uri, strict, form]) {
      forms.add(encoded)
      forms.add(encoded.replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase()))
    }
  }
  const json = JSON.stringify(value).slice(1, -1)
  forms.add(json)
  forms.add(json.replace(/\//g, '\\/'))
  const ascii = json.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
  forms.add(ascii)
  forms.add(ascii.replace(/\\u([0-9a-f]{4})/g, (_, hex: string) => `\\u${hex.toUpperCase()}`))
  forms.add(value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;'))
  forms.add(value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;'))
  for (const digits of base64Spellings(value)) forms.add(digits)
  // Hex of the UTF-8 bytes, as a debugging proxy or a digest-minded error page prints a value.
  const hex = Buffer.from(value, 'utf8').toString('hex')
  forms.add(hex)
  forms.add(hex.toUpperCase())
  return [...forms]
}

function base64Spellings(value: string): string[] {
  const forms: string[] = []
  const bytes = Buffer.from(value, 'utf8')
  for (let offset = 0; offset <= 2; offset++) {
    const rest = bytes.subarray(offset)
    if (rest.length === 0) continue
    const digits = rest.toString('base64').replace(/=+$/, '')
    const variants = rest.length % 3 === 0 ? [digits] : [digits, digits.slice(0, -1)]
    for (const variant of variants) forms.push(variant, variant.replace(/\+/g, '-').replace(/\//g, '_'))
  }
  return forms
}

/**
 * The direct spellings, and those a second encoding makes of them: an encoded form encoded
 * again (a posted form quoted in a query, `%252B`), and base64 of an encoded form (a form body
 * or a URL inside a base64 blob).
 */
function spellingsOf(value: string): { direct: string[]; derived: string[] } {
  const direct = directSpellings(value)
  const derived = new Set<string>()
  for (const form of direct) {
    if (form === value) continue
    const again = safely(() => encodeURIComponent(form))
    if (again !== undefined) derived.add(again)
    derived.add(new URLSearchParams([['k', form]]).toString().slice(2))
    for (const digits of base64Spellings(form)) derived.add(digits)
  }
  return { direct, derived: [...derived] }
}

/**
 * How much of a spelling must be present to be masked. Short values only whole (a prefix of an
 * eight-character password is an ordinary word); longer ones from half their length, at most
 * twelve characters: a twelve-character piece of a real key is never a coincidence, and a key
 * cut after its first twenty characters by a message limit must not survive.
 */
function headLength(length: number): number {
  if (length <= 8) return length
  return Math.min(12, Math.max(8, Math.ceil(length / 2)))
}

export function redact(text: string): string {
  if (byKey.size === 0 || text.length < MIN_LENGTH) return text
  const spans = found(text)
  const view = decodedView(text)
  if (view) for (const [start, end] of found(view.text)) spans.push([view.from[start]!, view.to[end - 1]!])
  if (spans.length === 0) return text
  spans.sort((a, b) => a[0] - b[0])
  let out = ''
  let from = 0
  for (const [start, end] of spans) {
    if (end <= from) continue
    if (start >= from) out += `${text.slice(from, start)}***`
    from = end
  }
  return out + text.slice(from)
}

/** Where spellings (or long enough pieces of them) are in `text`: [start, end) spans, in order. */
function found(text: string): [number, number][] {
  const spans: [number, number][] = []
  for (let at = 0; at <= text.length - KEY; at++) {
    if (!firstChars.has(text[at]!)) continue
    const forms = byKey.get(text.slice(at, at + KEY))
    if (!forms) continue
    // The longest spelling, or long enough piece of one, that starts here.
    let length = 0
    for (const form of forms) {
      const common = commonPrefix(text, at, form)
      if (common >= headLength(form.length)) length = Math.max(length, common)
    }
    if (length === 0) continue
    spans.push([at, at + length])
    at += length - 1
  }
  return spans
}


function commonPrefix(text: string, at: number, form: string): number {
  let n = 0
  while (n < form.length && text.charCodeAt(at + n) === form.charCodeAt(n)) n++
  return n
}

/** The longest spelling registered: how far past a cut a secret that starts before it can reach. */
export function longestSecretForm(): number {
  return longest
}

export function isSecret(value: string): boolean {
  return known.has(value.trim())
}

/** For tests that run several configurations in one process. */
export function forgetSecretsForTests(): void {
  known.clear()
  announced.clear()
  byKey.clear()
  firstChars.clear()
  longest = 0
  sink = () => {}
}

function safely<T>(fn: () => T): T | undefined {
  try {
    return fn()
  } catch {
    // encodeURIComponent refuses a lone surrogate; such a value has no URI spelling.
    return undefined
  }
}
