// Indexes the hand-written name lists and finds their entries in tokenised sentences.

import { createHash } from 'node:crypto'
import { CITIES } from './cities.js'
import { COUNTRIES } from './countries.js'
import { FIRST_NAMES } from './first-names.js'
import { LOCATION_WORDS, ORGANISATION_WORDS } from './name-parts.js'
import { GROUPS, NATIONALITIES } from './nationalities.js'
import { NEWS_ORGANISATIONS } from './news-organisations.js'
import { REGIONS } from './regions.js'
import { TITLES } from './titles.js'

/** Every list, by the short name its features carry. */
export const GAZETTEERS = {
  country: COUNTRIES,
  city: CITIES,
  region: REGIONS,
  nationality: NATIONALITIES,
  group: GROUPS,
  title: TITLES,
  news: NEWS_ORGANISATIONS,
  firstname: FIRST_NAMES,
  orgword: ORGANISATION_WORDS,
  locword: LOCATION_WORDS,
} as const satisfies Record<string, readonly string[]>

export type GazetteerName = keyof typeof GAZETTEERS

interface Entry {
  list: GazetteerName
  /** Lowercased tokens, for matching. */
  lower: string[]
  /** Whether each token of the entry is capitalised, so that "Green" does not match "green". */
  capitalised: boolean[]
}

const UPPER_START = /^\p{Lu}/u
const LOWER_START = /^\p{Ll}/u

/** Entries by their lowercased first token. */
const BY_FIRST_TOKEN = new Map<string, Entry[]>()
/** Whole lowercased names per list, for `inGazetteer`. */
const NAMES = new Map<GazetteerName, Set<string>>()

for (const [list, names] of Object.entries(GAZETTEERS) as [GazetteerName, readonly string[]][]) {
  const set = new Set<string>()
  NAMES.set(list, set)
  for (const name of names) {
    const tokens = name.split(/\s+/).filter(Boolean)
    const lower = tokens.map((token) => token.toLowerCase())
    const key = lower.join(' ')
    if (set.has(key)) continue
    set.add(key)
    const entry: Entry = { list, lower, capitalised: tokens.map((token) => UPPER_START.test(token)) }
    const first = lower[0] ?? ''
    const bucket = BY_FIRST_TOKEN.get(first)
    if (bucket) bucket.push(entry)
    else BY_FIRST_TOKEN.set(first, [entry])
  }
}

/**
 * A digest of every list. The model stores the digest it was trained with, because its
 * gazetteer features mean something only with the same lists.
 */
export const GAZETTEER_FINGERPRINT: string = createHash('sha256')
  .update(JSON.stringify(GAZETTEERS))
  .digest('hex')
  .slice(0, 16)

/**
 * For each token, the labels of the list entries covering it: `country:B`, `country:I` or
 * `country:U` (a one-token entry). At each position the longest entry of each list wins, and
 * a list's matches do not overlap.
 */
export function matchGazetteers(words: readonly string[], lowerWords: readonly string[]): string[][] {
  const labels: string[][] = words.map(() => [])
  const coveredUntil = new Map<GazetteerName, number>()
  for (let i = 0; i < words.length; i++) {
    const candidates = BY_FIRST_TOKEN.get(lowerWords[i] ?? '')
    if (!candidates) continue
    const best = new Map<GazetteerName, number>()
    for (const entry of candidates) {
      const length = entry.lower.length
      if (i + length > words.length || (coveredUntil.get(entry.list) ?? 0) > i) continue
      if ((best.get(entry.list) ?? 0) >= length) continue
      let matches = true
      for (let k = 0; k < length && matches; k++) {
        if (lowerWords[i + k] !== entry.lower[k]) matches = false
        else if (entry.capitalised[k] && LOWER_START.test(words[i + k] ?? '')) matches = false
      }
      if (matches) best.set(entry.list, length)
    }
    for (const [list, length] of best) {
      coveredUntil.set(list, i + length)
      if (length === 1) labels[i]?.push(`${list}:U`)
      else for (let k = 0; k < length; k++) labels[i + k]?.push(`${list}:${k === 0 ? 'B' : 'I'}`)
    }
  }
  return labels
}

/** Whether a whole name (any case, any spacing, with or without a leading "the") is in one of the lists. */
export function inGazetteer(name: string, lists: readonly GazetteerName[]): boolean {
  const key = name.trim().split(/\s+/).join(' ').toLowerCase()
  const keys = key.startsWith('the ') ? [key, key.slice(4)] : [key]
  return lists.some((list) => keys.some((k) => NAMES.get(list)?.has(k) ?? false))
}
