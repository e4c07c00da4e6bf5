import assert from 'node:assert/strict'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, describe, it } from 'node:test'
import { isParallaxError } from './core/errors.js'
import { isPublicAddress, openEngine } from './engine.js'

const REPORT = [
  'Harbour workers in Tessel walked out on Monday over a pay offer that their union called an insult.',
  'The strike closed the container terminal for the first time in eleven years, the port authority said.',
  'Union leader Amira Holt told reporters: “We will stay out until the offer is doubled.”',
].join('\n')

const OTHER = [
  'The Tessel city council voted on Tuesday to rebuild the old swing bridge over the river Amm.',
  'Work will begin in the spring and take two years, the mayor said after the vote.',
].join('\n')

describe('engine ingestContent', () => {
  it('stores text with the sender’s metadata winning and recorded as supplied', async () => {
    const engine = openEngine({ db: ':memory:' })
    const report = await engine.ingestContent([{ content: REPORT, meta: { outlet: 'Tessel Post', title: 'Port strike', publishedAt: '2026-05-04' } }])
    assert.equal(report.stored, 1)
    const { view } = await engine.show(report.outcomes[0]!.articleId!)
    assert.equal(view.article.outlet, 'Tessel Post')
    assert.equal(view.article.title, 'Port strike')
    assert.deepEqual(view.article.publishedAt, { value: '2026-05-04', precision: 'day', inferred: false, source: 'supplied:publishedAt' })
    assert.equal(view.article.input, 'content:Tessel Post')
    await engine.close()
  })

  it('reads HTML content with the HTML reader', async () => {
    const engine = openEngine({ db: ':memory:' })
    const html = `<!doctype html><html><head><title>Bridge vote</title><meta property="og:site_name" content="Amm Herald"></head><body><article>${OTHER.split('\n').map((p) => `<p>${p}</p>`).join('')}</article></body></html>`
    const report = await engine.ingestContent([{ content: html, format: 'html' }])
    const { view } = await engine.show(report.outcomes[0]!.articleId!)
    assert.equal(view.article.outlet, 'Amm Herald')
    assert.match(view.article.text, /^The Tessel city council voted/)
    await engine.close()
  })

  it('reads JSON Lines content line by line and names a bad line by its number', async () => {
    const engine = openEngine({ db: ':memory:' })
    const lines = [JSON.stringify({ text: REPORT, outlet: 'Tessel Post' }), '{not json', JSON.stringify({ text: OTHER })].join('\n')
    const report = await engine.ingestContent([{ content: lines, format: 'jsonl', input: 'batch' }])
    assert.deepEqual(report.outcomes.map((o) => [o.input, o.status]), [['batch:1', 'stored'], ['batch:2', 'failed'], ['batch:3', 'stored']])
    assert.equal(report.outcomes[1]!.error?.code, 'PARALLAX_ERR_JSONL_PARSE')
    await engine.close()
  })

  it('reads bytes as a file of that name would be read, refusing an image', async () => {
    const engine = openEngine({ db: ':memory:' })
    const report = await engine.ingestContent([
      { content: new TextEncoder().encode(REPORT), input: 'strike.txt' },
      { content: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]), input: 'photo.png' },
    ])
    assert.deepEqual(report.outcomes.map((o) => o.status), ['stored', 'failed'])
    assert.match(report.outcomes[1]!.error!.message, /photo\.png: PNG image, not an article/)
    await engine.close()
  })

  it('links the same text sent by another outlet to the stored article as a copy', async () => {
    const engine = openEngine({ db: ':memory:' })
    const first = await engine.ingestContent([{ content: REPORT, meta: { outlet: 'Tessel Post' } }])
    const second = await engine.ingestContent([{ content: REPORT, meta: { outlet: 'Amm Herald' } }])
    const again = await engine.ingestContent([{ content: REPORT, meta: { outlet: 'Tessel Post' } }])
    assert.equal(second.outcomes[0]!.status, 'duplicate')
    assert.equal(second.outcomes[0]!.duplicateOf?.articleId, first.outcomes[0]!.articleId)
    assert.equal(again.outcomes[0]!.status, 'exists')
    await engine.close()
  })

  it('refuses a date that is not one, naming the field, and stores nothing', async () => {
    const engine = openEngine({ db: ':memory:' })
    await assert.rejects(
      engine.ingestContent([{ content: OTHER }, { content: REPORT, meta: { publishedAt: 'last Tuesday' } }]),
      (error) => isParallaxError(error) && error.code === 'PARALLAX_ERR_USAGE' && error.input === 'publishedAt' && /not a date: "last Tuesday"/.test(error.reason),
    )
    assert.equal((await engine.count()).articles, 0)
    await engine.close()
  })

  it('refuses a URL that is not http(s), naming the field', async () => {
    const engine = openEngine({ db: ':memory:' })
    await assert.rejects(engine.ingestContent([{ url: 'file:///etc/passwd' }]), (error) => isParallaxError(error) && error.input === 'url')
    await engine.close()
  })
})

describe('engine ingestContent with URLs', () => {
  let base = ''
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(REPORT))
  before(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  after(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('fetches a URL and keeps the sender’s outlet over the page’s', async () => {
    const engine = openEngine({ db: ':memory:' })
    const report = await engine.ingestContent([{ url: `${base}/strike`, meta: { outlet: 'Tessel Post' } }])
    assert.equal(report.outcomes[0]!.input, `${base}/strike`)
    const { view } = await engine.show(report.outcomes[0]!.articleId!)
    assert.equal(view.article.outlet, 'Tessel Post')
    assert.equal(view.article.url, `${base}/strike`)
    await engine.close()
  })

  it('applies the fetch guard given for the call', async () => {
    const engine = openEngine({ db: ':memory:' })
    const report = await engine.ingestContent([{ url: `${base}/strike` }], { fetch: { allowAddress: isPublicAddress } })
    assert.equal(report.outcomes[0]!.status, 'failed')
    assert.match(report.outcomes[0]!.error!.reason, /refused: 127\.0\.0\.1 is a loopback address/)
    await engine.close()
  })
})
