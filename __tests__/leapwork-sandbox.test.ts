import { describe, expect, it } from 'vitest'
import { REGRESSION_ID, SANDBOX_ACCESS_KEY, SEEDED_FLOW_ID } from '../src/sandbox/emulators/leapwork/seed.js'
import { useSandbox } from './helpers/sandbox.js'

const sandbox = useSandbox()

/** The sandbox as the documentation describes the Controller, checked without flowferry's client. */
describe('the Leapwork sandbox', () => {
  async function controller(config: Record<string, unknown> = {}) {
    const server = await sandbox.platform('leapwork', { config })
    const call = async (method: string, path: string, key = SANDBOX_ACCESS_KEY) => {
      const reply = await fetch(`${server.url}${path}`, { method, headers: { accessKey: key } })
      const text = await reply.text()
      let body: unknown = text
      try {
        body = JSON.parse(text)
      } catch {
        // text
      }
      return { status: reply.status, body }
    }
    return { server, call }
  }

  it('serves the hierarchy on v3 and v4 with $id numbered in document order', async () => {
    const { call } = await controller()
    const v4 = await call('GET', '/api/v4/hierarchy')
    const v3 = await call('GET', '/api/v3/hierarchy')
    expect(v4.status).toBe(200)
    expect(v3.body).toEqual(v4.body)
    const ids: string[] = []
    JSON.stringify(v4.body, (key, value) => {
      if (key === '$id') ids.push(value as string)
      return value
    })
    expect(ids).toEqual(ids.map((_, i) => String(i + 1)))
    const roots = v4.body as { Id: string; Title: string; ParentId?: string; DateCreation: string; Children: { Title: string; ParentId: string }[] }[]
    expect(roots.map((r) => r.Title)).toEqual(['Team A', 'Archive', 'Archive'])
    expect(roots[0]!.ParentId).toBeUndefined()
    expect(roots[0]!.DateCreation).toMatch(/^\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d{2}:\d{2} (AM|PM) \+00:00$/)
    expect(roots[0]!.Children[0]).toMatchObject({ Title: 'Regression', ParentId: roots[0]!.Id })
    expect((await call('GET', `/api/v4/hierarchy/${SEEDED_FLOW_ID}`)).body).toMatchObject([{ $id: '1', Id: SEEDED_FLOW_ID, Type: 'Flow' }])
    expect((await call('GET', '/api/v4/hierarchy', 'wrong')).status).toBe(401)
  })

  it('creates folders as documented: 400 for empty titles, 409 for an existing one', async () => {
    const { call } = await controller()
    expect((await call('PUT', `/api/v4/hierarchy/create/folder/${REGRESSION_ID}`)).status).toBe(400)
    expect((await call('PUT', `/api/v4/hierarchy/create/folder/${REGRESSION_ID}?folder=A/`)).status).toBe(400)
    expect((await call('PUT', `/api/v4/hierarchy/create/folder/${REGRESSION_ID}?folder=A//B`)).status).toBe(400)
    const created = await call('PUT', `/api/v4/hierarchy/create/folder/${REGRESSION_ID}?folder=Nightly/Edge`)
    expect(created).toMatchObject({ status: 200, body: [{ $id: '1', HierarchyItemId: expect.stringMatching(/^[0-9a-f-]{36}$/) }] })
    expect((await call('PUT', `/api/v4/hierarchy/create/folder/${REGRESSION_ID}?folder=Nightly`)).status).toBe(409)
    expect((await call('PUT', '/api/v4/hierarchy/create/folder?folder=Project1/Feature1')).status).toBe(200)
  })

  it('answers imports into a flow or an unknown folder with 404, and a bad timeout with 400', async () => {
    const { call } = await controller()
    expect((await call('POST', `/api/v4/import/5/${SEEDED_FLOW_ID}`)).status).toBe(404)
    expect((await call('POST', '/api/v4/import/5/00000000-0000-4000-8000-000000000000')).status).toBe(404)
    expect((await call('POST', `/api/v4/import/soon/${REGRESSION_ID}`)).status).toBe(400)
  })

  it('hides the v4 hierarchy when told to, and serves export on a configured route', async () => {
    const { call } = await controller({ v4Hierarchy: false, exportRoute: 'POST /api/v4/items/{itemId}/export' })
    expect((await call('GET', '/api/v4/hierarchy')).status).toBe(404)
    expect((await call('GET', `/api/v4/export/5/${SEEDED_FLOW_ID}`)).status).toBe(404)
    const exported = await fetch(`${(await controller({ exportRoute: 'POST /api/v4/items/{itemId}/export' })).server.url}/api/v4/items/${SEEDED_FLOW_ID}/export`, {
      method: 'POST',
      headers: { AccessKey: SANDBOX_ACCESS_KEY },
    })
    expect(exported.status).toBe(200)
    expect(exported.headers.get('content-disposition')).toContain('filename="Login smoke test.zip"')
    expect(Buffer.from(await exported.arrayBuffer()).subarray(0, 2).toString()).toBe('PK')
  })
})
