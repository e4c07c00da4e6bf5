// Turns a meaning into a TIMEX3 value against the publication date and the tense of the governing verb.
import {
  addDays, addMonths, formatDay, formatMonth, formatWeek, formatYear, isoWeekday, isValidDate, pad, quarterOf, toDays, type Ymd,
} from './calendar.js'
import type { Meaning, PartOfDay, YearRef } from './timex-meaning.js'

/** Which way the governing verb points from the publication date. */
export type Direction = 'past' | 'present' | 'future' | 'unknown'

export interface Anchor {
  date: Ymd
  /** Coarser anchors resolve only expressions at or above their precision ("last year" from a year). */
  precision: 'day' | 'month' | 'year'
}

export interface ResolveContext {
  anchor: Anchor | null
  direction: Direction
  /** The quarter the text last spoke about, for "a year earlier" in quarterly reports. */
  lastQuarter?: { year: number; quarter: number } | null
}

export interface Resolved {
  value: string
  /** False when the value needed the publication date and there was none (it then keeps X placeholders). */
  anchored: boolean
  /** True when the value was computed from the publication date. */
  relative: boolean
}

/**
 * A weekday or month named without "last"/"next" is looked for on this side of the publication date
 * when the verb gives no tense. News reports mostly what happened: tuned on the TBAQ train part
 * (weekdays without tense resolved backwards were right more often than forwards).
 */
const UNKNOWN_DIRECTION: 'past' | 'future' | 'nearest' = 'past'
/** A present-tense verb in news announces a schedule ("the talks start on Monday"): looked for forwards. */
const PRESENT_DIRECTION: 'past' | 'future' | 'nearest' = 'future'

/**
 * Months and dates without a year: a present or missing tense gives no side, so the nearest one wins
 * (tuned on the TBAQ train part: "in January" written in November is the coming January).
 */
const monthSide = (direction: Direction): 'past' | 'future' | 'nearest' =>
  direction === 'past' ? 'past' : direction === 'future' ? 'future' : 'nearest'

/**
 * The tense picks the side of a date without a year ("closed on May 3" written in March is last May's),
 * unless that date is more than half a year away and the same date on the other side is within a
 * month: "had been set to expire Nov. 6", written on Nov. 2, is four days ahead. Tuned on the TBAQ train part.
 */
const FAR_SIDE_DAYS = 183
const NEAR_OTHER_SIDE_DAYS = 31

const side = (direction: Direction): 'past' | 'future' | 'nearest' =>
  direction === 'past' ? 'past' : direction === 'future' ? 'future' : direction === 'present' ? PRESENT_DIRECTION : UNKNOWN_DIRECTION

const fixed = (value: string): Resolved => ({ value, anchored: true, relative: false })
const unanchored = (value: string): Resolved => ({ value, anchored: false, relative: true })
const relative = (value: string): Resolved => ({ value, anchored: true, relative: true })

const PART_SUFFIX = (part: PartOfDay | undefined) => (part ? `T${part}` : '')

function needs(anchor: Anchor | null, precision: Anchor['precision']): anchor is Anchor {
  if (!anchor) return false
  const rank = { year: 0, month: 1, day: 2 }
  return rank[anchor.precision] >= rank[precision]
}

/** Picks among candidate points the one on the side the direction says (inclusive of the anchor's own unit). */
function pick<T>(candidates: T[], key: (c: T) => number, at: number, way: 'past' | 'future' | 'nearest'): T | undefined {
  let best: T | undefined
  let bestDistance = Infinity
  for (const c of candidates) {
    const k = key(c)
    if (way === 'past' && k > at) continue
    if (way === 'future' && k < at) continue
    const distance = Math.abs(k - at)
    if (distance < bestDistance) {
      best = c
      bestDistance = distance
    }
  }
  return best
}

function resolveYear(ref: YearRef, anchor: Anchor | null): number | null {
  if (ref.year !== undefined) return ref.year
  if (ref.offset !== undefined && needs(anchor, 'year')) return anchor.date.year + ref.offset
  return null
}

