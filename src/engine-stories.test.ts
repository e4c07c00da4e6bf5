import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { after, describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { sharedPath, skipUnlessShared } from '../test/support/shared-data.js'
import { openEngine, type Engine } from './engine.js'

const DEMO = fileURLToPath(new URL('../demo/corpus/', import.meta.url))
const tmp = mkdtempSync(join(tmpdir(), 'parallax-stories-'))
after(() => rmSync(tmp, { recursive: true, force: true }))

// the four invented events of demo/README.md, by the inputs that report them (feed items by their link)
const EVENTS: Record<string, string[]> = {
  port: ['port-strike-northwire.txt', 'port-strike-coastal-ledger.html', 'velnor-port-strike'],
  floods: ['floods-cpa.txt', 'floods-valley-gazette.html', 'aurel-valley-floods'],
  trade: ['trade-talks-northwire.txt', 'trade-talks-lunmark-courier.txt', 'trade-deal-geneva-observer.html', 'wire-imports.jsonl:1'],
  bank: ['bank-breach-financial-standard.html', 'bank-breach-pennine-chronicle.txt', 'calloway-mutual-warning-ignored', 'wire-imports.jsonl:2'],
}

/** Each story as the sorted names of its articles' inputs (the last path segment; a feed item's link). */
async function storyInputs(engine: Engine): Promise<string[][]> {
  const out: string[][] = []
  for (const s of await engine.stories({ limit: 100 })) {
    const detail = await engine.story(s.id)
    out.push(detail.members.map((m) => basename(m.input)).sort())
  }
  return out.sort((a, b) => a[0]!.localeCompare(b[0]!))
}

async function demoEngine(db = ':memory:'): Promise<Engine> {
  const engine = openEngine({ db })
  await engine.ingest([DEMO])
  return engine
}

describe('story clustering in the engine', () => {
  it('clusters the demo corpus into its four events with the right articles', async () => {
    const engine = await demoEngine()
    const expected = Object.values(EVENTS).map((inputs) => [...inputs].sort()).sort((a, b) => a[0]!.localeCompare(b[0]!))
    assert.deepEqual(await storyInputs(engine), expected)
    await engine.close()
  })

  it('counts a syndicated copy as an outlet of its story, not as an independent source', async () => {
    const engine = await demoEngine()
    const port = (await engine.stories()).find((s) => s.title.includes('Velnor'))!
    const detail = await engine.story(port.id)
    assert.equal(port.independentSources, 3)
    assert.equal(port.articles.length, 3)
    const northwire = detail.members.find((m) => m.input.endsWith('port-strike-northwire.txt'))!
    assert.deepEqual(northwire.copies.map((c) => basename(c.input)), ['port-strike-velnor-evening-star.txt'])
    assert.deepEqual(port.firstPublished, '2026-03-10')
    assert.deepEqual(port.lastPublished, '2026-03-11')
    await engine.close()
  })

  it('titles a story after its earliest titled article and accepts its id without the prefix', async () => {
    const engine = await demoEngine()
    for (const s of await engine.stories()) {
      const detail = await engine.story(s.id.replace(/^story:/, ''))
      assert.equal(detail.id, s.id)
      const titled = detail.members.filter((m) => m.title).sort((a, b) => (a.publishedAt?.value ?? '9').localeCompare(b.publishedAt?.value ?? '9'))
      assert.equal(s.title, titled[0]!.title)
    }
    await assert.rejects(engine.story('story:0000'), /PARALLAX_ERR_NOT_FOUND: story:0000/)
    await engine.close()
  })

  it('records for every article why it is in its story', async () => {
    const engine = await demoEngine()
    for (const s of await engine.stories()) {
      const { members } = await engine.story(s.id)
      assert.equal(members[0]!.decision?.action, 'started')
      for (const m of members.slice(1)) {
        const d = m.decision!
        assert.equal(d.action, 'joined')
        assert.equal(d.storyId, s.id)
        assert.ok(d.match!.score >= d.threshold)
        assert.ok(d.match!.sharedTerms.length > 0 && d.match!.sharedEntities.length > 0)
        assert.ok(d.match!.time !== null, `${m.input} has a date`)
      }
    }
    await engine.close()
  })

  it('starts a new story for an article on an unrelated topic', async () => {
    const engine = await demoEngine()
    const file = join(tmp, 'chess.txt')
    writeFileSync(file, 'date 2026-05-21 Grandmaster Ilse Varga won the Lunmark chess open on Sunday after a tense endgame against the defending champion, taking the title with a rook sacrifice on move 41.\n')
    const before = (await engine.stories()).length
    const report = await engine.ingest([file])
    const id = report.outcomes[0]!.articleId!
    const stories = await engine.stories()
    assert.equal(stories.length, before + 1)
    const own = stories.find((s) => s.articles.includes(id))!
    assert.deepEqual(own.articles, [id])
    assert.equal((await engine.story(own.id)).members[0]!.decision?.action, 'started')
    await engine.close()
  })

  it('gives the same stories and ids in two fresh runs, and recluster gives them again', async () => {
    const summary = async (engine: Engine) => (await engine.stories({ limit: 100 })).map((s) => ({ id: s.id, title: s.title, articles: s.articles }))
    const a = await demoEngine()
    const b = await demoEngine(join(tmp, 'second.db'))
    const first = await summary(a)
    assert.deepEqual(await summary(b), first)
    const decisions = async (engine: Engine) => Promise.all(first.map(async (s) => (await engine.story(s.id)).members.map((m) => m.decision)))
    const incremental = await decisions(b)
    assert.deepEqual(await b.recluster(), { articles: 14, stories: 4 })
    assert.deepEqual(await summary(b), first)
    assert.deepEqual(await decisions(b), incremental)
    await a.close()
    await b.close()
  })

  it('fills the stories of the analysis document with the analysed articles’ stories', async () => {
    const engine = openEngine({ db: ':memory:' })
    const inputs = EVENTS.floods!.filter((i) => i.includes('.')).map((i) => join(DEMO, i))
    const doc = await engine.analyze(inputs)
    assert.equal(doc.stories.length, 1)
    assert.deepEqual(doc.stories[0]!.articles, doc.articles.map((a) => a.id))
    assert.match(doc.stories[0]!.title, /Aurel|flood/i)
    assert.match(doc.stories[0]!.id, /^story:[0-9a-f]{16}$/)
    await engine.close()
  })
})

describe('story clustering on the seed articles', { skip: skipUnlessShared('seeds/002_970c53ec8045b3b4.txt') }, () => {
  it('puts the two seed reports of the same event in one story', async () => {
    const engine = openEngine({ db: ':memory:' })
    const doc = await engine.analyze([sharedPath('seeds/000_e5317f466ec33758.txt'), sharedPath('seeds/002_970c53ec8045b3b4.txt')])
    assert.equal(doc.stories.length, 1)
    assert.deepEqual([...doc.stories[0]!.articles].sort(), doc.articles.map((a) => a.id).sort())
    const joined = (await engine.story(doc.stories[0]!.id)).members[1]!.decision!
    assert.equal(joined.action, 'joined')
    assert.ok(joined.match!.sharedEntities.includes('Vladimir Putin'))
    await engine.close()
  })
})
