// A brief per story whose every sentence cites the source characters it rests on: extracted sentences
// and quotes verbatim, or filled templates over extracted records (conflicts), never free text.
import type { StoryComparison } from '../compare/compare-story.js'
import type { StoryArticle } from '../story-article.js'

export interface Citation {
  article: string
  label: string
  span: readonly [number, number]
  excerpt: string
}

export interface BriefItem {
  text: string
  citations: Citation[]
  /** Other outlets' wordings of the same quote. */
  variants?: { label: string; text: string; citation: Citation }[]
}

export interface BriefSection {
  heading: string
  items: BriefItem[]
}

export interface Brief {
  title: string
  sources: { article: string; label: string; outlet: string | null; publishedAt: string | null; inferredDate: boolean; copiedBy: string[] }[]
  sections: BriefSection[]
}

export interface BriefOptions {
  /** At most this many corroborated facts (most widely reported first). */
  maxFacts?: number
  /** At most this many single-source facts per outlet. */
  maxOnlyPerOutlet?: number
  maxQuotes?: number
}

const DEFAULTS: Required<BriefOptions> = { maxFacts: 12, maxOnlyPerOutlet: 5, maxQuotes: 10 }

const fmtValue = (value: number, unit: string) =>
  unit === '%' ? `${value}%` : unit ? `${unit}${value.toLocaleString('en-GB')}` : value.toLocaleString('en-GB')

export function buildBrief(title: string, articles: readonly StoryArticle[], comparison: StoryComparison, options: BriefOptions = {}): Brief {
  const o = { ...DEFAULTS, ...options }
  const byId = new Map(articles.map((a) => [a.id, a]))
  const cite = (article: string, span: readonly [number, number]): Citation => {
    const a = byId.get(article)!
    return { article, label: a.label, span, excerpt: a.text.slice(span[0], span[1]) }
  }
  const sections: BriefSection[] = []

  const corroborated = comparison.facts.filter((f) => f.status === 'corroborated').slice(0, o.maxFacts)
  if (corroborated.length) {
    sections.push({ heading: 'Corroborated by several outlets', items: corroborated.map((f) => ({ text: f.text, citations: f.sources.map((s) => cite(s.article, s.span)) })) })
  }

  const quotes = [...comparison.quotes]
    .filter((q) => q.speaker !== 'unattributed')
    .sort((a, b) => b.outlets.length - a.outlets.length || b.variants[0]!.text.length - a.variants[0]!.text.length)
    .slice(0, o.maxQuotes)
  if (quotes.length) {
    sections.push({
      heading: 'Key quotes',
      items: quotes.map((q) => {
        const [first, ...others] = q.variants
        const item: BriefItem = { text: `${q.speaker}: “${first!.text}”`, citations: [cite(first!.article, first!.span)] }
        const different = others.filter((v) => v.text !== first!.text)
        for (const v of others.filter((v) => v.text === first!.text)) item.citations.push(cite(v.article, v.span))
        if (different.length) item.variants = different.map((v) => ({ label: v.label, text: v.text, citation: cite(v.article, v.span) }))
        return item
      }),
    })
  }

  for (const [label, factIds] of Object.entries(comparison.onlyIn)) {
    const facts = factIds.map((id) => comparison.facts.find((f) => f.id === id)!).slice(0, o.maxOnlyPerOutlet)
    if (facts.length) sections.push({ heading: `Only in ${label}`, items: facts.map((f) => ({ text: f.text, citations: f.sources.map((s) => cite(s.article, s.span)) })) })
  }

  if (comparison.conflicts.length) {
    sections.push({
      heading: 'Conflicting values',
      items: comparison.conflicts.map((c) => ({
        text: `${c.subject}${c.unit && c.unit !== '%' ? ` (${c.unit})` : ''}: ${c.sources.map((s) => `${s.label} gives ${fmtValue(s.value, s.unit)}`).join('; ')}.`,
        citations: c.sources.map((s) => cite(s.article, s.span)),
      })),
    })
  }

  if (comparison.timeline.length) {
    sections.push({
      heading: 'Timeline',
      items: comparison.timeline.map((e) => ({ text: `${e.date} (${e.when}): ${e.text}`, citations: e.sources.map((s) => cite(s.article, s.span)) })),
    })
  }

  return {
    title,
    sources: articles.map((a) => ({
      article: a.id, label: a.label, outlet: a.outlet, publishedAt: a.publishedAt?.value ?? null, inferredDate: Boolean(a.publishedAt?.inferred), copiedBy: a.copiedBy,
    })),
    sections,
  }
}
