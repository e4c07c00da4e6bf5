// What the quote finders read about one article: sentences as tagged tokens, quoted spans, entities and
// coreference records, with the look-ups they share.
import type { Annotation } from '../../core/annotation.js'
import type { Span } from '../../core/span.js'
import { sentenceTokens, type Tok } from '../clauses.js'
import { paragraphSpans, type CorefData } from '../coref/coref-analyzer.js'
import type { EntityData } from '../entities/entities-analyzer.js'
import { findQuotedSpans, type QuotedSpan } from '../quote-marks.js'
import type { SentenceData } from '../sentences/sentences-analyzer.js'
import type { TokenData } from '../tokens/tokens-analyzer.js'

export interface QuoteContext {
  text: string
  sentences: readonly Annotation<SentenceData>[]
  toks: readonly Tok[][]
  /** Top-level quoted spans (quotes inside quotes are part of their outer quote). */
  quoted: readonly QuotedSpan[]
  coref: readonly Annotation<CorefData>[]
  entities: readonly Annotation<EntityData>[]
  entityById: ReadonlyMap<string, Annotation<EntityData>>
  /** Index of the sentence containing a character position (the nearest before it when between sentences). */
  sentenceOf(position: number): number
  paragraphOf(sentence: number): number
}

export function makeQuoteContext(
  text: string,
  sentences: readonly Annotation<SentenceData>[],
  tokens: readonly Annotation<TokenData>[],
  entities: readonly Annotation<EntityData>[],
  coref: readonly Annotation<CorefData>[],
): QuoteContext {
  const quoted = findQuotedSpans(text, paragraphSpans(sentences)).filter((q) => q.depth === 0)
  return {
    text,
    sentences,
    toks: sentenceTokens(text, tokens, entities.flatMap((e) => e.data.mentions.map((m) => m.span))),
    quoted,
    coref,
    entities,
    entityById: new Map(entities.map((e) => [e.id, e])),
    sentenceOf(position) {
      let found = 0
      for (let i = 0; i < sentences.length; i++) {
        if (sentences[i]!.start <= position) found = i
        else break
      }
      return found
    },
    paragraphOf: (sentence) => sentences[sentence]?.data.paragraph ?? 0,
  }
}

/** Character span of a token range of a sentence. */
export function rangeSpan(toks: readonly Tok[], first: number, last: number): Span {
  return [toks[first]!.start, toks[last]!.end]
}

/** The first token at or after a character position in a sentence, or -1. */
export function tokenAt(toks: readonly Tok[], position: number): number {
  const t = toks.find((x) => x.end > position)
  return t ? t.index : -1
}
