import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readBundle } from '../src/core/bundle-read.js'
import { diffDocuments } from '../src/core/diff.js'
import { parseDuration } from '../src/core/duration.js'
import { FlowferryError } from '../src/core/errors.js'
import { filenameOf } from '../src/core/http/download.js'
import { parseRetryAfter } from '../src/core/http/retry.js'
import { jsonSyntaxError, locatePath } from '../src/core/json-location.js'
import { fitsTemplate } from '../src/core/placeholders.js'
import { redactSecrets } from '../src/core/redaction.js'
import { unsafeName } from '../src/core/names.js'
import { url } from '../src/inputs.js'
import { errorText, parseFileId, parseJob, parseSessionId } from '../src/platforms/koreai/replies.js'
import { parseTargetFolder, resolvePath } from '../src/platforms/leapwork/folders.js'
import * as leapwork from '../src/platforms/leapwork/replies.js'
import { errorDetail, exportRefusal, nameInExport, parseImportReply, parseWorkflowPage, versionInExport } from '../src/platforms/secmaster/replies.js'
import { byTaskName, calloutSecrets, checkDocument } from '../src/platforms/zuora/bundle.js'
import * as zuora from '../src/platforms/zuora/replies.js'
import { parseOutputFile } from '../src/sandbox/github/runner.js'

/** Fixed seed and run count: the same cases in every CI run, and a failure can be replayed. */
const runs = { numRuns: 300, seed: 20261125 }

/** Anything JSON.parse could return, and more: what a hostile or broken platform might send. */
const anyValue = fc.oneof(fc.jsonValue(), fc.anything())

/** Calls `fn`; the only acceptable throw is one of flowferry's own typed errors. */
function onlyTypedErrors(fn: () => unknown): void {
  try {
    fn()
  } catch (error) {
    if (!(error instanceof FlowferryError)) throw error
  }
}

describe('platform reply parsers never throw anything but typed errors', () => {
  it('Kore.ai job replies', () => {
    fc.assert(fc.property(anyValue, (value) => onlyTypedErrors(() => parseJob(value, 'poll'))), runs)
    const reply = fc.record(
      {
        status: fc.oneof(fc.constantFrom('IN_PROGRESS', 'SUCCESS', 'FAILED', 'success'), fc.string()),
        dockStatusId: fc.string(),
        'dock-statusId': fc.string(),
        _id: fc.oneof(fc.string(), fc.integer()),
        percentageComplete: fc.oneof(fc.integer(), fc.string(), fc.constant(null)),
        response: fc.oneof(fc.record({ downloadUrl: fc.string() }, { requiredKeys: [] }), fc.constant(null)),
      },
      { requiredKeys: ['status'] },
    )
    fc.assert(
      fc.property(reply, (value) => {
        onlyTypedErrors(() => {
          const job = parseJob(value, 'poll')
          expect(['running', 'succeeded', 'failed']).toContain(job.state)
        })
      }),
      runs,
    )
  })

  it('Kore.ai upload and session replies, and error bodies', () => {
    fc.assert(fc.property(anyValue, (value) => onlyTypedErrors(() => parseFileId(value, 'upload'))), runs)
    fc.assert(fc.property(anyValue, (value) => onlyTypedErrors(() => parseSessionId(value, 'session'))), runs)
    fc.assert(fc.property(fc.string(), (text) => void errorText(text)), runs)
    fc.assert(fc.property(fc.jsonValue(), (value) => void errorText(JSON.stringify(value))), runs)
  })
})

