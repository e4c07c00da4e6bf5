// Tags a document's tokens with BIO entity tags using a trained model, then makes the tags consistent across the document.

import { enforceConsistency, type ConsistencyOptions } from './document-consistency.js'
import { documentFeatures } from './ner-features.js'
import type { NerModel } from './ner-model.js'
import { viterbi } from './viterbi.js'

export interface TagOptions {
  /** The document-level post-pass; `false` turns it off, an object tunes it. */
  consistency?: ConsistencyOptions | false
}

/** Emission scores of one sentence: for each token, the sum of its known features' weight rows. */
export function emissionScores(model: NerModel, features: readonly (readonly string[])[]): Float64Array {
  const T = model.tags.length
  const scores = new Float64Array(features.length * T)
  const { featureIds, weights } = model
  for (let i = 0; i < features.length; i++) {
    const row = i * T
    for (const feature of features[i] as string[]) {
      const id = featureIds.get(feature)
      if (id === undefined) continue
      const base = id * T
      for (let t = 0; t < T; t++) scores[row + t]! += weights[base + t] as number
    }
  }
  return scores
}

/** Tags one document's sentences; `options` exists for tuning and tests, the pipeline uses the defaults. */
export function tagDocument(model: NerModel, sentences: readonly (readonly string[])[], options: TagOptions = {}): string[][] {
  const T = model.tags.length
  const features = documentFeatures(sentences)
  const tags = features.map((sentence) => {
    const scores = emissionScores(model, sentence)
    const path = viterbi(scores, sentence.length, T, model.transitions, model.allowed)
    return Array.from(path, (t) => model.tags[t] as string)
  })
  return options.consistency === false ? tags : enforceConsistency(sentences, tags, options.consistency)
}

/**
 * BIO tags (types PER, ORG, LOC, MISC) for each token of each sentence of one document. Pass
 * the whole document at once: the post-pass looks across its sentences.
 */
export function tagTokens(model: NerModel, sentences: string[][]): string[][] {
  return tagDocument(model, sentences)
}
