import type { OutgoingRequest } from './request.js'

/**
 * How a platform authenticates. `authorize` is only ever called for requests to the configured
 * `base-url` origin: a download link or redirect to any other host goes out bare.
 */
export interface Credentials {
  /**
   * Fetches what `authorize` needs (an OAuth token) before the request waits for its turn under
   * the rate limit. That fetch is a request of its own, through a client with the same pacer and
   * deadline; done inside `authorize`, after the request's turn, it made the request wait a second
   * time, without the deadline, and spent the window's budget twice for it.
   */
  prepare?(): Promise<void>
  /** Adds the credentials (a header, a signature) once the request may go: nothing waits after it. */
  authorize(request: OutgoingRequest): void | Promise<void>
  /** Called once per request after a 401 from the origin; true when fresh credentials are worth a retry. */
  refresh?(): Promise<boolean>
}

/**
 * A credential sent as one header on every request to the origin (an API key, a token). The name
 * goes out spelled as the platform documents it: header names are case-insensitive, but a server
 * or proxy that compares them literally should not be the reason a key is refused.
 */
export function headerCredentials(name: string, value: string): Credentials {
  return {
    authorize(request) {
      request.headers[name] = value
    },
  }
}
