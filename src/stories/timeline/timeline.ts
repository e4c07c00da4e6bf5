// A timeline of dated events: each sentence holding a calendar date (day, month or week) becomes an
// event at that date; the same statement in several outlets is one event with several sources.
import type { Fact } from '../compare/facts.js'
import type { SourceRef, StoryArticle } from '../story-article.js'

export interface TimelineEvent {
  date: string
  /** The expression that dates it, as the first source wrote it. */
  when: string
  text: string
  sources: (SourceRef & { label: string })[]
}

const CALENDAR = /^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?$/

export function timeline(articles: readonly StoryArticle[], facts: readonly Fact[]): TimelineEvent[] {
  const factOf = new Map<string, Fact>()
  for (const f of facts) for (const s of f.sources) factOf.set(`${s.article}:${s.span[0]}`, f)
  const events = new Map<string, TimelineEvent>()
  for (const article of articles) {
    for (const t of article.timexes) {
      if (t.data.type !== 'DATE' || !CALENDAR.test(t.data.value)) continue
      const sentence = article.sentences.find((s) => s.start <= t.start && t.end <= s.end)
      if (!sentence) continue
      const fact = factOf.get(`${article.id}:${sentence.start}`)
      const id = `${t.data.value}\u0000${fact?.id ?? `${article.id}:${sentence.start}`}`
      const event = events.get(id) ?? {
        date: t.data.value,
        when: article.text.slice(t.start, t.end),
        text: article.text.slice(sentence.start, sentence.end),
        sources: [],
      }
      if (!event.sources.some((s) => s.article === article.id && s.span[0] === sentence.start)) {
        event.sources.push({ article: article.id, label: article.label, span: [sentence.start, sentence.end] })
      }
      events.set(id, event)
    }
  }
  return [...events.values()].sort((a, b) => a.date.localeCompare(b.date) || a.text.localeCompare(b.text))
}
