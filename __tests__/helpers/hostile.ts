import fc from 'fast-check'

/** A word that appears in every injected payload, to find where injected text ended up. */
export const MARK = 'pwn3d'

/**
 * Text a compromised platform (or a pull request's bundle) puts where flowferry expects an id,
 * a status, a name or a message: workflow commands in every form the runner obeys, line
 * breaks of every kind, Markdown and HTML, terminal escapes, bidi overrides.
 */
export const HOSTILE_TEXTS = [
  `\n::set-output name=${MARK}::1`,
  `\r::notice::${MARK}`,
  `\r\n::error file=x::${MARK}`,
  `::stop-commands::${MARK}`,
  `  \t::warning::${MARK}`,
  `\u0085::add-mask::${MARK}`,
  `\u2028::debug::${MARK}`,
  `x ##[add-mask]${MARK}`,
  `##[set-output name=${MARK};]1`,
  `\n##[group]${MARK}`,
  `<img src=x onerror=alert('${MARK}')> [${MARK}](https://evil.example/?q=1) ![](https://evil.example/${MARK}.png)`,
  `| ${MARK} | --- |\n\n# ${MARK}\n\`\`\`\n@octocat`,
  `\u001b[2K\u001b[1A${MARK}\u202egnp.exe`,
  `%0A::set-output name=${MARK}::1`,
]

/** Characters that matter to the runner, to Markdown or to a terminal, mixed with ordinary text. */
const piece = fc.oneof(
  fc.constantFrom(...HOSTILE_TEXTS),
  fc.constantFrom('::', ':', '##[', '#', '[', '\n', '\r', '\r\n', ' ', '\t', '\u0085', '\u00a0', '\u2028', '\ufeff', '\u200b', '%', '`', '|', '<', '@'),
  fc.string({ maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
)

/** Arbitrary hostile text: pieces of the above in any order. */
export const hostileText = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''))
