import type { Phrasing, PhraseKey } from '../core/phrasing.js'
import { credentialInputs, Input, type InputName } from '../input-names.js'
import { envName } from './args.js'

const PHRASES: Record<PhraseKey, string> = {
  rerun: 'run the command again',
  rerunning: 'running the command again',
  'push-again': 'run the command again',
  annotated: 'listed above with its file and line',
  'the-step': 'the command',
}

/**
 * Hints as a terminal user reads them: inputs as flags (`--upload-artifact false`), credentials
 * as the `FLOWFERRY_*` variable they belong in, unless the user gave that credential as a flag,
 * and "the command". `given` says which flags the command line has.
 */
export function cliPhrasing(given: (flag: string) => boolean): Phrasing {
  const isCredential = (name: string) => credentialInputs.includes(name as InputName)
  const named = (name: string) => (isCredential(name) && !given(name) ? envName(name) : `--${name}`)
  return {
    input: (name) => (name === Input.Operation ? 'the command' : named(name)),
    subject: (name) => (name === Input.Operation ? 'The command' : named(name)),
    setting: (name, value) => {
      if (name === Input.Operation) return `flowferry ${value}`
      if (isCredential(name)) return given(name) ? `--${name} …` : `${envName(name)}=…`
      return value === 'true' ? `--${name}` : `--${name} ${shellWord(value)}`
    },
    phrase: (key) => PHRASES[key],
  }
}

/** The value as one shell word: as it is when it is safe, else in single quotes. */
export function shellWord(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`
}
