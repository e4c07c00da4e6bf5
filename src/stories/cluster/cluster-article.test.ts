import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseYmd, toDays } from '../../analyze/time/calendar.js'
import { clusterArticle, joinThreshold } from './cluster-article.js'
import type { ArticleFeatures } from './cluster-features.js'
import { DEFAULT_CLUSTER_OPTIONS } from './cluster-options.js'
import { termCounts } from './cluster-terms.js'
import { createMemoryStoryIndex } from './memory-story-index.js'
import { storyIdFor } from './story-profile.js'

function features(id: string, text: string, options: { entities?: string[]; day?: string; years?: number[] } = {}): ArticleFeatures {
  const day = options.day ? toDays(parseYmd(options.day)!) : null
  const entities = options.entities ?? []
  return {
    articleId: id,
    terms: termCounts([text]),
    entities: new Map(entities.map((e) => [`PERSON:${e.toLowerCase()}`, 2])),
    entityNames: new Map(entities.map((e) => [`PERSON:${e.toLowerCase()}`, e])),
    days: day === null ? null : [day, day],
    years: new Set(options.years ?? []),
  }
}

const FLOOD_1 = features('a1', 'Floods in the Aurel valley killed twelve people as the river burst its banks and soldiers searched for the missing villagers.', {
  entities: ['Claire Ferrant'],
  day: '2026-04-14',
})
const FLOOD_2 = features('a2', 'The Aurel river flood killed villagers in the valley; soldiers and rescue teams searched for the missing after the banks burst.', {
  entities: ['Claire Ferrant'],
  day: '2026-04-15',
})
const FOOTBALL = features('a3', 'The striker scored twice in the cup final and the league champions lifted the trophy before a sold-out stadium.', {
  entities: ['Tomas Brandt'],
  day: '2026-04-15',
})

describe('clusterArticle', () => {
  it('joins a report of the same events to their story and starts a story for an unrelated one', async () => {
    const index = createMemoryStoryIndex()
    const first = await clusterArticle(index, FLOOD_1)
    const second = await clusterArticle(index, FLOOD_2)
    const third = await clusterArticle(index, FOOTBALL)
    assert.equal(first.decision?.action, 'started')
    assert.equal(first.storyId, storyIdFor('a1'))
    assert.equal(second.decision?.action, 'joined')
    assert.equal(second.storyId, first.storyId)
    assert.equal(third.decision?.action, 'started')
    assert.deepEqual([...index.stories()], [[storyIdFor('a1'), ['a1', 'a2']], [storyIdFor('a3'), ['a3']]])
  })

  it('records the reasons for a decision: the score, each feature, the shared words and names, the runner-up', async () => {
    const index = createMemoryStoryIndex()
    await clusterArticle(index, FLOOD_1)
    await clusterArticle(index, FOOTBALL)
    const { decision } = await clusterArticle(index, FLOOD_2)
    assert.ok(decision?.match)
    const m = decision.match
    assert.ok(m.score >= decision.threshold)
    assert.ok(m.content > 0 && m.content <= 1)
    assert.equal(m.entities, 1)
    assert.deepEqual(m.time, { gapDays: 1, factor: 1 })
    assert.deepEqual(m.sharedEntities, ['Claire Ferrant'])
    assert.ok(m.sharedTerms.includes('aurel') && m.sharedTerms.includes('flood'), m.sharedTerms.join(' '))
    assert.equal(decision.version, 'cluster@1')
    // the football story shares no indexed word or name, so it is not even a candidate
    assert.equal(decision.candidates, 1)
    assert.equal(decision.runnerUp, null)
  })

  it('names the best story it did not reach when it starts a story', async () => {
    const index = createMemoryStoryIndex()
    await clusterArticle(index, FLOOD_1)
    const weak = features('a4', 'Valley farmers counted their losses as the harvest season began, far from any river.', { day: '2026-04-16' })
    const { decision } = await clusterArticle(index, weak)
    assert.equal(decision?.action, 'started')
    assert.equal(decision?.runnerUp?.storyId, storyIdFor('a1'))
    assert.ok(decision!.runnerUp!.score < decision!.threshold)
  })

  it('keeps apart reports with the same words that are months apart', async () => {
    const index = createMemoryStoryIndex()
    await clusterArticle(index, FLOOD_1)
    const later = { ...FLOOD_2, articleId: 'a5', days: [toDays(parseYmd('2026-08-20')!), toDays(parseYmd('2026-08-20')!)] as const }
    const { decision } = await clusterArticle(index, later)
    assert.equal(decision?.action, 'started')
    assert.ok(decision!.runnerUp!.time!.gapDays > 100 && decision!.runnerUp!.time!.factor < 0.01)
  })

  it('places an article once: a second call changes nothing', async () => {
    const index = createMemoryStoryIndex()
    await clusterArticle(index, FLOOD_1)
    const again = await clusterArticle(index, FLOOD_1)
    assert.deepEqual(again, { assigned: false, storyId: storyIdFor('a1'), decision: null })
    assert.equal(index.decisions().length, 1)
  })

  it('gives the same stories, ids and decisions for the same articles in the same order', async () => {
    const run = async () => {
      const index = createMemoryStoryIndex()
      for (const f of [FLOOD_1, FOOTBALL, FLOOD_2]) await clusterArticle(index, f)
      return { stories: [...index.stories()], decisions: index.decisions() }
    }
    assert.deepEqual(await run(), await run())
  })

  it('asks more of a story of one article than of a larger one', () => {
    const o = DEFAULT_CLUSTER_OPTIONS
    assert.ok(joinThreshold(1, o) > joinThreshold(5, o))
    assert.ok(Math.abs(joinThreshold(1000, o) - o.threshold) < 0.001)
  })
})