export function resolveMeaning(meaning: Meaning, ctx: ResolveContext): Resolved {
  const { anchor } = ctx
  switch (meaning.kind) {
    case 'fixed':
      return fixed(meaning.value)

    case 'date': {
      const explicit = resolveYear(meaning.year, anchor)
      const day = meaning.day
      if (explicit !== null) {
        if (day === undefined) return meaning.year.year !== undefined ? fixed(formatMonth(explicit, meaning.month)) : relative(formatMonth(explicit, meaning.month))
        if (!isValidDate(explicit, meaning.month, day)) return fixed(`${formatYear(explicit)}-${pad(meaning.month)}-${pad(day)}`)
        const value = formatDay({ year: explicit, month: meaning.month, day })
        return meaning.year.year !== undefined ? fixed(value) : relative(value)
      }
      if (day === undefined) {
        if (!needs(anchor, 'month')) return unanchored(`XXXX-${pad(meaning.month)}`)
        const at = anchor.date.year * 12 + anchor.date.month
        const years = [anchor.date.year - 1, anchor.date.year, anchor.date.year + 1]
        // "last February" in March is February a year before: the month just ended would be "last month"
        if (meaning.shift === -1) return relative(formatMonth(anchor.date.month - 1 > meaning.month ? anchor.date.year : anchor.date.year - 1, meaning.month))
        if (meaning.shift === 1) return relative(formatMonth(anchor.date.month < meaning.month ? anchor.date.year : anchor.date.year + 1, meaning.month))
        const key = (y: number) => y * 12 + meaning.month
        const sided = pick(years, key, at, monthSide(ctx.direction))
        const nearest = pick(years, key, at, 'nearest') ?? anchor.date.year
        const year = sided !== undefined && !(Math.abs(key(sided) - at) > 6 && Math.abs(key(nearest) - at) <= 1) ? sided : nearest
        return relative(formatMonth(year, meaning.month))
      }
      if (!needs(anchor, 'day')) return unanchored(`XXXX-${pad(meaning.month)}-${pad(day)}`)
      const at = toDays(anchor.date)
      let candidates = [anchor.date.year - 1, anchor.date.year, anchor.date.year + 1]
        .filter((y) => isValidDate(y, meaning.month, day))
        .map((year) => ({ year, month: meaning.month, day }))
      // "Saturday, April 25": the year in which that date is that weekday
      const weekday = meaning.weekday
      if (weekday !== undefined && candidates.some((c) => isoWeekday(c) === weekday)) candidates = candidates.filter((c) => isoWeekday(c) === weekday)
      const nearest = pick(candidates, toDays, at, 'nearest')
      const sided = pick(candidates, toDays, at, monthSide(ctx.direction))
      const far = (d: Ymd | undefined, limit: number) => !!d && Math.abs(toDays(d) - at) > limit
      const chosen = sided && !(far(sided, FAR_SIDE_DAYS) && !far(nearest, NEAR_OTHER_SIDE_DAYS)) ? sided : nearest
      return chosen ? relative(formatDay(chosen)) : unanchored(`XXXX-${pad(meaning.month)}-${pad(day)}`)
    }

    case 'weekday': {
      const suffix = PART_SUFFIX(meaning.part)
      if (!needs(anchor, 'day')) return unanchored(`XXXX-WXX-${meaning.weekday}${suffix}`)
      const today = isoWeekday(anchor.date)
      const back = (today - meaning.weekday + 7) % 7 // days back to the latest such weekday, 0 if today
      const ahead = (meaning.weekday - today + 7) % 7
      let date: Ymd
      if (meaning.shift === -1) date = addDays(anchor.date, -(back === 0 ? 7 : back))
      else if (meaning.shift === 1) date = addDays(anchor.date, ahead === 0 ? 7 : ahead)
      else if (meaning.shift === 0) {
        // "this Friday": the one in the publication date's week
        date = addDays(anchor.date, meaning.weekday - today)
      } else {
        const way = side(ctx.direction)
        if (way === 'past') date = addDays(anchor.date, -back)
        else if (way === 'future') date = addDays(anchor.date, ahead)
        else date = addDays(anchor.date, back <= ahead ? -back : ahead)
      }
      return relative(formatDay(date) + suffix)
    }

    case 'weekend': {
      if (!needs(anchor, 'day')) return unanchored('XXXX-WXX-WE')
      const today = isoWeekday(anchor.date)
      let saturday = addDays(anchor.date, 6 - today)
      // on a weekday, "the weekend" someone talked about is the one before; one still planned, the one ahead
      if (meaning.shift === null && today < 6 && side(ctx.direction) !== 'future') saturday = addDays(saturday, -7)
      return relative(formatWeek(saturday) + '-WE')
    }

    case 'relative':
      return resolveRelative(meaning.unit, meaning.offset, meaning.part, anchor)

    case 'quarter': {
      const letter = meaning.half ? 'H' : 'Q'
      const year = resolveYear(meaning.year, anchor)
      if (year !== null) return meaning.year.year !== undefined ? fixed(`${formatYear(year)}-${letter}${meaning.quarter}`) : relative(`${formatYear(year)}-${letter}${meaning.quarter}`)
      if (!needs(anchor, 'month')) return unanchored(`XXXX-${letter}${meaning.quarter}`)
      const current = meaning.half ? (anchor.date.month <= 6 ? 1 : 2) : quarterOf(anchor.date.month)
      const at = anchor.date.year * 4 + current
      const years = [anchor.date.year - 1, anchor.date.year, anchor.date.year + 1]
      // financial news reports quarters once they are over: ahead only when the verb says so
      const chosen = pick(years, (y) => y * 4 + meaning.quarter, at, ctx.direction === 'future' ? 'future' : 'past') ?? anchor.date.year
      return relative(`${formatYear(chosen)}-${letter}${meaning.quarter}`)
    }

    case 'season': {
      const year = resolveYear(meaning.year, anchor)
      if (year !== null) return meaning.year.year !== undefined ? fixed(`${formatYear(year)}-${meaning.season}`) : relative(`${formatYear(year)}-${meaning.season}`)
      if (!needs(anchor, 'month')) return unanchored(`XXXX-${meaning.season}`)
      const middle = { SP: 4, SU: 7, FA: 10, WI: 1 }[meaning.season]
      const at = anchor.date.year * 12 + anchor.date.month
      const years = [anchor.date.year - 1, anchor.date.year, anchor.date.year + 1]
      const chosen = pick(years, (y) => y * 12 + middle, at, monthSide(ctx.direction)) ?? anchor.date.year
      return relative(`${formatYear(chosen)}-${meaning.season}`)
    }

    case 'holiday': {
      const explicit = resolveYear(meaning.year, anchor)
      if (explicit !== null) {
        const date = holidayDate(meaning.name, explicit)
        return date ? relative(formatDay(date)) : unanchored('XXXX-XX-XX')
      }
      if (!needs(anchor, 'day')) {
        const date = holidayDate(meaning.name, 2001)
        return unanchored(date && FIXED_HOLIDAYS[meaning.name] ? `XXXX-${pad(date.month)}-${pad(date.day)}` : 'XXXX-XX-XX')
      }
      const candidates = [anchor.date.year - 1, anchor.date.year, anchor.date.year + 1]
        .map((y) => holidayDate(meaning.name, y))
        .filter((d): d is Ymd => d !== null)
      const chosen = pick(candidates, toDays, toDays(anchor.date), side(ctx.direction)) ?? pick(candidates, toDays, toDays(anchor.date), 'nearest')
      return chosen ? relative(formatDay(chosen)) : unanchored('XXXX-XX-XX')
    }

    case 'time': {
      const clock = `T${pad(meaning.hour)}:${pad(meaning.minute)}`
      if (meaning.day) {
        const day = resolveMeaning(meaning.day, ctx)
        return { ...day, value: day.value + clock }
      }
      if (!needs(anchor, 'day')) return unanchored(`XXXX-XX-XX${clock}`)
      return relative(formatDay(anchor.date) + clock)
    }

    case 'tensed-ref':
      return fixed(ctx.direction === 'past' ? 'PAST_REF' : ctx.direction === 'future' ? 'FUTURE_REF' : 'PRESENT_REF')

    case 'period-of-year': {
      if (ctx.lastQuarter) return fixed(`${formatYear(meaning.year)}-Q${ctx.lastQuarter.quarter}`)
      return fixed(formatYear(meaning.year))
    }

    case 'year-before-period': {
      if (ctx.lastQuarter) return relative(`${formatYear(ctx.lastQuarter.year - meaning.years)}-Q${ctx.lastQuarter.quarter}`)
      // "the quarter" with no quarter named before: the last one that ended
      if (meaning.years === 0) return resolveRelative('quarter', -1, undefined, anchor)
      return resolveRelative('year', -meaning.years, undefined, anchor)
    }
  }
}

