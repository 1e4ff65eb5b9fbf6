import type { Phrasing, PhraseKey } from '../core/phrasing.js'
import { credentialInputs, type InputName } from '../input-names.js'

const PHRASES: Record<PhraseKey, string> = {
  rerun: 're-run the step',
  rerunning: 're-running this step',
  'push-again': 'push again',
  annotated: 'annotated on its file and line',
  'the-step': 'the step',
}

/**
 * Hints as a workflow author reads them in the run's log and summary: inputs as they are written
 * under `with:`, credentials as the repository secret they should come from
 * (`api-key: ${{ secrets.KOREAI_API_KEY }}`), and "the step".
 */
export function actionPhrasing(platform: () => string): Phrasing {
  return {
    input: (name) => `\`${name}\``,
    subject: (name) => `Input '${name}'`,
    setting: (name, value) => `${name}: ${credentialInputs.includes(name as InputName) ? secretExpression(platform(), name) : value}`,
    phrase: (key) => PHRASES[key],
  }
}

/** `${{ secrets.KOREAI_API_KEY }}`: where a credential input should come from. */
export function secretExpression(platform: string, input: string): string {
  const prefix = /^[a-z]+$/.test(platform) ? `${platform}_` : ''
  return `\${{ secrets.${`${prefix}${input}`.toUpperCase().replace(/-/g, '_')} }}`
}
