// Finds time expressions in one sentence: runs every rule, keeps the longest non-overlapping matches,
// then widens each over the modifiers and prepositions that belong to it.
import type { Meaning, TimexMod, TimexType } from './timex-meaning.js'
import { RULES, type Found, type Lean } from './timex-rules.js'

export type { TimexMod } from './timex-meaning.js'

export interface Extracted {
  /** Offsets into the text the sentence was cut from. */
  start: number
  end: number
  /** The TimeML extent, without a preposition that parallax keeps in `start` ("on Thursday" → "Thursday"). */
  coreStart: number
  type: TimexType
  meaning: Meaning
  rule: string
  lean?: Lean
  mod?: TimexMod
}

interface Match extends Found {
  start: number
  end: number
  rule: string
  order: number
}

/** Words in front of a date that say which part of it is meant; TimeML keeps them in the extent. */
const DATE_MODIFIER = /(?:^|[^\p{L}])((?:the )?(?:very )?(?:end|beginning|start|middle|close|turn|rest|remainder) of |(?:early|late|mid)[- ]|mid|earlier |later |sometime |around |about |approximately |roughly |as late as |as early as )$/iu
/** Words in front of a count that bound it ("nearly two years", "at least 30 days"). */
const COUNT_MODIFIER = /(?:^|[^\p{L}])(about |around |approximately |roughly |nearly |almost |some |more than |less than |fewer than |at least |at most |up to |over |under |just over |just under |well over |no more than |no less than |close to |upwards of |in excess of |barely |only )$/iu

const MODS: [RegExp, TimexMod][] = [
  [/^(?:the )?(?:very )?(?:end|close|rest|remainder) of |^late[- ]?|^later /i, 'END'],
  [/^(?:the )?(?:very )?(?:beginning|start|turn) of |^early[- ]?|^earlier /i, 'START'],
  [/^(?:the )?middle of |^mid[- ]?/i, 'MID'],
  [/^(?:about|around|approximately|roughly|nearly|almost|some|close to) /i, 'APPROX'],
  [/^(?:more than|over|well over|just over|upwards of|in excess of) /i, 'MORE_THAN'],
  [/^(?:less than|fewer than|under|just under|barely) /i, 'LESS_THAN'],
  [/^at least |^no less than /i, 'EQUAL_OR_MORE'],
  [/^at most |^up to |^no more than /i, 'EQUAL_OR_LESS'],
]

function modOf(prefix: string): TimexMod | undefined {
  return MODS.find(([pattern]) => pattern.test(prefix))?.[1]
}

function allMatches(sentence: string): Match[] {
  const matches: Match[] = []
  RULES.forEach((rule, order) => {
    rule.pattern.lastIndex = 0
    for (let m = rule.pattern.exec(sentence); m; m = rule.pattern.exec(sentence)) {
      if (m[0].length === 0) {
        rule.pattern.lastIndex++
        continue
      }
      const found = rule.build(m, sentence)
      if (found) {
        const start = m.index + (found.trimStart ?? 0)
        const end = m.index + m[0].length - (found.trimEnd ?? 0)
        // a trailing full stop of an abbreviation at the sentence end belongs to the sentence too; keep it only inside
        matches.push({ ...found, start, end, rule: rule.id, order })
      }
    }
  })
  return matches
}

/** Longest first, then the earlier rule; a match overlapping one already kept is dropped. */
function keepLongest(matches: Match[]): Match[] {
  const sorted = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order || a.start - b.start)
  const kept: Match[] = []
  for (const match of sorted) {
    if (kept.some((k) => k.start < match.end && match.start < k.end)) continue
    kept.push(match)
  }
  return kept.sort((a, b) => a.start - b.start)
}

/** Time expressions in `text.slice(from, to)`, with offsets into `text`. */
export function extractTimexes(text: string, from: number, to: number): Extracted[] {
  const sentence = text.slice(from, to)
  return keepLongest(allMatches(sentence)).map((match) => {
    let start = match.start
    let mod: TimexMod | undefined = match.mod
    const isCount = match.counted === true
    const before = sentence.slice(Math.max(0, start - 30), start)
    // "over the past few weeks": before a determiner, "over" is the preposition, not "more than"
    const countModifier = /^(?:the|a|an|its|their|his|her|our)\s/i.test(sentence.slice(start)) && !/^an?\s/i.test(sentence.slice(start)) ? null : COUNT_MODIFIER
    const modifier = (isCount ? countModifier : match.type === 'DATE' || match.type === 'TIME' ? DATE_MODIFIER : null)?.exec(before)
    if (modifier) {
      start -= modifier[1]!.length
      mod = modOf(modifier[1]!)
    }
    const coreStart = start
    let lean = match.lean
    const preposition = /(?:^|[^\p{L}])((on|since|in|from|until|till|by|starting|beginning|effective) )$/iu.exec(sentence.slice(Math.max(0, start - 12), start))
    const word = preposition?.[2]?.toLowerCase()
    // parallax keeps "on Thursday" and "since 2021" whole (the preposition fixes which day and that it is a start);
    // TimeML leaves prepositions out, and coreStart keeps that extent
    if (preposition && ((word === 'on' && match.takesOn) || (word === 'since' && match.type === 'DATE') || (word === 'in' && match.takesIn))) {
      start -= preposition[1]!.length
    }
    const verbBefore = sentence.slice(Math.max(0, start - 40), start)
    if (word === 'since') lean = 'behind'
    // "extended to Nov. 20", "postponed until Monday": the new date is ahead
    else if (/(?:extend|postpon|delay|mov|push|adjourn|defer|put off|brought forward|set|reschedul)\w*(?: \w+){0,3} (?:to|until|till) $/i.test(verbBefore)) lean = 'ahead'
    else if (word === 'effective') lean = 'ahead'
    // "until Friday", "by Friday", "from Friday": ahead unless the verb is past ("the talks lasted until Tuesday")
    else if (word === 'until' || word === 'till' || word === 'by') lean ??= 'forward'
    else if (word && /^(?:from|starting|beginning)$/.test(word) && match.meaning.kind === 'weekday') lean ??= 'forward'
    const extracted: Extracted = { start: from + start, end: from + match.end, coreStart: from + coreStart, type: match.type, meaning: match.meaning, rule: match.rule }
    if (lean) extracted.lean = lean
    if (mod) extracted.mod = mod
    return extracted
  })
}
