// The same quote across outlets, also when the wording differs (a translation variant, a trimmed quote):
// quotes of one speaker whose content words mostly overlap are variants of one quote.
import type { StoryArticle } from '../story-article.js'
import { contentWords } from '../align/content-words.js'

export interface QuoteVariant {
  article: string
  label: string
  span: readonly [number, number]
  text: string
  kind: string
  via: string | null
}

export interface StoryQuote {
  speaker: string
  variants: QuoteVariant[]
  outlets: string[]
}

// Share of the shorter quote's content words found in the longer: "At the suggestion of the US side"
// and "… of the American side" share all but one; a trimmed quote is contained in the full one.
export const MIN_QUOTE_OVERLAP = 0.5

// Quoted fragments of one or two words ("rotten", "bullies") are too short to identify a quote.
export const MIN_QUOTE_WORDS = 3

const norm = (s: string) => s.replace(/[’‘]/g, "'").toLowerCase().trim()

export function matchQuotes(articles: readonly StoryArticle[]): StoryQuote[] {
  const all = articles.flatMap((article) =>
    article.quotes.map((q) => ({
      speaker: q.data.speaker?.name ?? null,
      words: new Set(contentWords(q.data.text)),
      variant: {
        article: article.id, label: article.label, span: [q.start, q.end] as const, text: q.data.text, kind: q.data.kind,
        via: q.data.via?.name ?? null,
      },
    })),
  )
  const groups: { speaker: string | null; members: typeof all }[] = []
  for (const quote of all) {
    const sameSpeaker = (s: string | null) => s === null || quote.speaker === null || norm(s) === norm(quote.speaker) || norm(s).endsWith(` ${norm(quote.speaker)}`) || norm(quote.speaker).endsWith(` ${norm(s)}`)
    // the best-matching group of the same speaker that has no quote from this article yet
    let best: { group: (typeof groups)[number]; score: number } | null = null
    for (const group of groups) {
      if (!sameSpeaker(group.speaker) || group.members.some((m) => m.variant.article === quote.variant.article)) continue
      for (const m of group.members) {
        if (Math.min(m.words.size, quote.words.size) < MIN_QUOTE_WORDS) continue
        const score = overlap(m.words, quote.words)
        if (score >= MIN_QUOTE_OVERLAP && (!best || score > best.score)) best = { group, score }
      }
    }
    if (best) {
      best.group.members.push(quote)
      if (!best.group.speaker || (quote.speaker && quote.speaker.length > best.group.speaker.length)) best.group.speaker = quote.speaker ?? best.group.speaker
    } else groups.push({ speaker: quote.speaker, members: [quote] })
  }
  return groups.map((g) => ({
    speaker: g.speaker ?? 'unattributed',
    variants: g.members.map((m) => m.variant),
    outlets: [...new Set(g.members.map((m) => m.variant.label))],
  }))
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let shared = 0
  for (const w of small) if (large.has(w)) shared++
  return shared / small.size
}
