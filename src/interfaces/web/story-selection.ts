// What the story page can highlight: a fact, a quote, a conflict, a timeline event, a brief item or a
// loaded word, each as the spans it rests on in every article that carries it.
import type { StoryPage } from './api.js'
import type { Mark } from './text-marks.js'

export interface SpanRef {
  article: string
  span: readonly [number, number]
}

export interface Selection {
  key: string
  /** What the selection is, for the status line. */
  label: string
  spans: SpanRef[]
}

type Comparison = StoryPage['comparison']

export const factSelection = (f: Comparison['facts'][number]): Selection => ({ key: `fact:${f.id}`, label: `${f.status === 'corroborated' ? 'corroborated' : 'single-source'} fact`, spans: f.sources })
export const quoteSelection = (q: Comparison['quotes'][number], i: number): Selection => ({ key: `quote:${i}`, label: `quote of ${q.speaker}`, spans: q.variants })
export const conflictSelection = (c: Comparison['conflicts'][number], i: number): Selection => ({ key: `conflict:${i}`, label: `conflict over ${c.subject}`, spans: c.sources })
export const eventSelection = (e: Comparison['timeline'][number], i: number): Selection => ({ key: `event:${i}`, label: `event of ${e.date}`, spans: e.sources })
export const loadedSelection = (w: Comparison['loadedWording'][number], i: number): Selection => ({ key: `loaded:${i}`, label: `“${w.word}”`, spans: [{ article: w.article, span: w.span }] })

const covers = (ref: SpanRef, article: string, offset: number) => ref.article === article && ref.span[0] <= offset && offset < ref.span[1]

/** The item at a character of an article, the most specific first: a conflicting value, a quote, a fact. */
export function selectionAt(page: StoryPage, article: string, offset: number): Selection | null {
  const { conflicts, quotes, facts } = page.comparison
  const c = conflicts.findIndex((x) => x.sources.some((s) => covers({ article: s.article, span: s.valueSpan }, article, offset)))
  if (c >= 0) return conflictSelection(conflicts[c]!, c)
  const q = quotes.findIndex((x) => x.variants.some((v) => covers(v, article, offset)))
  if (q >= 0) return quoteSelection(quotes[q]!, q)
  const f = facts.find((x) => x.sources.some((s) => covers(s, article, offset)))
  return f ? factSelection(f) : null
}

/** The marks every article shows before anything is selected, by article id. */
export function baseMarks(page: StoryPage): Map<string, Mark[]> {
  const out = new Map<string, Mark[]>(page.articles.map((a) => [a.id, []]))
  const add = (article: string, mark: Mark) => out.get(article)?.push(mark)
  for (const a of page.articles) for (const b of a.boilerplate) add(a.id, { start: b.span[0], end: b.span[1], cls: 'bp', title: b.kind })
  const { facts, quotes, conflicts, loadedWording } = page.comparison
  for (const f of facts) {
    const title = f.status === 'corroborated' ? `corroborated by ${f.outlets.join(', ')}` : `only in ${f.outlets.join(', ')}`
    for (const s of f.sources) add(s.article, { start: s.span[0], end: s.span[1], cls: f.status === 'corroborated' ? 'fact corroborated' : 'fact single', title })
  }
  for (const q of quotes) for (const v of q.variants) add(v.article, { start: v.span[0], end: v.span[1], cls: 'quote', title: `${v.kind} quote of ${q.speaker}${v.via ? ` via ${v.via}` : ''}` })
  for (const c of conflicts) {
    const title = `conflict: ${c.subject} — ${c.sources.map((s) => `${s.label} gives ${s.value}`).join('; ')}`
    for (const s of c.sources) add(s.article, { start: s.valueSpan[0], end: s.valueSpan[1], cls: 'conflict', title })
  }
  for (const w of loadedWording) add(w.article, { start: w.span[0], end: w.span[1], cls: 'loaded', title: `loaded wording (${w.category})` })
  return out
}

/** The highlight marks of a selection in one article. */
export function selectionMarks(selection: Selection | null, article: string): Mark[] {
  return (selection?.spans ?? []).filter((s) => s.article === article).map((s) => ({ start: s.span[0], end: s.span[1], cls: 'hl' }))
}
