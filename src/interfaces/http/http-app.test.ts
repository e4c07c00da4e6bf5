import assert from 'node:assert/strict'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import type { Hono } from 'hono'
import { openEngine, type Engine } from '../../engine.js'
import { createApp, type AppOptions } from './http-app.js'

const DEMO = fileURLToPath(new URL('../../../demo/corpus/', import.meta.url))

const STRIKE = [
  'Harbour workers in Tessel walked out on Monday over a pay offer that their union called an insult.',
  'The strike closed the container terminal for the first time in eleven years, the port authority said.',
  'Union leader Amira Holt told reporters: “We will stay out until the offer is doubled.”',
].join('\n')

const BRIDGE = [
  'The Tessel city council voted on Tuesday to rebuild the old swing bridge over the river Amm.',
  'Work will begin in the spring and take two years, the mayor said after the vote.',
].join('\n')

const postJson = (app: Hono, body: unknown, headers: Record<string, string> = {}) =>
  app.request('/articles', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) })

/** An app over a fresh in-memory engine, closed after the suite. */
function freshApp(options: Omit<AppOptions, 'engine'> = {}): Hono {
  const engine = openEngine({ db: ':memory:' })
  after(() => engine.close())
  return createApp({ engine, ...options })
}

async function errorOf(response: Response) {
  return ((await response.json()) as { error: { code: string; message: string; field?: string } }).error
}

