import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { sharedPath, skipUnlessShared } from '../test/support/shared-data.js'
import { openEngine, renderHtml, renderMarkdown } from './engine.js'

const DEMO = fileURLToPath(new URL('../demo/corpus/', import.meta.url))
const FIXTURES = fileURLToPath(new URL('../test/fixtures/ingest/', import.meta.url))
const tmp = mkdtempSync(join(tmpdir(), 'parallax-engine-'))
after(() => rmSync(tmp, { recursive: true, force: true }))

describe('engine ingest', () => {
  it('links the syndicated copy in the demo corpus to its original instead of storing it', async () => {
    const engine = openEngine({ db: ':memory:' })
    const report = await engine.ingest([DEMO])
    const copy = report.outcomes.find((o) => o.input.endsWith('port-strike-velnor-evening-star.txt'))!
    const original = report.outcomes.find((o) => o.input.endsWith('port-strike-northwire.txt'))!
    assert.equal(copy.status, 'duplicate')
    assert.equal(copy.duplicateOf?.kind, 'near')
    assert.equal(copy.duplicateOf?.articleId, original.articleId)
    assert.equal(report.duplicates, 1)
    const shown = await engine.show(original.articleId!)
    assert.deepEqual(shown.view.copies.map((c) => c.input), [copy.input])
    await engine.close()
  })

  it('adds nothing when the same inputs are ingested again', async () => {
    const engine = openEngine({ db: join(tmp, 'again.db') })
    const first = await engine.ingest([DEMO])
    const before = await engine.count()
    const second = await engine.ingest([DEMO])
    assert.deepEqual(await engine.count(), before)
    assert.equal(second.stored, 0)
    assert.equal(second.duplicates, 0)
    assert.equal(second.unchanged, first.outcomes.length)
    await engine.close()
  })

  it('reports each bad input with its reason and stores the good ones beside them', async () => {
    const engine = openEngine({ db: ':memory:' })
    const report = await engine.ingest([join(FIXTURES, 'mixed')])
    const failed = Object.fromEntries(report.outcomes.filter((o) => o.error).map((o) => [o.input.split('/').pop(), o.error!.code]))
    assert.deepEqual(failed, {
      'broken-feed.xml': 'PARALLAX_ERR_FEED_PARSE',
      'broken.html': 'PARALLAX_ERR_NO_TEXT',
      'empty.jsonl': 'PARALLAX_ERR_EMPTY',
      'empty.txt': 'PARALLAX_ERR_EMPTY',
      'image.png': 'PARALLAX_ERR_UNSUPPORTED',
    })
    assert.equal(report.stored, 4)
    assert.equal((await engine.count()).articles, 4)
    await engine.close()
  })

  it('shows that a copy id is a copy of its article', async () => {
    const engine = openEngine({ db: ':memory:' })
    const report = await engine.ingest([DEMO])
    const original = report.outcomes.find((o) => o.input.endsWith('port-strike-northwire.txt'))!
    const copyId = (await engine.show(original.articleId!)).view.copies[0]!.id
    const shown = await engine.show(copyId)
    assert.equal(shown.kind, 'copy')
    assert.equal(shown.view.article.id, original.articleId)
    await engine.close()
  })

  it('refuses an unknown id with a coded error naming it', async () => {
    const engine = openEngine({ db: ':memory:' })
    await assert.rejects(engine.show('nope'), /PARALLAX_ERR_NOT_FOUND: nope: /)
    await engine.close()
  })

  it('finds stored articles by full-text search', async () => {
    const engine = openEngine({ db: ':memory:' })
    await engine.ingest([DEMO])
    const hits = await engine.search('dockworkers')
    assert.ok(hits.length >= 1)
    assert.ok(hits.every((h) => /dockworker/i.test(h.snippet)))
    await engine.close()
  })
})

const SEED = 'seeds/000_e5317f466ec33758.txt'

