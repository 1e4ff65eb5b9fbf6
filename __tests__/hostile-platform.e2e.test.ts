import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { ServerResponse } from 'node:http'
import { describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { credentialInputs } from '../src/input-names.js'
import { platformNames } from '../src/platforms/registry.js'
import { runBundle } from './helpers/action.js'
import { expectNothingObeyed } from './helpers/hostile-checks.js'
import { inject, sendJson, useHostilePlatforms, type Exchange, type HostileBehaviour, type HostilePlatform } from './helpers/hostile-platform.js'
import { MARK } from './helpers/hostile.js'
import { useTempDirs } from './helpers/workspace.js'

const hostile = useHostilePlatforms()
const tempDir = useTempDirs()

/**
 * What a compromised platform writes into a field: a new line that is a command in each form
 * the runner obeys, Markdown and HTML, a presigned link, terminal escapes.
 */
const PAYLOAD = `\n::set-output name=${MARK}::1\r::notice::${MARK} ##[add-mask]${MARK} \u0085::stop-commands::${MARK}\r\n<img src=x onerror=${MARK}> [${MARK}](https://evil.example/x?sig=${MARK}) @octocat \u001b[2K`

/** The fields of each platform's replies that flowferry shows (statuses left out: see the Kore.ai case). */
const LABEL_KEYS = /^(name|Name|Title|title|Type|jobType|action|message|msg|reason|error|error_description|error_msg|errorMsg|Message|ExceptionMessage|code|request_id|requestId|update_time)$/
/** The fields that name something flowferry sends back or writes to an output. */
const ID_KEYS = /^(id|_id|Id|fileId|dockStatusId|dock-statusId|workflowId|toolId|workflow_definition_id|original_workflow_id|originalWorkflowId|HierarchyItemId|ParentId|sessionId)$/

/** A header a proxy or gateway adds, holding what it can (no line breaks in a header). */
const HEADERS = { 'x-request-id': `::stop-commands::${MARK} ##[add-mask]${MARK}`, 'zuora-request-id': `##[error]${MARK}` }

/** An error body in every shape the four platforms document, echoing what the request carried. */
function refusal(exchange: Exchange, body: Buffer, res: ServerResponse): true {
  const carried = [
    ...['x-api-key', 'accesskey', 'authorization', 'x-auth-token', 'x-security-token'].map((name) => exchange.requestHeaders[name]).filter((v): v is string => typeof v === 'string'),
    body.length < 4096 ? body.toString('utf8') : '',
  ].filter(Boolean)
  const echo = carried.flatMap((value) => [value, encodeURIComponent(value), Buffer.from(value).toString('base64'), JSON.stringify(value)]).join(' ')
  const message = `refused${PAYLOAD} you sent: ${echo}`
  return sendJson(
    res,
    400,
    {
      message,
      msg: message,
      error: 'invalid_client',
      error_description: message,
      error_code: `E${PAYLOAD}`,
      error_msg: message,
      Message: message,
      ExceptionMessage: message,
      errors: [{ msg: message, message, title: message, code: `C${PAYLOAD}` }],
      reasons: [{ code: `R${PAYLOAD}`, message }],
      request_id: `r${PAYLOAD}`,
    },
    HEADERS,
  )
}

interface Setup {
  platform: HostilePlatform
  behaviour: HostileBehaviour
  workspace: string
  common: Record<string, string>
  secrets: string[]
  exportInputs: Record<string, string>
  importInputs: Record<string, string>
}

/** A hostile platform that behaves for the first, clean export (the bundle later runs import). */
async function setUp(name: string): Promise<Setup> {
  const behaviour: HostileBehaviour = {}
  const platform = await hostile(name, behaviour, { jobs: { durationMs: 200, outcome: 'success' } })
  const workspace = await tempDir()
  const app = platform.sandbox.app
  const common = { platform: name, 'base-url': platform.url, ...app.inputs, 'poll-interval': '200ms', timeout: '20s' }
  const secrets = [
    ...Object.entries(app.inputs)
      .filter(([input]) => (credentialInputs as readonly string[]).includes(input))
      .map(([, value]) => value),
    ...(app.secrets?.() ?? []),
  ].filter((value) => value.length >= 4)
  if (app.demo?.vars) await writeFile(path.join(workspace, 'vars.yml'), stringify(app.demo.vars))
  const exportInputs = { ...common, ...app.demo?.export, operation: 'export', 'upload-artifact': 'false' }
  const importInputs = { ...common, ...app.demo?.import, ...(app.demo?.vars ? { 'vars-file': 'vars.yml' } : {}), operation: 'import', path: 'bundle' }
  const clean = await runBundle({ workspace, inputs: { ...exportInputs, path: 'bundle' } })
  expect(clean.outputs.status, clean.stdout.slice(-2000)).toBe('succeeded')
  return { platform, behaviour, workspace, common, secrets, exportInputs, importInputs }
}

describe.each(platformNames())('a compromised %s platform', (name) => {
  it('command lines, Markdown and links in every field flowferry shows: shown as text, nothing obeyed', async () => {
    const setup = await setUp(name)
    setup.behaviour.tamper = (value) => inject(value, LABEL_KEYS, PAYLOAD)
    setup.behaviour.headers = HEADERS
    for (const inputs of [{ ...setup.exportInputs, path: 'hostile-export' }, setup.importInputs]) {
      const run = await runBundle({ workspace: setup.workspace, inputs, debug: true })
      expectNothingObeyed(run, setup.secrets)
    }
  })

  it('ids holding command lines: refused with a clear error, nothing obeyed', async () => {
    const setup = await setUp(name)
    setup.behaviour.tamper = (value) => inject(value, ID_KEYS, PAYLOAD)
    for (const inputs of [{ ...setup.exportInputs, path: 'hostile-export' }, setup.importInputs]) {
      const run = await runBundle({ workspace: setup.workspace, inputs })
      expectNothingObeyed(run, setup.secrets)
      if (run.outputs.status === 'failed') expect(run.stdout).toMatch(/::error::.*(control character|not a|no )/)
    }
  })

  it('error replies that echo the credentials in every spelling: refused, and not a piece of a secret shown', async () => {
    const setup = await setUp(name)
    setup.behaviour.answer = (exchange, body, res) => refusal(exchange, body, res)
    for (const inputs of [{ ...setup.exportInputs, path: 'hostile-export' }, setup.importInputs]) {
      const run = await runBundle({ workspace: setup.workspace, inputs, debug: true })
      expect(run.outputs.status).toBe('failed')
      expect(run.exitCode).toBe(1)
      expectNothingObeyed(run, setup.secrets)
    }
  })
})

describe('secrets in other spellings', () => {
  it('a Zuora token endpoint that echoes the posted form (+, %7E, %21 …): not in result, summary or log', async () => {
    const clientSecret = "zs K+x/7~p!Q(2)v*N'9w-0123456789"
    const platform = await hostile('zuora', { answer: (exchange, body, res) => exchange.path.startsWith('/oauth/token') && refusal(exchange, body, res) })
    const workspace = await tempDir()
    const inputs = { platform: 'zuora', 'base-url': platform.url, 'client-id': 'c-1f2e3d', 'client-secret': clientSecret, operation: 'export', 'workflow-id': '19080' }
    const run = await runBundle({ workspace, inputs, debug: true })
    expect(run.outputs.status).toBe('failed')
    expect(run.outputs.result).toContain('/oauth/token failed with HTTP 400')
    expectNothingObeyed(run, [clientSecret])
  })
})

describe('secrets echoed with some characters escaped, as hex, or split over lines', () => {
  it('a Leapwork (.NET) error echoing the key as System.Text.Json, HTML entities, hex and broken lines: nothing of it shown', async () => {
    const apiKey = "L+/~!*()'-key-for-the-escapes-9z="
    const escapes = [
      // System.Text.Json's default encoder: + and ' as \u002B and \u0027, the rest as it is.
      apiKey.replace(/[+']/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`),
      [...apiKey].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join(''),
      [...apiKey].map((c) => (/[A-Za-z0-9]/.test(c) ? c : `&#${c.charCodeAt(0)};`)).join(''),
      Buffer.from(apiKey).toString('hex'),
      Buffer.from(apiKey).toString('hex').toUpperCase(),
      `${apiKey.slice(0, 14)}\n${apiKey.slice(14)}`,
      `${apiKey.slice(0, 16)}\r\n   ${apiKey.slice(16)}`,
    ]
    const platform = await hostile('leapwork', {
      answer: (_exchange, _body, res) => sendJson(res, 400, { Message: `Bad access key. You sent: ${escapes.join(' | ')}` }),
    })
    const workspace = await tempDir()
    const inputs = { platform: 'leapwork', 'base-url': platform.url, 'api-key': apiKey, operation: 'export', 'workflow-id': 'c7d8e9f0-1a2b-4c3d-8e4f-5a6b7c8d9e0f' }
    const run = await runBundle({ workspace, inputs, debug: true })
    expect(run.outputs.status).toBe('failed')
    expect(run.outputs.result).toContain('You sent:')
    const readable = [run.stdout, run.stderr, JSON.stringify(run.outputs), run.summary].join('\n').split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n')
    for (const escaped of escapes) {
      for (const piece of escaped.split(/\r?\n\s*/)) expect(readable, piece).not.toContain(piece.slice(0, 12))
    }
    expectNothingObeyed(run, [apiKey])
  })
})

describe('presigned links', () => {
  it('a Kore.ai download link on another origin: used, but its query is in no output, log or summary', async () => {
    const platform = await hostile('koreai', {}, { jobs: { durationMs: 200, outcome: 'success' }, config: { downloadOrigin: 'foreign' } })
    const workspace = await tempDir()
    const app = platform.sandbox.app
    const inputs = { platform: 'koreai', 'base-url': platform.url, ...app.inputs, ...app.demo?.export, operation: 'export', path: 'bundle', 'upload-artifact': 'false', 'poll-interval': '200ms' }
    const run = await runBundle({ workspace, inputs, debug: true })
    expect(run.outputs.status, run.stdout.slice(-2000)).toBe('succeeded')
    expect(run.outputs['download-url']).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/exports\/[^?]+\.zip$/)
    const readable = [run.stdout, run.stderr, JSON.stringify(run.outputs), run.summary].join('\n')
    expect(readable).not.toMatch(/\.zip\?s=/)
  })

  it('a Kore.ai job status holding command lines: the job is never taken as done, and nothing is obeyed', async () => {
    const setup = await setUp('koreai')
    setup.behaviour.tamper = (value) => inject(value, /^status$/, PAYLOAD)
    const run = await runBundle({ workspace: setup.workspace, inputs: { ...setup.importInputs, timeout: '3s' } })
    expect(['timed-out', 'failed']).toContain(run.outputs.status)
    expectNothingObeyed(run, setup.secrets)
  })
})