describe('HTTP API reads over the demo corpus', () => {
  let engine: Engine
  let app: Hono
  before(async () => {
    engine = openEngine({ db: ':memory:' })
    await engine.ingest([DEMO])
    app = createApp({ engine })
  })
  after(() => engine.close())

  it('lists stored articles with the total and the copy count', async () => {
    const response = await app.request('/articles')
    assert.equal(response.status, 200)
    const body = await response.json()
    assert.equal(body.total, 14)
    assert.equal(body.copies, 1)
    assert.equal(body.articles.length, 14)
    assert.deepEqual([body.limit, body.offset], [50, 0])
  })

  it('pages through articles with limit and offset', async () => {
    const first = await (await app.request('/articles?limit=5')).json()
    const second = await (await app.request('/articles?limit=5&offset=5')).json()
    const all = await (await app.request('/articles?limit=10')).json()
    assert.equal(first.articles.length, 5)
    assert.equal(second.total, 14)
    assert.deepEqual([...first.articles, ...second.articles].map((a: { id: string }) => a.id), all.articles.map((a: { id: string }) => a.id))
  })

  it('answers an offset past the end with an empty page and the total', async () => {
    const body = await (await app.request('/articles?offset=100')).json()
    assert.deepEqual([body.articles.length, body.total], [0, 14])
  })

  it('shows one article with its layers', async () => {
    const { articles } = await (await app.request('/articles?limit=1')).json()
    const response = await app.request(`/articles/${articles[0].id}`)
    assert.equal(response.status, 200)
    const { article, copies } = await response.json()
    assert.equal(article.id, articles[0].id)
    for (const layer of ['sentences', 'entities', 'quotes', 'timexes', 'coref']) assert.ok(Array.isArray(article[layer]), layer)
    assert.ok(article.sentences.length > 0)
    assert.ok(Array.isArray(copies))
  })

  it('shows a copy with the article it copies', async () => {
    const copy = (await engine.list({ limit: 50 })).find((a) => a.copies > 0)!
    const copyId = (await engine.show(copy.id)).view.copies[0]!.id
    const body = await (await app.request(`/articles/${copyId}`)).json()
    assert.equal(body.copy.id, copyId)
    assert.equal(body.article.id, copy.id)
  })

  it('answers an unknown article id with 404 naming it', async () => {
    const response = await app.request('/articles/deadbeef')
    assert.equal(response.status, 404)
    const error = await errorOf(response)
    assert.equal(error.code, 'PARALLAX_ERR_NOT_FOUND')
    assert.match(error.message, /^deadbeef: no article or copy with this id$/)
  })

  it('lists canonical entities with the total, filtered by type', async () => {
    const all = await (await app.request('/entities?limit=500')).json()
    const people = await (await app.request('/entities?type=person&limit=500')).json()
    assert.equal(all.entities.length, all.total)
    assert.ok(people.total > 0 && people.total < all.total)
    assert.ok(people.entities.every((e: { type: string }) => e.type === 'PERSON'))
  })

  it('shows one entity by its id and by an alias', async () => {
    const { entities } = await (await app.request('/entities?type=PERSON')).json()
    const okafor = entities.find((e: { name: string }) => e.name === 'Adaeze Okafor')
    const byId = await (await app.request(`/entities/${encodeURIComponent(okafor.id)}`)).json()
    const byAlias = await (await app.request('/entities/okafor')).json()
    assert.equal(byId.name, 'Adaeze Okafor')
    assert.equal(byAlias.id, okafor.id)
  })

  it('answers an unknown entity with 404 naming it', async () => {
    const response = await app.request('/entities/Nobody%20Atall')
    assert.equal(response.status, 404)
    assert.match((await errorOf(response)).message, /^Nobody Atall: no entity/)
  })

  it('lists quotes, and a speaker’s quotes by surname', async () => {
    const all = await (await app.request('/quotes?limit=500')).json()
    const ferrant = await (await app.request('/quotes?speaker=Ferrant')).json()
    assert.equal(all.quotes.length, all.total)
    assert.ok(ferrant.total > 0 && ferrant.total < all.total)
    assert.ok(ferrant.quotes.every((q: { speaker: { name: string } }) => /Ferrant/.test(q.speaker.name)))
  })

  it('searches titles and bodies', async () => {
    const response = await app.request('/search?q=Calloway')
    assert.equal(response.status, 200)
    const body = await response.json()
    assert.equal(body.query, 'Calloway')
    assert.ok(body.hits.length >= 2)
    assert.ok(body.hits.every((h: { id: string; snippet: string }) => h.id && h.snippet))
  })

  it('answers a search without q with 400 naming q', async () => {
    const response = await app.request('/search')
    assert.equal(response.status, 400)
    const error = await errorOf(response)
    assert.deepEqual([error.code, error.field, error.message], ['PARALLAX_ERR_VALIDATION', 'q', 'q: is required'])
  })

  it('answers a limit that is not a number with 400 naming limit', async () => {
    const response = await app.request('/articles?limit=ten')
    assert.equal(response.status, 400)
    const error = await errorOf(response)
    assert.equal(error.field, 'limit')
    assert.match(error.message, /limit: must be an integer, not "ten"/)
  })

  it('answers a limit out of range with 400 giving the range', async () => {
    const response = await app.request('/quotes?limit=0')
    assert.equal(response.status, 400)
    assert.match((await errorOf(response)).message, /limit: must be between 1 and 500, not 0/)
  })

  it('answers an unknown route with 404 naming it', async () => {
    const response = await app.request('/nothing/here')
    assert.equal(response.status, 404)
    assert.deepEqual(await errorOf(response), { code: 'PARALLAX_ERR_NO_ROUTE', message: 'no route GET /nothing/here' })
  })

  it('serves its OpenAPI document', async () => {
    const response = await app.request('/openapi.json')
    assert.equal(response.status, 200)
    const doc = await response.json()
    assert.equal(doc.openapi, '3.1.0')
    assert.ok(doc.paths['/articles'].post)
  })
})

