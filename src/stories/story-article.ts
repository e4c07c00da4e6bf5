// An article as the per-story comparison sees it: its text, its outlet label and the layers it needs.
import type { Annotation } from '../core/annotation.js'
import type { Boilerplate, PublishedAt } from '../core/article.js'
import type { EntityData } from '../analyze/entities/entities-analyzer.js'
import type { QuoteData } from '../analyze/quotes/quotes-analyzer.js'
import type { SentenceData } from '../analyze/sentences/sentences-analyzer.js'
import type { TimexData } from '../analyze/time/timexes-analyzer.js'
import type { TokenData } from '../analyze/tokens/tokens-analyzer.js'

export interface StoryArticle {
  id: string
  /** The outlet, or the input's file name when the outlet is unknown: how the brief names the source. */
  label: string
  outlet: string | null
  title: string | null
  publishedAt: PublishedAt | null
  text: string
  boilerplate: Boilerplate[]
  sentences: Annotation<SentenceData>[]
  tokens: Annotation<TokenData>[]
  entities: Annotation<EntityData>[]
  quotes: Annotation<QuoteData>[]
  timexes: Annotation<TimexData>[]
  /** Outlets that republished this article (syndicated copies): not independent sources. */
  copiedBy: string[]
}

/** A place in a source: the article id and a [start, end) span of its text. */
export interface SourceRef {
  article: string
  span: readonly [number, number]
}
