// A document under analysis: the article (immutable) and the layers computed so far.
import type { Article } from './article.js'
import type { Layers } from './layers.js'

export interface Doc {
  readonly article: Article
  readonly layers: Layers
}

export function makeDoc(article: Article, layers: Layers = {}): Doc {
  return { article, layers }
}
