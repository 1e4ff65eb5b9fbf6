import { ReplyError } from '../errors.js'

/**
 * A reply that could not be parsed at all (cut short, not JSON). Unlike a reply of the wrong
 * shape, this can be a passing fault, so idempotent requests are sent again.
 */
export class MalformedReplyError extends ReplyError {}
