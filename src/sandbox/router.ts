import type { IncomingMessage, ServerResponse } from 'node:http'

export interface RouteContext {
  req: IncomingMessage
  res: ServerResponse
  url: URL
  params: Record<string, string>
}

type Handler = (context: RouteContext) => Promise<void> | void

/** Method + path patterns (`/api/v4/import/:timeout/:id`) to handlers; enough for a sandbox. */
export class Router {
  private readonly routes: { method: string; pattern: RegExp; keys: string[]; handler: Handler }[] = []

  on(method: string, path: string, handler: Handler): this {
    const keys: string[] = []
    const source = path
      .split('/')
      .map((segment) => {
        if (segment.startsWith(':')) {
          keys.push(segment.slice(1))
          return '([^/]*)'
        }
        return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      })
      .join('/')
    this.routes.push({ method, pattern: new RegExp(`^${source}/?$`), keys, handler })
    return this
  }

  /** Runs the matching handler; false when no route matches. */
  async dispatch(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    for (const route of this.routes) {
      if (route.method !== req.method) continue
      const match = route.pattern.exec(url.pathname)
      if (!match) continue
      const params: Record<string, string> = {}
      route.keys.forEach((key, i) => {
        params[key] = decodeURIComponent(match[i + 1] ?? '')
      })
      await route.handler({ req, res, url, params })
      return true
    }
    return false
  }
}
