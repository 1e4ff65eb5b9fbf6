/**
 * Placeholders in bundle JSON string values: `${flowferry.NAME}`. An export that redacts a secret
 * writes one in its place; an import fills them from `vars-file` and the environment. The
 * syntax is flowferry's own so it cannot be mistaken for a platform's templating (Kore.ai's
 * `{{env.X}}`, Zuora's Liquid) or for a GitHub expression.
 */
export const PLACEHOLDER = /\$\{flowferry\.([A-Za-z_][A-Za-z0-9_]*)\}/g

/** What every placeholder starts with: a text without it holds none, whatever else it holds. */
export const PLACEHOLDER_START = '${flowferry.'

export function placeholder(name: string): string {
  return `\${flowferry.${name}}`
}

export function placeholderNames(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1]!)
}

/**
 * Whether a live value is what a template with placeholders could have produced: each
 * placeholder stands for any text. Lets diff treat a redacted secret as unchanged.
 */
export function fitsTemplate(template: unknown, value: unknown): boolean {
  if (typeof template !== 'string' || !template.includes(PLACEHOLDER_START)) return false
  if (typeof value !== 'string') return template.replace(PLACEHOLDER, '') === '' && value !== undefined
  const pattern = template
    .split(PLACEHOLDER)
    .map((part, i) => (i % 2 === 1 ? '[\\s\\S]*' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('')
  return new RegExp(`^${pattern}$`).test(value)
}
