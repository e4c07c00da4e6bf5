// One contract suite that every Store implementation must pass (Hono's common.case.test.ts pattern).
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import Database from 'better-sqlite3'
import type { Article } from '../core/article.js'
import { makeArticle } from '../../test/support/make-article.js'
import { SQLITE_MIGRATIONS } from './sqlite/sqlite-migrations.js'
import { openSqliteStore } from './sqlite/sqlite-store.js'
import type { CopyRecord, Store } from './store.js'
import { clusterArticle } from '../stories/cluster/cluster-article.js'
import { articleFeatures } from '../stories/cluster/cluster-features.js'
import { createMemoryStoryIndex } from '../stories/cluster/memory-story-index.js'

const tmp = mkdtempSync(join(tmpdir(), 'parallax-store-'))
after(() => rmSync(tmp, { recursive: true, force: true }))

interface Implementation {
  name: string
  open: (name: string) => Store
  skip?: string
}

const IMPLEMENTATIONS: Implementation[] = [
  { name: 'sqlite (file)', open: (name) => openSqliteStore({ path: join(tmp, `${name}.db`) }) },
  { name: 'sqlite (memory)', open: () => openSqliteStore({ path: ':memory:' }) },
  { name: 'postgres', open: () => { throw new Error('unreachable') }, skip: 'the PostgreSQL store is not written yet' },
]

function article(text: string, input = 'a.txt', title: string | null = null): Article {
  const a = makeArticle(text, { input })
  a.meta.title = title
  a.meta.outlet = 'Harbour Herald'
  a.meta.publishedAt = { value: '2026-03-12', precision: 'day', inferred: false, source: 'date-prefix' }
  return a
}

function copyOf(articleId: string, input: string, fingerprint = 'fp-copy'): CopyRecord {
  return {
    id: `copy-${input}`,
    articleId,
    kind: 'near',
    similarity: 0.93,
    input,
    outlet: 'Coast Ledger',
    title: null,
    url: null,
    publishedAt: null,
    fingerprint,
    ingestedAt: '2026-03-12T10:00:00.000Z',
  }
}

