import { isIPv4 } from 'node:net'

/**
 * This machine, by a name no resolver or proxy can point elsewhere: an IPv4 literal in
 * 127.0.0.0/8 (RFC 1122 §3.2.1.3), the IPv6 loopback ::1 (RFC 4291 §2.5.3), or `localhost`
 * (RFC 6761 §6.3). Names that merely begin with "127." (127.evil.example, 127.0.0.1.nip.io)
 * are ordinary DNS names. The WHATWG URL parser has already turned 127.1, 0x7f.0.0.1 and
 * the like into dotted-quad form, and puts IPv6 in brackets.
 */
export function isLoopback(hostname: string): boolean {
  if (hostname === 'localhost' || hostname === '[::1]' || hostname === '::1') return true
  return isIPv4(hostname) && hostname.split('.')[0] === '127'
}
