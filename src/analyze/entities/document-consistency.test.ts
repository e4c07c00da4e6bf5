import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { enforceConsistency } from './document-consistency.js'

describe('enforceConsistency', () => {
  it('tags a capitalised recurrence of a name that was tagged elsewhere', () => {
    const sentences = [
      ['Tarn', 'Mills', 'rose', '.'],
      ['Shares', 'in', 'Tarn', 'Mills', 'fell'],
    ]
    const tags = [
      ['B-ORG', 'I-ORG', 'O', 'O'],
      ['O', 'O', 'O', 'O', 'O'],
    ]
    assert.deepEqual(enforceConsistency(sentences, tags)[1], ['O', 'O', 'B-ORG', 'I-ORG', 'O'])
  })

  it('leaves a lower-case recurrence alone', () => {
    const sentences = [['Bridge', 'Holdings', 'said'], ['the', 'bridge', 'holdings', 'fell']]
    const tags = [['B-ORG', 'I-ORG', 'O'], ['O', 'O', 'O', 'O']]
    assert.deepEqual(enforceConsistency(sentences, tags)[1], ['O', 'O', 'O', 'O'])
  })

  it('gives every occurrence the type most occurrences got', () => {
    const sentences = [['Brenvik', 'won'], ['Brenvik', 'lost'], ['in', 'Brenvik']]
    const tags = [['B-ORG', 'O'], ['B-ORG', 'O'], ['O', 'B-LOC']]
    assert.deepEqual(enforceConsistency(sentences, tags)[2], ['O', 'B-ORG'])
  })

  it('keeps both types when they are tied', () => {
    const sentences = [['Brenvik', 'won'], ['in', 'Brenvik']]
    const tags = [['B-ORG', 'O'], ['O', 'B-LOC']]
    assert.deepEqual(enforceConsistency(sentences, tags), tags)
  })

  it('tags a surname standing alone after the full name was tagged as a person', () => {
    const sentences = [['Ondrea', 'Vasquel', 'spoke'], ['Vasquel', 'added']]
    const tags = [['B-PER', 'I-PER', 'O'], ['O', 'O']]
    assert.deepEqual(enforceConsistency(sentences, tags)[1], ['B-PER', 'O'])
  })

  it('changes nothing when turned off', () => {
    const sentences = [['Tarn', 'Mills'], ['Tarn', 'Mills']]
    const tags = [['B-ORG', 'I-ORG'], ['O', 'O']]
    assert.deepEqual(enforceConsistency(sentences, tags, { fill: false, relabel: false, surnames: false }), tags)
  })
})