function resolveRelative(unit: string, offset: number, part: PartOfDay | undefined, anchor: Anchor | null): Resolved {
  const suffix = PART_SUFFIX(part)
  const precision = unit === 'day' || unit === 'week' || unit === 'weekend' ? 'day' : unit === 'year' || unit === 'decade' || unit === 'century' ? 'year' : 'month'
  if (!needs(anchor, precision)) {
    const placeholder: Record<string, string> = {
      day: 'XXXX-XX-XX', week: 'XXXX-WXX', weekend: 'XXXX-WXX-WE', month: 'XXXX-XX', quarter: 'XXXX-QX', half: 'XXXX-HX',
      year: 'XXXX', decade: 'XXX', century: 'XX',
    }
    return unanchored((placeholder[unit] ?? 'XXXX') + suffix)
  }
  const date = anchor.date
  switch (unit) {
    case 'day':
      return relative(formatDay(addDays(date, offset)) + suffix)
    case 'week':
      return relative(formatWeek(addDays(date, 7 * offset)))
    case 'weekend':
      return relative(formatWeek(addDays(date, 7 * offset)) + '-WE')
    case 'month': {
      const m = addMonths({ ...date, day: 1 }, offset)
      return relative(formatMonth(m.year, m.month))
    }
    case 'quarter': {
      const index = date.year * 4 + quarterOf(date.month) - 1 + offset
      return relative(`${formatYear(Math.floor(index / 4))}-Q${(index % 4 + 4) % 4 + 1}`)
    }
    case 'half': {
      const index = date.year * 2 + (date.month <= 6 ? 0 : 1) + offset
      return relative(`${formatYear(Math.floor(index / 2))}-H${(index % 2 + 2) % 2 + 1}`)
    }
    case 'year':
      return relative(formatYear(date.year + offset))
    case 'decade':
      return relative(pad(Math.floor(date.year / 10) + offset, 3))
    case 'century':
      return relative(pad(Math.floor(date.year / 100) + offset, 2))
    default:
      return unanchored('XXXX')
  }
}