describe('HTTP API ingest', () => {
  it('stores a JSON article and answers with its id, the sender’s metadata winning', async () => {
    const app = freshApp()
    const response = await postJson(app, { text: STRIKE, outlet: 'Tessel Post', title: 'Port strike', publishedAt: '2026-05-04' })
    assert.equal(response.status, 200)
    const report = await response.json()
    assert.deepEqual([report.stored, report.outcomes[0].status, report.outcomes[0].error], [1, 'stored', null])
    const { article } = await (await app.request(`/articles/${report.outcomes[0].articleId}`)).json()
    assert.deepEqual([article.outlet, article.title, article.publishedAt.value], ['Tessel Post', 'Port strike', '2026-05-04'])
  })

  it('stores a JSON article given as HTML', async () => {
    const app = freshApp()
    const html = `<html><head><title>Bridge vote</title></head><body><article>${BRIDGE.split('\n').map((p) => `<p>${p}</p>`).join('')}</article></body></html>`
    const report = await (await postJson(app, { html, input: 'bridge.html' })).json()
    assert.deepEqual(report.outcomes.map((o: { input: string; status: string }) => [o.input, o.status]), [['bridge.html', 'stored']])
  })

  it('links the same text from another outlet as a duplicate of the stored article', async () => {
    const app = freshApp()
    const first = await (await postJson(app, { text: STRIKE, outlet: 'Tessel Post' })).json()
    const second = await (await postJson(app, { text: STRIKE, outlet: 'Amm Herald' })).json()
    assert.equal(second.outcomes[0].status, 'duplicate')
    assert.deepEqual(second.outcomes[0].duplicateOf, { articleId: first.outcomes[0].articleId, kind: 'exact', similarity: 1 })
  })

  it('reports an article already stored under the same name as exists', async () => {
    const app = freshApp()
    await postJson(app, { text: STRIKE, input: 'strike' })
    const again = await (await postJson(app, { text: STRIKE, input: 'strike' })).json()
    assert.deepEqual([again.unchanged, again.outcomes[0].status], [1, 'exists'])
  })

  it('stores JSON Lines line by line and reports a bad line beside the good ones', async () => {
    const app = freshApp()
    const body = [JSON.stringify({ text: STRIKE }), '{"text": 5}', JSON.stringify({ text: BRIDGE })].join('\n')
    const response = await app.request('/articles?input=batch', { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body })
    const report = await response.json()
    assert.deepEqual(report.outcomes.map((o: { input: string; status: string }) => [o.input, o.status]), [['batch:1', 'stored'], ['batch:2', 'failed'], ['batch:3', 'stored']])
    assert.match(report.outcomes[1].error.reason, /field 'text' must be a string/)
  })

  it('stores uploaded files, each under its file name', async () => {
    const app = freshApp()
    const form = new FormData()
    form.append('file', new File([STRIKE], 'strike.txt', { type: 'text/plain' }))
    form.append('file', new File([`<html><body><article><p>${BRIDGE.replace('\n', '</p><p>')}</p></article></body></html>`], 'bridge.html', { type: 'text/html' }))
    form.append('outlet', 'Tessel Post')
    const report = await (await app.request('/articles', { method: 'POST', body: form })).json()
    assert.deepEqual(report.outcomes.map((o: { input: string; status: string }) => [o.input, o.status]), [['strike.txt', 'stored'], ['bridge.html', 'stored']])
    const { article } = await (await app.request(`/articles/${report.outcomes[1].articleId}`)).json()
    assert.equal(article.outlet, 'Tessel Post')
  })

  it('answers an upload without a file with 400 naming file', async () => {
    const form = new FormData()
    form.append('outlet', 'Tessel Post')
    const response = await freshApp().request('/articles', { method: 'POST', body: form })
    assert.equal(response.status, 400)
    assert.equal((await errorOf(response)).field, 'file')
  })

  it('answers malformed JSON with 400 saying it is not JSON', async () => {
    const response = await postJson(freshApp(), '{"text": "unfinished')
    assert.equal(response.status, 400)
    const error = await errorOf(response)
    assert.equal(error.code, 'PARALLAX_ERR_BAD_BODY')
    assert.match(error.message, /^invalid JSON: /)
  })

  it('answers a JSON body that is not an object with 400', async () => {
    const response = await postJson(freshApp(), [{ text: STRIKE }])
    assert.equal(response.status, 400)
    assert.match((await errorOf(response)).message, /the body must be a JSON object, not an array/)
  })

  it('answers a JSON article without text, html or url with 400 naming the missing field', async () => {
    const response = await postJson(freshApp(), { outlet: 'Tessel Post' })
    assert.equal(response.status, 400)
    const error = await errorOf(response)
    assert.deepEqual([error.code, error.field], ['PARALLAX_ERR_VALIDATION', 'text'])
    assert.match(error.message, /one of text, html or url is required/)
  })

  it('answers a field of the wrong type with 400 naming the field and the type', async () => {
    const response = await postJson(freshApp(), { text: STRIKE, title: 7 })
    assert.equal(response.status, 400)
    const error = await errorOf(response)
    assert.equal(error.field, 'title')
    assert.equal(error.message, 'title: must be a string, not a number')
  })

  it('answers an unknown field with 400 naming it', async () => {
    const response = await postJson(freshApp(), { text: STRIKE, publishedat: '2026-05-04' })
    assert.equal(response.status, 400)
    const error = await errorOf(response)
    assert.equal(error.field, 'publishedat')
    assert.match(error.message, /unknown field/)
  })

  it('answers a publication date that is not a date with 400 naming publishedAt', async () => {
    const response = await postJson(freshApp(), { text: STRIKE, publishedAt: 'last Tuesday' })
    assert.equal(response.status, 400)
    const error = await errorOf(response)
    assert.deepEqual([error.field, error.message], ['publishedAt', 'publishedAt: not a date: "last Tuesday"'])
  })

  it('answers a URL that is not http(s) with 400 naming url', async () => {
    const response = await postJson(freshApp(), { url: 'ftp://files.example/strike.txt' })
    assert.equal(response.status, 400)
    assert.equal((await errorOf(response)).field, 'url')
  })

  it('answers a body over the limit with 413 giving the limit', async () => {
    const response = await postJson(freshApp({ bodyLimit: 1000 }), { text: 'x'.repeat(2000) })
    assert.equal(response.status, 413)
    const error = await errorOf(response)
    assert.equal(error.code, 'PARALLAX_ERR_BODY_TOO_LARGE')
    assert.match(error.message, /larger than the limit of 1000 bytes/)
  })

  it('answers a body over the limit sent without a content-length with 413', async () => {
    const chunks = ['{"text": "', 'y'.repeat(800), 'y'.repeat(800), '"}']
    const body = new ReadableStream({ pull: (controller) => (chunks.length ? controller.enqueue(new TextEncoder().encode(chunks.shift()!)) : controller.close()) })
    const response = await freshApp({ bodyLimit: 1000 }).request('/articles', { method: 'POST', headers: { 'content-type': 'application/json' }, body, duplex: 'half' } as RequestInit)
    assert.equal(response.status, 413)
  })

  it('answers an unsupported media type with 415 naming it and the accepted ones', async () => {
    const response = await freshApp().request('/articles', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: STRIKE })
    assert.equal(response.status, 415)
    const error = await errorOf(response)
    assert.equal(error.code, 'PARALLAX_ERR_MEDIA_TYPE')
    assert.match(error.message, /unsupported media type text\/plain; send application\/json, application\/x-ndjson or application\/jsonl, or multipart\/form-data/)
  })

  it('goes on serving after a bad request', async () => {
    const app = freshApp()
    assert.equal((await postJson(app, '{oops')).status, 400)
    const good = await postJson(app, { text: STRIKE })
    assert.equal(good.status, 200)
    assert.equal((await good.json()).stored, 1)
  })
})

