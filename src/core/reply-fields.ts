import { z } from './schema.js'
import { untrustedText } from './untrusted-text.js'

/**
 * The fields every platform reads out of its replies, with core's rule for text from outside
 * (core/untrusted-text.ts) built in, so that each platform's reply schema applies it by using
 * these instead of a bare `z.string()`:
 *
 * - an id (a job, a file, a workflow, a folder) is sent back to the platform in later requests
 *   and written to outputs: one with a control or invisible format character, or longer than
 *   any real id, is refused — it is not an id, and changing it would only send something else;
 * - a label (a status, a name, a version, a message) is only shown: it is made one line with
 *   visible escapes, masked and shortened;
 * - a token is registered as a secret and sent in a header: it must be one printable word.
 */

const ID_LIMIT = 256
const LABEL_LIMIT = 200
const MESSAGE_LIMIT = 500
const TOKEN_LIMIT = 16_384

/** Control, line-separator and invisible format characters (bidi overrides, zero-width spaces). */
const HIDDEN = /[\p{Cc}\p{Zl}\p{Zp}\p{Cf}]|[\ud800-\udfff]/u

function check(value: string, ctx: z.RefinementCtx, what: string, limit: number): string {
  if (HIDDEN.test(value)) ctx.addIssue({ code: 'custom', message: `${what} holds a control character (${untrustedText(value, 80)})` })
  else if (value.length > limit) ctx.addIssue({ code: 'custom', message: `${what} is ${value.length} characters long, more than ${limit}` })
  return value
}

/** An id, as a string or a number; refused when it is not one printable value of a sane length. */
export const untrustedId = z
  .union([z.string(), z.number()])
  .transform((value, ctx) => check(String(value), ctx, 'an id', ID_LIMIT))

/** A status, name or version: shown only, so made printable rather than refused. */
export const untrustedLabel = z.string().transform((value) => untrustedText(value, LABEL_LIMIT))

/** A status, name or version that may come as a number. */
export const untrustedLabelOrNumber = z.union([z.string(), z.number()]).transform((value) => untrustedText(String(value), LABEL_LIMIT))

/** A message from the platform: shown only; longer than a label. */
export const untrustedMessage = z.string().transform((value) => untrustedText(value, MESSAGE_LIMIT))

/**
 * A bearer token a platform issued: registered as a secret (masked in every log line) and sent
 * as a header, so it must be a single printable word, and long enough that masking it cannot
 * blank ordinary words of the log (real tokens are dozens of characters).
 */
export const untrustedToken = z
  .string()
  .transform((value, ctx) => check(value, ctx, 'the token', TOKEN_LIMIT))
  .refine((value) => !/\s/.test(value) && value.length >= 8, { message: 'the token is not one word of at least 8 characters' })

/** A link the platform hands out (a download URL): one printable http(s) URL, trimmed. */
export const untrustedUrl = z
  .string()
  .transform((value) => value.trim())
  .transform((value, ctx) => check(value, ctx, 'the link', 8192))
  .refine((value) => !/^[a-z][a-z0-9+.-]*:/i.test(value) || /^https?:/i.test(value), { message: 'the link is not an http(s) URL' })

/** What was wrong with a reply field, for the message that refuses the reply. */
export function fieldProblem(error: z.ZodError): string {
  const issue = error.issues.find((i) => i.code === 'custom') ?? error.issues[0]
  if (!issue) return 'unexpected shape'
  const where = issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : ''
  return untrustedText(`${where}${issue.message}`, 200)
}
