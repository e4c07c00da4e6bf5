// Sentences: paragraphs first (a headline without a full stop is its own sentence), then wink's
// sentence boundaries inside each paragraph, then news-specific repairs.
import type { Annotation } from '../../core/annotation.js'
import { makeAnnotation } from '../../core/annotation.js'
import type { Span } from '../../core/span.js'
import { defineAnalyzer } from '../analyzer.js'
import { analysableParagraphs } from '../regions.js'
import { locateTokens, rawTokens, winkSentences } from '../wink.js'

export interface SentenceData {
  /** Index of the paragraph the sentence belongs to, counting analysable paragraphs from 0. */
  paragraph: number
}

declare module '../../core/layers.js' {
  interface LayerMap {
    sentences: Annotation<SentenceData>[]
  }
}

// Words after which wink sometimes ends a sentence although a name follows (British style drops the dot).
const HONORIFIC_END = /(?:^|[\s(“"‘'])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sir|Dame|Gen|Col|Capt|Lt|Sgt|Rev|Fr|St|Sen|Rep|Gov|Hon|No|Vol|vs|Inc|Corp|Co|Ltd|Jr|Sr)\.?$/
const INITIAL_END = /(?:^|\s)[A-Z]\.$/
const LOWERCASE_START = /^[“"‘'(]?[a-z]/

export function splitSentences(text: string, paragraphs: readonly Span[]): { span: Span; paragraph: number }[] {
  const nlp = winkSentences()
  const out: { span: Span; paragraph: number }[] = []
  paragraphs.forEach(([pStart, pEnd], paragraph) => {
    const ptext = text.slice(pStart, pEnd)
    const { tokens, sentences } = rawTokens(nlp, ptext)
    const located = locateTokens(ptext, tokens)
    if (located.length !== tokens.length || sentences.length === 0) {
      out.push({ span: [pStart, pEnd], paragraph })
      return
    }
    const spans: Span[] = []
    for (const [first, last] of sentences) {
      const from = located[first]!.start
      const to = located[last]!.end
      spans.push([pStart + from, pStart + to])
    }
    // Extend each sentence to the start of the next one so no character between them is lost
    // except whitespace, and the first and last reach the paragraph's ends.
    const repaired = mergeFalseBreaks(text, spans)
    for (const span of repaired) out.push({ span, paragraph })
  })
  return out
}

/** Joins sentences that wink split after an honorific or initial, or before a lowercase continuation. */
function mergeFalseBreaks(text: string, spans: Span[]): Span[] {
  const merged: Span[] = []
  for (const span of spans) {
    const previous = merged[merged.length - 1]
    if (previous) {
      const before = text.slice(previous[0], previous[1])
      const next = text.slice(span[0], span[1])
      const onlyClosers = /^[”"’')\]\s.,;:!?]+$/.test(next)
      if (onlyClosers || HONORIFIC_END.test(before) || INITIAL_END.test(before) || LOWERCASE_START.test(next)) {
        merged[merged.length - 1] = [previous[0], span[1]]
        continue
      }
    }
    merged.push(span)
  }
  return merged
}

export const sentences = () =>
  defineAnalyzer({
    name: 'sentences',
    version: '1',
    requires: [],
    assigns: ['sentences'],
    analyze: (doc) => {
      const paragraphs = analysableParagraphs(doc.article)
      return {
        sentences: splitSentences(doc.article.text, paragraphs).map(({ span, paragraph }) =>
          makeAnnotation('sentences', 'sentences@1', span[0], span[1], { paragraph }),
        ),
      }
    },
  })
