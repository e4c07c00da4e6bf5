// Aligns sentences across the articles of a story by their content: a sentence's weighted content
// words (rarer words in the story weigh more) mostly found in another outlet's sentence is the same
// statement in other words. Aligned sentences are grouped into facts.
import type { StoryArticle } from '../story-article.js'
import { contentWords } from './content-words.js'

export interface SentenceUnit {
  article: string
  index: number
  span: readonly [number, number]
  text: string
  words: Set<string>
}

export interface Alignment {
  a: SentenceUnit
  b: SentenceUnit
  score: number
  shared: string[]
}

// Tuned by hand on the demo corpus (invented) and the two seed reports: statements worded differently
// by two outlets share at least four content words and about half their weighted content; sentences that
// only share the story's names ("Trump", "Putin", "summit") stay below.
export const MIN_SHARED_WORDS = 4
export const MIN_ALIGNMENT_SCORE = 0.4

export function sentenceUnits(article: StoryArticle): SentenceUnit[] {
  return article.sentences.map((s, index) => {
    const text = article.text.slice(s.start, s.end)
    return { article: article.id, index, span: [s.start, s.end] as const, text, words: new Set(contentWords(text)) }
  })
}

/** Inverse document frequency of each word over the story's sentences. */
export function wordWeights(units: readonly SentenceUnit[]): Map<string, number> {
  const df = new Map<string, number>()
  for (const u of units) for (const w of u.words) df.set(w, (df.get(w) ?? 0) + 1)
  const weights = new Map<string, number>()
  for (const [w, n] of df) weights.set(w, Math.log(1 + units.length / n))
  return weights
}

export function similarity(a: SentenceUnit, b: SentenceUnit, weights: ReadonlyMap<string, number>): { score: number; shared: string[] } {
  const weight = (w: string) => weights.get(w) ?? 1
  const shared = [...a.words].filter((w) => b.words.has(w))
  if (shared.length < MIN_SHARED_WORDS) return { score: 0, shared }
  const sum = (words: Iterable<string>) => [...words].reduce((n, w) => n + weight(w), 0)
  const common = sum(shared)
  // containment of the shorter sentence in the longer, damped by how much longer the other is
  const smaller = Math.min(sum(a.words), sum(b.words))
  const larger = Math.max(sum(a.words), sum(b.words))
  const score = (common / smaller) * Math.sqrt(smaller / larger) ** 0.5
  return { score, shared: shared.sort() }
}

/** Every pair of sentences from different articles that say the same thing, best first. */
export function alignSentences(articles: readonly StoryArticle[]): { units: SentenceUnit[]; alignments: Alignment[] } {
  const units = articles.flatMap(sentenceUnits)
  const weights = wordWeights(units)
  // an inverted index over words keeps the comparison to sentences that share something
  const byWord = new Map<string, SentenceUnit[]>()
  for (const u of units) for (const w of u.words) (byWord.get(w) ?? byWord.set(w, []).get(w)!).push(u)
  const alignments: Alignment[] = []
  const seen = new Set<string>()
  for (const a of units) {
    for (const w of a.words) {
      for (const b of byWord.get(w) ?? []) {
        if (b.article === a.article) continue
        const key = a.article < b.article || (a.article === b.article && a.index < b.index) ? `${a.article}:${a.index}|${b.article}:${b.index}` : `${b.article}:${b.index}|${a.article}:${a.index}`
        if (seen.has(key)) continue
        seen.add(key)
        const { score, shared } = similarity(a, b, weights)
        if (score >= MIN_ALIGNMENT_SCORE) alignments.push(a.article < b.article ? { a, b, score, shared } : { a: b, b: a, score, shared })
      }
    }
  }
  alignments.sort((x, y) => y.score - x.score || x.a.article.localeCompare(y.a.article) || x.a.index - y.a.index || x.b.index - y.b.index)
  return { units, alignments }
}
