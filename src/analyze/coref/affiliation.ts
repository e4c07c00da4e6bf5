// Which country (or bloc) a modifier points to: "Russian", "Russia", "Moscow" and "the Kremlin" all say Russia.
// Role phrases ("the Russian leader") and descriptors ("Russian President") are compared through these keys.
import { COUNTRIES } from '../entities/gazetteers/countries.js'
import { NATIONALITIES } from '../entities/gazetteers/nationalities.js'

// Irregular demonyms, abbreviations, capitals and seats of government: general knowledge, written by hand.
const KNOWN: Record<string, string> = {
  us: 'united states', 'u.s.': 'united states', usa: 'united states', 'u.s.a.': 'united states', america: 'united states',
  american: 'united states', americans: 'united states', washington: 'united states', 'white house': 'united states',
  pentagon: 'united states', 'state department': 'united states', congress: 'united states',
  uk: 'united kingdom', 'u.k.': 'united kingdom', britain: 'united kingdom', 'great britain': 'united kingdom',
  british: 'united kingdom', briton: 'united kingdom', britons: 'united kingdom', london: 'united kingdom',
  'downing street': 'united kingdom', whitehall: 'united kingdom', english: 'united kingdom', scottish: 'united kingdom', welsh: 'united kingdom',
  french: 'france', frenchman: 'france', paris: 'france', elysee: 'france', 'élysée': 'france',
  dutch: 'netherlands', holland: 'netherlands', 'the hague': 'netherlands', amsterdam: 'netherlands',
  swiss: 'switzerland', bern: 'switzerland', danish: 'denmark', dane: 'denmark', danes: 'denmark', copenhagen: 'denmark',
  irish: 'ireland', dublin: 'ireland', kremlin: 'russia', moscow: 'russia', beijing: 'china', zhongnanhai: 'china',
  kyiv: 'ukraine', kiev: 'ukraine', berlin: 'germany', 'new delhi': 'india', delhi: 'india', jerusalem: 'israel',
  'tel aviv': 'israel', tehran: 'iran', tokyo: 'japan', japanese: 'japan', ankara: 'turkey', turkish: 'turkey',
  turk: 'turkey', turks: 'turkey', saudi: 'saudi arabia', saudis: 'saudi arabia', riyadh: 'saudi arabia',
  emirati: 'united arab emirates', uae: 'united arab emirates', 'abu dhabi': 'united arab emirates',
  polish: 'poland', pole: 'poland', poles: 'poland', warsaw: 'poland', spanish: 'spain', madrid: 'spain',
  rome: 'italy', athens: 'greece', islamabad: 'pakistan', kabul: 'afghanistan', damascus: 'syria', baghdad: 'iraq',
  cairo: 'egypt', ottawa: 'canada', 'mexico city': 'mexico', brasilia: 'brazil', canberra: 'australia',
  minsk: 'belarus', vilnius: 'lithuania', riga: 'latvia', tallinn: 'estonia', budapest: 'hungary', prague: 'czech republic',
  czech: 'czech republic', seoul: 'south korea', pyongyang: 'north korea', taipei: 'taiwan', hanoi: 'vietnam',
  vietnamese: 'vietnam', filipino: 'philippines', manila: 'philippines', thai: 'thailand', bangkok: 'thailand',
  swedish: 'sweden', swede: 'sweden', stockholm: 'sweden', finnish: 'finland', helsinki: 'finland', norwegian: 'norway',
  oslo: 'norway', belgian: 'belgium', brussels: 'european union', eu: 'european union', 'european union': 'european union',
  'european commission': 'european union', nato: 'nato', 'un': 'united nations', 'united nations': 'united nations',
}

const countryNames = COUNTRIES.map((c) => c.toLowerCase())
const nationalities = new Set(NATIONALITIES.map((n) => n.toLowerCase()))
const countries = new Set(countryNames)

function commonPrefix(a: string, b: string): number {
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  return i
}

/** The country a regular demonym derives from ("Ukrainian" → "ukraine"): the country sharing the longest prefix. */
function countryOfDemonym(word: string): string | undefined {
  let best: string | undefined
  let bestLength = 0
  for (const country of countryNames) {
    if (country.includes(' ')) continue
    const shared = commonPrefix(word, country)
    // at least 4 letters and most of the country's name ("chin" of "china", "ukrain" of "ukraine")
    if (shared >= 4 && shared >= country.length - 2 && shared > bestLength) {
      best = country
      bestLength = shared
    }
  }
  return best
}

/** The country key of a word or name, or undefined when it names no country. */
export function countryKey(phrase: string): string | undefined {
  const lower = phrase.toLowerCase().replace(/[’']s$/, '').replace(/^the /, '').trim()
  const known = KNOWN[lower]
  if (known) return known
  if (countries.has(lower)) return KNOWN[lower] ?? lower
  if (nationalities.has(lower)) return countryOfDemonym(lower.replace(/s$/, '')) ?? countryOfDemonym(lower)
  return undefined
}

/** True when two sets of affiliation keys share one. */
export function sharesKey(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const key of a) if (b.has(key)) return true
  return false
}
