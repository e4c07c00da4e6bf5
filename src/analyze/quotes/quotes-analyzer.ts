// The `quotes` layer: direct quotes (every quote style, multi-sentence, split, continued over paragraphs),
// indirect and mixed reports, each with its speaker (an entity through coreference, or an unnamed speaker's
// description), the cue and, for relayed words, the intermediary (`via`).
import type { Annotation } from '../../core/annotation.js'
import { makeAnnotation } from '../../core/annotation.js'
import type { Span } from '../../core/span.js'
import { defineAnalyzer } from '../analyzer.js'
import type { CorefData } from '../coref/coref-analyzer.js'
import type { EntityData } from '../entities/entities-analyzer.js'
import type { SentenceData } from '../sentences/sentences-analyzer.js'
import type { TokenData } from '../tokens/tokens-analyzer.js'
import { attachContinuations, findDirectQuotes } from './direct-quotes.js'
import type { FoundQuote, QuoteKind } from './found-quote.js'
import { findIndirectQuotes } from './indirect-quotes.js'
import { findLabelQuotes } from './label-quotes.js'
import { makeQuoteContext } from './quote-context.js'
import type { Speaker, Via } from './quote-speaker.js'

export type { QuoteKind } from './found-quote.js'
export type { Speaker, Via } from './quote-speaker.js'

export interface QuoteData {
  kind: QuoteKind
  /** The quoted or reported content: the text of the annotation's span. */
  text: string
  speaker: Speaker | null
  cue: { text: string; span: Span } | null
  via: Via | null
  /** For a split quote, its quoted parts; the annotation's span runs from the first to the last. */
  parts?: Span[]
}

declare module '../../core/layers.js' {
  interface LayerMap {
    quotes: Annotation<QuoteData>[]
  }
}

export function findQuotes(
  text: string,
  sentences: readonly Annotation<SentenceData>[],
  tokens: readonly Annotation<TokenData>[],
  entities: readonly Annotation<EntityData>[],
  coref: readonly Annotation<CorefData>[],
): Annotation<QuoteData>[] {
  const ctx = makeQuoteContext(text, sentences, tokens, entities, coref)
  const direct = findDirectQuotes(ctx)
  // a labelled paragraph is one quote: drop the direct quotes inside it and find no reports in it
  const labelled = findLabelQuotes(ctx)
  const inLabel = (span: Span) => labelled.some((l) => l.span[0] <= span[0] && span[1] <= l.span[1] + 1)
  direct.quotes = direct.quotes.filter((q) => !inLabel(q.span))
  const indirect = findIndirectQuotes(ctx, direct, labelled.map((l) => l.span))
  const all: FoundQuote[] = [...labelled, ...direct.quotes, ...indirect].sort((a, b) => a.span[0] - b.span[0])
  return attachContinuations(ctx, all).map((q) => {
    const data: QuoteData = { kind: q.kind, text: text.slice(q.span[0], q.span[1]), speaker: q.speaker, cue: q.cue, via: q.via }
    if (q.parts) data.parts = q.parts
    return makeAnnotation('quotes', 'quotes@1', q.span[0], q.span[1], data, q.rule)
  })
}

export const quotes = () =>
  defineAnalyzer({
    name: 'quotes',
    version: '1',
    requires: ['sentences', 'tokens', 'entities', 'coref'],
    assigns: ['quotes'],
    analyze: (doc) => ({
      quotes: findQuotes(doc.article.text, doc.layers.sentences ?? [], doc.layers.tokens ?? [], doc.layers.entities ?? [], doc.layers.coref ?? []),
    }),
  })
