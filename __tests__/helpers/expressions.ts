/**
 * GitHub Actions expressions (`${{ … }}` and `if:`), as the runner evaluates them, for the
 * workflow files' tests: literals, context properties (`inputs.base-url`, `needs.find.outputs.x`,
 * `a['b']`), `!`, comparisons, `&&`/`||` (which return an operand, not a boolean), parentheses, and
 * the functions the workflows use. An expression it cannot read throws, naming it, so a workflow
 * that starts using more fails its test rather than passing on a wrong reading.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/expressions
 */
export type Value = null | boolean | number | string | Value[] | { [key: string]: Value }

export interface Functions {
  /** Status functions: whether earlier steps (or needed jobs) succeeded, failed, were cancelled. */
  status: { failed: boolean; cancelled?: boolean }
}

type Token = { kind: 'num' | 'str' | 'id' | 'op'; text: string; value?: Value }

function tokenize(source: string): Token[] {
  const tokens: Token[] = []
  const pattern = /\s*(?:(\d+(?:\.\d+)?)|'((?:[^']|'')*)'|([A-Za-z_][\w-]*)|(&&|\|\||==|!=|<=|>=|[!<>()[\].,*]))/y
  let at = 0
  while (at < source.length) {
    if (/^\s*$/.test(source.slice(at))) break
    pattern.lastIndex = at
    const m = pattern.exec(source)
    if (!m) throw new Error(`expression not understood at ${JSON.stringify(source.slice(at))} in ${JSON.stringify(source)}`)
    at = pattern.lastIndex
    if (m[1] !== undefined) tokens.push({ kind: 'num', text: m[1], value: Number(m[1]) })
    else if (m[2] !== undefined) tokens.push({ kind: 'str', text: m[2], value: m[2].replace(/''/g, "'") })
    else if (m[3] !== undefined) tokens.push({ kind: 'id', text: m[3] })
    else tokens.push({ kind: 'op', text: m[4]! })
  }
  return tokens
}

export function truthy(value: Value): boolean {
  return !(value === null || value === false || value === 0 || value === '' || (typeof value === 'number' && Number.isNaN(value)))
}

/** Loose equality as the runner has it: strings ignore case; other types meet as numbers. */
function equal(a: Value, b: Value): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase()
  if (typeof a === typeof b && (typeof a !== 'object' || a === null)) return a === b
  if (typeof a === 'object' || typeof b === 'object') return a === b
  const number = (v: Value) => (v === null ? 0 : typeof v === 'boolean' ? Number(v) : v === '' ? 0 : Number(v))
  return number(a) === number(b)
}

export function evaluate(source: string, context: Record<string, Value>, functions: Functions): Value {
  const tokens = tokenize(source)
  let i = 0
  const peek = (text?: string) => (text === undefined ? tokens[i] : tokens[i]?.kind === 'op' && tokens[i]?.text === text ? tokens[i] : undefined)
  const expect = (text: string) => {
    if (!peek(text)) throw new Error(`expected '${text}' in ${JSON.stringify(source)}`)
    i++
  }
  const call = (name: string, args: Value[]): Value => {
    switch (name.toLowerCase()) {
      case 'always':
        return true
      case 'success':
        return !functions.status.failed && !functions.status.cancelled
      case 'failure':
        return functions.status.failed
      case 'cancelled':
        return functions.status.cancelled ?? false
      case 'fromjson':
        return JSON.parse(String(args[0])) as Value
      case 'tojson':
        return JSON.stringify(args[0], null, 2)
      case 'contains':
        return Array.isArray(args[0]) ? args[0].some((item) => equal(item, args[1]!)) : String(args[0]).toLowerCase().includes(String(args[1]).toLowerCase())
      case 'format':
        return String(args[0]).replace(/\{(\d+)\}/g, (_, n: string) => toText(args[Number(n) + 1] ?? null))
      case 'join':
        return Array.isArray(args[0]) ? args[0].map(toText).join(args[1] === undefined ? ',' : String(args[1])) : toText(args[0] ?? null)
      default:
        throw new Error(`function ${name}() not understood in ${JSON.stringify(source)}`)
    }
  }
  const primary = (): Value => {
    const token = tokens[i++]
    if (!token) throw new Error(`expression ends early: ${JSON.stringify(source)}`)
    if (token.kind === 'num' || token.kind === 'str') return token.value!
    if (token.kind === 'op' && token.text === '(') {
      const value = or()
      expect(')')
      return value
    }
    if (token.kind === 'op' && token.text === '!') return !truthy(primary())
    if (token.kind !== 'id') throw new Error(`unexpected '${token.text}' in ${JSON.stringify(source)}`)
    if (['true', 'false', 'null'].includes(token.text)) return JSON.parse(token.text) as Value
    if (peek('(')) {
      i++
      const args: Value[] = []
      while (!peek(')')) {
        args.push(or())
        if (peek(',')) i++
      }
      expect(')')
      return call(token.text, args)
    }
    let value: Value = token.text in context ? context[token.text]! : null
    for (;;) {
      if (peek('.')) {
        i++
        const name = tokens[i++]
        if (name?.kind !== 'id') throw new Error(`property name expected in ${JSON.stringify(source)}`)
        value = member(value, name.text)
      } else if (peek('[')) {
        i++
        const key = or()
        expect(']')
        value = member(value, toText(key))
      } else return value
    }
  }
  const comparison = (): Value => {
    const left = primary()
    const op = tokens[i]
    if (op?.kind === 'op' && ['==', '!=', '<', '<=', '>', '>='].includes(op.text)) {
      i++
      const right = primary()
      if (op.text === '==') return equal(left, right)
      if (op.text === '!=') return !equal(left, right)
      const [a, b] = [Number(left), Number(right)]
      return op.text === '<' ? a < b : op.text === '<=' ? a <= b : op.text === '>' ? a > b : a >= b
    }
    return left
  }
  const and = (): Value => {
    let value = comparison()
    while (peek('&&')) {
      i++
      const right = comparison()
      value = truthy(value) ? right : value
    }
    return value
  }
  const or = (): Value => {
    let value = and()
    while (peek('||')) {
      i++
      const right = and()
      value = truthy(value) ? value : right
    }
    return value
  }
  const value = or()
  if (i < tokens.length) throw new Error(`unexpected '${tokens[i]!.text}' in ${JSON.stringify(source)}`)
  return value
}

function member(value: Value, name: string): Value {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null
  const key = Object.keys(value).find((k) => k.toLowerCase() === name.toLowerCase())
  return key === undefined ? null : value[key]!
}

/** A value as `${{ }}` writes it into text. */
export function toText(value: Value): string {
  if (value === null) return ''
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}

/** Every `${{ … }}` in a text replaced by its value. */
export function interpolate(text: string, context: Record<string, Value>, functions: Functions): string {
  return text.replace(/\$\{\{(.*?)\}\}/gs, (_, expression: string) => toText(evaluate(expression, context, functions)))
}

/** An `if:` as the runner reads it: `${{ }}` optional, and `success() &&` implied without a status function. */
export function condition(text: string | boolean | undefined, context: Record<string, Value>, functions: Functions): boolean {
  if (text === undefined) return !functions.status.failed
  if (typeof text === 'boolean') return text && !functions.status.failed
  const bare = text.trim().replace(/^\$\{\{([\s\S]*)\}\}$/, '$1')
  const value = truthy(evaluate(bare, context, functions))
  return /\b(always|success|failure|cancelled)\s*\(/.test(bare) ? value : value && !functions.status.failed
}
