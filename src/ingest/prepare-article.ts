// Gives an ingested article its content-derived identity and the fingerprints dedupe compares.
import type { Article, IngestedArticle } from '../core/article.js'
import { sha256 } from '../core/hash.js'
import { makeSourceText } from '../core/source-text.js'
import { bandKeys, shingles, signature } from './dedupe/minhash.js'
import { normalisedBody, words } from './dedupe/normalize.js'

export interface PreparedArticle {
  article: Article
  shingles: Set<string>
  bands: string[]
}

export function shinglesOf(article: IngestedArticle): Set<string> {
  return shingles(words(normalisedBody(article)))
}

export function prepareArticle(ingested: IngestedArticle): PreparedArticle {
  const source = makeSourceText(ingested.text)
  const normalised = normalisedBody(ingested)
  const set = shingles(words(normalised))
  return {
    article: { ...ingested, id: source.id, sha256: source.sha256, fingerprint: sha256(normalised) },
    shingles: set,
    bands: bandKeys(signature(set)),
  }
}
