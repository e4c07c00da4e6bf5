// Numbers as news writes them in time expressions: digits, words ("twenty-four", "a couple of"), fractions.

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
}
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
}
const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
}

const UNIT_WORDS = Object.keys(UNITS).join('|')
const TEN_WORDS = Object.keys(TENS).join('|')

/** A spelled number below a thousand, e.g. "twenty-four", "a hundred", "one hundred and five". */
export const NUMBER_WORD = `(?:(?:${TEN_WORDS})(?:[- ](?:${UNIT_WORDS}))?|${UNIT_WORDS}|(?:a|one|two|three|four|five|six|seven|eight|nine) hundred(?:(?: and)? (?:(?:${TEN_WORDS})(?:[- ](?:${UNIT_WORDS}))?|${UNIT_WORDS}))?|a dozen|dozen|a couple of|a couple|couple of|a|an)`
/** Digits, possibly with a thousands separator or decimals, or a number word. */
export const NUMBER = `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|\\d+ \\d/\\d|${NUMBER_WORD})`
/** Vague quantities: the value keeps an X for the count (PXY). */
export const VAGUE_NUMBER = `(?:several|a few|few|many|some|a number of|a couple of|numerous)`

export const ORDINAL_WORD = `(?:${Object.keys(ORDINALS).join('|')})`

/** The value of a NUMBER match, or null when it is not one. */
export function parseNumber(raw: string): number | null {
  const text = raw.trim().toLowerCase()
  const mixed = /^(\d+) (\d)\/(\d)$/.exec(text)
  if (mixed) return Number(mixed[1]) + Number(mixed[2]) / Number(mixed[3])
  if (/^\d{1,3}(,\d{3})+$/.test(text)) return Number(text.replace(/,/g, ''))
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text)
  if (text === 'a' || text === 'an') return 1
  if (text === 'a couple of' || text === 'a couple' || text === 'couple of') return 2
  if (text === 'a dozen' || text === 'dozen') return 12
  const hundred = /^(a|\w+) hundred(?:(?: and)? (.+))?$/.exec(text)
  if (hundred) {
    const head = hundred[1] === 'a' ? 1 : UNITS[hundred[1]!]
    if (head === undefined) return null
    const tail = hundred[2] ? parseNumber(hundred[2]) : 0
    return tail === null ? null : head * 100 + tail
  }
  const parts = text.split(/[- ]/)
  if (parts.length === 1) return UNITS[text] ?? TENS[text] ?? null
  if (parts.length === 2 && TENS[parts[0]!] !== undefined && UNITS[parts[1]!] !== undefined) {
    return TENS[parts[0]!]! + UNITS[parts[1]!]!
  }
  return null
}

export function parseOrdinal(raw: string): number | null {
  const text = raw.trim().toLowerCase()
  const digits = /^(\d+)(?:st|nd|rd|th)$/.exec(text)
  if (digits) return Number(digits[1])
  return ORDINALS[text] ?? null
}

/** A year in words as spoken in broadcast transcripts: "nineteen ninety-six", "two thousand", "two thousand and one". */
export const YEAR_WORDS = `(?:(?:nineteen|eighteen|twenty) (?:(?:${TEN_WORDS})(?:[- ](?:${UNIT_WORDS}))?|hundred)|two thousand(?:(?: and)? (?:${UNIT_WORDS}))?)`

export function parseYearWords(raw: string): number | null {
  const text = raw.trim().toLowerCase()
  const thousand = /^two thousand(?:(?: and)? (\w+))?$/.exec(text)
  if (thousand) {
    const tail = thousand[1] ? UNITS[thousand[1]] : 0
    return tail === undefined ? null : 2000 + tail
  }
  const match = /^(nineteen|eighteen|twenty) (.+)$/.exec(text)
  if (!match) return null
  const century = UNITS[match[1]!] ?? TENS[match[1]!]
  if (century === undefined) return null
  if (match[2] === 'hundred') return century * 100
  const rest = parseNumber(match[2]!)
  return rest === null || rest < 10 ? null : century * 100 + rest
}
