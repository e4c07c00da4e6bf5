import assert from 'node:assert/strict'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { Hono } from 'hono'
import { openEngine } from '../../engine.js'
import { createApp } from './http-app.js'

const INDEX = '<!doctype html><title>ui</title><script type="module" src="/assets/app-1a2b.js"></script>'

describe('serving the web UI beside the API', () => {
  const engine = openEngine({ db: ':memory:' })
  let dir: string
  let app: Hono
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'parallax-web-assets-'))
    await mkdir(join(dir, 'ui', 'assets'), { recursive: true })
    await writeFile(join(dir, 'ui', 'index.html'), INDEX)
    await writeFile(join(dir, 'ui', 'assets', 'app-1a2b.js'), 'console.log(1)')
    await writeFile(join(dir, 'ui', 'assets', 'app-1a2b.css'), 'body{}')
    await writeFile(join(dir, 'secret.txt'), 'outside the UI folder')
    app = createApp({ engine, web: join(dir, 'ui') })
  })
  after(async () => {
    await engine.close()
    await rm(dir, { recursive: true, force: true })
  })

  const html = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' }

  it('answers / with index.html, its type and a content security policy', async () => {
    const response = await app.request('/')
    assert.equal(response.status, 200)
    assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8')
    assert.match(response.headers.get('content-security-policy') ?? '', /script-src 'self'/)
    assert.equal(response.headers.get('cache-control'), 'no-cache')
    assert.equal(await response.text(), INDEX)
  })

  it('serves assets with their content types, cached for good', async () => {
    const js = await app.request('/assets/app-1a2b.js')
    assert.equal(js.status, 200)
    assert.equal(js.headers.get('content-type'), 'text/javascript; charset=utf-8')
    assert.match(js.headers.get('cache-control') ?? '', /immutable/)
    assert.equal(await js.text(), 'console.log(1)')
    const css = await app.request('/assets/app-1a2b.css')
    assert.equal(css.headers.get('content-type'), 'text/css; charset=utf-8')
  })

  it('answers a browser asking for a page of the UI with index.html', async () => {
    for (const path of ['/story/80a8b257e2c4b019', '/entity/Helen%20Achterberg', '/find?q=floods', '/ingest']) {
      const response = await app.request(path, { headers: html })
      assert.equal(response.status, 200, path)
      assert.equal(await response.text(), INDEX, path)
    }
  })

  it('keeps API routes first, also for a browser', async () => {
    const response = await app.request('/stories', { headers: html })
    assert.equal(response.status, 200)
    assert.match(response.headers.get('content-type') ?? '', /application\/json/)
    assert.deepEqual(await response.json(), { total: 0, limit: 50, offset: 0, stories: [] })
  })

  it('answers an unknown path with the JSON 404 when the client is not asking for a page', async () => {
    for (const [path, headers] of [['/story/x', {}], ['/assets/missing.js', html], ['/nothing.json', html]] as const) {
      const response = await app.request(path, { headers })
      assert.equal(response.status, 404, path)
      assert.equal((await response.json()).error.code, 'PARALLAX_ERR_NO_ROUTE', path)
    }
  })

  it('serves no file outside its folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt']) {
      const response = await app.request(path)
      assert.notEqual(await response.text(), 'outside the UI folder', path)
    }
  })

  it('answers HEAD without a body and other methods with the JSON 404', async () => {
    const head = await app.request('/', { method: 'HEAD' })
    assert.equal(head.status, 200)
    assert.equal(await head.text(), '')
    const post = await app.request('/ingest', { method: 'POST', headers: html })
    assert.equal(post.status, 404)
    assert.equal((await post.json()).error.code, 'PARALLAX_ERR_NO_ROUTE')
  })

  it('serves the API alone when the UI is turned off', async () => {
    const response = await createApp({ engine, web: false }).request('/', { headers: html })
    assert.equal(response.status, 404)
    assert.equal((await response.json()).error.code, 'PARALLAX_ERR_NO_ROUTE')
  })
})
