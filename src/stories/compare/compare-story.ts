// Puts every outlet's report of one story side by side: facts corroborated or single-source, conflicts,
// the coverage matrix, what only each outlet reports, quotes matched across outlets, voices, loaded
// wording and a timeline.
import { alignSentences } from '../align/align-sentences.js'
import type { SourceRef, StoryArticle } from '../story-article.js'
import { timeline, type TimelineEvent } from '../timeline/timeline.js'
import { findConflicts, type Conflict } from './conflicts.js'
import { buildFacts, type Fact } from './facts.js'
import { loadedWording, type LoadedWord } from './loaded-wording.js'
import { matchQuotes, type StoryQuote } from './quote-variants.js'
import { voices, type Voice } from './voices.js'

export interface StoryComparison {
  outlets: string[]
  facts: Fact[]
  conflicts: Conflict[]
  /** outlet → fact id → whether the outlet carries the fact. */
  coverage: { outlets: string[]; facts: string[]; matrix: boolean[][] }
  onlyIn: Record<string, string[]>
  quotes: StoryQuote[]
  voices: Voice[]
  loadedWording: LoadedWord[]
  timeline: TimelineEvent[]
  /** Every aligned pair of sentences, with its score and shared words: why facts were grouped. */
  alignments: { a: SourceRef; b: SourceRef; score: number; shared: string[] }[]
}

export function compareStory(articles: readonly StoryArticle[]): StoryComparison {
  const { units, alignments } = alignSentences(articles)
  const facts = buildFacts(articles, units, alignments)
  const outlets = [...new Set(articles.map((a) => a.label))]
  const onlyIn: Record<string, string[]> = Object.fromEntries(outlets.map((o) => [o, []]))
  for (const f of facts) if (f.status === 'single') onlyIn[f.outlets[0]!]!.push(f.id)
  return {
    outlets,
    facts,
    conflicts: findConflicts(articles, alignments),
    coverage: {
      outlets,
      facts: facts.map((f) => f.id),
      matrix: outlets.map((o) => facts.map((f) => f.outlets.includes(o))),
    },
    onlyIn,
    quotes: matchQuotes(articles),
    voices: voices(articles),
    loadedWording: loadedWording(articles),
    timeline: timeline(articles, facts),
    alignments: alignments.map(({ a, b, score, shared }) => ({ a: { article: a.article, span: a.span }, b: { article: b.article, span: b.span }, score, shared })),
  }
}
