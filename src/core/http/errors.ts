import { ReplyError } from '../errors.js'

/**
 * A reply that could not be parsed at all (cut short, not JSON). Unlike a reply of the wrong
 * shape, this can be a passing fault, so idempotent requests are sent again.
 */
export class MalformedReplyError extends ReplyError {}

/**
 * A reply larger than flowferry reads (counted after decoding, so a gzip bomb is one). Not a
 * passing fault: the same request would get the same reply, so it is not sent again.
 */
export class ReplyTooLargeError extends ReplyError {
  constructor(message: string) {
    super(message, {
      hint: 'The platform (or a proxy in front of it) sent far more than a workflow definition; check base-url, and the platform\'s health.',
    })
  }
}
