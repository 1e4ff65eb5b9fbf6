import { HttpClient, type HttpClientOptions } from '../core/http/client.js'
import type { Settings } from '../settings.js'
import type { PlatformContext } from './platform.js'

/** The shared HTTP client bound to the step: its `base-url` (the only origin credentials go to), log, deadline and clock. */
export function platformHttp(settings: Settings, context: PlatformContext, options: Omit<HttpClientOptions, 'baseUrl' | 'log' | 'deadline' | 'clock'>): HttpClient {
  return new HttpClient({ baseUrl: settings.baseUrl!, log: context.log, deadline: context.deadline, clock: context.clock, ...options })
}
