// The patterns that find time expressions in a sentence, each with what its words mean (resolved later).
import {
  CALENDAR_UNIT, DAY, HOLIDAY, HOLIDAYS, L, MONTH_BEFORE_DAY, MONTH_NAME, PARTS_OF_DAY, R, SEASONS, UNIT_WORD,
  WEEKDAY, YEAR4, monthNumber, unitOf, weekdayNumber,
} from './timex-lexicon.js'
import type { CalendarUnit, Meaning, PartOfDay, TimexMod, TimexType, YearRef } from './timex-meaning.js'
import { durationValue, fractionValue } from './timex-duration.js'
import { NUMBER, ORDINAL_WORD, VAGUE_NUMBER, YEAR_WORDS, parseNumber, parseOrdinal, parseYearWords } from './number-words.js'

/**
 * Which way an expression leans besides the verb's tense. 'forward' and 'back' count only when the verb
 * has no past or future ("from Friday" and "Friday deadline" look forward, "Wednesday's ruling" back);
 * 'behind' ("since Monday") and 'ahead' ("until Monday", "effective June 1") override the tense.
 */
export type Lean = 'forward' | 'back' | 'behind' | 'ahead'

export interface Found {
  type: TimexType
  meaning: Meaning
  lean?: Lean
  /** Overrides the match's own extent, relative to the match start. */
  trimStart?: number
  trimEnd?: number
  /** A weekday the ISO week of which counts, for "on Friday": it may take "on" into the span. */
  takesOn?: boolean
  /** "in the coming days", "in recent years": the preposition belongs to the phrase. */
  takesIn?: boolean
  /** Durations and counts take approximators ("nearly two years"). */
  counted?: boolean
  mod?: TimexMod
}

export interface Rule {
  id: string
  pattern: RegExp
  build: (match: RegExpExecArray, sentence: string) => Found | null
}

const rx = (source: string) => new RegExp(`${L}(?:${source})${R}`, 'giu')

const isCapitalised = (word: string | undefined) => !!word && /^\p{Lu}/u.test(word)
const yearOf = (raw: string | undefined): YearRef => (raw ? { year: Number(raw) } : {})

/** The word just before `index` in `sentence`, lowercased, or '' at the start. */
function wordBefore(sentence: string, index: number): string {
  const match = /([\p{L}'’]+)\W*$/u.exec(sentence.slice(Math.max(0, index - 40), index))
  return match ? match[1]! : ''
}

function textAfter(sentence: string, match: RegExpExecArray, length = 40): string {
  return sentence.slice(match.index + match[0].length, match.index + match[0].length + length)
}

/** Words after which a bare month name ("May", "March") is a month, not a verb, a modal or a name. */
const MONTH_CONTEXT = /^(?:in|since|until|till|by|on|of|from|to|through|during|before|after|last|next|this|early|late|mid|end|beginning|start|middle|between|and|or|since|around|until|past|coming|throughout|as|for|the)$/i
const YEAR_CONTEXT = /^(?:in|since|until|till|by|of|from|to|through|during|before|after|early|late|mid|end|beginning|start|middle|between|and|around|circa|year|fiscal|throughout|the|for|about)$/i
const OLD_YEAR_CONTEXT = /^(?:in|since|until|till|by|of|from|to|through|during|before|after|around|circa|year|between)$/i
/** Capitalised words before a four-digit number that make it a name or a count, not a year. */
const NOT_YEAR_BEFORE = /^(?:resolution|flight|model|no|number|room|route|highway|interstate|article|section|chapter|boeing|airbus|windows|version|page|pages|rule|form|bill|law|decree|order|item|lot|unit|suite|box|channel|code|serial|nos|vol|volume|row|seat|gate|platform|bus|train|lane|street|avenue|road|apt|apartment|precinct|district|paragraph|clause|catalogue|catalog|patent|case|file|ticket|hole|exit|mile|km|hp|cc|mhz|ghz|mm|kg|grade|level|phase|type|class|mark|mk|pentium|ibm|dow|nasdaq|index|points?)$/i
const NOT_YEAR_AFTER = /^\s*(?:gmt|utc|hours?|hrs|local|est|edt|bst|cet|pst|pdt|cst|cdt|ft|feet|metres|meters|m|km|kg|tons?|tonnes?|mph|miles|yards|cc|hp|mw|points?|people|troops|soldiers|workers|employees|members|votes|shares|barrels|units|cars|jobs|residents|students|delegates|acres|dollars|euros|pounds|yen|francs|marks|rubles|roubles|won|yuan|rupees|bpd|b\/d)\b/i

function partOf(word: string | undefined): PartOfDay | undefined {
  return word ? PARTS_OF_DAY[word.toLowerCase()] : undefined
}

function dayNumber(raw: string): number {
  return Number(raw.replace(/\D+$/, ''))
}

/** "Aug. 7, 1998" style: the day and month are checked, a weekday in front is allowed. */
function dateFound(monthWord: string, day: number, yearRaw: string | undefined, weekdayWord?: string): Found | null {
  const month = monthNumber(monthWord)
  if (!month || day < 1 || day > 31 || !isCapitalised(monthWord)) return null
  const weekday = weekdayWord ? weekdayNumber(weekdayWord) : undefined
  const meaning: Meaning = weekday ? { kind: 'date', month, day, year: yearOf(yearRaw), weekday } : { kind: 'date', month, day, year: yearOf(yearRaw) }
  return { type: 'DATE', meaning }
}

/** A date or weekday that names a deadline ("the Jan. 14 deadline", "a Friday deadline") is still ahead. */
function withDeadline(found: Found | null, sentence: string, match: RegExpExecArray): Found | null {
  if (found && /^\s+(?:deadline|ultimatum|cut-?off|target date|return date)\b/i.test(textAfter(sentence, match))) found.lean = 'forward'
  return found
}

const SHIFT: Record<string, -1 | 0 | 1> = {
  last: -1, past: -1, 'the past': -1, 'this past': -1, 'the previous': -1, previous: -1, 'the last': -1,
  next: 1, coming: 1, 'this coming': 1, 'the following': 1, following: 1, 'the next': 1, 'the coming': 1,
  this: 0, 'the current': 0, current: 0,
}

const UNIT_OF_CALENDAR: Record<string, CalendarUnit> = {
  week: 'week', weekend: 'weekend', month: 'month', quarter: 'quarter', year: 'year', decade: 'decade', century: 'century',
}

const DECADES: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 }

const QUARTERS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, final: 4, last: 4 }

