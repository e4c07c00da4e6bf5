// The tense of the verb that governs a time expression, from wink's part-of-speech tags and lemmas.
import winkNLP, { type WinkMethods } from 'wink-nlp'
import model from 'wink-eng-lite-web-model'
import { locateTokens } from '../wink.js'
import type { Direction } from './timex-resolve.js'

export interface TaggedWord {
  start: number
  end: number
  lower: string
  pos: string
  lemma: string
}

let posNlp: WinkMethods | undefined
const tagger = (): WinkMethods => (posNlp ??= winkNLP(model, ['pos']))

/** Tags the words of `text.slice(from, to)`; offsets are into `text`. */
export function tagWords(text: string, from: number, to: number): TaggedWord[] {
  const nlp = tagger()
  const slice = text.slice(from, to)
  const doc = nlp.readDoc(slice)
  const values = doc.tokens().out(nlp.its.value) as string[]
  const pos = doc.tokens().out(nlp.its.pos) as string[]
  // the typings miss that lemma is a token property like pos
  const lemmas = doc.tokens().out(nlp.its.lemma as unknown as typeof nlp.its.pos) as string[]
  const raw = values.map((value, i) => ({ value, type: String(i), pos: pos[i] ?? '' }))
  const words = locateTokens(slice, raw).map((t) => {
    const i = Number(t.type)
    return {
      start: from + t.start,
      end: from + t.end,
      lower: values[i]!.toLowerCase(),
      pos: pos[i] ?? 'X',
      lemma: (lemmas[i] ?? values[i]!).toLowerCase(),
    }
  })
  // wink tags some past tenses after a subject as adjectives ("the law lapsed"): a bare -ed word right
  // after a noun or pronoun, and before no noun, is read as the verb
  words.forEach((w, i) => {
    const previous = words[i - 1]
    const next = words[i + 1]
    if (w.pos === 'ADJ' && /[^e]ed$|eed$/.test(w.lower) && previous && /^(?:NOUN|PROPN|PRON)$/.test(previous.pos) && !(next && /^(?:NOUN|PROPN|ADJ)$/.test(next.pos))) {
      w.pos = 'VERB'
      w.lemma = w.lower.replace(/ed$/, '')
    }
  })
  return words
}

const FUTURE_AUX = new Set(['will', "'ll", '’ll', 'shall', 'wo', 'won’t', "won't"])
const MODAL = new Set(['would', 'might', 'may', 'can', 'should', 'must', "'d", '’d', 'ca'])
// "could" is as often the past of "can" ("could be located Wednesday") as a possibility ahead
const AMBIGUOUS_MODAL = new Set(['could'])
const PAST_AUX = new Set(['was', 'were', 'had', 'did'])
const PRESENT_AUX = new Set(['is', 'are', 'am', "'s", '’s', "'re", '’re', "'m", '’m', 'do', 'does'])
const PERFECT_AUX = new Set(['has', 'have', "'ve", '’ve'])
// Clause edges: a verb beyond one of these governs another clause.
const CLAUSE_EDGE = new Set([',', ';', ':', '—', '–', '(', ')', '"', '“', '”', '«', '»', '--'])
const SEARCH_WINDOW = 12

const isVerb = (w: TaggedWord) => w.pos === 'VERB' || w.pos === 'AUX'

function formOf(w: TaggedWord): 'base' | 'present' | 'past' | 'gerund' {
  if (w.lower.endsWith('ing') && w.lemma !== w.lower) return 'gerund'
  if (w.lower === w.lemma) return 'base'
  if (/(?:s|es)$/.test(w.lower) && (w.lower === w.lemma + 's' || w.lower === w.lemma + 'es' || w.lower === w.lemma.replace(/y$/, 'ies'))) return 'present'
  return 'past'
}