let counter = 0
for (const impl of IMPLEMENTATIONS) {
  describe(`Store contract: ${impl.name}`, { skip: impl.skip ?? false }, () => {
    const fresh = () => impl.open(`store-${++counter}`)

    it('stores an article with its layers and reads it back unchanged', async () => {
      const store = fresh()
      const a = article('Dockers walked out at Port Velnor on Monday. “We stay out,” said Ana Ruiz.')
      assert.equal(await store.putArticle({ article: a, bands: ['0:1'], layers: { sentences: { source: 'sentences@1', data: [{ start: 0, end: 44 }] } } }), true)
      assert.deepEqual(await store.getArticle(a.id), a)
      assert.deepEqual(await store.getLayers(a.id), { sentences: { source: 'sentences@1', data: [{ start: 0, end: 44 }] } })
      assert.equal(await store.getArticleIdByFingerprint(a.fingerprint), a.id)
      await store.close()
    })

    it('stores an article with the same fingerprint only once', async () => {
      const store = fresh()
      const a = article('The council approved the budget.')
      assert.equal(await store.putArticle({ article: a, bands: [], layers: {} }), true)
      assert.equal(await store.putArticle({ article: a, bands: [], layers: {} }), false)
      assert.deepEqual(await store.countArticles(), { articles: 1, copies: 0 })
      await store.close()
    })

    it('lists one layer of every article in ingest order', async () => {
      const store = fresh()
      const a = article('First article.')
      const b = article('Second article.')
      await store.putArticle({ article: a, bands: [], layers: { entities: { source: 'entities@1', data: ['A'] } } })
      await store.putArticle({ article: b, bands: [], layers: { entities: { source: 'entities@1', data: ['B'] }, other: { source: 'o@1', data: 1 } } })
      assert.deepEqual(await store.listLayer('entities'), [
        { articleId: a.id, layer: { source: 'entities@1', data: ['A'] } },
        { articleId: b.id, layer: { source: 'entities@1', data: ['B'] } },
      ])
      await store.close()
    })

    it('finds the articles that name the same entities, with how many names they share', async () => {
      const store = fresh()
      const [a, b, c] = [article('Report one.'), article('Report two.'), article('Report three.')]
      await store.putArticle({ article: a, bands: [], layers: {}, names: [{ name: 'Ana Ruiz', type: 'PERSON' }, { name: 'Velnor', type: 'GPE' }, { name: 'Dockers', type: 'NORP' }] })
      await store.putArticle({ article: b, bands: [], layers: {}, names: [{ name: 'Ana Ruiz', type: 'PERSON' }, { name: 'Velnor', type: 'GPE' }, { name: 'Aldport', type: 'GPE' }] })
      await store.putArticle({ article: c, bands: [], layers: {}, names: [{ name: 'Velnor', type: 'GPE' }, { name: 'Dockers', type: 'NORP' }] })
      assert.deepEqual(await store.relatedByNames(a.id, ['PERSON', 'GPE']), [
        { articleId: b.id, shared: 2, theirs: 3, mine: 2 },
        { articleId: c.id, shared: 1, theirs: 1, mine: 2 },
      ])
      await store.close()
    })

    it('lists the articles that have no publication date', async () => {
      const store = fresh()
      const dated = article('A dated report.')
      const undated = article('An undated report.')
      undated.meta.publishedAt = null
      await store.putArticle({ article: dated, bands: [], layers: {} })
      await store.putArticle({ article: undated, bands: [], layers: {} })
      assert.deepEqual(await store.undatedArticleIds(), [undated.id])
      await store.updateAnalysis(undated.id, { value: '2026-03-04', precision: 'day', inferred: true, source: 'inferred' }, {})
      assert.deepEqual(await store.undatedArticleIds(), [])
      await store.close()
    })

    it('replaces the publication date and layers of a stored article, and nothing else', async () => {
      const store = fresh()
      const a = article('An undated report.')
      a.meta.publishedAt = null
      await store.putArticle({ article: a, bands: [], layers: { timexes: { source: 'timexes@1', data: [] } } })
      const inferred = { value: '2026-03-04', precision: 'day' as const, inferred: true, source: 'inferred', latest: '2026-03-05' }
      await store.updateAnalysis(a.id, inferred, { timexes: { source: 'timexes@1', data: ['resolved'] } })
      const back = await store.getArticle(a.id)
      assert.deepEqual(back?.meta.publishedAt, inferred)
      assert.equal(back?.text, a.text)
      assert.deepEqual((await store.getLayers(a.id)).timexes?.data, ['resolved'])
      await assert.rejects(store.updateAnalysis('missing', null, {}), /PARALLAX_ERR_NOT_FOUND/)
      await store.close()
    })

    it('records a copy once per text and input', async () => {
      const store = fresh()
      const a = article('The council approved the budget.')
      await store.putArticle({ article: a, bands: [], layers: {} })
      assert.equal(await store.putCopy(copyOf(a.id, 'b.txt')), true)
      assert.equal(await store.putCopy(copyOf(a.id, 'b.txt')), false)
      assert.equal((await store.findCopy('fp-copy', 'b.txt'))?.articleId, a.id)
      assert.deepEqual((await store.getCopies(a.id)).map((c) => c.input), ['b.txt'])
      assert.equal((await store.getCopy('copy-b.txt'))?.kind, 'near')
      await store.close()
    })

    it('finds candidates sharing a band key, oldest first', async () => {
      const store = fresh()
      const a = article('First report of the flood.')
      const b = article('Second report of the flood.')
      const c = article('Unrelated sports result.')
      await store.putArticle({ article: a, bands: ['0:1', '1:7'], layers: {} })
      await store.putArticle({ article: b, bands: ['1:7'], layers: {} })
      await store.putArticle({ article: c, bands: ['2:9'], layers: {} })
      assert.deepEqual(await store.candidatesByBands(['1:7', '5:5']), [a.id, b.id])
      assert.deepEqual(await store.candidatesByBands([]), [])
      await store.close()
    })

    it('lists articles in ingest order with paging and copy counts', async () => {
      const store = fresh()
      const texts = ['Alpha story text.', 'Beta story text.', 'Gamma story text.']
      const stored = texts.map((t, i) => article(t, `${i}.txt`))
      for (const a of stored) await store.putArticle({ article: a, bands: [], layers: {} })
      await store.putCopy(copyOf(stored[0]!.id, 'copy.txt'))
      const page = await store.listArticles({ limit: 2, offset: 1 })
      assert.deepEqual(page.map((s) => s.id), [stored[1]!.id, stored[2]!.id])
      const first = (await store.listArticles({ limit: 1 }))[0]!
      assert.equal(first.copies, 1)
      assert.equal(first.lead, 'Alpha story text.')
      assert.equal(first.publishedAt?.value, '2026-03-12')
      await store.close()
    })

    it('searches titles and bodies by words, phrases and prefixes', async () => {
      const store = fresh()
      const a = article('Floodwater closed the Velnor ring road on Tuesday.', 'a.txt', 'Velnor floods')
      const b = article('The harbour strike entered its third day.', 'b.txt', 'Strike goes on')
      await store.putArticle({ article: a, bands: [], layers: {} })
      await store.putArticle({ article: b, bands: [], layers: {} })
      assert.deepEqual((await store.search('ring road')).map((h) => h.id), [a.id])
      assert.deepEqual((await store.search('"third day"')).map((h) => h.id), [b.id])
      assert.deepEqual((await store.search('harb*')).map((h) => h.id), [b.id])
      assert.deepEqual((await store.search('velnor')).map((h) => h.id), [a.id])
      assert.match((await store.search('strike'))[0]!.snippet, /\[strike\]/i)
      await store.close()
    })

    it('treats FTS operators in a query as plain words', async () => {
      const store = fresh()
      await store.putArticle({ article: article('Rates rose AND fell (briefly) NEAR the close.'), bands: [], layers: {} })
      assert.equal((await store.search('AND NEAR ( "')).length, 1)
      await assert.rejects(store.search('(( ** ))'), /PARALLAX_ERR_USAGE/)
      await store.close()
    })

    describe('stories', () => {
      const reports = [
        article('Dockers at Port Velnor walked out over automation plans; the union said the strike would last.', 'p1.txt', 'Velnor dockers strike'),
        article('The Velnor dock strike over automation plans entered a second day as the union held out.', 'p2.txt'),
        article('Floodwater closed the Aurel valley road and soldiers searched for missing villagers.', 'f1.txt', 'Aurel floods'),
        article('Velnor dockers and the port authority will meet a mediator about the automation plans and the strike.', 'p3.txt'),
      ]
      const stored = async () => {
        const store = fresh()
        for (const a of reports) await store.putArticle({ article: a, bands: [], layers: {} })
        return store
      }
      const clusterAll = async (index: Parameters<typeof clusterArticle>[0]) => {
        const decisions = []
        for (const a of reports) decisions.push((await clusterArticle(index, articleFeatures(a))).decision)
        return decisions
      }

      it('places each article once, with its decision, and lists stories most recently updated first', async () => {
        const store = await stored()
        assert.deepEqual(await store.unclusteredArticles(10), reports.map((a) => a.id))
        await clusterAll(store)
        assert.deepEqual(await store.unclusteredArticles(10), [])
        assert.equal(await store.countStories(), 2)
        const stories = await store.listStories()
        assert.deepEqual(stories.map((s) => s.articles.map((m) => m.id)), [[reports[0]!.id, reports[1]!.id, reports[3]!.id], [reports[2]!.id]])
        assert.equal(stories[0]!.articles[0]!.title, 'Velnor dockers strike')
        assert.deepEqual((await store.listStories({ limit: 1, offset: 1 })).map((s) => s.id), [stories[1]!.id])
        const story = (await store.getStory(stories[0]!.id))!
        assert.deepEqual(story.decisions.map((d) => [d.articleId, d.action]), [[reports[0]!.id, 'started'], [reports[1]!.id, 'joined'], [reports[3]!.id, 'joined']])
        assert.deepEqual(await store.storiesOfArticles([reports[2]!.id, 'missing']), new Map([[reports[2]!.id, stories[1]!.id]]))
        assert.equal(await store.storyOfArticle(reports[3]!.id), stories[0]!.id)
        assert.equal(await store.getStory('story:missing'), null)
        await store.close()
      })

      it('refuses to place an article a second time and writes nothing then', async () => {
        const store = await stored()
        const [first] = await clusterAll(store)
        const profile = (await store.storyProfiles([first!.storyId]))[0]!
        const again = { articleId: reports[0]!.id, decision: first!, profile: { ...profile, size: profile.size + 1 }, previousPostings: profile.postings, keys: ['t:extra'] }
        assert.equal(await store.assignStory(again), false)
        assert.equal((await store.keyFrequencies(['t:extra'])).frequencies.has('t:extra'), false)
        await store.close()
      })

      it('counts key frequencies and finds stories by key, most recently updated first, at most the limit', async () => {
        const store = await stored()
        await clusterAll(store)
        const { documents, frequencies } = await store.keyFrequencies(['t:velnor', 't:aurel', 't:absent'])
        assert.equal(documents, 4)
        assert.deepEqual(frequencies, new Map([['t:velnor', 3], ['t:aurel', 1]]))
        const [docks, floods] = (await store.listStories()).map((s) => s.id)
        const byKey = await store.storiesByKeys(['t:velnor', 't:aurel', 't:absent'], 5)
        assert.deepEqual(byKey, new Map([['t:velnor', [docks]], ['t:aurel', [floods]]]))
        await store.close()
      })

      it('clusters a sequence of articles exactly as the in-memory index does', async () => {
        const store = await stored()
        assert.deepEqual(await clusterAll(store), await clusterAll(createMemoryStoryIndex()))
        await store.close()
      })

      it('clears every story and keeps the articles', async () => {
        const store = await stored()
        await clusterAll(store)
        await store.clearStories()
        assert.equal(await store.countStories(), 0)
        assert.equal((await store.keyFrequencies(['t:velnor'])).documents, 0)
        assert.deepEqual(await store.unclusteredArticles(2), [reports[0]!.id, reports[1]!.id])
        assert.equal((await store.countArticles()).articles, 4)
        await store.close()
      })
    })

    it('writes nothing of an article whose layers cannot be stored', async () => {
      const store = fresh()
      const a = article('A text whose layer is broken.')
      const broken = { source: 'x@1', data: { n: 1n } } // BigInt cannot be serialised
      await assert.rejects(store.putArticle({ article: a, bands: ['0:1'], layers: { x: broken } }))
      assert.equal(await store.getArticle(a.id), null)
      assert.deepEqual(await store.candidatesByBands(['0:1']), [])
      assert.equal((await store.search('broken')).length, 0)
      await store.close()
    })
  })
}

