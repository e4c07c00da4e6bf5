import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { IngestedArticle } from '../../core/article.js'
import { bodySpans, normaliseText, normalisedBody, words } from './normalize.js'

function ingested(text: string, boilerplate: IngestedArticle['boilerplate'] = [], dateline: IngestedArticle['dateline'] = null): IngestedArticle {
  return {
    text,
    boilerplate,
    dateline,
    meta: { input: 't', outlet: null, title: null, url: null, byline: null, publishedAt: null, provenance: {} },
  }
}

describe('normaliseText', () => {
  it('unifies curly and straight quotes', () => {
    assert.equal(normaliseText('“It’s ‘fine’,” she said'), normaliseText('"It\'s \'fine\'," she said'))
    assert.equal(normaliseText('«Non» „ja“'), '"non" "ja"')
  })

  it('unifies em dashes, en dashes and hyphens between words, however they are spaced', () => {
    const forms = ['Moscow — Kyiv', 'Moscow—Kyiv', 'Moscow – Kyiv', 'Moscow - Kyiv', 'Moscow -- Kyiv']
    for (const form of forms) assert.equal(normaliseText(form), 'moscow - kyiv', form)
  })

  it('keeps a hyphenated word in one piece', () => {
    assert.equal(normaliseText('ship‑to‑shore cranes'), 'ship-to-shore cranes')
    assert.deepEqual(words(normaliseText('ship-to-shore cranes')), ['ship-to-shore', 'cranes'])
  })

  it('lowercases and collapses runs of whitespace, non-breaking spaces and line ends', () => {
    assert.equal(normaliseText('  The\u00a0Port\n\n of   VELNOR\t'), 'the port of velnor')
  })

  it('folds compatibility forms such as ligatures and full-width letters', () => {
    assert.equal(normaliseText('ﬁnal ＲＥＰＯＲＴ…'), 'final report...')
  })
})

describe('words', () => {
  it('drops punctuation but keeps apostrophes, decimals and abbreviations inside words', () => {
    assert.deepEqual(words(normaliseText('“It’s 4.2 km,” said the U.S. envoy — again.')), ["it's", '4.2', 'km', 'said', 'the', 'u.s', 'envoy', 'again'])
  })

  it('keeps letters outside ASCII and emoji out', () => {
    assert.deepEqual(words(normaliseText('Gdańsk 🎉 Zürich')), ['gdańsk', 'zürich'])
  })
})

describe('bodySpans and normalisedBody', () => {
  const text = 'date 2026-03-10 Cranes stand idle. Picture: NORTHWIRE/ELSA BRANDT\nVELNOR (Northwire) - Dockworkers walked out on Monday.\nRead more: Strike explained'
  const span = (part: string): [number, number] => [text.indexOf(part), text.indexOf(part) + part.length]
  const article = ingested(
    text,
    [
      { span: span('date 2026-03-10'), kind: 'date-line' },
      { span: span('Cranes stand idle. Picture: NORTHWIRE/ELSA BRANDT'), kind: 'caption' },
      { span: span('Read more: Strike explained'), kind: 'promo' },
    ],
    { span: span('VELNOR (Northwire) - '), places: ['Velnor'] },
  )

  it('leaves out boilerplate and the dateline', () => {
    assert.deepEqual(bodySpans(article).map(([s, e]) => text.slice(s, e).trim()).filter(Boolean), ['Dockworkers walked out on Monday.'])
  })

  it('merges overlapping excluded spans', () => {
    const overlapping = ingested('abcdefghij', [
      { span: [2, 6], kind: 'caption' },
      { span: [4, 8], kind: 'credit' },
    ])
    assert.deepEqual(bodySpans(overlapping), [[0, 2], [8, 10]])
  })

  it('gives the normalised body text only', () => {
    assert.equal(normalisedBody(article), 'dockworkers walked out on monday.')
  })

  it('keeps the whole text of an article without boilerplate', () => {
    assert.deepEqual(bodySpans(ingested('Just text.')), [[0, 10]])
  })
})
