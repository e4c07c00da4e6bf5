// Numbers stated in a sentence, with what they count: a casualty category ("Twelve people were killed",
// "the death toll of 12") or the noun they measure ("a 25% tariff"), and whether the writer hedged them
// ("more than 200", "about 300").
import type { Annotation } from '../../core/annotation.js'
import type { TokenData } from '../../analyze/tokens/tokens-analyzer.js'
import { stem } from '../align/content-words.js'

export interface Quantity {
  value: number
  /** '%' for percentages, a currency sign, or '' for counts. */
  unit: string
  /** A casualty category ('dead', 'injured', 'missing', 'arrested', 'displaced') or the stemmed noun measured. */
  subject: string
  /** True for a casualty category: such counts conflict across a story whatever the wording. */
  casualty: boolean
  approximate: boolean
  /** Nouns just before the number, nearest first: other readings of what it measures. */
  nounsBefore: string[]
  /** True when the subject is the noun right after the number ("a 25% tariff"), the surest reading. */
  subjectAfter: boolean
  /** The new level in a change ("raise the quota to 20,000", "cut from 30% to 10%"): not a current value. */
  target: boolean
  span: readonly [number, number]
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
}
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12 }

// Words that make a count a casualty count, by category.
const CASUALTY_WORDS: Record<string, string> = {
  killed: 'dead', dead: 'dead', died: 'dead', die: 'dead', deaths: 'dead', death: 'dead', bodies: 'dead', fatalities: 'dead', perished: 'dead',
  injured: 'injured', wounded: 'injured', hurt: 'injured', injuries: 'injured',
  missing: 'missing', unaccounted: 'missing',
  arrested: 'arrested', detained: 'arrested', arrests: 'arrested',
  evacuated: 'displaced', displaced: 'displaced', homeless: 'displaced',
}
const HEDGES = /\b(?:about|around|roughly|approximately|nearly|almost|some|over|more than|fewer than|less than|at least|up to|as many as|as much as|as high as|as low as|an estimated|estimated|close to|under|below|above|upwards of)\s*$/i
// Casualty words count within this many tokens of the number ("Twelve people were killed").
const CASUALTY_WINDOW = 4
const CHANGE_TO = /\b(?:rais\w*|ris\w*|rose|cut\w*|lower\w*|reduc\w*|increas\w*|fall\w*|fell|drop\w*|climb\w*|jump\w*|grow\w*|grew|boost\w*|slash\w*|hik\w*|doubl\w*|halv\w*)\b[^.;]*?\bto\s*$/i
const NOUN_WINDOW_AFTER = 2
const NOUN_WINDOW_BEFORE = 6

function parseNumberToken(word: string): number | null {
  const clean = word.replace(/,/g, '')
  if (/^\d+(?:\.\d+)?$/.test(clean)) return Number(clean)
  return NUMBER_WORDS[word.toLowerCase()] ?? null
}

/** Quantities in the sentence spanning [start, end), from its tokens (wink kinds and POS tags). */
export function quantitiesIn(text: string, tokens: readonly Annotation<TokenData>[], start: number, end: number): Quantity[] {
  const toks = tokens.filter((t) => t.start >= start && t.end <= end)
  const word = (i: number) => (toks[i] ? text.slice(toks[i]!.start, toks[i]!.end) : '')
  const out: Quantity[] = []
  for (let i = 0; i < toks.length; i++) {
    const base = parseNumberToken(word(i))
    if (base === null) continue
    // a year ("in 2021"), a date ("August 28") or a time is not a quantity
    if (/^(?:1[89]|20)\d\d$/.test(word(i)) && toks[i]!.data.kind === 'number') continue
    if (/^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/.test(word(i - 1))) continue
    let value = base
    let last = i
    const scale = SCALES[word(i + 1).toLowerCase()]
    if (scale) {
      value *= scale
      last = i + 1
    }
    let unit = ''
    if (word(last + 1) === '%') {
      unit = '%'
      last++
    } else if (/^(?:per cent|percent)$/i.test(`${word(last + 1)}${word(last + 2) ? ' ' + word(last + 2) : ''}`) || /^percent$/i.test(word(last + 1))) {
      unit = '%'
      last += /^percent$/i.test(word(last + 1)) ? 1 : 2
    } else if (toks[i - 1]?.data.kind === 'currency') unit = word(i - 1)
    const before = text.slice(Math.max(start, toks[i]!.start - 80), toks[i]!.start)
    const approximate = HEDGES.test(before.slice(-24))
    const target = CHANGE_TO.test(before)
    // "Paul Grenier, 41, who lives …": an age, not a count
    if (word(i - 1) === ',' && toks[i - 2]?.data.pos === 'PROPN' && word(last + 1) === ',') continue

    let subject = ''
    let casualty = false
    // the casualty word nearest the number decides ("Twelve people were killed and three are missing")
    let nearest = Infinity
    if (unit === '') {
      for (let k = Math.max(0, i - CASUALTY_WINDOW); k <= Math.min(toks.length - 1, last + CASUALTY_WINDOW); k++) {
        const category = CASUALTY_WORDS[word(k).toLowerCase()]
        const distance = k < i ? i - k + 0.5 : k - last
        if (category && distance < nearest) {
          nearest = distance
          subject = category
          casualty = true
        }
      }
    }
    const nounsBefore: string[] = []
    for (let k = i - 1; k >= Math.max(0, i - NOUN_WINDOW_BEFORE); k--) {
      if (toks[k]!.data.pos === 'NOUN') nounsBefore.push(stem(word(k).toLowerCase()))
    }
    let subjectAfter = false
    if (!casualty) {
      for (let k = last + 1; k <= last + NOUN_WINDOW_AFTER && k < toks.length; k++) {
        if (toks[k]!.data.pos === 'NOUN') {
          subject = stem(word(k).toLowerCase())
          subjectAfter = true
          break
        }
      }
      if (!subject) subject = nounsBefore[0] ?? ''
    }
    out.push({ value, unit, subject, casualty, approximate, target, nounsBefore, subjectAfter, span: [toks[i - (unit && unit !== '%' && toks[i - 1]?.data.kind === 'currency' ? 1 : 0)]!.start, toks[last]!.end] })
    i = last
  }
  return out
}