describe('engine on the seed articles', { skip: skipUnlessShared(SEED) }, () => {
  it('stores one seed once, whether ingested twice or with its caption line removed', async () => {
    const text = readFileSync(sharedPath(SEED), 'utf8')
    const firstLineEnd = text.indexOf('\n')
    const withoutCaption = join(tmp, 'seed-without-caption.txt')
    writeFileSync(withoutCaption, text.slice(firstLineEnd + 1))
    const engine = openEngine({ db: ':memory:' })
    const report = await engine.ingest([sharedPath(SEED), sharedPath(SEED), withoutCaption])
    assert.deepEqual(report.outcomes.map((o) => o.status), ['stored', 'exists', 'duplicate'])
    assert.equal((await engine.count()).articles, 1)
    await engine.close()
  })

  it('gives the dated seed its date, caption and sentences on boundaries', async () => {
    const engine = openEngine({ db: ':memory:' })
    const { articles } = await engine.analyze([sharedPath(SEED)])
    const article = articles[0]!
    assert.deepEqual(article.publishedAt && { value: article.publishedAt.value, inferred: article.publishedAt.inferred }, { value: '2025-08-07', inferred: false })
    const captions = article.boilerplate.filter((b) => b.kind === 'caption').map((b) => article.text.slice(b.span[0], b.span[1]))
    assert.equal(captions.length, 1)
    assert.match(captions[0]!, /^Russian President Vladimir Putin\. Picture: POOL via REUTERS\/MIKHAIL METZEL$/)
    for (const { span } of article.sentences) {
      const sentence = article.text.slice(span[0], span[1])
      assert.ok(!sentence.includes('\n'), `a sentence spans two paragraphs: ${sentence}`)
      assert.ok(!/\b(?:Mr|Sir|Dr)$/.test(sentence), `a sentence ends at an honorific: ${sentence}`)
      assert.match(article.text[span[0]]!, /[\p{Lu}\p{N}“"‘']/u, `a sentence starts mid-sentence: ${sentence}`)
    }
    await engine.close()
  })
})

describe('engine entities across the seed articles', { skip: skipUnlessShared('seeds/002_970c53ec8045b3b4.txt') }, () => {
  it('resolves the people both seeds name to the same canonical entities', async () => {
    const engine = openEngine({ db: ':memory:' })
    await engine.ingest([sharedPath(SEED), sharedPath('seeds/002_970c53ec8045b3b4.txt')])
    for (const name of ['Vladimir Putin', 'Donald Trump', 'Volodymyr Zelensky', 'Yuri Ushakov', 'Steve Witkoff']) {
      const entity = await engine.entity(name)
      assert.equal(entity.type, 'PERSON', name)
      assert.equal(entity.articles.length, 2, `${name} appears in both articles`)
    }
    assert.equal((await engine.entity('Ushakov')).name, 'Yuri Ushakov')
    await engine.close()
  })
})

describe('engine entities on invented articles', () => {
  it('lists canonical entities with their descriptors and articles', async () => {
    const engine = openEngine({ db: ':memory:' })
    await engine.ingest([DEMO])
    const people = await engine.entities({ type: 'PERSON' })
    assert.ok(people.length >= 5)
    assert.ok(people.some((p) => p.articles.length >= 2), 'someone is named in two articles')
    assert.ok(people.some((p) => p.descriptors.length > 0), 'someone has a role descriptor')
    await assert.rejects(engine.entity('Nobody Atall'), /PARALLAX_ERR_NOT_FOUND/)
    await engine.close()
  })
})

describe('engine coreference in the analysis document', () => {
  it('gives every article coref records whose entities are the article’s own', async () => {
    const engine = openEngine({ db: ':memory:' })
    const doc = await engine.analyze([join(DEMO, 'port-strike-northwire.txt')])
    const article = doc.articles[0]!
    const ids = new Set(article.entities.map((e) => e.id))
    assert.ok(article.coref.some((c) => c.kind === 'pronoun' && c.entity !== null), 'a pronoun is resolved')
    for (const c of article.coref) {
      assert.equal(article.text.slice(c.span[0], c.span[1]), c.text)
      if (c.entity !== null) assert.ok(ids.has(c.entity), `${c.text} points at an entity of the article`)
    }
    await engine.close()
  })
})

describe('engine publication dates', () => {
  it('dates an undated article when dated reports of the same events arrive in a later run', async () => {
    const engine = openEngine({ db: ':memory:' })
    const first = await engine.ingest([join(DEMO, 'trade-talks-lunmark-courier.txt')])
    const id = first.outcomes[0]!.articleId!
    assert.equal((await engine.show(id)).view.article.publishedAt, null)
    await engine.ingest([join(DEMO, 'trade-talks-northwire.txt'), join(DEMO, 'trade-deal-geneva-observer.html')])
    const later = (await engine.show(id)).view.article
    assert.equal(later.publishedAt?.value, '2026-03-04')
    assert.equal(later.publishedAt?.inferred, true)
    await engine.close()
  })

  it('infers the date of an undated invented report from its dated siblings and its own deadline count', async () => {
    const engine = openEngine({ db: ':memory:' })
    const { articles } = await engine.analyze([DEMO])
    const courier = articles.find((a) => a.input.endsWith('trade-talks-lunmark-courier.txt'))!
    assert.equal(courier.publishedAt?.value, '2026-03-04')
    assert.equal(courier.publishedAt?.inferred, true)
    assert.ok((courier.publishedAt?.evidence ?? []).length >= 2)
    await engine.close()
  })
})

describe('engine publication dates on the seeds', { skip: skipUnlessShared('seeds/002_970c53ec8045b3b4.txt') }, () => {
  for (const order of ['dated first', 'undated first']) {
    it(`infers the undated seed's date within its gold range and resolves its weekdays against it (${order})`, async () => {
      const engine = openEngine({ db: ':memory:' })
      const inputs = [sharedPath(SEED), sharedPath('seeds/002_970c53ec8045b3b4.txt')]
      const { articles } = await engine.analyze(order === 'dated first' ? inputs : inputs.reverse())
      const undated = articles.find((a) => a.input.endsWith('002_970c53ec8045b3b4.txt'))!
      const published = undated.publishedAt!
      assert.equal(published.inferred, true)
      assert.ok(published.value >= '2025-08-06' && (published.latest ?? published.value) <= '2025-08-07', JSON.stringify(published))
      const wednesday = undated.timexes.find((t) => t.text === 'On Wednesday')
      assert.equal(wednesday?.value, '2025-08-06')
      await engine.close()
    })
  }
})

describe('engine quotes', () => {
  it('lists stored quotes, and a speaker’s quotes by name or surname', async () => {
    const engine = openEngine({ db: ':memory:' })
    await engine.ingest([DEMO])
    const all = await engine.quotes()
    assert.ok(all.length >= 10)
    assert.ok(all.some((q) => q.kind === 'direct') && all.some((q) => q.kind === 'indirect'))
    const byName = await engine.quotes({ speaker: 'Marta Ilvesson' })
    const bySurname = await engine.quotes({ speaker: 'ilvesson' })
    assert.ok(byName.length >= 2)
    assert.deepEqual(bySurname, byName)
    assert.ok(byName.every((q) => q.speaker?.name === 'Marta Ilvesson'))
    assert.ok(byName.some((q) => q.via !== null), 'a relayed quote names its intermediary')
    await engine.close()
  })

  it('puts the quotes in the analysis document, each span slicing its text', async () => {
    const engine = openEngine({ db: ':memory:' })
    const doc = await engine.analyze([join(DEMO, 'port-strike-northwire.txt')])
    const article = doc.articles[0]!
    assert.ok(article.quotes.length > 0)
    for (const q of article.quotes) assert.equal(article.text.slice(q.span[0], q.span[1]), q.text)
    await engine.close()
  })
})

describe('engine story reports', () => {
  it('gives each analysed story its facts, conflicts and quotes in the contract, citing real spans', async () => {
    const engine = openEngine({ db: ':memory:' })
    const doc = await engine.analyze([join(DEMO, 'floods-cpa.txt'), join(DEMO, 'floods-valley-gazette.html')])
    assert.equal(doc.stories.length, 1)
    const story = doc.stories[0]!
    const textOf = (id: string) => doc.articles.find((a) => a.id === id)!.text
    assert.ok(story.facts.some((f) => f.status === 'corroborated'))
    for (const f of story.facts) for (const s of f.sources) assert.ok(textOf(s.article).slice(s.span[0], s.span[1]).length > 0)
    const dead = story.conflicts.find((c) => c.subject === 'dead')
    assert.deepEqual([...new Set(dead?.sources.map((s) => s.value))].sort((a, b) => a - b), [12, 15])
    for (const q of story.quotes) for (const v of q.variants) assert.equal(textOf(v.article).slice(v.span[0], v.span[1]), v.text)
    await engine.close()
  })

  it('renders a story brief whose citations name the exact characters', async () => {
    const engine = openEngine({ db: ':memory:' })
    await engine.ingest([DEMO])
    const [first] = await engine.stories()
    const report = await engine.storyReport(first!.id)
    assert.equal(report.brief.title, report.story.title)
    const markdown = renderMarkdown(report.brief)
    assert.match(markdown, /^# /)
    assert.match(markdown, /\n## Citations\n/)
    const html = renderHtml(report.brief)
    assert.match(html, /^<!doctype html>/)
    assert.doesNotMatch(html, /<script/i)
    await engine.close()
  })
})