describe('SQLite store files', () => {
  it('indexes the entity names of articles stored before the names table existed', async () => {
    const path = join(tmp, 'backfill.db')
    const old = new Database(path)
    old.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)')
    for (const m of SQLITE_MIGRATIONS.filter((m) => m.version <= 2)) {
      old.exec(m.sql)
      old.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, 'then')
    }
    const insert = (id: string, fingerprint: string, names: string[]) => {
      old.prepare(`INSERT INTO articles (id, fingerprint, sha256, input, text, structure_json, provenance_json, ingested_at)
        VALUES (?, ?, 'x', 'old.txt', 'text', '{"boilerplate":[],"dateline":null}', '{}', 'then')`).run(id, fingerprint)
      const layer = names.map((name) => ({ id: name, layer: 'entities', start: 0, end: 1, source: 'entities@1', data: { name, type: 'PERSON' } }))
      old.prepare("INSERT INTO layers VALUES (?, 'entities', 'entities@1', ?)").run(id, JSON.stringify(layer))
    }
    insert('old-a', 'fa', ['Ana Ruiz', 'Ben Okafor'])
    insert('old-b', 'fb', ['Ana Ruiz'])
    old.close()
    const store = openSqliteStore({ path })
    assert.deepEqual(await store.relatedByNames('old-a', ['PERSON']), [{ articleId: 'old-b', shared: 1, theirs: 1, mine: 2 }])
    await store.close()
  })

  it('reopens an existing database without re-running migrations or losing data', async () => {
    const path = join(tmp, 'reopen.db')
    const first = openSqliteStore({ path })
    const a = article('Persisted across runs.')
    await first.putArticle({ article: a, bands: [], layers: {} })
    await first.close()
    const second = openSqliteStore({ path })
    assert.equal((await second.getArticle(a.id))?.text, 'Persisted across runs.')
    await second.close()
  })

  it('names the file when it cannot be opened', () => {
    assert.throws(() => openSqliteStore({ path: join(tmp, 'missing-dir', 'x.db') }), /PARALLAX_ERR_STORE: .*missing-dir.*cannot open/)
  })
})
