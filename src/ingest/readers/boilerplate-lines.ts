// Which lines around an article's body are not the body: photo captions and credits, promos, bylines
// and lines that only give the date.
import { parseDateValue, type ParsedDate } from '../dates.js'

export const MAX_CAPTION = 300
const MAX_PROMO = 200
const MAX_BYLINE = 120
const MAX_DATE_LINE = 60

const CREDIT_WORD = '(?:Picture|Photo|Photograph|Photos|Image|Images|Credit|Photo credit|Illustration|Video)'

/** A line that is only a credit: `(Photo: …)`, `Image: …`, `Credit: …`. */
const CREDIT_ONLY = new RegExp(`^[([]?\\s*${CREDIT_WORD}\\s*:`, 'i')

// A caption carries its credit at its end. The credit part is short and is not a sentence of its own,
// so a body line that merely mentions Getty Images or an AP/NORC poll stays body.
const CREDIT_AT_END = [
  new RegExp(`\\b${CREDIT_WORD}\\s*:\\s*\\S.{0,80}(?<![.!?:;,])$`, 'u'),
  /(?:^|[.!?)]\s+|[([]\s*)(?:REUTERS|AFP|AP|EPA|ANADOLU|XINHUA|POOL)\/\p{L}[\p{L} .'’-]{0,60}(?<![.!?])[)\]]?$/u,
  /(?:^|[.!?)]\s+|[([]\s*)[\p{L} .'’/-]{0,60}(?:Getty Images|Shutterstock|PA Media|PA Wire)[)\]]?$/u,
]

// Promo phrases that never open a news sentence, and words that do unless a colon or bar follows.
const PROMO = /^(?:Read more|Read also|Related articles?|Related stories|Related coverage|Sign up|Subscribe|Follow us|Click here|Advertisement|Share this|RECOMMENDED|MORE FROM)\b/i
const PROMO_WORD = /^(?:Related|Watch|Listen|More|See also|Also read)\s*[:|]/i

// `By Jane Doe`, `By Ruth Halloran, Business Correspondent · 11 March 2026`, `By Tomasz Wierzbicki in St. Aurel`
const BY_NAME = /^By\s+(\p{Lu}[\p{L}’'.-]+(?:\s+(?:\p{Lu}[\p{L}’'.-]*|van|von|de|der|da|di|du|la|le|bin|al|and)){1,5}?)(?=$|\s*[,·|•—–]|\s+-\s|\s+(?:in|for)\s+\p{Lu})/u

const DATE_WORDS = new Set([
  'jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may', 'jun', 'june', 'jul', 'july', 'aug',
  'august', 'sep', 'sept', 'september', 'oct', 'october', 'nov', 'november', 'dec', 'december',
  'mon', 'monday', 'tue', 'tues', 'tuesday', 'wed', 'wednesday', 'thu', 'thur', 'thurs', 'thursday', 'fri', 'friday',
  'sat', 'saturday', 'sun', 'sunday', 'st', 'nd', 'rd', 'th', 'am', 'pm', 'a.m', 'p.m', 'at', 'on',
  't', 'z', 'published', 'updated', 'last', 'posted', 'gmt', 'utc', 'bst', 'cet', 'cest', 'est', 'edt', 'pst', 'pdt',
])

export function isCreditLine(line: string): boolean {
  return line.length <= MAX_CAPTION && CREDIT_ONLY.test(line)
}

/** A caption with its credit on the same line. */
export function isCaptionWithCredit(line: string): boolean {
  return line.length <= MAX_CAPTION && CREDIT_AT_END.some((re) => re.test(line))
}

export function isShortEnoughForCaption(line: string): boolean {
  return line.length <= MAX_CAPTION
}

export function isPromoLine(line: string): boolean {
  return line.length <= MAX_PROMO && (PROMO.test(line) || PROMO_WORD.test(line))
}

/**
 * The author's name when the line is a byline: `By …`, or a short line that starts with the byline the
 * page's metadata gives (`Imogen Sharpe, Banking Editor — May 20, 2026`).
 */
export function bylineOf(line: string, known: string | null): string | null {
  if (line.length > MAX_BYLINE || /[.!?]["”’]?$/.test(line)) return null
  const by = BY_NAME.exec(line)
  if (by) return by[1]!
  const first = known?.split(/\s*(?:,|\band\b|&)\s*/)[0]?.trim()
  if (first && first.length >= 3 && line.startsWith(first) && (line.length === first.length || /^[\s,·|•—–-]/.test(line.slice(first.length)) || /^\s+and\s+\p{Lu}/u.test(line.slice(first.length)))) {
    return known!
  }
  return null
}

/** The date when the whole line is a date (`9 February 2026`, `Friday, March 6, 2026 — 18:45`, `Updated: 2026-02-09`). */
export function dateOfDateLine(line: string): ParsedDate | null {
  if (line.length > MAX_DATE_LINE) return null
  const words = line.toLowerCase().match(/\p{L}+(?:\.\p{L})?/gu) ?? []
  if (words.some((w) => !DATE_WORDS.has(w))) return null
  const stripped = line.replace(/^(?:Last\s+)?(?:Published|Updated|Posted)\s*(?::|on\b)?\s*/i, '')
  return parseDateValue(stripped) ?? parseDateValue(stripped.split(/\s+[—–|·-]\s+|,\s+(?=\d{1,2}:)/)[0] ?? '')
}
