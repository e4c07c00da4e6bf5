import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { makeDoc } from '../../core/doc.js'
import { makeArticle, spansAreValid } from '../../../test/support/make-article.js'
import { sentences } from '../sentences/sentences-analyzer.js'
import { tokens } from './tokens-analyzer.js'

const tokenize = (text: string) => {
  const article = makeArticle(text)
  const withSentences = sentences().analyze(makeDoc(article))
  const layer = tokens().analyze(makeDoc(article, withSentences)).tokens
  assert.ok(spansAreValid(text, layer), 'every span lies inside the text')
  return layer
}
const surfaces = (text: string) => tokenize(text).map((t) => text.slice(t.start, t.end))

describe('tokens', () => {
  it('splits possessives from the name they belong to', () => {
    assert.deepEqual(surfaces('Okafor’s plan.'), ['Okafor', '’s', 'plan', '.'])
  })

  it('keeps hyphenated names and compounds whole', () => {
    assert.deepEqual(surfaces('The Marlow-Okafor talks were long-awaited.'), ['The', 'Marlow-Okafor', 'talks', 'were', 'long-awaited', '.'])
  })

  it('separates curly quotes and em dashes from words', () => {
    assert.deepEqual(surfaces('“Never — ever,” she said.'), ['“', 'Never', '—', 'ever', ',', '”', 'she', 'said', '.'])
  })

  it('keeps abbreviations with their dots', () => {
    assert.deepEqual(surfaces('Mr. Hale left the U.S. today.'), ['Mr.', 'Hale', 'left', 'the', 'U.S.', 'today', '.'])
  })

  it('marks numbers, percentages and currency', () => {
    const text = 'Costs rose 45% to $3.5bn 🙂'
    const kinds = tokenize(text).map((t) => `${text.slice(t.start, t.end)}:${t.data.kind}`)
    assert.deepEqual(kinds, ['Costs:word', 'rose:word', '45:number', '%:symbol', 'to:word', '$:currency', '3.5:number', 'bn:word', '🙂:emoji'])
  })

  it('gives each token the index of its sentence', () => {
    assert.deepEqual(tokenize('One two. Three.').map((t) => t.data.sentence), [0, 0, 0, 1, 1])
  })

  it('finds tokens at the right offsets after an emoji (UTF-16 surrogate pairs)', () => {
    const text = '🙂 Okafor said so.'
    const first = tokenize(text).find((t) => text.slice(t.start, t.end) === 'Okafor')
    assert.equal(first?.start, 3)
  })
})
