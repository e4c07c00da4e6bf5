// Trains the entity model: an averaged structured perceptron over BIO tags, decoded with Viterbi.

import { documentFeatures, FEATURE_VERSION } from './ner-features.js'
import { GAZETTEER_FINGERPRINT } from './gazetteers/gazetteer-index.js'
import { allowedTransitions, indexFeatures, type NerModel, type NerModelInfo } from './ner-model.js'
import { NER_TAGS } from './ner-tags.js'
import { viterbi } from './viterbi.js'
import { seededRandom } from '../../core/random.js'

export interface TrainingDocument {
  sentences: string[][]
  /** BIO tags, one per word. */
  tags: string[][]
}

export interface TrainOptions {
  epochs: number
  /** Seeds the shuffle of sentences before each epoch, so that training is reproducible. */
  seed: number
  /** Features seen fewer times than this in training are dropped before training starts. */
  minFeatureCount: number
  /** Names the training data in the model's info. */
  trainedOn: string
  /** Called after each epoch with the averaged model so far (for choosing the epoch count on dev). */
  onEpoch?: (epoch: number, model: NerModel) => void
}

interface EncodedSentence {
  /** Feature ids of all tokens, token after token. */
  features: Int32Array
  /** `offsets[i]` to `offsets[i + 1]` are token i's features. */
  offsets: Int32Array
  gold: Int32Array
}

function encode(
  documents: readonly TrainingDocument[],
  minFeatureCount: number,
): { sentences: EncodedSentence[]; features: string[] } {
  const tagIndex = new Map(NER_TAGS.map((tag, t) => [tag, t]))
  const ids = new Map<string, number>()
  const counts: number[] = []
  const raw: { ids: number[]; offsets: number[]; gold: number[] }[] = []
  for (const document of documents) {
    const features = documentFeatures(document.sentences)
    features.forEach((sentence, s) => {
      const sentenceIds: number[] = []
      const offsets = [0]
      for (const tokenFeatures of sentence) {
        for (const feature of tokenFeatures) {
          let id = ids.get(feature)
          if (id === undefined) {
            id = counts.length
            ids.set(feature, id)
            counts.push(0)
          }
          counts[id]!++
          sentenceIds.push(id)
        }
        offsets.push(sentenceIds.length)
      }
      const gold = (document.tags[s] ?? []).map((tag) => {
        const t = tagIndex.get(tag)
        if (t === undefined) throw new Error(`PARALLAX_ERR_NER_TRAIN: unknown tag ${tag}`)
        return t
      })
      raw.push({ ids: sentenceIds, offsets, gold })
    })
  }

  // renumber the features that survive pruning densely, in order of first appearance
  const remap = new Int32Array(counts.length).fill(-1)
  const kept: string[] = []
  for (const [feature, id] of ids) {
    if ((counts[id] as number) >= minFeatureCount) {
      remap[id] = kept.length
      kept.push(feature)
    }
  }
  const sentences = raw.map(({ ids: sentenceIds, offsets, gold }): EncodedSentence => {
    const features: number[] = []
    const newOffsets = [0]
    for (let i = 0; i + 1 < offsets.length; i++) {
      for (let k = offsets[i] as number; k < (offsets[i + 1] as number); k++) {
        const id = remap[sentenceIds[k] as number] as number
        if (id >= 0) features.push(id)
      }
      newOffsets.push(features.length)
    }
    return { features: Int32Array.from(features), offsets: Int32Array.from(newOffsets), gold: Int32Array.from(gold) }
  })
  return { sentences, features: kept }
}

export function trainNerModel(documents: readonly TrainingDocument[], options: TrainOptions): NerModel {
  const T = NER_TAGS.length
  const { sentences, features } = encode(documents, options.minFeatureCount)
  const F = features.length
  const allowed = allowedTransitions(NER_TAGS)

  // averaged perceptron without touching every weight per step: keep the weights w and the
  // time-weighted sum of updates u; the average after c steps is w - u / c
  const w = new Float64Array(F * T)
  const u = new Float64Array(F * T)
  const tw = new Float64Array((T + 1) * T)
  const tu = new Float64Array((T + 1) * T)
  let c = 1

  const featureIds = new Map<string, number>()
  features.forEach((feature, id) => featureIds.set(feature, id))
  const featureIndex = indexFeatures(featureIds)

  const averaged = (epochs: number): NerModel => {
    const weights = new Float32Array(F * T)
    for (let k = 0; k < weights.length; k++) weights[k] = (w[k] as number) - (u[k] as number) / c
    const transitions = new Float32Array((T + 1) * T)
    for (let k = 0; k < transitions.length; k++) transitions[k] = (tw[k] as number) - (tu[k] as number) / c
    const info: NerModelInfo = {
      featureVersion: FEATURE_VERSION,
      gazetteerFingerprint: GAZETTEER_FINGERPRINT,
      epochs,
      minFeatureCount: options.minFeatureCount,
      seed: options.seed,
      trainedOn: options.trainedOn,
    }
    return { tags: NER_TAGS, featureIds, featureIndex, weights, transitions, allowed, info }
  }

  const random = seededRandom(options.seed)
  const order = sentences.map((_, k) => k)
  let scores = new Float64Array(0)
  let predicted = new Int32Array(0)
  let model: NerModel | null = null

  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1))
      const swap = order[k] as number
      order[k] = order[j] as number
      order[j] = swap
    }
    for (const index of order) {
      const sentence = sentences[index] as EncodedSentence
      const n = sentence.gold.length
      if (n === 0) continue
      if (scores.length < n * T) {
        scores = new Float64Array(n * T * 2)
        predicted = new Int32Array(n * 2)
      }
      scores.fill(0, 0, n * T)
      for (let i = 0; i < n; i++) {
        for (let k = sentence.offsets[i] as number; k < (sentence.offsets[i + 1] as number); k++) {
          const base = (sentence.features[k] as number) * T
          for (let t = 0; t < T; t++) scores[i * T + t]! += w[base + t] as number
        }
      }
      viterbi(scores, n, T, tw, allowed, predicted)
      let previousGold = T
      let previousPredicted = T
      for (let i = 0; i < n; i++) {
        const g = sentence.gold[i] as number
        const p = predicted[i] as number
        if (g !== p) {
          for (let k = sentence.offsets[i] as number; k < (sentence.offsets[i + 1] as number); k++) {
            const base = (sentence.features[k] as number) * T
            w[base + g]! += 1
            u[base + g]! += c
            w[base + p]! -= 1
            u[base + p]! -= c
          }
        }
        if (g !== p || previousGold !== previousPredicted) {
          tw[previousGold * T + g]! += 1
          tu[previousGold * T + g]! += c
          tw[previousPredicted * T + p]! -= 1
          tu[previousPredicted * T + p]! -= c
        }
        previousGold = g
        previousPredicted = p
      }
      c++
    }
    if (options.onEpoch || epoch === options.epochs) {
      model = averaged(epoch)
      options.onEpoch?.(epoch, model)
    }
  }
  return model ?? averaged(0)
}