/** The direction a verb group points to, reading its auxiliaries first. */
export function groupDirection(group: readonly TaggedWord[]): Direction {
  const words = group.map((w) => w.lower)
  if (words.some((w) => FUTURE_AUX.has(w))) return 'future'
  const going = words.indexOf('going')
  if (going >= 0 && words[going + 1] === 'to') return 'future'
  const first = group[0]
  if (!first) return 'unknown'
  if (MODAL.has(first.lower)) return words.includes('have') ? 'past' : 'future'
  if (AMBIGUOUS_MODAL.has(first.lower)) return words.includes('have') ? 'past' : 'unknown'
  if (PAST_AUX.has(first.lower)) return 'past'
  // "has scheduled a news conference Thursday": the present perfect reports now what is planned
  if (PERFECT_AUX.has(first.lower)) return 'present'
  if (PRESENT_AUX.has(first.lower)) {
    // "is to meet": a plan
    return words[1] === 'to' ? 'future' : 'present'
  }
  switch (formOf(first)) {
    case 'past':
      return 'past'
    case 'present':
    case 'base':
      return 'present'
    default:
      return 'unknown'
  }
}

/** The verb group containing words[i]: auxiliaries, negation and adverbs before it, verbs right after it. */
function groupAround(words: readonly TaggedWord[], i: number): { group: TaggedWord[]; before: TaggedWord | undefined } {
  let from = i
  while (from > 0) {
    const w = words[from - 1]!
    if (isVerb(w) || (w.pos === 'PART' && w.lower !== 'to') || (w.pos === 'ADV' && from - 1 > 0 && isVerb(words[from - 2]!))) from--
    else break
  }
  // "going to meet", "is to meet": keep the to and what follows
  let to = i
  while (to + 1 < words.length && (isVerb(words[to + 1]!) || (words[to + 1]!.lower === 'to' && words[to]!.lower === 'going'))) to++
  return { group: words.slice(from, to + 1), before: words[from - 1] }
}

/**
 * An infinitive takes its tense from the verb it depends on: "had been due to expire Friday" is past,
 * "plans to meet on Friday" present (so ahead); with no verb before it, an infinitive points ahead.
 */
function chainDirection(words: readonly TaggedWord[], i: number): Direction {
  let { group, before } = groupAround(words, i)
  for (let hops = 0; before && before.lower === 'to' && hops < 3; hops++) {
    let k = words.indexOf(before) - 1
    // "due to", "expected to", "able to": skip the adjective or participle between the verb and "to"
    while (k >= 0 && !isVerb(words[k]!) && (words[k]!.pos === 'ADJ' || words[k]!.pos === 'ADV') && words.indexOf(before) - k < 3) k--
    if (k < 0 || !isVerb(words[k]!)) return 'future'
    ;({ group, before } = groupAround(words, k))
  }
  return groupDirection(group)
}

function scan(words: readonly TaggedWord[], from: number, step: 1 | -1, crossCommas: boolean): number {
  for (let i = from, seen = 0; i >= 0 && i < words.length && seen < SEARCH_WINDOW; i += step, seen++) {
    const w = words[i]!
    if (CLAUSE_EDGE.has(w.lower) && (!crossCommas || w.lower !== ',')) return -1
    if (isVerb(w)) return i
  }
  return -1
}

/**
 * The direction of the verb that governs the span [start, end): the nearest verb to its left in the
 * same clause, else to its right in the same clause, else across commas.
 */
export function governingDirection(words: readonly TaggedWord[], start: number, end: number): Direction {
  let left = -1
  let right = words.length
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.end <= start) left = i
    else if (words[i]!.start >= end) {
      right = i
      break
    }
  }
  const found = [scan(words, left, -1, false), scan(words, right, 1, false), scan(words, left, -1, true), scan(words, right, 1, true)]
  for (const i of found) {
    if (i < 0) continue
    const direction = chainDirection(words, i)
    if (direction !== 'unknown') return direction
  }
  return 'unknown'
}
