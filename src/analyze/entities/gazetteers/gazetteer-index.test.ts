import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { GAZETTEERS, inGazetteer, matchGazetteers } from './gazetteer-index.js'

const match = (words: string[]): string[][] => matchGazetteers(words, words.map((word) => word.toLowerCase()))

describe('matchGazetteers', () => {
  it('prefers the longest entry of a list', () => {
    const labels = match(['flights', 'to', 'New', 'York', 'City'])
    const cities = labels.map((token) => token.filter((label) => label.startsWith('city:')))
    assert.deepEqual(cities, [[], [], ['city:B'], ['city:I'], ['city:I']])
  })

  it('matches all-capital headlines', () => {
    assert.deepEqual(match(['LISBON', 'TALKS'])[0], ['city:U'])
  })

  it('does not match a capitalised entry against a word in lower case', () => {
    assert.deepEqual(match(['a', 'green', 'field'])[1], [])
    assert.ok(match(['the', 'Green', 'vote'])[1]?.includes('group:U'))
  })

  it('keeps lower-case words inside an entry matchable', () => {
    assert.deepEqual(match(['Dar', 'es', 'Salaam'])[1], ['city:I'])
  })
})

describe('inGazetteer', () => {
  it('finds a name whatever its case, spacing or leading "the"', () => {
    assert.ok(inGazetteer('the  united states', ['country']))
    assert.ok(inGazetteer('The Hague', ['city']))
    assert.ok(!inGazetteer('Brenvik', ['country', 'city', 'region']))
  })
})

describe('the lists', () => {
  it('are written with no blank or padded entries', () => {
    for (const [list, names] of Object.entries(GAZETTEERS)) {
      for (const name of names) assert.equal(name, name.trim().replace(/\s+/g, ' '), `${list}: "${name}"`)
    }
  })
})
