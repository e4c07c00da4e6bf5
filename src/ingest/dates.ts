// Publication dates as sources write them (ISO 8601, RFC 822 in feeds) → a calendar date and precision.
import type { PublishedAt } from '../core/article.js'

export type ParsedDate = Pick<PublishedAt, 'value' | 'precision' | 'datetime'>

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/
const ISO_MONTH = /^(\d{4})-(\d{2})$/
const YEAR = /^(\d{4})$/
const SLASHED_DAY = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?:$|[T\s])/
// RFC 822 / 2822 as RSS writes it: `Mon, 09 Feb 2026 08:00:00 GMT`, `9 Feb 26 08:00 -0500`
const RFC822 = /^(?:\p{L}{3,9}\.?,?\s+)?(\d{1,2})\s+(\p{L}{3,9})\.?,?\s+(\d{4}|\d{2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*(?:[+-]\d{2}:?\d{2}|[A-Za-z]{1,5}))?)?\s*$/u
// `February 12, 2026` and `Thursday, Feb. 12 2026 4:20 pm`
const MONTH_FIRST = /^(?:\p{L}{3,9}\.?,?\s+)?(\p{L}{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:$|[\s,T])/u
// `12 February 2026`, `12th Feb 2026`
const DAY_FIRST = /^(?:\p{L}{3,9}\.?,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(\p{L}{3,9})\.?,?\s+(\d{4})(?:$|[\s,T])/u
const HAS_TIME = /\d{1,2}:\d{2}/

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']

function monthNumber(name: string): number | null {
  const lower = name.toLowerCase()
  if (lower.length < 3) return null
  // `Sept` is the one common abbreviation that is not the first three letters followed by nothing
  const index = MONTHS.findIndex((full) => full.startsWith(lower) || (lower === 'sept' && full === 'september'))
  return index === -1 ? null : index + 1
}

function validDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

function day(y: number, m: number, d: number, raw: string, withTime: boolean): ParsedDate | null {
  if (!validDay(y, m, d)) return null
  const value = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
  return withTime ? { value, precision: 'day', datetime: raw } : { value, precision: 'day' }
}

/**
 * The calendar date is the one written in the source (its own time zone), not converted to UTC or to
 * the local zone of the machine that reads it: an article dated 2025-08-07T01:30+03:00 or
 * `Thu, 07 Aug 2025 23:30:00 EST` was published on the 7th where it was published. Strings that are
 * not recognisably a date give null rather than whatever `Date.parse` guesses (it reads `1` as 2001).
 */
export function parseDateValue(raw: string): ParsedDate | null {
  const value = raw.trim()
  const iso = ISO_DAY.exec(value)
  if (iso) return day(Number(iso[1]), Number(iso[2]), Number(iso[3]), value, value.length > 10)
  const month = ISO_MONTH.exec(value)
  if (month) return Number(month[2]) >= 1 && Number(month[2]) <= 12 ? { value, precision: 'month' } : null
  if (YEAR.test(value)) return { value, precision: 'year' }
  const slashed = SLASHED_DAY.exec(value)
  if (slashed) return day(Number(slashed[1]), Number(slashed[2]), Number(slashed[3]), value, HAS_TIME.test(value))

  const rfc = RFC822.exec(value)
  if (rfc) {
    const m = monthNumber(rfc[2]!)
    if (m === null) return null
    // RFC 2822 §4.3: two-digit years 00–49 are 20xx, 50–99 are 19xx
    const year = rfc[3]!.length === 2 ? (Number(rfc[3]) < 50 ? 2000 : 1900) + Number(rfc[3]) : Number(rfc[3])
    return day(year, m, Number(rfc[1]), value, rfc[4] !== undefined)
  }
  const monthFirst = MONTH_FIRST.exec(value)
  if (monthFirst) {
    const m = monthNumber(monthFirst[1]!)
    if (m !== null) return day(Number(monthFirst[3]), m, Number(monthFirst[2]), value, HAS_TIME.test(value))
  }
  const dayFirst = DAY_FIRST.exec(value)
  if (dayFirst) {
    const m = monthNumber(dayFirst[2]!)
    if (m !== null) return day(Number(dayFirst[3]), m, Number(dayFirst[1]), value, HAS_TIME.test(value))
  }
  return null
}
