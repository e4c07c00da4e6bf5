import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import type { Hono } from 'hono'
import { openEngine, type Engine } from '../../engine.js'
import { createApp } from './http-app.js'
import type { StoryPage } from './http-stories.js'

const DEMO = fileURLToPath(new URL('../../../demo/corpus/', import.meta.url))

describe('HTTP API stories over the demo corpus', () => {
  let engine: Engine
  let app: Hono
  before(async () => {
    engine = openEngine({ db: ':memory:' })
    await engine.ingest([DEMO])
    app = createApp({ engine, web: false })
  })
  after(() => engine.close())

  it('lists stories, the most recently updated first, with the total', async () => {
    const response = await app.request('/stories')
    assert.equal(response.status, 200)
    const body = await response.json()
    assert.deepEqual(body.stories, await engine.stories({ limit: 50 }))
    assert.equal(body.total, body.stories.length)
    assert.ok(body.total >= 2)
    assert.deepEqual([body.limit, body.offset], [50, 0])
    for (const s of body.stories) assert.ok(s.id.startsWith('story:') && s.title && s.articles.length > 0 && Array.isArray(s.outlets), s.id)
  })

  it('pages through stories with limit and offset', async () => {
    const all = await (await app.request('/stories')).json()
    const second = await (await app.request('/stories?limit=1&offset=1')).json()
    assert.deepEqual(second.stories.map((s: { id: string }) => s.id), [all.stories[1].id])
    assert.equal(second.total, all.total)
  })

  it('answers a limit out of range with 400 naming limit', async () => {
    const response = await app.request('/stories?limit=501')
    assert.equal(response.status, 400)
    assert.equal((await response.json()).error.field, 'limit')
  })

  it('shows a story with its articles’ texts, the comparison and the brief, every span inside its text', async () => {
    const [first] = (await (await app.request('/stories')).json()).stories
    const response = await app.request(`/stories/${encodeURIComponent(first.id)}`)
    assert.equal(response.status, 200)
    const page = (await response.json()) as StoryPage
    assert.equal(page.story.id, first.id)
    assert.deepEqual(page.story.members.map((m) => m.id), first.articles)
    assert.deepEqual(page.articles.map((a) => a.id), first.articles)
    assert.equal(page.brief.title, first.title)
    const texts = new Map(page.articles.map((a) => [a.id, a.text]))
    const inside = (ref: { article: string; span: readonly [number, number] }) => {
      const text = texts.get(ref.article)
      assert.ok(text !== undefined, `span in an article of the story: ${ref.article}`)
      assert.ok(0 <= ref.span[0] && ref.span[0] <= ref.span[1] && ref.span[1] <= text.length, `${ref.article} [${ref.span}]`)
    }
    const { comparison } = page
    assert.ok(comparison.facts.length > 0)
    for (const f of comparison.facts) f.sources.forEach(inside)
    for (const q of comparison.quotes) for (const v of q.variants) {
      inside(v)
      assert.ok(texts.get(v.article)!.slice(v.span[0], v.span[1]).includes(v.text.slice(0, 10)))
    }
    for (const e of comparison.timeline) e.sources.forEach(inside)
    for (const s of page.brief.sections) for (const item of s.items) for (const c of item.citations) {
      inside(c)
      assert.equal(texts.get(c.article)!.slice(c.span[0], c.span[1]), c.excerpt)
    }
  })

  it('keeps the analysis layers out of the story page', async () => {
    const [first] = (await (await app.request('/stories')).json()).stories
    const page = await (await app.request(`/stories/${encodeURIComponent(first.id)}`)).json()
    assert.deepEqual(Object.keys(page.articles[0]).sort(), ['boilerplate', 'copiedBy', 'id', 'label', 'outlet', 'publishedAt', 'text', 'title'])
  })

  it('finds a story by the part of its id after the colon', async () => {
    const [first] = (await (await app.request('/stories')).json()).stories
    const page = await (await app.request(`/stories/${first.id.slice('story:'.length)}`)).json()
    assert.equal(page.story.id, first.id)
  })

  it('answers an unknown story id with 404 naming it', async () => {
    const response = await app.request('/stories/story:nothing')
    assert.equal(response.status, 404)
    const { error } = await response.json()
    assert.equal(error.code, 'PARALLAX_ERR_NOT_FOUND')
    assert.match(error.message, /^story:nothing: no story/)
  })
})
