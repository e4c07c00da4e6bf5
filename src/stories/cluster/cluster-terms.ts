// The words that story clustering compares: content words of the body (boilerplate and dateline out)
// and the title, lower-cased, lightly stemmed, function words out.

// Function words, reporting verbs and newsroom filler: they occur in every story and say nothing about
// which one an article belongs to.
const STOP_WORDS = new Set(
  `a about above across after afterwards again against all almost along already also although always am among an and
  another any anyone anything are around as at back be became because become been before being below beside besides
  between both but by can cannot could did do does doing done down during each either else enough even ever every
  few for former from further get gets got had has have having he hence her here hers herself him himself his how
  however i if in into is it its itself just last least less like made make many may me meanwhile might more most
  much must my myself neither never nevertheless next no nobody none nor not nothing now of off often on once one
  ones only onto or other others otherwise our ours ourselves out over own per perhaps rather same several she
  should since so some somehow someone something sometimes still such than that the their theirs them themselves
  then there thereby therefore these they this those though through throughout thus to together too toward towards
  under until up upon us very via was we well were what whatever when whenever where whether which while who whoever
  whole whom whose why will with within without would yet you your yours yourself yourselves
  said says say saying told tell tells according added adding asked reported reports reporting statement
  mr mrs ms mx dr sir s t d ll m re ve don doesn didn isn wasn aren weren won wouldn couldn shouldn hasn haven hadn
  http https www com org net html htm php asp article news read more photo picture image credit copyright reserved
  monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow week weeks day days year years
  month months time times people percent cent two three four five six seven eight nine ten first second third new`.split(/\s+/),
)

/** A light suffix stripper, enough to join "strikes"/"striking"/"strike", not a full stemmer. */
export function stemWord(word: string): string {
  let w = word
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y'
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3)
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2)
  else if (w.length > 3 && w.endsWith('es') && !w.endsWith('ses')) w = w.slice(0, -1)
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1)
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1)
  return w
}

/** Content words of `text` in order: letters (hyphenated parts split) and numbers of at least three digits. */
export function clusterWords(text: string): string[] {
  const out: string[] = []
  const lowered = text.normalize('NFKC').toLowerCase().replace(/[’‘`]/g, "'")
  for (const match of lowered.matchAll(/\p{L}[\p{L}\p{M}\p{N}']*|\p{N}[\p{N},.]*\p{N}|\p{N}/gu)) {
    const raw = match[0]
    if (/^\p{N}/u.test(raw)) {
      const digits = raw.replace(/[,.]/g, '')
      // years and large figures tell events apart; small counts (3 dead, 12 ships) recur everywhere
      if (digits.length >= 3) out.push(digits)
      continue
    }
    for (const part of raw.replace(/'s$/, '').replace(/'/g, '').split('-')) {
      if (part.length < 2 || STOP_WORDS.has(part)) continue
      const stem = stemWord(part)
      if (stem.length >= 2 && !STOP_WORDS.has(stem)) out.push(stem)
    }
  }
  return out
}

/** Term counts of the given pieces of text. */
export function termCounts(pieces: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const piece of pieces) for (const word of clusterWords(piece)) counts.set(word, (counts.get(word) ?? 0) + 1)
  return counts
}
