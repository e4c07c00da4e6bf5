// Tags a document's tokens with BIO entity tags using a trained model, then makes the tags consistent across the document.

import { enforceConsistency, type ConsistencyOptions } from './document-consistency.js'
import { visitDocumentFeatures } from './ner-features.js'
import type { NerModel } from './ner-model.js'
import { viterbi } from './viterbi.js'

export interface TagOptions {
  /** The document-level post-pass; `false` turns it off, an object tunes it. */
  consistency?: ConsistencyOptions | false
}

/**
 * Emission scores of each sentence: for each token, the sum of its known features' weight
 * rows, `tokens × tags` per sentence.
 */
export function emissionScores(model: NerModel, sentences: readonly (readonly string[])[]): Float64Array[] {
  const T = model.tags.length
  const scores = sentences.map((words) => new Float64Array(words.length * T))
  const { featureIndex, weights } = model
  visitDocumentFeatures(sentences, (s, i, template, value) => {
    const id = featureIndex.get(template)?.get(value)
    if (id === undefined) return
    const row = scores[s] as Float64Array
    const offset = i * T
    const base = id * T
    for (let t = 0; t < T; t++) row[offset + t]! += weights[base + t] as number
  })
  return scores
}

/** Tags one document's sentences; `options` exists for tuning and tests, the pipeline uses the defaults. */
export function tagDocument(model: NerModel, sentences: readonly (readonly string[])[], options: TagOptions = {}): string[][] {
  const T = model.tags.length
  const tags = emissionScores(model, sentences).map((scores, s) => {
    const path = viterbi(scores, sentences[s]!.length, T, model.transitions, model.allowed)
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
