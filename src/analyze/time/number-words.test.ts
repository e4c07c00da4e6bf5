import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseNumber, parseOrdinal, parseYearWords } from './number-words.js'
import { durationValue, fractionValue } from './timex-duration.js'

describe('number words', () => {
  it('reads digits, words and fractions', () => {
    assert.equal(parseNumber('two'), 2)
    assert.equal(parseNumber('twenty-four'), 24)
    assert.equal(parseNumber('a couple of'), 2)
    assert.equal(parseNumber('one hundred and five'), 105)
    assert.equal(parseNumber('1,500'), 1500)
    assert.equal(parseNumber('1 1/2'), 1.5)
    assert.equal(parseNumber('several'), null)
  })

  it('reads ordinals and spoken years', () => {
    assert.equal(parseOrdinal('third'), 3)
    assert.equal(parseOrdinal('21st'), 21)
    assert.equal(parseYearWords('nineteen ninety-six'), 1996)
    assert.equal(parseYearWords('two thousand and one'), 2001)
  })

  it('writes TIMEX3 durations', () => {
    assert.equal(durationValue(2, 'month'), 'P2M')
    assert.equal(durationValue(5, 'hour'), 'PT5H')
    assert.equal(durationValue(2, 'decade'), 'P20Y')
    assert.equal(durationValue(null, 'year'), 'PXY')
    assert.equal(fractionValue(1.5, 'year'), 'P1Y6M')
    assert.equal(fractionValue(0.5, 'hour'), 'PT30M')
    assert.equal(fractionValue(1.5, 'day'), 'P1DT12H')
  })
})
