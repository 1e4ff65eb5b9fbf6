import type { Finding } from './errors.js'
import type { Logger } from './log.js'
import { render, type Phrasing } from './phrasing.js'

/** The logger with every line (and every finding's message) rendered for its front end. */
export function phrasedLogger(log: Logger, phrasing: Phrasing): Logger {
  const say = (text: string) => render(text, phrasing)
  return {
    get debugEnabled() {
      return log.debugEnabled
    },
    debug: (message) => log.debug(say(message)),
    info: (message) => log.info(say(message)),
    warning: (message) => log.warning(say(message)),
    error: (message) => log.error(say(message)),
    annotate: (finding: Finding) => log.annotate({ ...finding, message: say(finding.message) }),
    group: (name, fn) => log.group(say(name), fn),
  }
}