const REF_RULES: [string, string, string][] = [
  // [id, pattern, value]
  ['present-ref', `right now|just now|now|currently|at present|presently|nowadays|these days|at the moment|current`, 'PRESENT_REF'],
  ['past-ref', `recently|lately|the past|(?:days|weeks|months|years|decades) ago|past (?:years|decades)|recent (?:days|weeks|months|years|decades|times|quarters)|the (?:recent|distant) past`, 'PAST_REF'],
  ['future-ref', `(?<=(?:will|would|could|might|may|should|shall|to) )one day|some ?day|the (?:near |distant |foreseeable |immediate )?future|(?:the )?(?:coming|next few|upcoming) (?:days|weeks|months|years|decades|quarters)|the (?:days|weeks|months|years) ahead|the (?:near|short|long|medium) term|as soon as possible|(?:years|decades|generations) to come|a later date`, 'FUTURE_REF'],
]

export const RULES: Rule[] = [
  // --- absolute dates -------------------------------------------------------------------------------
  {
    id: 'date-iso',
    pattern: rx(`(${YEAR4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])`),
    build: (m) => ({ type: 'DATE', meaning: { kind: 'date', month: Number(m[2]), day: Number(m[3]), year: { year: Number(m[1]) } } }),
  },
  {
    id: 'date-numeric',
    // American month/day/year as agencies print it: 8/7/98, 08/07/1998 (never a bare d/m pair, too often a score or ratio)
    pattern: rx(`(0?[1-9]|1[0-2])/(0?[1-9]|[12]\\d|3[01])/(\\d{4}|\\d{2})`),
    build: (m) => {
      const y = m[3]!.length === 2 ? (Number(m[3]) < 50 ? 2000 : 1900) + Number(m[3]) : Number(m[3])
      return { type: 'DATE', meaning: { kind: 'date', month: Number(m[1]), day: Number(m[2]), year: { year: y } } }
    },
  },
  {
    id: 'date-month-day',
    pattern: rx(`(?:(${WEEKDAY}),? )?(${MONTH_BEFORE_DAY}) ?(${DAY})(?:(?:,|\\s)\\s?(${YEAR4}|['’]\\d\\d))?`),
    build: (m, sentence) => {
      const year = m[4]?.startsWith("'") || m[4]?.startsWith('’') ? String(1900 + Number(m[4].slice(1))) : m[4]
      return withDeadline(dateFound(m[2]!, dayNumber(m[3]!), year, m[1]), sentence, m)
    },
  },
  {
    id: 'date-month-ordinal',
    pattern: rx(`(?:(${WEEKDAY}),? )?(${MONTH_NAME}) (?:the )?(${ORDINAL_WORD})(?:,? (${YEAR4}))?`),
    build: (m) => dateFound(m[2]!, parseOrdinal(m[3]!) ?? 0, m[4], m[1]),
  },
  {
    id: 'date-day-month',
    pattern: rx(`(?:(${WEEKDAY}),? )?(?:the )?(${DAY}|${ORDINAL_WORD}) (?:of )?(${MONTH_NAME})(?:,? (${YEAR4}))?`),
    build: (m) => {
      const day = /^\d/.test(m[2]!) ? dayNumber(m[2]!) : parseOrdinal(m[2]!) ?? 0
      return dateFound(m[3]!, day, m[4], m[1])
    },
  },
  {
    id: 'month-year',
    pattern: rx(`(${MONTH_NAME})(?:,| of)? (${YEAR4}|['’]\\d\\d|${YEAR_WORDS})`),
    build: (m) => {
      const month = monthNumber(m[1]!)
      if (!month || !isCapitalised(m[1])) return null
      const raw = m[2]!
      const year = /^\d/.test(raw) ? Number(raw) : /^['’]/.test(raw) ? 1900 + Number(raw.slice(1)) : parseYearWords(raw)
      if (year === null) return null
      return { type: 'DATE', meaning: { kind: 'date', month, year: { year } } }
    },
  },
  {
    id: 'month-relative-year',
    pattern: rx(`(${MONTH_NAME})(?: of)? (this|last|next) year`),
    build: (m) => {
      const month = monthNumber(m[1]!)
      if (!month || !isCapitalised(m[1])) return null
      return { type: 'DATE', meaning: { kind: 'date', month, year: { offset: SHIFT[m[2]!.toLowerCase()]! } } }
    },
  },
  {
    id: 'month-shifted',
    pattern: rx(`(last|next|this|this past|this coming|past|coming) (${MONTH_NAME})`),
    build: (m) => {
      const month = monthNumber(m[2]!)
      if (!month || !isCapitalised(m[2])) return null
      const shift = SHIFT[m[1]!.toLowerCase()]!
      const meaning: Meaning = shift === 0 ? { kind: 'date', month, year: { offset: 0 } } : { kind: 'date', month, year: {}, shift }
      return { type: 'DATE', meaning }
    },
  },
  {
    id: 'month',
    pattern: rx(`(${MONTH_NAME})`),
    build: (m, sentence) => {
      const month = monthNumber(m[1]!)
      if (!month || !isCapitalised(m[1])) return null
      const before = wordBefore(sentence, m.index)
      // "Theresa May", "Brian May": a capitalised word before a month name makes it a surname
      if (before && isCapitalised(before) && !MONTH_CONTEXT.test(before)) return null
      if ((month === 5 || month === 3) && !MONTH_CONTEXT.test(before)) return null
      // "May Day", "March Madness": a name
      if (/^\s+\p{Lu}/u.test(textAfter(sentence, m)) && !/^\s+(?:\d|[A-Z][a-z]+day\b)/.test(textAfter(sentence, m))) return null
      return { type: 'DATE', meaning: { kind: 'date', month, year: {} } }
    },
  },
  {
    id: 'year',
    pattern: rx(`(?:(fiscal|calendar|mid-|post-|pre-|the year )\\s?)?(${YEAR4})`),
    build: (m, sentence) => {
      const year = Number(m[2])
      const before = wordBefore(sentence, m.index)
      if (!m[1]) {
        if (NOT_YEAR_BEFORE.test(before) || NOT_YEAR_AFTER.test(textAfter(sentence, m))) return null
        // a year in words-of-money: "$1990", "1990 shares"
        if (/[$£€#№]\s*$/.test(sentence.slice(Math.max(0, m.index - 2), m.index))) return null
        // an older year needs a word that expects one, and no count noun after it ("1500 contractors")
        if ((year < 1900 || year > 2100) && (!OLD_YEAR_CONTEXT.test(before) || /^\s+(?!(?:was|has|is|as|its|his|this|thus|plus)\b)\p{Ll}+s\b/u.test(textAfter(sentence, m)))) return null
      }
      return { type: 'DATE', meaning: { kind: 'fixed', value: String(year) } }
    },
  },
  {
    id: 'year-words',
    pattern: rx(`(?:the year )?(${YEAR_WORDS})`),
    build: (m, sentence) => {
      const year = parseYearWords(m[1]!)
      if (year === null) return null
      // "nineteen ninety-six" is a year wherever it stands; "two thousand" only where a year is expected
      if (!/^(?:the year|nineteen|eighteen)/i.test(m[0]) && !YEAR_CONTEXT.test(wordBefore(sentence, m.index))) return null
      if (/^\s+(?:years?|days?|people|dollars)\b/i.test(textAfter(sentence, m))) return null
      return { type: 'DATE', meaning: { kind: 'fixed', value: String(year) } }
    },
  },
  {
    id: 'decade',
    pattern: rx(`(?:the )?(?:(?:early|mid|late)[- ])?(?:(1[0-9]{2}|20[0-9])0['’]?s|['’](\\d)0s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))`),
    build: (m) => {
      if (m[3] && !/^the /i.test(m[0])) return null
      const decade = m[1] ? m[1] : m[2] ? `19${m[2]}` : `19${DECADES[m[3]!.toLowerCase()]}`
      return { type: 'DATE', meaning: { kind: 'fixed', value: decade } }
    },
  },
  {
    id: 'century',
    pattern: rx(`(?:the )?(\\d{1,2}(?:st|nd|rd|th)|${ORDINAL_WORD})[- ]century`),
    build: (m) => {
      const n = parseOrdinal(m[1]!)
      if (!n) return null
      return { type: 'DATE', meaning: { kind: 'fixed', value: String(n - 1).padStart(2, '0') } }
    },
  },
  {
    id: 'quarter',
    pattern: rx(
      `(?:the |its |their |a )?(?:(${YEAR4})\\s|(this|last|next) year['’]s\\s)?(?:(fiscal|calendar)[- ])?(first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?(quarter|half|-quarter)(?: of (?:fiscal |calendar )?(?:(${YEAR4})|(this|last|next) year|the (?:year|fiscal year)))?`,
    ),
    build: (m) => {
      const quarter = QUARTERS[m[4]!.toLowerCase()]!
      const half = m[5]!.toLowerCase() === 'half'
      if (half && quarter > 2) return null
      const explicit = m[1] ?? m[6]
      const offsetWord = m[2] ?? m[7]
      const year: YearRef = explicit ? { year: Number(explicit) } : offsetWord ? { offset: SHIFT[offsetWord.toLowerCase()]! } : /the (?:fiscal )?year$/i.test(m[0]) ? { offset: 0 } : {}
      const meaning: Meaning = half ? { kind: 'quarter', quarter, year, half: true } : { kind: 'quarter', quarter, year }
      return { type: 'DATE', meaning }
    },
  },
  {
    id: 'quarter-code',
    pattern: /(?<![\p{L}\p{N}])(Q[1-4])(?:\s(\d{4}))?(?![\p{L}\p{N}])/gu,
    build: (m) => ({ type: 'DATE', meaning: { kind: 'quarter', quarter: Number(m[1]!.slice(1)), year: yearOf(m[2]) } }),
  },
  {
    id: 'quarter-relative',
    pattern: rx(`(this|last|next|the latest|the current|the previous|the past|the|that|latest|the most recent|the same) (quarter|period)`),
    build: (m) => {
      const word = m[1]!.toLowerCase()
      if (m[2]!.toLowerCase() === 'period' && !/latest|most recent/.test(word)) return null
      const offset = /^(?:last|the latest|the previous|the past|latest|the most recent)$/.test(word) ? -1 : word === 'next' ? 1 : 0
      // "the quarter", "that quarter": the one the text is about, which financial news reports after it ends
      if (word === 'the' || word === 'that' || word === 'the same') return { type: 'DATE', meaning: { kind: 'year-before-period', years: 0 } }
      return { type: 'DATE', meaning: { kind: 'relative', unit: 'quarter', offset } }
    },
  },
  {
    id: 'period-of-year',
    pattern: rx(`the (${YEAR4}) (?:fiscal )?(?:quarter|period)`),
    build: (m) => ({ type: 'DATE', meaning: { kind: 'period-of-year', year: Number(m[1]) } }),
  },
  {
    id: 'year-ago-period',
    pattern: rx(`(?:the )?(?:comparable |corresponding |same )?year-(?:ago|earlier)(?: (?:(?:first|second|third|fourth)[- ])?(?:fiscal )?(?:quarter|period))?`),
    build: () => ({ type: 'DATE', meaning: { kind: 'year-before-period', years: 1 } }),
  },
  {
    id: 'season',
    pattern: rx(`(?:(this|last|next|this past|this coming|the|early|late|mid|past) )?(spring|summer|fall|autumn|winter)(?:(?: of)? (${YEAR4}))?`),
    build: (m, sentence) => {
      const shiftWord = m[1]?.toLowerCase()
      if (!shiftWord && !m[3]) return null
      if (shiftWord === 'the' && !m[3] && /^\s+of\b/i.test(textAfter(sentence, m))) return null // "the fall of the Berlin Wall"
      if (shiftWord === 'the' && !m[3] && /^\s+(?:\p{L}+)/u.test(textAfter(sentence, m)) && !/^\s+(?:and|or|when|before|after|as|to|of|in|for|that|with)\b/i.test(textAfter(sentence, m)) && !/^[\s]*[,.;:]/.test(textAfter(sentence, m))) return null // "the spring collection"
      const season = SEASONS[m[2]!.toLowerCase()]!
      const shift = shiftWord ? SHIFT[shiftWord] : undefined
      // "last spring" is last year's, "next summer" next year's; "this past spring" the latest one
      if (shiftWord === 'this past') return { type: 'DATE', meaning: { kind: 'season', season, year: {} }, lean: 'behind' }
      const year: YearRef = m[3] ? { year: Number(m[3]) } : shift === undefined ? {} : { offset: shift }
      return { type: 'DATE', meaning: { kind: 'season', season, year } }
    },
  },
  {
    id: 'holiday',
    pattern: rx(`(${HOLIDAY})(?:,? (${YEAR4}))?`),
    build: (m) => {
      if (!isCapitalised(m[1])) return null
      const name = HOLIDAYS[m[1]!.toLowerCase()]
      if (!name) return null
      return { type: 'DATE', meaning: { kind: 'holiday', name, year: yearOf(m[2]) } }
    },
  },

  // --- dates relative to the publication date ---------------------------------------------------------
  {
    id: 'day-relative',
    pattern: rx(`(the day before yesterday|the day after tomorrow|today|tonight|yesterday|tomorrow)(?:['’]s)?(?:[ -](morning|afternoon|evening|night))?`),
    build: (m) => {
      const word = m[1]!.toLowerCase()
      const offset = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : word === 'the day before yesterday' ? -2 : word === 'the day after tomorrow' ? 2 : 0
      const part = partOf(m[2]) ?? (word === 'tonight' ? 'NI' : undefined)
      const meaning: Meaning = part ? { kind: 'relative', unit: 'day', offset, part } : { kind: 'relative', unit: 'day', offset }
      return { type: part ? 'TIME' : 'DATE', meaning }
    },
  },
  {
    id: 'part-of-day-relative',
    pattern: rx(`(this|last|tomorrow|yesterday) (morning|afternoon|evening|night)`),
    build: (m) => {
      const word = m[1]!.toLowerCase()
      const part = partOf(m[2])!
      const offset = word === 'yesterday' || (word === 'last' && part === 'NI') ? -1 : word === 'tomorrow' ? 1 : 0
      if (word === 'last' && part !== 'NI') return null
      return { type: 'TIME', meaning: { kind: 'relative', unit: 'day', offset, part } }
    },
  },
  {
    id: 'unit-relative',
    pattern: rx(`(this|last|next|past|coming|previous|following|current|the past|the previous|the following|the coming|the current|the next|the last|this past|this coming|the same|earlier this|later this|early this|late this|early next|late next|early last|late last|earlier in the|later in the) (${CALENDAR_UNIT})(?:['’]s)?`),
    build: (m, sentence) => {
      // "ABC's This Week": a capitalised unit inside a sentence is a title
      if (/^\p{Lu}/u.test(m[2]!) && m.index > 0 && /\p{L}/u.test(sentence.slice(0, m.index))) return null
      const lower = m[1]!.toLowerCase()
      const word = lower.replace(/^(?:earlier|later|early|late) (?:in )?/, '')
      const unit = UNIT_OF_CALENDAR[m[2]!.toLowerCase()]!
      if (word === 'the same') return null
      const found: Found = { type: 'DATE', meaning: { kind: 'relative', unit, offset: word === 'the' ? 0 : SHIFT[word] ?? 0 } }
      if (/^(?:early|earlier) /.test(lower)) found.mod = 'START'
      else if (/^(?:late|later) /.test(lower)) found.mod = 'END'
      return found
    },
  },
  {
    id: 'end-of-unit',
    pattern: rx(`the (?:very )?(end|beginning|start|middle|close|turn|rest|remainder|balance|course) of (?:the|this) (year|month|week|decade|century)`),
    build: (m) => {
      const part = m[1]!.toLowerCase()
      const mod: TimexMod | undefined = /^(?:end|close|rest|remainder|balance)$/.test(part) ? 'END' : /^(?:beginning|start|turn)$/.test(part) ? 'START' : part === 'middle' ? 'MID' : undefined
      const found: Found = { type: 'DATE', meaning: { kind: 'relative', unit: UNIT_OF_CALENDAR[m[2]!.toLowerCase()]!, offset: 0 } }
      if (mod) found.mod = mod
      return found
    },
  },
  {
    id: 'weekend',
    pattern: rx(`(the|this|that) weekend`),
    build: (m) => ({ type: 'DATE', meaning: { kind: 'weekend', shift: m[1]!.toLowerCase() === 'this' ? 0 : null } }),
  },
  {
    id: 'year-span',
    // "the year ended March 31": the fiscal year as a stretch of time (the date is its own timex)
    pattern: rx(`the (?:fiscal |calendar )?year(?= (?:ended|ending|to date|through))`),
    build: () => ({ type: 'DURATION', meaning: { kind: 'fixed', value: 'P1Y' } }),
  },
  {
    id: 'this-year',
    pattern: rx(`(?:the )?(?:full|current|current fiscal|fiscal|calendar) year|year-end|year['’]s end|(?<=(?:for|of|in|during|throughout) )the year(?! (?:ended|ending|before|after|earlier|ago|when|that|to|in|of|through))`),
    build: () => ({ type: 'DATE', meaning: { kind: 'relative', unit: 'year', offset: 0 } }),
  },
  {
    id: 'half-of-year',
    pattern: rx(`(?:the )?(first|second|latter|last) half of (?:(${YEAR4})|(this|last|next) year|the year)`),
    build: (m) => {
      const half = m[1]!.toLowerCase() === 'first' ? 1 : 2
      const year: YearRef = m[2] ? { year: Number(m[2]) } : m[3] ? { offset: SHIFT[m[3].toLowerCase()]! } : { offset: 0 }
      return { type: 'DATE', meaning: { kind: 'quarter', quarter: half, year, half: true } }
    },
  },
  {
    id: 'weekday-shifted',
    pattern: rx(`(last|next|this|this past|this coming|coming|the previous|the following|past) (${WEEKDAY})(?:[ -](morning|afternoon|evening|night))?`),
    build: (m) => {
      const weekday = weekdayNumber(m[2]!)
      if (!weekday || !isCapitalised(m[2])) return null
      const word = m[1]!.toLowerCase()
      const shift = SHIFT[word] ?? null
      const part = partOf(m[3])
      const meaning: Meaning = part ? { kind: 'weekday', weekday, shift, part } : { kind: 'weekday', weekday, shift }
      return { type: part ? 'TIME' : 'DATE', meaning }
    },
  },
  {
    id: 'weekday',
    pattern: rx(`(${WEEKDAY})(['’]s)?(?:[ -](morning|afternoon|evening|night))?`),
    build: (m, sentence) => {
      const weekday = weekdayNumber(m[1]!)
      if (!weekday || !isCapitalised(m[1])) return null
      const before = wordBefore(sentence, m.index)
      if (/^(?:good|black|cyber|holy|ash|man|girl)$/i.test(before)) return null
      const after = textAfter(sentence, m)
      // "the Sunday Times", "Friday Harbor": a capitalised word after a weekday makes it part of a name
      if (!m[3] && !m[2] && /^\s+\p{Lu}\p{Ll}/u.test(after) && !/^\s+(?:and|or|[A-Z][a-z]+day\b|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/.test(after)) return null
      const part = partOf(m[3])
      const meaning: Meaning = part ? { kind: 'weekday', weekday, shift: null, part } : { kind: 'weekday', weekday, shift: null }
      const found: Found = { type: part ? 'TIME' : 'DATE', meaning, takesOn: true }
      // a deadline named by its weekday is still ahead unless the verb says it has passed;
      // "Wednesday's ruling": a possessive weekday names an event the report looks back on
      if (!withDeadline(found, sentence, m)?.lean && m[2]) found.lean = 'back'
      return found
    },
  },
  {
    id: 'counted-ago',
    pattern: rx(`(${NUMBER}|${VAGUE_NUMBER}) (${UNIT_WORD})(?: or so)? (ago|earlier|before|later|after|from now|hence|back)`),
    build: (m, sentence) => {
      const unit = unitOf(m[2]!)
      const word = m[3]!.toLowerCase()
      const after = textAfter(sentence, m)
      // "two days before a deadline", "a week after the vote": the count is a duration, the anchor is an event
      if (word !== 'ago' && word !== 'from now' && word !== 'hence' && /^\s+(?!and\b|or\b|in\b|on\b|at\b)\p{L}/u.test(after)) return null
      const n = parseNumber(m[1]!)
      const sign = word === 'ago' || word === 'earlier' || word === 'before' || word === 'back' ? -1 : 1
      // "a week later", "two days earlier" count from an event the text narrates, not from the
      // publication date: only the stretch of time is known. Years and months before ("a year
      // earlier") compare with the period reported, as financial news does.
      const fromEvent = word === 'later' || word === 'after' || ((word === 'earlier' || word === 'before') && !/^(?:month|quarter|year|decade|century)$/.test(unit))
      if (fromEvent) {
        const value = n === null ? durationValue(null, unit) : Number.isInteger(n) ? durationValue(n, unit) : fractionValue(n, unit)
        return value ? { type: 'DURATION', meaning: { kind: 'fixed', value }, counted: true, trimEnd: m[3]!.length + 1 + (/ or so /.test(m[0]) ? 6 : 0) } : null
      }
      if (n === null) return { type: 'DATE', meaning: { kind: 'fixed', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF' }, counted: true }
      if (!Number.isInteger(n)) return null
      if (unit === 'year' && n === 1 && sign < 0) return { type: 'DATE', meaning: { kind: 'year-before-period', years: 1 }, counted: true }
      const calendar: Record<string, [CalendarUnit, number]> = {
        day: ['day', 1], week: ['week', 1], month: ['month', 1], year: ['year', 1], decade: ['year', 10], quarter: ['quarter', 1],
        century: ['year', 100], fortnight: ['week', 2], night: ['day', 1],
      }
      const entry = calendar[unit]
      if (!entry) return null
      return { type: 'DATE', meaning: { kind: 'relative', unit: entry[0], offset: sign * n * entry[1] }, counted: true }
    },
  },

  // --- durations ------------------------------------------------------------------------------------
  {
    id: 'duration',
    pattern: rx(
      `(?:(?:the|its|their|his|her|our|a|an) )?(?:(past|last|next|first|coming|previous|following|latest|final|initial|remaining|additional|further|full|entire|whole|subsequent|same|recent) )?(${NUMBER}|${VAGUE_NUMBER})(?: (?:more|additional|full|straight|consecutive|long|trading|business|working))? (${UNIT_WORD})(?: and a half)?(?: or so)?`,
    ),
    build: (m, sentence) => {
      const unit = unitOf(m[3]!)
      const rawNumber = m[2]!.toLowerCase()
      const n = parseNumber(rawNumber)
      if (unit === 'second' && (rawNumber === 'a' || rawNumber === 'the')) return null
      // "a quarter of the vote": a fraction, not three months
      if (unit === 'quarter' && ((n !== null && n < 2) || /^\s+of\b/.test(textAfter(sentence, m)))) return null
      // "a 6-year-old", "55 years old": an age
      if (/^[\s-]+old\b/i.test(textAfter(sentence, m))) return null
      // "the first year", "a year": singular counts are dates or rates as often as durations; keep "a/one <unit>"
      const whole = /and a half$/.test(m[0]) ? (n ?? 0) + 0.5 : n
      if (whole === null) return { type: 'DURATION', meaning: { kind: 'fixed', value: durationValue(null, unit) }, counted: true }
      if (whole === 0) return null
      // "700 seats a week", "$2 million a year", "24 hours a day": a rate, not a stretch of time
      if (/^(?:a|an)$/.test(rawNumber) && !m[1] && /(?:\d|times|twice|once|cents?|dollars?|%|million|billion|trillion|thousand|hundred|percent|[\p{L}]{3,}s)\s*$/iu.test(sentence.slice(Math.max(0, m.index - 12), m.index))) return null
      const value = Number.isInteger(whole) ? durationValue(whole, unit) : fractionValue(whole, unit)
      return value ? { type: 'DURATION', meaning: { kind: 'fixed', value }, counted: true } : null
    },
  },
  {
    id: 'duration-adjective',
    // "a two-week high", "27-year-old", "the five-hour meeting"
    pattern: rx(`(${NUMBER})-(second|minute|hour|day|week|month|year|decade|century)(-long|-old)?`),
    build: (m) => {
      if (m[3]?.toLowerCase() === '-old') return null // an age
      const n = parseNumber(m[1]!.replace(/-/g, ' '))
      if (n === null || n === 0 || !Number.isInteger(n)) return null
      return { type: 'DURATION', meaning: { kind: 'fixed', value: durationValue(n, unitOf(m[2]!)) }, counted: true }
    },
  },
  {
    id: 'duration-long',
    // "a day-long meeting", "a year-long inquiry"
    pattern: rx(`(day|week|month|year)-long`),
    build: (m) => ({ type: 'DURATION', meaning: { kind: 'fixed', value: durationValue(1, m[1]!.toLowerCase()) } }),
  },
  {
    id: 'duration-half',
    pattern: rx(`half an? (hour|day|year|month|century|decade)`),
    build: (m) => {
      const value = fractionValue(0.5, unitOf(m[1]!))
      return value ? { type: 'DURATION', meaning: { kind: 'fixed', value }, counted: true } : null
    },
  },
  {
    id: 'duration-vague-plural',
    // "for years", "decades-long": an unknown count of a unit
    pattern: rx(`(?:(for|over|in|within) )?(?:the )?(hours|days|weeks|months|years|decades|centuries)(-long)?`),
    build: (m, sentence) => {
      if (!m[1] && !m[3]) return null
      const after = textAfter(sentence, m)
      if (/^\s+(?:of|to come|ahead|ago|later|earlier|before|after)\b/i.test(after)) return null
      const found: Found = { type: 'DURATION', meaning: { kind: 'fixed', value: durationValue(null, unitOf(m[2]!)) } }
      if (m[1]) found.trimStart = m[1].length + 1
      return found
    },
  },

  // --- references without a date -------------------------------------------------------------------
  ...REF_RULES.map(([id, source, value]): Rule => ({
    id,
    pattern: rx(source),
    build: (m, sentence) => {
      const text = m[0].toLowerCase()
      if (text === 'now' && /^\s+that\b/i.test(textAfter(sentence, m))) return null // "now that" is a conjunction
      // "Now, he says, …": a sentence-opening "Now," turns the discourse, it does not date anything
      if (m[0] === 'Now' && /^,/.test(textAfter(sentence, m)) && !/\p{L}/u.test(sentence.slice(0, m.index))) return null
      // "current account", "the current of a river": not the present
      if (text === 'current' && (!/^\s+\p{L}/u.test(textAfter(sentence, m)) || /^\s+(?:accounts?|affairs)\b/i.test(textAfter(sentence, m)))) return null
      if (text === 'the past' && /^\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|week|month|year|decade)/i.test(textAfter(sentence, m))) return null
      const found: Found = { type: 'DATE', meaning: { kind: 'fixed', value } }
      if (/^(?:the )?(?:coming|upcoming|recent) /.test(text)) found.takesIn = true
      return found
    },
  })),

  // --- clock times ----------------------------------------------------------------------------------
  {
    id: 'clock-time',
    pattern: rx(
      `(\\d{1,2})(?:[:.](\\d{2}))? ?([ap]\\.m\\.?|[ap]m)(?: (?:EST|EDT|GMT|UTC|BST|CET|CEST|ET|PT|PST|PDT|CST|CDT|MST|local time|local))?(?:,? (?:on )?(${WEEKDAY}|today|yesterday|tomorrow|tonight)(?!\\p{L}))?(?:,? (${MONTH_BEFORE_DAY}) ?(${DAY}))?`,
    ),
    build: (m) => {
      let hour = Number(m[1])
      const minute = m[2] ? Number(m[2]) : 0
      if (hour < 1 || hour > 12 || minute > 59) return null
      const pm = m[3]!.toLowerCase().startsWith('p')
      if (pm && hour < 12) hour += 12
      if (!pm && hour === 12) hour = 0
      if (m[5] && m[6]) {
        const date = dateFound(m[5], dayNumber(m[6]), undefined)
        if (date) return { type: 'TIME', meaning: { kind: 'time', hour, minute, day: date.meaning } }
      }
      return { type: 'TIME', meaning: timeMeaning(hour, minute, m[4]) }
    },
  },
  {
    id: 'clock-24h',
    pattern: rx(`([01]?\\d|2[0-3])[:.]?([0-5]\\d) ?(GMT|UTC|BST|CET|CEST|EST|EDT|local time|hours|hrs)(?:,? (?:on )?(${WEEKDAY}|today|yesterday|tomorrow)(?!\\p{L}))?`),
    build: (m) => ({ type: 'TIME', meaning: timeMeaning(Number(m[1]), Number(m[2]), m[4]) }),
  },
  {
    id: 'noon',
    pattern: rx(`(noon|midnight|midday)(?:,? (?:on )?(${WEEKDAY}|today|yesterday|tomorrow)(?!\\p{L}))?`),
    build: (m, sentence) => /high\s+$/i.test(sentence.slice(0, m.index)) ? null : ({ type: 'TIME', meaning: timeMeaning(m[1]!.toLowerCase() === 'midnight' ? 24 : 12, 0, m[2]) }),
  },

  // --- sets -----------------------------------------------------------------------------------------
  {
    id: 'set-every',
    pattern: rx(`(every|each) (other )?(day|night|week|weekend|month|year|hour|minute|quarter|morning|evening|afternoon|${WEEKDAY}|${MONTH_NAME}|summer|winter|spring|fall|autumn)`),
    build: (m) => ({ type: 'SET', meaning: { kind: 'fixed', value: setValue(m[3]!, m[2] ? 2 : 1) } }),
  },
  {
    id: 'set-adverb',
    // "annually" is left out: in news it is mostly a rate of growth ("rise 8.5% annually"), not a timex
    pattern: rx(`(daily|nightly|weekly|monthly|yearly|hourly|biweekly|fortnightly)`),
    build: (m) => {
      const word = m[1]!.toLowerCase()
      const value: Record<string, string> = {
        daily: 'P1D', nightly: 'P1D', weekly: 'P1W', monthly: 'P1M', yearly: 'P1Y', annually: 'P1Y', hourly: 'PT1H', biweekly: 'P2W', fortnightly: 'P2W',
      }
      return { type: 'SET', meaning: { kind: 'fixed', value: value[word]! } }
    },
  },
  {
    id: 'set-times-per',
    pattern: rx(`(?:once|twice|three times|four times|(?:\\d+|several|many) times) (?:a|an|per|each|every) (day|week|month|year|hour)`),
    build: (m) => ({ type: 'SET', meaning: { kind: 'fixed', value: setValue(m[1]!, 1) } }),
  },
  {
    id: 'set-weekdays',
    pattern: rx(`((?:mon|tues|wednes|thurs|fri|satur|sun)days)`),
    build: (m) => {
      const weekday = weekdayNumber(m[1]!.slice(0, -1))
      if (!weekday || !isCapitalised(m[1])) return null
      return { type: 'SET', meaning: { kind: 'fixed', value: `XXXX-WXX-${weekday}` } }
    },
  },
]

function timeMeaning(hour: number, minute: number, dayWord: string | undefined): Meaning {
  if (!dayWord) return { kind: 'time', hour, minute }
  const lower = dayWord.toLowerCase()
  const offsets: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 }
  const day: Meaning = lower in offsets ? { kind: 'relative', unit: 'day', offset: offsets[lower]! } : { kind: 'weekday', weekday: weekdayNumber(dayWord) ?? 1, shift: null }
  return { kind: 'time', hour, minute, day }
}

function setValue(word: string, every: number): string {
  const lower = word.toLowerCase()
  const weekday = weekdayNumber(lower)
  if (weekday) return `XXXX-WXX-${weekday}`
  const month = monthNumber(lower)
  if (month) return `XXXX-${String(month).padStart(2, '0')}`
  const season = SEASONS[lower]
  if (season) return `XXXX-${season}`
  const part = PARTS_OF_DAY[lower]
  if (part) return `XXXX-XX-XXT${part}`
  if (lower === 'weekend') return `XXXX-WXX-WE`
  return durationValue(every, lower) 
}
