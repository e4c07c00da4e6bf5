// Time expressions (TIMEX3: DATE, TIME, DURATION, SET) with values resolved against the publication date
// and the tense of the governing verb.
//
// Written as rules rather than on chrono-node: chrono (tried, see ../shared/DEPENDENCIES.md) has no
// "in the coming days", counts "next week" as +7 days instead of an ISO week, sends past-tense weekdays
// forward or ignores tense, and fires on "now" and "in two months"; the anchoring and tense rules would
// have to be ours anyway, and the absolute forms are a few patterns.
import type { Annotation } from '../../core/annotation.js'
import type { Article } from '../../core/article.js'
import { makeAnnotation } from '../../core/annotation.js'
import { defineAnalyzer } from '../analyzer.js'
import { parseYmd } from './calendar.js'
import { extractTimexes, type Extracted, type TimexMod } from './timex-extract.js'
import type { Meaning, TimexType } from './timex-meaning.js'
import { resolveMeaning, type Anchor, type Direction } from './timex-resolve.js'
import { governingDirection, tagWords, type TaggedWord } from './verb-tense.js'

export type { TimexType } from './timex-meaning.js'

export interface TimexData {
  type: TimexType
  /** TIMEX3 value: 2025-08-07, 2025-W33, 2025-Q3, P2M, PAST_REF, XXXX-WXX-5 when it could not be anchored. */
  value: string
  /** 'publication' when the value was computed from the publication date; 'none' when the text alone gives it. */
  anchor: 'publication' | 'none'
  /** False when the expression needed the publication date and the article has none. */
  anchored: boolean
  /** The rule that found the expression. */
  rule: string
  /** TIMEX3 mod: START for "early May", APPROX for "about two years", … */
  mod?: TimexMod
  /** The TimeML extent's start when parallax keeps a preposition in the span ("on Thursday" → "Thursday"). */
  coreStart?: number
}

declare module '../../core/layers.js' {
  interface LayerMap {
    timexes: Annotation<TimexData>[]
  }
}

export interface TimexesOptions {
  /** Overrides the article's publication date (YYYY-MM-DD), e.g. a document creation time. */
  anchor?: string | null
}

/**
 * A year-ago comparison ("a year earlier") refers to the quarter named this many sentences before at
 * most. Tuned on the TBAQ train part (WSJ earnings reports): 3 kept the quarter through a paragraph.
 */
const QUARTER_MEMORY = 3

/** The anchor the article's publication date gives, at its precision. */
export function anchorOf(article: Article, override?: string | null): Anchor | null {
  const raw = override !== undefined ? override : article.meta.publishedAt?.value ?? null
  if (!raw) return null
  const day = parseYmd(raw)
  if (day) {
    const precision = override !== undefined ? 'day' : article.meta.publishedAt?.precision
    return { date: day, precision: precision === 'month' ? 'month' : precision === 'year' ? 'year' : 'day' }
  }
  const month = /^(\d{4})-(\d{2})$/.exec(raw)
  if (month) return { date: { year: Number(month[1]), month: Number(month[2]), day: 1 }, precision: 'month' }
  const year = /^(\d{4})$/.exec(raw)
  if (year) return { date: { year: Number(year[1]), month: 1, day: 1 }, precision: 'year' }
  return null
}

/** Meanings whose value depends on the tense of the verb. */
function usesDirection(meaning: Meaning): boolean {
  switch (meaning.kind) {
    case 'date':
      return meaning.year.year === undefined && meaning.year.offset === undefined && meaning.shift === undefined
    case 'weekday':
      return meaning.shift === null
    case 'quarter':
    case 'season':
    case 'holiday':
      return meaning.year.year === undefined && meaning.year.offset === undefined
    case 'time':
      return meaning.day !== undefined && usesDirection(meaning.day)
    case 'tensed-ref':
      return true
    case 'weekend':
      return meaning.shift === null
    default:
      return false
  }
}

function leaned(direction: Direction, lean: Extracted['lean']): Direction {
  if (lean === 'behind') return 'past'
  if (lean === 'ahead') return 'future'
  if (lean === 'back') return direction === 'future' ? 'future' : 'past'
  // "from Friday", "Friday deadline": ahead unless the verb puts it behind
  if (lean === 'forward') return direction === 'past' ? 'past' : 'future'
  return direction
}

export function findTimexes(article: Article, sentences: readonly { start: number; end: number }[], options: TimexesOptions = {}): Annotation<TimexData>[] {
  const text = article.text
  const anchor = anchorOf(article, options.anchor)
  const out: Annotation<TimexData>[] = []
  let lastQuarter: { year: number; quarter: number; sentence: number } | null = null
  sentences.forEach((sentence, index) => {
    const found = extractTimexes(text, sentence.start, sentence.end)
    if (found.length === 0) return
    let words: TaggedWord[] | undefined
    for (const timex of found) {
      let direction: Direction = 'unknown'
      if (usesDirection(timex.meaning)) {
        words ??= tagWords(text, sentence.start, sentence.end)
        direction = governingDirection(words, timex.coreStart, timex.end)
      }
      direction = leaned(direction, timex.lean)
      const quarterContext = lastQuarter && index - lastQuarter.sentence <= QUARTER_MEMORY ? lastQuarter : null
      const resolved = resolveMeaning(timex.meaning, { anchor, direction, lastQuarter: quarterContext })
      const quarter = /^(\d{4})-Q([1-4])$/.exec(resolved.value)
      if (quarter && !(timex.meaning.kind === 'year-before-period' && timex.meaning.years > 0)) {
        lastQuarter = { year: Number(quarter[1]), quarter: Number(quarter[2]), sentence: index }
      }
      const data: TimexData = {
        type: timex.type,
        value: resolved.value,
        anchor: resolved.relative && resolved.anchored ? 'publication' : 'none',
        anchored: resolved.anchored,
        rule: timex.rule,
      }
      if (timex.mod) data.mod = timex.mod
      if (timex.coreStart !== timex.start) data.coreStart = timex.coreStart
      out.push(makeAnnotation('timexes', 'timexes@1', timex.start, timex.end, data, timex.rule))
    }
  })
  return out
}

export const timexes = (options: TimexesOptions = {}) =>
  defineAnalyzer({
    name: 'timexes',
    version: '1',
    requires: ['sentences', 'tokens'],
    assigns: ['timexes'],
    analyze: (doc) => ({ timexes: findTimexes(doc.article, doc.layers.sentences ?? [], options) }),
  })
