/**
 * A second view of a text for secrets.ts to search: escapes decoded, line breaks taken out, with
 * a map back to the original, so that what is found in the view is masked where it was written.
 */

/** Escapes a text can spell a character in, and line breaks a secret can be split by. */
const ENCODED = /\\u[0-9a-fA-F]{4}|\\[\\/"'nr]|&#[xX]?[0-9a-fA-F]+;|&(?:amp|lt|gt|quot|apos);|%[0-7][0-9a-fA-F]|[\r\n]/
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/**
 * The text with every character escape decoded and line breaks taken out, and where each of its
 * characters came from. The spellings secrets.ts lists are whole-text encodings; a platform can also
 * escape some characters and not others (System.Text.Json writes `+` as `\u002B` and `'` as
 * `\u0027` but leaves letters alone; an HTML page may write every character as `&#NN;`), quote a
 * secret broken over lines (and indented, as a folded header or a wrapped key), or mix escapes.
 * Matched in this view, each is masked in the original.
 * https://learn.microsoft.com/en-us/dotnet/standard/serialization/system-text-json/character-encoding
 */
export function decodedView(text: string): { text: string; from: number[]; to: number[] } | undefined {
  if (!ENCODED.test(text)) return undefined
  let view = ''
  const from: number[] = []
  const to: number[] = []
  const push = (chars: string, start: number, end: number) => {
    // A character outside the BMP is two UTF-16 units; each maps back to the same place.
    for (const unit of chars.split('')) {
      view += unit
      from.push(start)
      to.push(end)
    }
  }
  for (let i = 0; i < text.length; ) {
    const c = text[i]!
    const match = c === '\\' || c === '&' || c === '%' ? /^(?:\\u([0-9a-fA-F]{4})|\\([\\/"'nr])|&#([xX])?([0-9a-fA-F]{1,6});|&(amp|lt|gt|quot|apos);|%([0-7][0-9a-fA-F]))/.exec(text.slice(i, i + 10)) : null
    if (c === '\r' || c === '\n') {
      // A line break, and the indentation of the line it starts (a folded header, a wrapped key).
      i++
      while (text[i] === ' ' || text[i] === '\t') i++
    } else if (!match) {
      push(c, i, i + 1)
      i++
    } else {
      const [whole, unicode, escaped, hexMark, number, entity, percent] = match
      let char: string | undefined
      if (unicode) char = String.fromCharCode(parseInt(unicode, 16))
      // An escaped line break splits a secret as a real one does: it is taken out.
      else if (escaped) char = escaped === 'n' || escaped === 'r' ? '' : escaped
      else if (number) {
        const code = hexMark ? parseInt(number, 16) : /^[0-9]+$/.test(number) ? parseInt(number, 10) : NaN
        char = Number.isNaN(code) || code > 0x10ffff ? undefined : String.fromCodePoint(code)
      } else if (entity) char = ENTITIES[entity]
      else char = String.fromCharCode(parseInt(percent!, 16))
      if (char === undefined) {
        push(c, i, i + 1)
        i++
      } else {
        push(char, i, i + whole.length)
        i += whole.length
        if (char === '') while (text[i] === ' ' || text[i] === '\t') i++
      }
    }
  }
  return { text: view, from, to }
}
