// Conflicting values: the same thing counted differently by two outlets (12 dead vs 15 dead, a 25%
// tariff vs a 30% tariff), with both places. Two numbers about different things never conflict: they
// must count the same subject in the same unit, and neither outlet may state the other's value too
// (an outlet that gives both 12 and 15 is updating, not contradicting). Background figures (a sentence
// dated years before the article: another event's toll) and new levels of a change ("raised to 20,000") are left out.
import type { Alignment } from '../align/align-sentences.js'
import { contentWords } from '../align/content-words.js'
import type { StoryArticle } from '../story-article.js'
import { quantitiesIn, type Quantity } from './quantities.js'

export interface ConflictSource {
  article: string
  label: string
  /** The sentence that states the value. */
  span: readonly [number, number]
  /** The number itself. */
  valueSpan: readonly [number, number]
  value: number
  unit: string
  text: string
}

export interface Conflict {
  subject: string
  unit: string
  reason: 'casualty count' | 'same measure'
  sources: ConflictSource[]
}

// Hedged figures ("more than 200", "about 300") agree with any value this close.
const HEDGE_TOLERANCE = 0.2
// Two sentences giving one measure are about the same thing when they are aligned, or share this many
// content words besides the measured noun ("Lunmark … tariff on steel" / "Lunmark … tariff on Estravan steel").
const MIN_SHARED_CONTEXT = 2

interface Located extends Quantity {
  article: StoryArticle
  sentence: readonly [number, number]
  words: Set<string>
}

// Lengths of time measure different spans in different sentences ("almost five hours" at the table,
// "less than nine hours" before a deadline); they are the timeline's business, not conflicts.
const TIME_UNITS = new Set(['second', 'minute', 'hour', 'day', 'night', 'week', 'month', 'year', 'decade'])

const keyOf = (q: Quantity) => `${q.subject}\u0000${q.unit}`

function compatible(a: Quantity, b: Quantity): boolean {
  if (a.value === b.value) return true
  if (a.approximate || b.approximate) return Math.abs(a.value - b.value) / Math.max(a.value, b.value) <= HEDGE_TOLERANCE
  return false
}

/** True when a sentence is dated well before the article: its casualty figures are another event's. */
function isBackground(article: StoryArticle, start: number, end: number): boolean {
  const year = Number(article.publishedAt?.value.slice(0, 4))
  if (!year) return false
  return article.timexes.some(
    (t) =>
      t.start >= start && t.end <= end && /^\d{4}/.test(t.data.value) && Number(t.data.value.slice(0, 4)) < year - 1,
  )
}

function locate(articles: readonly StoryArticle[]): Located[] {
  const located = articles.flatMap((article) =>
    article.sentences.flatMap((s) => {
      const words = new Set(contentWords(article.text.slice(s.start, s.end)))
      const background = isBackground(article, s.start, s.end)
      return quantitiesIn(article.text, article.tokens, s.start, s.end)
        .filter((q) => q.subject !== '' && !(q.casualty && background))
        .map((q) => ({ ...q, article, sentence: [s.start, s.end] as const, words }))
    }),
  )
  // "cut its tariff on steel from 30%": when the story elsewhere says "a 25% tariff", the number
  // measures the tariff, not the nearer noun
  const established = new Set(located.filter((q) => q.subjectAfter).map(keyOf))
  for (const q of located) {
    if (q.subjectAfter || q.casualty || established.has(keyOf(q))) continue
    const better = q.nounsBefore.find((noun) => established.has(`${noun}\u0000${q.unit}`))
    if (better) q.subject = better
  }
  return located
}

function toSource(q: Located): ConflictSource {
  return {
    article: q.article.id, label: q.article.label, span: q.sentence, valueSpan: q.span, value: q.value, unit: q.unit,
    text: q.article.text.slice(q.sentence[0], q.sentence[1]),
  }
}

export function findConflicts(articles: readonly StoryArticle[], alignments: readonly Alignment[]): Conflict[] {
  const located = locate(articles)
  const byArticle = new Map<string, Located[]>()
  for (const q of located) (byArticle.get(q.article.id) ?? byArticle.set(q.article.id, []).get(q.article.id)!).push(q)
  const states = (articleId: string, q: Quantity) => (byArticle.get(articleId) ?? []).some((o) => keyOf(o) === keyOf(q) && compatible(o, q))
  const current = located.filter((q) => !q.target)
  const conflicts: Conflict[] = []

  // casualty counts are about the story's one event: any two outlets with no value in common conflict
  const casualtyKeys = [...new Set(current.filter((q) => q.casualty).map(keyOf))].sort()
  for (const key of casualtyKeys) {
    const mentions = current.filter((q) => q.casualty && keyOf(q) === key)
    const articlesWith = [...new Set(mentions.map((q) => q.article.id))]
    const disagree = articlesWith.some((a, i) =>
      articlesWith.slice(i + 1).some((b) => !mentions.some((q) => q.article.id === a && states(b, q)) && !mentions.some((q) => q.article.id === b && states(a, q))),
    )
    if (!disagree) continue
    const sources: ConflictSource[] = []
    for (const q of mentions) if (!sources.some((s) => s.article === q.article.id && s.value === q.value)) sources.push(toSource(q))
    conflicts.push({ subject: mentions[0]!.subject, unit: mentions[0]!.unit, reason: 'casualty count', sources })
  }

  // other measures conflict when the two sentences giving them are about the same thing
  const aligned = new Set(alignments.map(({ a, b }) => `${a.article}:${a.span[0]}|${b.article}:${b.span[0]}`))
  const sameThing = (x: Located, y: Located) => {
    if (aligned.has(`${x.article.id}:${x.sentence[0]}|${y.article.id}:${y.sentence[0]}`) || aligned.has(`${y.article.id}:${y.sentence[0]}|${x.article.id}:${x.sentence[0]}`)) return true
    let shared = 0
    for (const w of x.words) if (w !== x.subject && y.words.has(w)) shared++
    return shared >= MIN_SHARED_CONTEXT
  }
  const measures = current.filter((q) => !q.casualty && !TIME_UNITS.has(q.subject))
  const byMeasure = new Map<string, Conflict>()
  for (let i = 0; i < measures.length; i++) {
    for (let j = i + 1; j < measures.length; j++) {
      const [x, y] = [measures[i]!, measures[j]!]
      if (x.article.id === y.article.id || keyOf(x) !== keyOf(y) || compatible(x, y)) continue
      if (states(x.article.id, y) || states(y.article.id, x) || !sameThing(x, y)) continue
      // one conflict per measure, listing every outlet's value
      const conflict = byMeasure.get(keyOf(x)) ?? { subject: x.subject, unit: x.unit, reason: 'same measure' as const, sources: [] }
      for (const q of [x, y]) if (!conflict.sources.some((s) => s.article === q.article.id && s.value === q.value)) conflict.sources.push(toSource(q))
      byMeasure.set(keyOf(x), conflict)
    }
  }
  conflicts.push(...byMeasure.values())
  for (const c of conflicts) c.sources.sort((a, b) => a.value - b.value || a.article.localeCompare(b.article))
  return conflicts
}
