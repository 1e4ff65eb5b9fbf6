import { readFileSync } from 'node:fs'
import path from 'node:path'
import { expect } from 'vitest'
import { parse } from 'yaml'
import type { ActionRun } from '../../src/sandbox/github/runner.js'
import { MARK } from './hostile.js'
import { foreignCommands } from './runner-commands.js'

/** The contract's outputs, as action.yml declares them. */
export const CONTRACT_OUTPUTS = new Set(Object.keys((parse(readFileSync(path.resolve(import.meta.dirname, '../../action.yml'), 'utf8')) as { outputs: object }).outputs))

/** Outputs that hold JSON; every other one is a single line. */
const JSON_OUTPUTS = new Set(['result', 'files'])

/**
 * What a run that met a hostile platform must show: it ended with a status, the runner would have
 * obeyed no command flowferry did not mean (and no `::add-mask::` of injected text), the outputs
 * are the contract's and one line each, the summary renders no HTML, link or image of the
 * platform's, and nothing a person or a later step can read holds a secret in any spelling.
 */
export function expectNothingObeyed(run: ActionRun, secrets: readonly string[] = []): void {
  const context = `${run.stdout.slice(-3000)}\n--- stderr ---\n${run.stderr.slice(-2000)}`
  expect(['succeeded', 'failed', 'timed-out', 'in-progress', 'skipped'], context).toContain(run.outputs.status)
  expect(foreignCommands(run.stdout, run.stderr, (data) => !data.includes(MARK)), context).toEqual([])
  for (const [name, value] of Object.entries(run.outputs)) {
    expect(CONTRACT_OUTPUTS.has(name), `output ${name}`).toBe(true)
    if (JSON_OUTPUTS.has(name)) expect(() => JSON.parse(value), `output ${name}`).not.toThrow()
    else expect(value, `output ${name}`).not.toMatch(/[\r\n\u0085\u2028\u2029]/)
  }
  // Outside code spans (where nothing is interpreted), nothing of the platform's is markup.
  const rendered = run.summary.replace(/(`+)[^`]*?\1/g, '')
  expect(rendered).not.toMatch(new RegExp(`<(img|a|script|details|picture)\\b[^>]*${MARK}|(?<!\\\\)\\[${MARK}\\]\\(|^#+ .*${MARK}|https?://[^\\s)]*sig=`, 'm'))
  const readable = [withoutMaskCommands(run.stdout), withoutMaskCommands(run.stderr), JSON.stringify(run.outputs), run.outputs.result ?? '', run.summary].join('\n')
  // A link on another origin than base-url loses its query (a presigned link's signature).
  expect(readable).not.toContain(`sig=${MARK}`)
  const views = revealed(readable)
  for (const secret of secrets) {
    for (const spelling of secretSpellings(secret)) {
      for (const view of views) expect(view.includes(spelling), `a spelling of a secret is shown: ${spelling}`).toBe(false)
    }
  }
}

/**
 * The text as a reader could decode it: percent-decoded once and twice (with `+` as a space),
 * JSON-unescaped, and every run of base64 digits decoded at each alignment. A secret hidden in a
 * second encoding shows up in one of these.
 */
export function revealed(text: string): string[] {
  const percent = (t: string) => t.replace(/\+/g, ' ').replace(/(%[0-9a-fA-F]{2})+/g, (m) => safely(() => decodeURIComponent(m)) ?? m)
  const json = (t: string) => t.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))).replace(/\\(["\\/])/g, '$1')
  const views = [text, percent(text), percent(percent(text)), json(text), percent(json(text))]
  const decoded: string[] = []
  for (const digitsRun of text.match(/[A-Za-z0-9+/_-]{16,}/g) ?? []) {
    for (let offset = 0; offset < 4; offset++) {
      const digits = digitsRun.slice(offset).replace(/-/g, '+').replace(/_/g, '/')
      const bytes = Buffer.from(digits.slice(0, digits.length - (digits.length % 4)), 'base64')
      decoded.push(bytes.toString('latin1'), bytes.toString('utf8'))
    }
  }
  const blob = decoded.join('\n')
  return [...views, blob, percent(blob), percent(percent(blob))]
}

function safely<T>(fn: () => T): T | undefined {
  try {
    return fn()
  } catch {
    return undefined
  }
}

/** `::add-mask::` lines are how a value is masked; the runner never shows them. */
function withoutMaskCommands(text: string): string {
  return text
    .split(/\r?\n/)
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')
}

/**
 * The spellings a secret may be echoed in, written out independently of flowferry's own list,
 * and the first twelve characters of each (what a message limit leaves of a longer one).
 */
export function secretSpellings(secret: string): string[] {
  const raw = secret.trim()
  const base64 = Buffer.from(raw).toString('base64').replace(/=+$/, '')
  const forms = [
    raw,
    encodeURIComponent(raw),
    encodeURIComponent(raw).replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase()),
    new URLSearchParams({ s: raw }).toString().slice(2),
    JSON.stringify(raw).slice(1, -1),
    base64,
    base64.replace(/\+/g, '-').replace(/\//g, '_'),
  ]
  return [...new Set(forms.flatMap((form) => (form.length > 12 ? [form, form.slice(0, 12)] : [form])))]
}
