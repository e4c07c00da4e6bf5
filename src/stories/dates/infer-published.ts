// Publication dates of undated articles, inferred from dated reports of the same events and from the
// article's own wording ("two days before a deadline"): a range with its evidence, marked inferred.
import type { Annotation } from '../../core/annotation.js'
import type { PublishedAt } from '../../core/article.js'
import { addDays, fromDays, parseYmd, toDays } from '../../analyze/time/calendar.js'
import { NUMBER, parseNumber } from '../../analyze/time/number-words.js'
import type { TimexData } from '../../analyze/time/timexes-analyzer.js'

/** A dated report of the same events, as far as inference needs it. */
export interface DatedSibling {
  id: string
  publishedAt: string
  text: string
  timexes: readonly Annotation<TimexData>[]
}

export interface UndatedArticle {
  text: string
  /** The article's time expressions resolved as if it had been published on `day`. */
  timexesAt: (day: string) => readonly Annotation<TimexData>[]
}

// Reports of one event appear within a day or so of each other; the window is widened by one day on
// each side of the siblings' dates and then narrowed by the constraints below.
export const SIBLING_WINDOW_DAYS = 1

// Nouns that name a scheduled event a report can count days to or from.
const EVENT_NOUNS = 'deadline|summit|election|vote|referendum|meeting|talks|visit|hearing|trial|ceasefire|truce|strike|launch|match|final|conference|ultimatum'
const EVENT_AFTER_TIMEX = new RegExp(`^\\s+(?:[\\w-]+\\s+)?(${EVENT_NOUNS})\\b`, 'i')
const EVENT_BEFORE_TIMEX = new RegExp(`\\b(${EVENT_NOUNS})\\s+(?:(?:is|was|falls|fell|expires|expired|ends|ended|set|due)\\s+)?(?:on|for|of)\\s*$`, 'i')
const COUNT_TO_EVENT = new RegExp(
  `\\b(${NUMBER}|the)\\s+(days?|weeks?)\\s+(before|after|ahead of)\\s+(?:the|a|an|its|his|her|their|[\\p{Lu}][\\w’']*['’]s)?\\s*(?:[\\w-]+\\s+){0,2}?(${EVENT_NOUNS})\\b`,
  'giu',
)

const DAY = /^\d{4}-\d{2}-\d{2}$/

/** Event noun → day, from time expressions that name the day of an event ("his Friday deadline"). */
export function eventDays(text: string, timexes: readonly Annotation<TimexData>[]): Map<string, string> {
  const days = new Map<string, string>()
  for (const t of timexes) {
    if (t.data.type !== 'DATE' || !DAY.test(t.data.value)) continue
    const after = EVENT_AFTER_TIMEX.exec(text.slice(t.end, t.end + 40))
    const before = EVENT_BEFORE_TIMEX.exec(text.slice(Math.max(0, t.start - 40), t.start))
    const noun = (after?.[1] ?? before?.[1])?.toLowerCase()
    if (noun && !days.has(noun)) days.set(noun, t.data.value)
  }
  return days
}

interface CountToEvent {
  /** Days from the event to the publication: negative when the article is written before the event. */
  days: number
  noun: string
  phrase: string
}

/** "two days before a deadline" → the publication day is the event's day minus two days. */
export function countsToEvents(text: string): CountToEvent[] {
  const out: CountToEvent[] = []
  for (const m of text.matchAll(COUNT_TO_EVENT)) {
    const count = m[1]!.toLowerCase() === 'the' ? 1 : parseNumber(m[1]!)
    if (count === null || !Number.isInteger(count)) continue
    const unit = m[2]!.toLowerCase().startsWith('week') ? 7 : 1
    const sign = m[3]!.toLowerCase() === 'after' ? 1 : -1
    out.push({ days: sign * count * unit, noun: m[4]!.toLowerCase(), phrase: m[0] })
  }
  return out
}

const dayValues = (timexes: readonly Annotation<TimexData>[]) => timexes.filter((t) => t.data.type === 'DATE' && DAY.test(t.data.value)).map((t) => t.data.value)

/**
 * The most likely publication days: within the siblings' window, those satisfying the most
 * "N days before <event>" constraints, then those whose resolved dates agree most with the siblings'.
 * Returns null when there is no dated sibling to anchor on.
 */
export function inferPublishedAt(article: UndatedArticle, siblings: readonly DatedSibling[]): PublishedAt | null {
  const dated = siblings.filter((s) => parseYmd(s.publishedAt))
  if (dated.length === 0) return null
  const siblingDays = dated.map((s) => toDays(parseYmd(s.publishedAt)!))
  const from = Math.min(...siblingDays) - SIBLING_WINDOW_DAYS
  const to = Math.max(...siblingDays) + SIBLING_WINDOW_DAYS

  const siblingEvents = new Map<string, { day: string; from: string }>()
  const siblingDates = new Set<string>()
  for (const s of dated) {
    for (const [noun, day] of eventDays(s.text, s.timexes)) if (!siblingEvents.has(noun)) siblingEvents.set(noun, { day, from: s.id })
    for (const v of dayValues(s.timexes)) siblingDates.add(v)
  }
  const counts = countsToEvents(article.text)

  const scored: { day: string; constraints: number; agreement: number; evidence: string[] }[] = []
  for (let n = from; n <= to; n++) {
    const ymd = fromDays(n)
    const day = `${ymd.year}-${String(ymd.month).padStart(2, '0')}-${String(ymd.day).padStart(2, '0')}`
    const timexes = article.timexesAt(day)
    const ownEvents = eventDays(article.text, timexes)
    let constraints = 0
    const evidence: string[] = []
    for (const c of counts) {
      const own = ownEvents.get(c.noun)
      const event = own ? { day: own, from: 'this article' } : siblingEvents.get(c.noun)
      if (!event) continue
      const implied = addDays(parseYmd(event.day)!, c.days)
      if (toDays(implied) === n) {
        constraints++
        evidence.push(`“${c.phrase}”, the ${c.noun} being ${event.day} (${event.from})`)
      }
    }
    const agreement = dayValues(timexes).filter((v) => siblingDates.has(v)).length
    scored.push({ day, constraints, agreement, evidence })
  }
  const bestConstraints = Math.max(...scored.map((s) => s.constraints))
  const pool = scored.filter((s) => s.constraints === bestConstraints)
  const bestAgreement = Math.max(...pool.map((s) => s.agreement))
  const best = pool.filter((s) => s.agreement === bestAgreement)
  const first = best[0]!
  const last = best[best.length - 1]!
  const evidence = [
    `dated reports of the same events: ${dated.map((s) => `${s.id} (${s.publishedAt})`).join(', ')}`,
    ...first.evidence,
  ]
  if (bestAgreement > 0) evidence.push(`${bestAgreement} resolved dates agree with those reports`)
  const published: PublishedAt = { value: first.day, precision: 'day', inferred: true, source: 'inferred', evidence }
  if (last.day !== first.day) published.latest = last.day
  return published
}