describe('Zuora reply parsers and document rules', () => {
  it('token, import, version-list and error replies', () => {
    fc.assert(fc.property(anyValue, (value) => onlyTypedErrors(() => zuora.parseToken(value))), runs)
    fc.assert(fc.property(anyValue, (value) => onlyTypedErrors(() => zuora.parseImport(value, 'import'))), runs)
    fc.assert(fc.property(anyValue, (value) => onlyTypedErrors(() => zuora.parseVersions(value, 'versions'))), runs)
    fc.assert(fc.property(anyValue, (value) => void zuora.documentFacts(value)), runs)
    fc.assert(fc.property(fc.string(), (text) => void zuora.errorText(text)), runs)
    fc.assert(fc.property(fc.jsonValue(), (value) => void zuora.errorText(JSON.stringify(value))), runs)
  })

  it('export documents of any shape: checked, compared and searched for secrets without a crash', () => {
    const task = fc.record({ id: fc.oneof(fc.nat(5), fc.string(), fc.constant(null)), name: fc.oneof(fc.string(), fc.nat()), task_id: fc.oneof(fc.nat(5), fc.constant(null)), action_type: fc.string(), parameters: fc.jsonValue() }, { requiredKeys: [] })
    const link = fc.record({ linkage_type: fc.oneof(fc.constantFrom('Start', 'Success', 'Finish'), fc.string()), source_task_id: fc.oneof(fc.nat(5), fc.constant(null), fc.string()), target_task_id: fc.oneof(fc.nat(5), fc.constant(null)) }, { requiredKeys: [] })
    const document = fc.oneof(fc.jsonValue(), fc.record({ workflow: fc.jsonValue(), tasks: fc.oneof(fc.array(task), fc.jsonValue()), linkages: fc.oneof(fc.array(link), fc.jsonValue()) }, { requiredKeys: [] }))
    fc.assert(
      fc.property(document, (value) => {
        const text = JSON.stringify(value)
        checkDocument(value, text, 'workflow.json')
        void diffDocuments(byTaskName(value), byTaskName(value))
        void calloutSecrets(value)
      }),
      runs,
    )
  })
})

describe('SecMaster reply parsers never throw anything but typed errors', () => {
  it('error bodies of every documented shape, and anything else', () => {
    const shaped = fc.oneof(
      fc.record({ code: fc.oneof(fc.string(), fc.integer()), message: fc.string() }, { requiredKeys: [] }),
      fc.record({ error_code: fc.oneof(fc.constant('APIG.0308'), fc.string()), error_msg: fc.string() }, { requiredKeys: [] }),
      fc.record({ errorCode: fc.string(), errorMsg: fc.anything() }, { requiredKeys: [] }),
      fc.record({ error: fc.record({ code: fc.string(), message: fc.string() }, { requiredKeys: [] }) }),
    )
    fc.assert(fc.property(fc.string(), fc.integer({ min: 400, max: 599 }), (text, status) => void errorDetail(status, {}, text)), runs)
    fc.assert(
      fc.property(fc.oneof(shaped, fc.jsonValue()), (value) => {
        const detail = errorDetail(400, { 'x-request-id': 'r-1' }, JSON.stringify(value))
        expect(typeof detail.message).toBe('string')
        expect(detail.requestId).toBe('r-1')
      }),
      runs,
    )
  })

  it('import replies, list pages and export files', () => {
    fc.assert(fc.property(anyValue, (value) => onlyTypedErrors(() => parseImportReply(value, 'import'))), runs)
    const page = fc.record(
      {
        success: fc.oneof(fc.boolean(), fc.constant(null)),
        total: fc.oneof(fc.integer(), fc.string(), fc.constant(null)),
        data: fc.oneof(fc.array(fc.oneof(fc.record({ id: fc.oneof(fc.string(), fc.integer()), name: fc.oneof(fc.string(), fc.constant(null)) }), fc.anything())), fc.constant(null)),
      },
      { requiredKeys: [] },
    )
    fc.assert(fc.property(fc.oneof(anyValue, page), (value) => onlyTypedErrors(() => parseWorkflowPage(value, 'list'))), runs)
    fc.assert(
      fc.property(anyValue, (value) => {
        nameInExport(value)
        versionInExport(value)
        exportRefusal(value)
      }),
      runs,
    )
  })
})

