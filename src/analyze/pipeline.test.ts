import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { makeAnnotation } from '../core/annotation.js'
import { makeDoc } from '../core/doc.js'
import { ParallaxError } from '../core/errors.js'
import { makeArticle } from '../../test/support/make-article.js'
import { defineAnalyzer } from './analyzer.js'
import { createPipeline } from './pipeline.js'

const sentencesLike = defineAnalyzer({
  name: 'fake-sentences',
  version: '3',
  requires: [],
  assigns: ['sentences'],
  analyze: (doc) => ({ sentences: [makeAnnotation('sentences', 'fake-sentences@3', 0, doc.article.text.length, { paragraph: 0 })] }),
})

const tokensLike = defineAnalyzer({
  name: 'fake-tokens',
  version: '1',
  requires: ['sentences'],
  assigns: ['tokens'],
  analyze: (doc) => ({
    tokens: (doc.layers.sentences ?? []).map((s, i) => makeAnnotation('tokens', 'fake-tokens@1', s.start, s.end, { kind: 'word' as const, sentence: i, pos: 'NOUN' })),
  }),
})

describe('createPipeline', () => {
  it('runs analyzers in order, each seeing the layers assigned before it', () => {
    const doc = createPipeline([sentencesLike, tokensLike]).run(makeDoc(makeArticle('Hello world.')))
    assert.equal(doc.layers.sentences?.length, 1)
    assert.deepEqual(doc.layers.tokens?.map((t) => [t.start, t.end]), [[0, 12]])
  })

  it('refuses an analyzer whose required layer is assigned only later, naming both analyzers', () => {
    assert.throws(
      () => createPipeline([tokensLike, sentencesLike]),
      (error: unknown) =>
        error instanceof ParallaxError &&
        error.code === 'PARALLAX_ERR_PIPELINE' &&
        /fake-tokens/.test(error.message) &&
        /fake-sentences/.test(error.message),
    )
  })

  it('refuses an analyzer whose required layer nobody assigns', () => {
    assert.throws(() => createPipeline([tokensLike]), /requires layer 'sentences', which no analyzer/)
  })

  it('refuses two analyzers assigning the same layer', () => {
    assert.throws(() => createPipeline([sentencesLike, sentencesLike]), /both assign layer 'sentences'/)
  })

  it('records which analyzer version assigns each layer', () => {
    assert.deepEqual(createPipeline([sentencesLike, tokensLike]).versions, { sentences: 'fake-sentences@3', tokens: 'fake-tokens@1' })
  })

  it('is frozen once built', () => {
    const pipeline = createPipeline([sentencesLike])
    assert.ok(Object.isFrozen(pipeline))
    assert.ok(Object.isFrozen(pipeline.analyzers))
  })

  it('leaves the input document untouched', () => {
    const input = makeDoc(makeArticle('One. Two.'))
    createPipeline([sentencesLike]).run(input)
    assert.deepEqual(input.layers, {})
  })
})
