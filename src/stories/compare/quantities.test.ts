import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { makeDoc } from '../../core/doc.js'
import { createPipeline } from '../../analyze/pipeline.js'
import { sentences } from '../../analyze/sentences/sentences-analyzer.js'
import { tokens } from '../../analyze/tokens/tokens-analyzer.js'
import { makeArticle } from '../../../test/support/make-article.js'
import { quantitiesIn } from './quantities.js'

const segment = createPipeline([sentences(), tokens()])

function quantities(text: string) {
  const doc = segment.run(makeDoc(makeArticle(text)))
  return quantitiesIn(text, doc.layers.tokens ?? [], 0, text.length).map((q) => ({
    value: q.value, unit: q.unit, subject: q.subject, approximate: q.approximate, target: q.target,
  }))
}

describe('quantities', () => {
  it('reads casualty counts written in words or digits, the nearest casualty word deciding', () => {
    assert.deepEqual(
      quantities('Twelve people were killed and three are missing after the floods.').map((q) => [q.value, q.subject]),
      [[12, 'dead'], [3, 'missing']],
    )
    assert.deepEqual(quantities('The death toll of 15 was confirmed.').map((q) => [q.value, q.subject]), [[15, 'dead']])
  })

  it('reads percentages and the noun they measure', () => {
    assert.deepEqual(quantities('Aldport charges a 25% tariff on timber.').map((q) => [q.value, q.unit, q.subject]), [[25, '%', 'tariff']])
    assert.deepEqual(quantities('Aldport charges a 25 per cent tariff on timber.').map((q) => [q.value, q.unit, q.subject]), [[25, '%', 'tariff']])
  })

  it('marks hedged figures and the new level of a change', () => {
    const [rain] = quantities('More than 200 millimetres of rain fell.')
    assert.equal(rain?.approximate, true)
    const [from, to] = quantities('The council will cut the levy from 30% to 10% in April.')
    assert.deepEqual([from?.target, to?.target], [false, true])
  })

  it('reads scaled money with its currency', () => {
    assert.deepEqual(quantities('The fund holds €4.5bn in reserves.').map((q) => [q.value, q.unit]), [[4.5e9, '€']])
  })

  it('ignores years, dates and ages', () => {
    assert.deepEqual(quantities('In 2021, on March 3, Ana Ruiz, 41, opened the bridge.'), [])
  })
})
