import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { allowedTransitions } from './ner-model.js'
import { NER_TAGS } from './ner-tags.js'
import { viterbi } from './viterbi.js'

const T = NER_TAGS.length
const tag = (name: string): number => NER_TAGS.indexOf(name)

function emissionsFavouring(...names: string[]): Float64Array {
  const scores = new Float64Array(names.length * T)
  names.forEach((name, i) => (scores[i * T + tag(name)] = 1))
  return scores
}

describe('viterbi', () => {
  it('follows the emissions when the transitions are neutral and allowed', () => {
    const path = viterbi(emissionsFavouring('B-PER', 'I-PER', 'O'), 3, T, new Float64Array((T + 1) * T), allowedTransitions(NER_TAGS))
    assert.deepEqual(Array.from(path, (t) => NER_TAGS[t]), ['B-PER', 'I-PER', 'O'])
  })

  it('never starts a sentence or follows O with an I- tag', () => {
    const path = viterbi(emissionsFavouring('I-ORG', 'O', 'I-LOC'), 3, T, new Float64Array((T + 1) * T), allowedTransitions(NER_TAGS))
    const tags = Array.from(path, (t) => NER_TAGS[t])
    assert.notEqual(tags[0], 'I-ORG')
    assert.notEqual(tags[2], 'I-LOC')
  })

  it('lets a strong transition overrule a weak emission', () => {
    const transitions = new Float64Array((T + 1) * T)
    transitions[tag('B-PER') * T + tag('I-PER')] = 5
    const emissions = emissionsFavouring('B-PER', 'O')
    const path = viterbi(emissions, 2, T, transitions, allowedTransitions(NER_TAGS))
    assert.deepEqual(Array.from(path, (t) => NER_TAGS[t]), ['B-PER', 'I-PER'])
  })
})
