// Shallow clause structure over tagged tokens: noun phrases, subjects of verbs, clause starts. Coreference
// and quotes both need "who is the subject here" without a parser; these heuristics read wink's POS tags.
import type { Annotation } from '../core/annotation.js'
import { roleNoun } from './coref/role-lexicon.js'
import type { TokenData } from './tokens/tokens-analyzer.js'

/** A token of one sentence, with its index in that sentence. */
export interface Tok {
  start: number
  end: number
  text: string
  lower: string
  pos: string
  index: number
  sentence: number
}

/** Token indices [first, last] (inclusive) within one sentence. */
export type TokRange = readonly [first: number, last: number]

/**
 * The token layer regrouped by sentence, so that index i is the token's position in its sentence. Tokens
 * inside `names` (entity mentions) are proper nouns whatever the tagger said: it reads "Cook said" as two verbs.
 */
export function sentenceTokens(text: string, tokens: readonly Annotation<TokData>[], names: readonly (readonly [number, number])[] = []): Tok[][] {
  const out: Tok[][] = []
  const sorted = [...names].sort((a, b) => a[0] - b[0])
  let n = 0
  for (const t of tokens) {
    const list = (out[t.data.sentence] ??= [])
    const surface = text.slice(t.start, t.end)
    // '' typed for a double quote mark is one mark, not two apostrophes
    const previous = list[list.length - 1]
    if (surface === "'" && previous?.text === "'" && previous.end === t.start) {
      list[list.length - 1] = { ...previous, end: t.end, text: "''", lower: "''" }
      continue
    }
    while (n < sorted.length && sorted[n]![1] <= t.start) n++
    const inName = n < sorted.length && sorted[n]![0] <= t.start && t.end <= sorted[n]![1] && /^\p{Lu}/u.test(surface)
    list.push({ start: t.start, end: t.end, text: surface, lower: surface.toLowerCase(), pos: inName ? 'PROPN' : t.data.pos, index: list.length, sentence: t.data.sentence })
  }
  for (let i = 0; i < out.length; i++) out[i] ??= []
  return out
}
type TokData = Pick<TokenData, 'sentence' | 'pos'>

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'some', 'another', 'one', 'two', 'three', 'several', 'many', 'other', 'both', 'all', 'each', 'no'])
const QUOTE_CHARS = /^(?:[“”"‘’'«»„‹›]|'')$/
export const isQuoteChar = (t: Tok | undefined) => !!t && QUOTE_CHARS.test(t.text)
export const isPossessiveMark = (t: Tok | undefined) => !!t && (t.lower === '’s' || t.lower === "'s" || t.lower === '’' || t.lower === "'")
export const isComma = (t: Tok | undefined) => !!t && t.text === ','

// Time words that stand between a subject and its verb ("Trump last week called", "he on Monday said").
const TIME_WORDS = new Set(`monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight
  week month year weekend morning afternoon evening night earlier later recently previously now then again also
  january february march april may june july august september october november december`.split(/\s+/))
const TIME_LEADS = new Set(['last', 'this', 'next', 'on', 'late', 'early', 'earlier', 'in', 'at'])

/** True for a determiner or possessive pronoun, which opens a noun phrase. */
export const isDeterminer = (t: Tok | undefined) => !!t && DETERMINERS.has(t.lower) && (t.pos === 'DET' || t.pos === 'PRON' || t.pos === 'NUM' || t.pos === 'ADJ' || !/^(?:that|this|one|no)$/.test(t.lower)) && !(t.lower === 'that' && t.pos !== 'DET')

/** True for tokens that may be part of a noun phrase. */
export function isNominal(t: Tok | undefined): boolean {
  if (!t) return false
  if (isPossessiveMark(t) || isDeterminer(t) || t.text === '-') return true
  if (t.pos === 'PRON') return /^(?:he|she|they|it|we|i|you|him|her|them|us)$/.test(t.lower)
  return t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'NUM' || (t.pos === 'X' && /^\p{Lu}/u.test(t.text))
}

/** Head-like tokens a noun phrase may end with. */
export function isNounHead(t: Tok | undefined): boolean {
  if (!t) return false
  if (t.pos === 'PRON') return /^(?:he|she|they|it|we|i|you|him|her|them|us)$/.test(t.lower)
  if (isDeterminer(t) || isPossessiveMark(t)) return false
  // the tagger reads a role noun at the end of a phrase as an adjective: "the port authority chief"
  if (t.pos === 'ADJ' && roleNoun(t.text)) return true
  return t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || (t.pos !== 'VERB' && t.pos !== 'PUNCT' && /^\p{Lu}/u.test(t.text))
}

/** The noun phrase that ends at token `last`, walking left over nominal tokens, "of" and "and" between names. */
export function nounPhraseEndingAt(toks: readonly Tok[], last: number): TokRange | null {
  if (!isNounHead(toks[last])) return null
  if (toks[last]!.pos === 'PRON') return [last, last]
  let first = last
  while (first > 0) {
    const prev = toks[first - 1]!
    if (isDeterminer(prev)) return [first - 1, last] // a determiner opens the phrase
    if (prev.pos === 'PRON') break
    if (isNominal(prev)) {
      first--
      continue
    }
    // "the president of the United Arab Emirates", "Russia and India"
    if ((prev.lower === 'of' || prev.lower === 'and' || prev.lower === '&') && first >= 2 && isNounHead(toks[first - 2])) {
      first -= 2
      continue
    }
    break
  }
  return [first, last]
}

/** The noun phrase that starts at token `first`, walking right; stops before a verb, clause word or punctuation. */
export function nounPhraseStartingAt(toks: readonly Tok[], first: number, options: { allowOf?: boolean; allowPP?: boolean } = {}): TokRange | null {
  let last = first - 1
  for (let i = first; i < toks.length; i++) {
    const t = toks[i]!
    // a scare-quoted word inside the phrase: the “emotional” lectures
    if (isQuoteChar(t) && last >= first - 1 && i + 1 < toks.length && (isNominal(toks[i + 1]) || last >= first)) continue
    const personal = t.pos === 'PRON' && !isDeterminer(t)
    if (isNominal(t) && !(personal && i > first)) {
      last = i
      if (personal) break
      continue
    }
    if (options.allowOf !== false && t.lower === 'of' && isNominal(toks[i + 1]) && last >= first) continue
    // "executive actions on gun control": a prepositional phrase after the head, when asked for
    if (options.allowPP && t.pos === 'ADP' && last >= first && isNominal(toks[i + 1]) && !/^(?:that|as|than)$/.test(t.lower)) continue
    // "the US president and Russian leader", "Britain or France"
    if ((t.lower === 'and' || t.lower === 'or') && last >= first && isNominal(toks[i + 1]) && toks[i + 1]!.pos !== 'PRON') continue
    break
  }
  while (last >= first && !isNounHead(toks[last])) last--
  return last >= first ? [first, last] : null
}

/** Tokens that may stand between a subject and its verb without breaking the link. */
function isInterposed(toks: readonly Tok[], i: number): number {
  const t = toks[i]
  if (!t) return 0
  if (t.pos === 'ADV' || t.pos === 'PART' || (t.pos === 'AUX' && t.lower !== "'s" && t.lower !== '’s')) return 1
  if (TIME_WORDS.has(t.lower)) {
    const lead = toks[i - 1]
    return lead && TIME_LEADS.has(lead.lower) ? 2 : 1
  }
  return 0
}

/** Skips a comma-enclosed insertion ending at `close` (", posting after the talks,"); returns the index before it. */
function skipInsertion(toks: readonly Tok[], close: number): number {
  if (!isComma(toks[close])) return close
  for (let j = close - 1; j >= Math.max(0, close - 14); j--) {
    if (isComma(toks[j])) {
      const opener = toks[j + 1]
      // participial or relative insertions and appositions ("a former minister", "who ...", "posting ...")
      const insertion = opener && (opener.pos === 'VERB' || /^(?:who|which|whose|a|an|the|himself|herself|itself|themselves|also|however|in|at|for|from|of|speaking|writing)$/.test(opener.lower))
      // an apposition without a verb: "Brent Bozell III, founder of the Media Research Center, tells …", "Ellison, 74, said"
      const apposition = opener && (opener.pos === 'NOUN' || opener.pos === 'ADJ' || opener.pos === 'NUM' || opener.pos === 'PROPN') && !toks.slice(j + 1, close).some((t) => t.pos === 'VERB' || t.pos === 'AUX')
      if (!(insertion || apposition) || j === 0) return -1
      // an age before another insertion: "Margaret Ellison, 74, from Leeds, said"
      if (toks[j - 1]!.pos === 'NUM' && isComma(toks[j - 2]) && j > 2) return j - 3
      return j - 1
    }
    if (toks[j]!.pos === 'PUNCT' && !isPossessiveMark(toks[j]) && toks[j]!.text !== '-') return -1
  }
  return -1
}

/** Subject of the verb at `verb`: the noun phrase before it, across adverbs, time words, insertions and coordinated verbs. */
export function subjectBefore(toks: readonly Tok[], verb: number, depth = 0): TokRange | null {
  let i = verb - 1
  let nameEnd = -1
  while (i >= 0) {
    const skip = isInterposed(toks, i)
    if (skip > 0) {
      i -= skip
      continue
    }
    if (isComma(toks[i])) {
      const before = skipInsertion(toks, i)
      if (before < 0) return null
      // "the union’s general secretary, Marta Ilvesson, said": the name in apposition belongs to the subject
      if (nameEnd < 0 && toks[before + 2]?.pos === 'PROPN' && toks.slice(before + 2, i).every((t) => t.pos === 'PROPN' || t.text === '.')) nameEnd = i - 1
      i = before
      continue
    }
    break
  }
  if (i < 0) return null
  const t = toks[i]!
  if ((t.lower === 'and' || t.lower === 'but' || t.lower === 'or') && depth === 0) {
    // "Zelensky spoke to Merz and posted on X": the subject of the coordinated verb is the clause's subject
    for (let j = i - 1; j >= 0; j--) {
      if (toks[j]!.pos === 'VERB' || (toks[j]!.pos === 'AUX' && toks[j + 1]?.pos !== 'VERB')) {
        let v = j
        while (v > 0 && (toks[v - 1]!.pos === 'AUX' || toks[v - 1]!.pos === 'ADV' || toks[v - 1]!.pos === 'PART')) v--
        return subjectBefore(toks, v, depth + 1)
      }
      if (toks[j]!.text === '.' || toks[j]!.text === ';') break
    }
    return null
  }
  const np = nounPhraseEndingAt(toks, i)
  if (!np) return null
  return nameEnd > np[1] ? [np[0], nameEnd] : np
}

/** Subject after an inverted verb ("…,” said Kremlin aide Yuri Ushakov"). */
export function subjectAfter(toks: readonly Tok[], verb: number): TokRange | null {
  let i = verb + 1
  while (i < toks.length && (isInterposed(toks, i) > 0 && toks[i]!.pos !== 'PROPN')) i++
  if (!isNominal(toks[i])) return null
  return nounPhraseStartingAt(toks, i, { allowOf: true })
}

/** True when the tokens before `i` in its sentence open a clause: sentence start, a conjunction, "that", a colon, an introductory phrase. */
export function opensClause(toks: readonly Tok[], i: number): boolean {
  let j = i - 1
  while (j >= 0 && isQuoteChar(toks[j])) j--
  if (j < 0) return true
  const t = toks[j]!
  if (/^(?:that|and|but|or|so|because|while|although|though|when|if|as|since|after|before|where|whereas|yet)$/.test(t.lower)) return true
  if (t.text === ':' || t.text === ';' || t.text === '—' || t.text === '–') return true
  if (t.text === ',') {
    // after an introductory phrase ("On Thursday, Zelensky …") or a closing quote ("“…,” he said")
    if (isQuoteChar(toks[j - 1]) || isQuoteChar(toks[j + 1])) return true
    for (let k = j - 1; k >= 0; k--) if (toks[k]!.pos === 'VERB' || toks[k]!.pos === 'AUX') return false
    return true
  }
  return isQuoteChar(toks[i - 1])
}

/** Number of tokens of a time phrase starting at `i` ("on Wednesday", "last week", "also"), or 0. */
function timePhraseAt(toks: readonly Tok[], i: number): number {
  const t = toks[i]
  if (!t) return 0
  if (TIME_LEADS.has(t.lower) && toks[i + 1] && TIME_WORDS.has(toks[i + 1]!.lower)) return 2
  if (TIME_WORDS.has(t.lower) || t.pos === 'ADV' || t.pos === 'PART') return 1
  return 0
}

/** True when the phrase ending at token `last` is followed by its verb (across adverbs, time words and insertions). */
export function precedesVerb(toks: readonly Tok[], last: number): boolean {
  return verbAfter(toks, last) >= 0
}

/** Index of the verb that follows the phrase ending at `last` (across adverbs, time words and insertions), or -1. */
export function verbAfter(toks: readonly Tok[], last: number): number {
  let i = last + 1
  while (i < toks.length) {
    if (isQuoteChar(toks[i])) {
      i++
      continue
    }
    const skip = timePhraseAt(toks, i)
    if (skip > 0) {
      i += skip
      continue
    }
    if (isComma(toks[i])) {
      // an insertion: skip to the closing comma
      let j = i + 1
      while (j < toks.length && j - i < 14 && !isComma(toks[j]) && toks[j]!.text !== '.') j++
      if (!isComma(toks[j])) return -1
      i = j + 1
      continue
    }
    break
  }
  if (isPossessiveMark(toks[last + 1])) return -1
  // auxiliaries lead to their verb: "has said", "had been told"
  while (toks[i]?.pos === 'AUX' && (toks[i + 1]?.pos === 'VERB' || toks[i + 1]?.pos === 'AUX' || (toks[i + 1]?.pos === 'ADV' && toks[i + 2]?.pos === 'VERB'))) i += toks[i + 1]!.pos === 'ADV' ? 2 : 1
  const t = toks[i]
  return !!t && (t.pos === 'VERB' || t.pos === 'AUX') ? i : -1
}