describe('HTTP API token', () => {
  const app = freshApp({ token: 's3cret-token' })

  it('refuses a write without a token with 401', async () => {
    const response = await postJson(app, { text: STRIKE })
    assert.equal(response.status, 401)
    assert.match(response.headers.get('www-authenticate') ?? '', /^Bearer/)
    const error = await errorOf(response)
    assert.equal(error.code, 'PARALLAX_ERR_UNAUTHORIZED')
    assert.match(error.message, /needs Authorization: Bearer <token>/)
  })

  it('refuses a write with the wrong token with 401', async () => {
    const response = await postJson(app, { text: STRIKE }, { authorization: 'Bearer guess' })
    assert.equal(response.status, 401)
    assert.match((await errorOf(response)).message, /not this server's/)
  })

  it('accepts a write with the token', async () => {
    const response = await postJson(app, { text: STRIKE }, { authorization: 'Bearer s3cret-token' })
    assert.equal(response.status, 200)
  })

  it('answers reads without a token', async () => {
    assert.equal((await app.request('/articles')).status, 200)
  })
})

describe('HTTP API URL ingest', () => {
  let server: Server
  let base = ''
  before(async () => {
    server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(STRIKE))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  after(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('refuses a URL at a loopback address by default, naming the address', async () => {
    const report = await (await postJson(freshApp(), { url: `${base}/strike` })).json()
    assert.deepEqual([report.failed, report.outcomes[0].status, report.outcomes[0].error.code], [1, 'failed', 'PARALLAX_ERR_FETCH'])
    assert.match(report.outcomes[0].error.reason, /refused: 127\.0\.0\.1 is a loopback address/)
  })

  it('fetches a URL at a loopback address when private URLs are allowed', async () => {
    const report = await (await postJson(freshApp({ allowPrivateUrls: true }), { url: `${base}/strike`, outlet: 'Tessel Post' })).json()
    assert.deepEqual([report.stored, report.outcomes[0].input], [1, `${base}/strike`])
  })
})
