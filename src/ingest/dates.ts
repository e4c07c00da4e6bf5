// Publication dates as sources write them (ISO 8601, RFC 822 in feeds) → a calendar date and precision.
import type { PublishedAt } from '../core/article.js'

export type ParsedDate = Pick<PublishedAt, 'value' | 'precision' | 'datetime'>

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/
const ISO_MONTH = /^(\d{4})-(\d{2})$/
const YEAR = /^(\d{4})$/

function validDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

/**
 * The calendar date is the one written in the source (its own time zone), not converted to UTC:
 * an article dated 2025-08-07T01:30+03:00 was published on the 7th where it was published.
 */
export function parseDateValue(raw: string): ParsedDate | null {
  const value = raw.trim()
  const iso = ISO_DAY.exec(value)
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    if (!validDay(y, m, d)) return null
    const day = `${iso[1]}-${iso[2]}-${iso[3]}`
    return value.length > 10 ? { value: day, precision: 'day', datetime: value } : { value: day, precision: 'day' }
  }
  const month = ISO_MONTH.exec(value)
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) return { value, precision: 'month' }
  if (YEAR.test(value)) return { value, precision: 'year' }
  // RFC 822 / RFC 2822 (RSS pubDate) and other forms Date understands; keep the written offset's date
  const ms = Date.parse(value)
  if (Number.isNaN(ms)) return null
  const offset = /([+-])(\d{2}):?(\d{2})\s*$/.exec(value)
  const shift = offset ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) * 60_000 : 0
  const local = new Date(ms + shift)
  return { value: local.toISOString().slice(0, 10), precision: 'day', datetime: value }
}
