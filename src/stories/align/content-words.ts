// The comparable content of a stretch of text: its content words (lower-cased, lightly stemmed, stop
// words out) and its numbers, so that two outlets' wordings of one statement can be matched.

// Function words and reporting verbs: they say nothing about what happened.
const STOP_WORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both
  but by can could did do does doing down during each few for from further had has have having he her here hers herself
  him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or
  other our ours ourselves out over own same she should so some such than that the their theirs them themselves then
  there these they this those through to too under until up very was we were what when where which while who whom why
  will with would you your yours yourself yourselves said says say saying told tells according added adding also would
  could may might must shall one ones mr mrs ms dr sir s t don doesn didn isn wasn aren weren won wouldn`.split(/\s+/),
)

/** A light suffix stripper: enough to match "tariffs"/"tariff", "imposed"/"imposes", not a full stemmer. */
export function stem(word: string): string {
  let w = word
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y'
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3)
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2)
  else if (w.length > 3 && w.endsWith('es') && !w.endsWith('ses')) w = w.slice(0, -1)
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1)
  return w
}

export function contentWords(text: string): string[] {
  const words = text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/'s\b/g, '')
    .match(/[\p{L}][\p{L}\p{N}'-]*/gu) ?? []
  return words.flatMap((w) => w.split('-')).filter((w) => w.length > 1 && !STOP_WORDS.has(w)).map(stem)
}
