import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { toConllType, toParallaxType } from './parallax-types.js'

describe('toParallaxType', () => {
  it('maps a listed country, city or self-governing region to GPE and other places to LOC', () => {
    assert.equal(toParallaxType('LOC', 'Portugal'), 'GPE')
    assert.equal(toParallaxType('LOC', 'Lisbon'), 'GPE')
    assert.equal(toParallaxType('LOC', 'Bavaria'), 'GPE')
    assert.equal(toParallaxType('LOC', 'Atlantic'), 'LOC')
  })

  it('maps a nationality or a religious or political group to NORP and other MISC to MISC', () => {
    assert.equal(toParallaxType('MISC', 'Portuguese'), 'NORP')
    assert.equal(toParallaxType('MISC', 'Catholics'), 'NORP')
    assert.equal(toParallaxType('MISC', 'World Cup'), 'MISC')
  })

  it('maps PER to PERSON and keeps ORG', () => {
    assert.equal(toParallaxType('PER', 'Ondrea Vasquel'), 'PERSON')
    assert.equal(toParallaxType('ORG', 'Tarn Mills'), 'ORG')
  })

  it('maps back to the four CoNLL types for scoring', () => {
    assert.deepEqual(
      (['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'MISC'] as const).map(toConllType),
      ['PER', 'ORG', 'LOC', 'LOC', 'MISC', 'MISC'],
    )
  })
})