describe('Leapwork reply parsers and folder paths', () => {
  it('hierarchy, created-folder and import replies, and error bodies', () => {
    fc.assert(fc.property(anyValue, (value) => onlyTypedErrors(() => leapwork.parseHierarchy(value, 'read'))), runs)
    fc.assert(fc.property(anyValue, (value) => onlyTypedErrors(() => leapwork.parseCreatedFolder(value, 'create'))), runs)
    fc.assert(fc.property(anyValue, (value) => onlyTypedErrors(() => leapwork.parseImportReply(value, 'import'))), runs)
    fc.assert(fc.property(fc.string(), (text) => void leapwork.errorText(text)), runs)
    const node = fc.letrec((tie) => ({
      node: fc.record(
        {
          $id: fc.string(),
          Id: fc.oneof(fc.uuid(), fc.integer()),
          Title: fc.oneof(fc.constantFrom('Team A', 'Regression', 'Archive'), fc.string(), fc.constant(null)),
          Type: fc.oneof(fc.constantFrom('Folder', 'Flow', 'folder'), fc.string()),
          Children: fc.oneof(fc.constant(null), fc.array(tie('node'), { maxLength: 3 })),
        },
        { requiredKeys: ['Id'] },
      ),
    })).node
    const target = fc.oneof(fc.constantFrom('Team A/Regression', 'Archive', '/Team A/', 'a//b'), fc.string())
    fc.assert(
      fc.property(fc.array(node, { maxLength: 4 }), target, (roots, folder) =>
        onlyTypedErrors(() => {
          const parsed = parseTargetFolder(folder)
          if (parsed.kind === 'path') resolvePath(leapwork.parseHierarchy(roots, 'read'), parsed.segments)
        }),
      ),
      runs,
    )
  })
})

describe('the manifest', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'flowferry-fuzz-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('a manifest of any content is read or refused with a BundleError, never a crash', async () => {
    const manifest = fc.oneof(
      fc.string(),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc
        .record({
          schema: fc.oneof(fc.constant(1), fc.anything()),
          platform: fc.oneof(fc.constant('koreai'), fc.string()),
          name: fc.string(),
          files: fc.array(fc.record({ path: fc.string(), role: fc.string(), bytes: fc.integer(), sha256: fc.string() })),
        })
        .map((v) => JSON.stringify(v)),
    )
    await fc.assert(
      fc.asyncProperty(manifest, async (text) => {
        await writeFile(path.join(dir, 'flowferry.json'), text)
        try {
          await readBundle(dir, 'koreai')
        } catch (error) {
          if (!(error instanceof FlowferryError)) throw error
        }
      }),
      { ...runs, numRuns: 150 },
    )
  })
})

describe('inputs and small parsers', () => {
  it('durations: a number of milliseconds or undefined, never a throw', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const ms = parseDuration(text)
        expect(ms === undefined || (Number.isFinite(ms) && ms >= 0)).toBe(true)
      }),
      runs,
    )
  })

  it('URLs: accepted as http(s) without credentials, or refused with an InputError', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl({ withQueryParameters: true, withFragments: true })), fc.boolean(), (text, allowHttp) =>
        onlyTypedErrors(() => {
          const parsed = url('base-url', text, allowHttp)
          expect(['http:', 'https:']).toContain(parsed.protocol)
          expect(parsed.username + parsed.password + parsed.search).toBe('')
        }),
      ),
      runs,
    )
  })

  it('Retry-After, Content-Disposition, runner output files, zip entry names, JSON positions', () => {
    fc.assert(fc.property(fc.string(), (text) => void parseRetryAfter(text, Date.now())), runs)
    fc.assert(fc.property(fc.string(), (text) => void filenameOf(text)), runs)
    fc.assert(fc.property(fc.string(), (text) => void parseOutputFile(text)), runs)
    fc.assert(fc.property(fc.string(), (name) => void unsafeName(name)), runs)
    fc.assert(fc.property(fc.string(), (text) => void jsonSyntaxError(text)), runs)
    fc.assert(fc.property(fc.string(), fc.array(fc.oneof(fc.string(), fc.nat())), (text, p) => void locatePath(text, p)), runs)
  })

  it('redaction and diff take any document', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value)
        const { text: out } = redactSecrets(text)
        expect(() => JSON.parse(out)).not.toThrow()
      }),
      runs,
    )
    fc.assert(fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => void diffDocuments(a, b, { matchBy: { '': 'id' } })), runs)
    fc.assert(fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => void fitsTemplate(a, b)), runs)
  })
})
