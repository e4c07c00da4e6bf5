// Loaded wording in each outlet's own voice: lexicon words outside quotation marks and quotes.
import type { StoryArticle } from '../story-article.js'
import { LOADED_WORDS } from './loaded-lexicon.js'

export interface LoadedWord {
  article: string
  label: string
  word: string
  category: string
  span: readonly [number, number]
  /** The sentence it appears in. */
  sentence: readonly [number, number]
}

const PATTERN = new RegExp(
  `(?<![\\p{L}-])(${Object.keys(LOADED_WORDS).sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}-])`,
  'giu',
)

/** Spans inside quotation marks (any style) or inside a direct or mixed quote of the quotes layer. */
function quotedSpans(article: StoryArticle): [number, number][] {
  const spans: [number, number][] = article.quotes.filter((q) => q.data.kind !== 'indirect').map((q) => [q.start, q.end])
  for (const m of article.text.matchAll(/“[^”]*”|"[^"\n]*"|‘[^’\n]{1,200}’(?!\p{L})|«[^»]*»/gu)) spans.push([m.index, m.index + m[0].length])
  return spans
}

export function loadedWording(articles: readonly StoryArticle[]): LoadedWord[] {
  const out: LoadedWord[] = []
  for (const article of articles) {
    const quoted = quotedSpans(article)
    for (const s of article.sentences) {
      const sentence = article.text.slice(s.start, s.end)
      for (const m of sentence.matchAll(PATTERN)) {
        const start = s.start + m.index
        const end = start + m[0].length
        if (quoted.some(([qs, qe]) => qs <= start && end <= qe)) continue
        out.push({ article: article.id, label: article.label, word: m[0], category: LOADED_WORDS[m[0].toLowerCase()] ?? 'loaded', span: [start, end], sentence: [s.start, s.end] })
      }
    }
  }
  return out
}