const FIXED_HOLIDAYS: Record<string, [number, number]> = {
  'new year': [1, 1], "new year's eve": [12, 31], christmas: [12, 25], 'christmas eve': [12, 24], 'boxing day': [12, 26],
  'independence day': [7, 4], halloween: [10, 31], "valentine's day": [2, 14], 'bastille day': [7, 14],
  'veterans day': [11, 11], 'armistice day': [11, 11], 'may day': [5, 1],
}

/** The nth weekday (1 = Monday) of a month; n = -1 for the last one. */
function nthWeekday(year: number, month: number, weekday: number, n: number): Ymd {
  if (n > 0) {
    const first = { year, month, day: 1 }
    return addDays(first, ((weekday - isoWeekday(first) + 7) % 7) + 7 * (n - 1))
  }
  const last = addDays(addMonths({ year, month, day: 1 }, 1), -1)
  return addDays(last, -((isoWeekday(last) - weekday + 7) % 7))
}

/** Easter Sunday (anonymous Gregorian algorithm). */
function easter(year: number): Ymd {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return { year, month, day }
}

export function holidayDate(name: string, year: number): Ymd | null {
  const fixedDay = FIXED_HOLIDAYS[name]
  if (fixedDay) return { year, month: fixedDay[0], day: fixedDay[1] }
  switch (name) {
    case 'thanksgiving':
      return nthWeekday(year, 11, 4, 4)
    case 'labor day':
      return nthWeekday(year, 9, 1, 1)
    case 'election day':
      // the Tuesday after the first Monday of November
      return addDays(nthWeekday(year, 11, 1, 1), 1)
    case 'memorial day':
      return nthWeekday(year, 5, 1, -1)
    case 'martin luther king day':
      return nthWeekday(year, 1, 1, 3)
    case 'easter':
      return easter(year)
    case 'good friday':
      return addDays(easter(year), -2)
    case 'easter monday':
      return addDays(easter(year), 1)
    default:
      return null
  }
}
