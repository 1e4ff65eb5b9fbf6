import type { Logger } from '../../core/log.js'
import { input, setting } from '../../core/phrasing.js'
import { Input } from '../../input-names.js'
import type { Settings } from '../../settings.js'
import type { ZuoraSettings } from './facts.js'

/**
 * Zuora's other REST APIs live under `/v1` (`https://rest.zuora.com/v1/…`), and that is the base
 * URL users copy. The Workflow API and `/oauth/token` live at the host's root: "Import a workflow"
 * is `POST /workflows/import`, its samples call `https://rest.test.zuora.com/workflows/{id}/export`
 * (https://developer.zuora.com/v1-api-reference/api/operation/POST_WorkflowImport/), and the token
 * is `POST /oauth/token` (https://developer.zuora.com/v1-api-reference/api/operation/createToken/).
 * Kept, the suffix sends the client secret to `/v1/oauth/token` for a 404 and a generic hint.
 *
 * A trailing `/v1` or `/v2` has that one meaning, so it is dropped rather than refused: refusing
 * would stop a pipeline over something flowferry knows for certain how to read. The warning names
 * `base-url` and the value to set, so the log is quiet once the input is fixed. Nothing has been
 * sent when this runs (it is part of connecting the client).
 */
const VERSION_SUFFIX = /\/v[12]$/i

const warned = new Set<string>()

export function atWorkflowApiRoot(settings: Settings<ZuoraSettings>, log: Logger): Settings<ZuoraSettings> {
  const given = settings.baseUrl
  if (!given || !VERSION_SUFFIX.test(given.pathname)) return settings
  const root = new URL(given.toString())
  root.pathname = given.pathname.replace(VERSION_SUFFIX, '') || '/'
  const shown = root.toString().replace(/\/$/, '')
  if (!warned.has(given.toString())) {
    warned.add(given.toString())
    log.warning(
      `${input(Input.BaseUrl)} '${given.toString()}' ends in '${given.pathname.slice(given.pathname.lastIndexOf('/'))}', the version prefix of Zuora's other REST APIs; ` +
        `the Workflow API and /oauth/token are at the host's root, so flowferry uses '${shown}'. Set ${setting(Input.BaseUrl, shown)} to silence this.`,
    )
  }
  root.pathname = root.pathname.replace(/\/+$/, '')
  return { ...settings, baseUrl: root }
}
