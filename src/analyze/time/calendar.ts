// Calendar arithmetic on plain proleptic Gregorian dates (no Date objects, so no time zone can shift a day).

export interface Ymd {
  year: number
  month: number // 1-12
  day: number // 1-31
}

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
export function toDays({ year, month, day }: Ymd): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

export function fromDays(days: number): Ymd {
  const z = days + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day }
}

export function addDays(date: Ymd, n: number): Ymd {
  return fromDays(toDays(date) + n)
}

export function daysInMonth(year: number, month: number): number {
  return toDays({ year: month === 12 ? year + 1 : year, month: month === 12 ? 1 : month + 1, day: 1 }) - toDays({ year, month, day: 1 })
}

/** Adds whole months, clamping the day to the target month's length (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(date: Ymd, n: number): Ymd {
  const index = date.year * 12 + (date.month - 1) + n
  const year = Math.floor(index / 12)
  const month = index - year * 12 + 1
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) }
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(date: Ymd): number {
  // 1970-01-01 was a Thursday (4)
  return ((((toDays(date) + 3) % 7) + 7) % 7) + 1
}

/** ISO 8601 week: the week belongs to the year of its Thursday. */
export function isoWeek(date: Ymd): { year: number; week: number } {
  const days = toDays(date)
  const thursday = days - isoWeekday(date) + 4
  const year = fromDays(thursday).year
  const week = Math.floor((thursday - toDays({ year, month: 1, day: 1 })) / 7) + 1
  return { year, week }
}

export const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

export const formatDay = (d: Ymd): string => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`
export const formatMonth = (year: number, month: number): string => `${pad(year, 4)}-${pad(month)}`
export const formatYear = (year: number): string => pad(year, 4)

export function formatWeek(date: Ymd): string {
  const { year, week } = isoWeek(date)
  return `${pad(year, 4)}-W${pad(week)}`
}

export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

/** Parses 'YYYY-MM-DD' (a longer timestamp is cut to its date); null for anything else. */
export function parseYmd(value: string): Ymd | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value)
  if (!match) return null
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  return isValidDate(year, month, day) ? { year, month, day } : null
}
