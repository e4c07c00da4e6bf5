import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { capitalisation, documentFeatures, shortShape, wordShape } from './ner-features.js'

describe('word shapes', () => {
  it('maps capitals, small letters and digits to X, x and d and cuts runs at four', () => {
    assert.equal(wordShape('Vasquel'), 'Xxxxx')
    assert.equal(wordShape('NATO'), 'XXXX')
    assert.equal(wordShape('1996-08-22'), 'dddd-dd-dd')
    assert.equal(wordShape("O'Neillson"), "X'Xxxxx")
  })

  it('collapses every run to one character in the short shape', () => {
    assert.equal(shortShape(wordShape('Vasquel')), 'Xx')
    assert.equal(shortShape(wordShape('U.S.')), 'X.X.')
  })

  it('tells initial capitals, all capitals, lower case, mixed case and no letters apart', () => {
    assert.deepEqual(
      ['Brenvik', 'UN', 'fans', 'McAllister', '1996'].map(capitalisation),
      ['init', 'caps', 'lower', 'mixed', 'none'],
    )
  })
})

describe('documentFeatures', () => {
  it('gives each token its own and its neighbours\u2019 words', () => {
    const first = documentFeatures([['Vasquel', 'arrived', '.']])[0]?.[0]
    assert.ok(first?.includes('w=vasquel'))
    assert.ok(first?.includes('w-1=<s>'))
    assert.ok(first?.includes('w+1=arrived'))
    assert.ok(first?.includes('start|cap=init'))
  })

  it('marks gazetteer matches on the token and on its neighbours', () => {
    const sentence = documentFeatures([['in', 'New', 'Zealand', 'today']])[0]
    assert.ok(sentence?.[1]?.includes('gz=country:B'))
    assert.ok(sentence?.[2]?.includes('gz=country:I'))
    assert.ok(sentence?.[3]?.includes('gz-1=country'))
  })

  it('notes that a capitalised word also occurs in lower case elsewhere in the document', () => {
    const features = documentFeatures([['Bridge', 'closed'], ['the', 'bridge', 'reopened']])
    const head = features[0]?.[0]
    const lower = features[1]?.[1]
    assert.ok(head?.includes('doc:lower='))
    assert.ok(!lower?.includes('doc:lower='))
  })

  it('reads curly apostrophes, curly quotes and dashes as the ASCII forms of the training data', () => {
    assert.deepEqual(
      documentFeatures([['Vasquel', '\u2019s', '\u201C', '\u2014', '1996\u201397']]),
      documentFeatures([['Vasquel', "'s", '"', '--', '1996-97']]),
    )
  })

  it('uses no column but the words, so the same words give the same features', () => {
    const words = [['Tarn', 'Mills', 'rose']]
    assert.deepEqual(documentFeatures(words), documentFeatures(structuredClone(words)))
  })
})
