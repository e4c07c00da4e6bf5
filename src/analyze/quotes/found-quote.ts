// A quote as the finders produce it, before it becomes an annotation.
import type { Span } from '../../core/span.js'
import type { Speaker, Via } from './quote-speaker.js'

export type QuoteKind = 'direct' | 'indirect' | 'mixed'

export interface FoundQuote {
  kind: QuoteKind
  /** The quoted or reported content. */
  span: Span
  /** For a split quote ("We will not," she said, "accept this."), each quoted part. */
  parts?: Span[]
  speaker: Speaker | null
  cue: { text: string; span: Span } | null
  via: Via | null
  rule: string
}
