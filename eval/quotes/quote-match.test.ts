import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { AnalysisArticle } from '../../src/analysis-document.js'
import { matchSpans, normName, tokenOverlap, wordTokens } from './quote-match.js'
import { scoreQuotes, speakerMatches, type GoldQuote } from './eval-seed-quotes.js'

const TEXT = '“The port stays shut,” Okafor said. A port official said talks would resume on Friday.'

function article(quotes: AnalysisArticle['quotes']): AnalysisArticle {
  return {
    id: 'a', input: 'a.txt', outlet: null, title: null, url: null, byline: null, publishedAt: null, provenance: {}, text: TEXT,
    boilerplate: [], dateline: null, sentences: [], timexes: [], coref: [], quotes,
    entities: [{ id: 'e1', name: 'Chidi Okafor', type: 'PERSON', descriptors: [], descriptorMentions: [], mentions: [] }],
  } as unknown as AnalysisArticle
}

const GOLD: GoldQuote[] = [
  { kind: 'direct', text: 'The port stays shut,', span: [1, 21], speaker: 'Chidi Okafor', via: null },
  { kind: 'indirect', text: 'talks would resume on Friday', span: [58, 86], speaker: 'port official', via: null },
]

describe('quote matching', () => {
  it('measures overlap as shared word tokens over the longer span’s', () => {
    const a = wordTokens(TEXT, [[1, 21]])
    const b = wordTokens(TEXT, [[5, 21]])
    assert.equal(tokenOverlap(a, b), 3 / 4)
  })

  it('pairs each found span with at most one gold span, best overlap first', () => {
    const found = [wordTokens(TEXT, [[1, 21]]), wordTokens(TEXT, [[5, 21]])]
    const gold = [wordTokens(TEXT, [[1, 21]])]
    assert.deepEqual(matchSpans(found, gold), [[0, 0]])
  })

  it('compares names without case, curly apostrophes or a leading article', () => {
    assert.equal(normName('The India’s  Ministry'), "india's ministry")
  })

  it('matches a speaker by entity, by surname and, when unnamed, by description', () => {
    const a = article([])
    assert.ok(speakerMatches({ name: 'Chidi Okafor', entity: 'e1', span: [0, 0] }, 'Chidi Okafor', a))
    assert.ok(speakerMatches({ name: 'Okafor', entity: null, span: [0, 0] }, 'Chidi Okafor', a))
    assert.ok(speakerMatches({ name: 'port official', entity: null, span: [0, 0] }, 'Port official', a))
    assert.ok(!speakerMatches({ name: 'port official', entity: null, span: [0, 0] }, 'Chidi Okafor', a))
    assert.ok(speakerMatches({ name: 'Harbour analysts', entity: null, span: [0, 0], affiliation: { name: 'Harbour Bank', entity: 'x' } }, 'Harbour Bank', a))
  })

  it('scores spans, spans with speakers and kinds, and ignores quotes that match only optional gold', () => {
    const found: AnalysisArticle['quotes'] = [
      { kind: 'direct', span: [1, 21], text: '', speaker: { name: 'Chidi Okafor', entity: 'e1', span: [23, 29] }, cue: null, via: null },
      { kind: 'indirect', span: [58, 86], text: '', speaker: { name: 'Okafor', entity: null, span: [0, 0] }, cue: null, via: null },
      { kind: 'indirect', span: [36, 51], text: '', speaker: null, cue: null, via: null },
    ]
    const gold: GoldQuote[] = [...GOLD, { kind: 'mixed', text: '', span: [36, 51], speaker: null, via: null, optional: true }]
    const score = scoreQuotes([{ file: 'a.txt', article: article(found), gold }])
    assert.deepEqual([score.spans.tp, score.spans.found, score.spans.gold], [2, 2, 2])
    assert.equal(score.spansAndSpeakers.tp, 1)
    assert.equal(score.kinds.direct.spansAndSpeakers.f1, 1)
    assert.equal(score.wrongSpeaker.length, 1)
  })
})
