import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { tagDocument } from './ner-tagger.js'
import { trainNerModel, type TrainingDocument } from './ner-trainer.js'

// A tiny invented corpus: people "said", organisations "rose", places follow "in".
const DOCUMENTS: TrainingDocument[] = [
  {
    sentences: [
      ['Ondrea', 'Vasquel', 'said', 'shares', 'in', 'Tarn', 'Mills', 'rose', 'in', 'Harwick', '.'],
      ['Brannock', 'said', 'Quillon', 'rose', 'in', 'Delmont', '.'],
    ],
    tags: [
      ['B-PER', 'I-PER', 'O', 'O', 'O', 'B-ORG', 'I-ORG', 'O', 'O', 'B-LOC', 'O'],
      ['B-PER', 'O', 'B-ORG', 'O', 'O', 'B-LOC', 'O'],
    ],
  },
]

describe('trainNerModel', () => {
  it('learns a small training set well enough to tag it back', () => {
    const model = trainNerModel(DOCUMENTS, { epochs: 10, seed: 1, minFeatureCount: 1, trainedOn: 'invented' })
    const document = DOCUMENTS[0]!
    assert.deepEqual(tagDocument(model, document.sentences, { consistency: false }), document.tags)
  })

  it('gives the same weights for the same data and seed', () => {
    const options = { epochs: 3, seed: 7, minFeatureCount: 1, trainedOn: 'invented' }
    assert.deepEqual(trainNerModel(DOCUMENTS, options).weights, trainNerModel(DOCUMENTS, options).weights)
  })

  it('drops features seen fewer times than the minimum', () => {
    const all = trainNerModel(DOCUMENTS, { epochs: 1, seed: 1, minFeatureCount: 1, trainedOn: 'invented' })
    const pruned = trainNerModel(DOCUMENTS, { epochs: 1, seed: 1, minFeatureCount: 2, trainedOn: 'invented' })
    assert.ok(pruned.featureIds.size < all.featureIds.size)
    assert.ok(pruned.featureIds.has('b='))
  })

  it('reports each epoch when asked, for choosing the epoch count', () => {
    const epochs: number[] = []
    trainNerModel(DOCUMENTS, { epochs: 3, seed: 1, minFeatureCount: 1, trainedOn: 'invented', onEpoch: (epoch) => epochs.push(epoch) })
    assert.deepEqual(epochs, [1, 2, 3])
  })
})
