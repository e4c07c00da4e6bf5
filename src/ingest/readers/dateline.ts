// The dateline that opens a news report (`Moscow/Kyiv — `, `GENEVA (Agency) - `, `LONDON, Aug 7 (Reuters) -`)
// and the places it names, told apart from a sentence that opens with a name and a dash.
import type { Dateline } from '../../core/article.js'
import type { Span } from '../../core/span.js'

// Places are capitalised words; the places part ends at an em/en dash or at `(Agency) -`.
const DATELINE =
  /^((?:\p{Lu}[\p{L}.'’-]*)(?:(?:[ /,&]+|\s+and\s+)\p{Lu}[\p{L}.'’-]*){0,4})(,\s*(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8}))?\s*(\([\p{L} .&]+\))?\s*(?:—|–|--|-)\s+/u
const MAX_DATELINE = 60
// The report's first sentence starts after the dateline: a capital, a digit or an opening quote.
const SENTENCE_START = /^["“‘'(]?[\p{Lu}\d]/u
// A dateline is followed by at least a short sentence, not just a date or a name (`Jane Doe, Editor — May 20, 2026`).
const MIN_WORDS_AFTER = 4

export interface DatelineMatch {
  /** Length of the dateline including the dash and the space after it. */
  length: number
  places: string[]
}

/** Reads a dateline at the start of `line` (already trimmed at the start), or null. */
export function matchDateline(line: string): DatelineMatch | null {
  const match = DATELINE.exec(line)
  if (!match || match[0].length > MAX_DATELINE) return null
  const places = match[1]!
  const rest = line.slice(match[0].length)
  if (!SENTENCE_START.test(rest)) return null
  if ((rest.match(/[\p{L}\p{N}]+/gu) ?? []).length < MIN_WORDS_AFTER) return null
  // A sentence that merely opens with a capitalised name and a dash ("Smith — the mayor — said")
  // is not a dateline: require an agency, a date, capitals, a slash or a comma between places…
  const strong = Boolean(match[2] || match[3]) || /\//.test(places) || /^[\p{Lu}\s/,.&'’-]+$/u.test(places) || /,/.test(places)
  if (!strong) {
    if (places.split(/\s+/).length > 2) return null
    // …and otherwise refuse a dash that opens an aside closed by a second dash in the same sentence
    const dash = /\s(—|–|--|-)\s*$/.exec(match[0])?.[1]
    const sentence = rest.split(/(?<=[.!?])\s/)[0] ?? rest
    if (dash && sentence.includes(` ${dash} `)) return null
  }
  return {
    length: match[0].length,
    places: places
      .split(/\s*(?:\/|,|&|\band\b)\s*/)
      .map((p) => p.trim())
      .filter(Boolean)
      .map((p) => (/^[\p{Lu}\s.'’-]+$/u.test(p) && p.length > 3 ? titleCase(p) : p)),
  }
}

/** `ST. AUREL` → `St. Aurel`, `ÎLE-DE-FRANCE` → `Île-De-France`: each word keeps its first letter. */
function titleCase(place: string): string {
  return place.toLowerCase().replace(/(^|[\s.'’-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
}

/** The dateline of the line at `span` in `text`, as a span into `text`. */
export function findDateline(text: string, span: Span): Dateline | null {
  const line = text.slice(span[0], span[1])
  const leading = line.length - line.trimStart().length
  const match = matchDateline(line.slice(leading))
  if (!match) return null
  const start = span[0] + leading
  return { span: [start, start + match.length], places: match.places }
}
