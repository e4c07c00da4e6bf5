import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { formatConllScore, scoreConll } from './conll-scorer.js'

describe('scoreConll', () => {
  it('gives perfect scores when prediction equals gold', () => {
    const gold = [['B-PER', 'I-PER', 'O', 'B-LOC']]
    const score = scoreConll(gold, gold)
    assert.equal(score.f1, 1)
    assert.deepEqual(score.types.PER, { precision: 1, recall: 1, f1: 1, gold: 1, predicted: 1, correct: 1 })
  })

  it('counts an entity with the right type but a wrong boundary as both a miss and a false alarm', () => {
    const score = scoreConll([['B-ORG', 'I-ORG', 'O']], [['B-ORG', 'O', 'O']])
    assert.deepEqual(score.types.ORG, { precision: 0, recall: 0, f1: 0, gold: 1, predicted: 1, correct: 0 })
  })

  it('counts an entity with the right span but the wrong type as wrong', () => {
    const score = scoreConll([['B-LOC']], [['B-ORG']])
    assert.equal(score.types.LOC.gold, 1)
    assert.equal(score.types.ORG.predicted, 1)
    assert.equal(score.f1, 0)
  })

  it('micro-averages over all types', () => {
    const gold = [['B-PER', 'O', 'B-LOC', 'O', 'B-MISC']]
    const predicted = [['B-PER', 'O', 'B-LOC', 'O', 'O']]
    const score = scoreConll(gold, predicted)
    assert.equal(score.precision, 1)
    assert.equal(score.recall, 2 / 3)
    assert.equal(score.f1, 0.8)
  })

  it('scores a type with nothing gold and nothing predicted as zero, not NaN', () => {
    const score = scoreConll([['O']], [['O']])
    assert.deepEqual(score.types.MISC, { precision: 0, recall: 0, f1: 0, gold: 0, predicted: 0, correct: 0 })
    assert.equal(score.f1, 0)
  })

  it('refuses sentences whose gold and predicted lengths differ', () => {
    assert.throws(() => scoreConll([['O', 'O']], [['O']]), /PARALLAX_ERR_CONLL_SCORE: sentence 0/)
  })

  it('prints one row per type and an overall row', () => {
    const table = formatConllScore(scoreConll([['B-PER']], [['B-PER']]))
    assert.match(table, /^PER\s+100\.00\s+100\.00\s+100\.00\s+1\s+1\s+1$/m)
    assert.match(table, /^overall\s+100\.00/m)
  })
})
