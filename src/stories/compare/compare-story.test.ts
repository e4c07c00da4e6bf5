import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { openEngine, type Comparison, type Engine } from '../../engine.js'
import { sharedPath, skipUnlessShared } from '../../../test/support/shared-data.js'

const DEMO = fileURLToPath(new URL('../../../demo/corpus/', import.meta.url))

async function compareFiles(engine: Engine, files: string[]): Promise<Comparison> {
  const report = await engine.ingest(files)
  const ids = [...new Set(report.outcomes.flatMap((o) => (o.articleId ? [o.articleId] : [])))]
  return engine.compare(ids)
}

describe('story comparison on invented reports', () => {
  let engine: Engine
  before(() => (engine = openEngine({ db: ':memory:' })))
  after(() => engine.close())

  it('flags two outlets giving different death tolls for the same floods, with both places', async () => {
    const { comparison, articles } = await compareFiles(engine, [join(DEMO, 'floods-cpa.txt'), join(DEMO, 'floods-valley-gazette.html')])
    const dead = comparison.conflicts.find((c) => c.subject === 'dead')
    assert.ok(dead, 'a conflict over the dead')
    assert.deepEqual([...new Set(dead.sources.map((s) => s.value))].sort((a, b) => a - b), [12, 15])
    for (const s of dead.sources) {
      const text = articles.find((a) => a.id === s.article)!.text
      assert.equal(text.slice(s.span[0], s.span[1]), s.text)
    }
  })

  it('flags a tariff given as 25% by one outlet and 30% by another, and not its new 10% level', async () => {
    const { comparison } = await compareFiles(engine, [join(DEMO, 'trade-talks-northwire.txt'), join(DEMO, 'trade-deal-geneva-observer.html')])
    const tariff = comparison.conflicts.find((c) => c.subject === 'tariff' && c.unit === '%')
    assert.deepEqual(tariff?.sources.map((s) => s.value), [25, 30])
  })

  it('sees no conflict between figures about different things', async () => {
    const { comparison } = await compareFiles(engine, [join(DEMO, 'bank-breach-financial-standard.html'), join(DEMO, 'bank-breach-pennine-chronicle.txt')])
    assert.deepEqual(comparison.conflicts, [])
  })

  it('matches one quote across outlets and keeps every wording as a variant', async () => {
    const { comparison } = await compareFiles(engine, [join(DEMO, 'trade-talks-northwire.txt'), join(DEMO, 'trade-talks-lunmark-courier.txt')])
    const shared = comparison.quotes.filter((q) => q.outlets.length >= 2)
    assert.ok(shared.length >= 1)
    assert.ok(shared.some((q) => new Set(q.variants.map((v) => v.text)).size >= 2), 'a quote worded differently in two outlets')
  })

  it('writes a brief in which every item cites source characters that exist', async () => {
    const { brief, articles } = await compareFiles(engine, [join(DEMO, 'floods-cpa.txt'), join(DEMO, 'floods-valley-gazette.html')])
    assert.ok(brief.sections.length >= 3)
    for (const section of brief.sections) {
      for (const item of section.items) {
        assert.ok(item.citations.length >= 1, `uncited: ${item.text}`)
        for (const c of item.citations) {
          const text = articles.find((a) => a.id === c.article)!.text
          assert.equal(text.slice(c.span[0], c.span[1]), c.excerpt)
        }
      }
    }
  })
})

const SEEDS = ['seeds/000_e5317f466ec33758.txt', 'seeds/002_970c53ec8045b3b4.txt']

describe('story comparison on the seeds', { skip: skipUnlessShared(SEEDS[1]!) }, () => {
  let comparison: Comparison
  before(async () => {
    const engine = openEngine({ db: ':memory:' })
    comparison = await compareFiles(engine, SEEDS.map(sharedPath))
    await engine.close()
  })

  const [a000, a002] = [() => comparison.articles.find((a) => a.label.startsWith('000'))!, () => comparison.articles.find((a) => a.label.startsWith('002'))!]
  const factWith = (pattern: RegExp) => comparison.comparison.facts.find((f) => f.sources.some((s) => pattern.test(comparison.articles.find((a) => a.id === s.article)!.text.slice(s.span[0], s.span[1]))))

  it('matches both shared Ushakov quotes across the outlets', () => {
    const shared = comparison.comparison.quotes.filter((q) => q.speaker === 'Yuri Ushakov' && q.outlets.length === 2)
    assert.ok(shared.some((q) => q.variants.every((v) => /^At the suggestion of the (US|American) side/.test(v.text))))
    assert.ok(shared.some((q) => q.variants.every((v) => /^We are now beginning concrete preparations/.test(v.text))))
  })

  it('corroborates at least five of the shared items', () => {
    const patterns = [/At the suggestion of the/, /concrete preparations/, /Geneva in June 2021/, /White House/, /New York Times reported/, /25% tariff/, /threatened/]
    const corroborated = patterns.filter((p) => factWith(p)?.status === 'corroborated')
    assert.ok(corroborated.length >= 5, `corroborated: ${corroborated.join(', ')}`)
  })

  it('keeps the MOEX rise single-source in 000 and Ben Wallace’s criticism single-source in 002', () => {
    const moex = factWith(/MOEX/)!
    assert.equal(moex.status, 'single')
    assert.equal(moex.sources[0]!.article, a000().id)
    const wallace = factWith(/Ben Wallace argued/)!
    assert.equal(wallace.status, 'single')
    assert.equal(wallace.sources[0]!.article, a002().id)
  })

  it('finds no conflict', () => {
    assert.deepEqual(comparison.comparison.conflicts, [])
  })
})
