import { ReplyError } from '../errors.js'
import { untrustedText } from '../untrusted-text.js'

/**
 * Where a redirect leads: its Location (RFC 9110 §10.2.2) resolved against the request's URL.
 * A Location that is not a URL, or leads anywhere but http(s) (file:, data:, javascript:), is the
 * platform's error, said as one: `new URL` would otherwise throw a TypeError from inside the
 * request loop, which the user would see as an unexpected error.
 */
export function redirectTarget(location: string | string[] | undefined, from: URL, what: string): URL {
  const text = String(Array.isArray(location) ? location[0] : location)
  let target: URL
  try {
    target = new URL(text, from)
  } catch {
    throw new ReplyError(`${what}: the platform redirected to ${untrustedText(text, 200)}, which is not a URL`)
  }
  if (target.protocol !== 'https:' && target.protocol !== 'http:') {
    throw new ReplyError(`${what}: the platform redirected to a ${untrustedText(target.protocol, 20)} URL; flowferry follows http(s) redirects only`)
  }
  return target
}
