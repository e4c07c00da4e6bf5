// Turns a document's words into the feature strings of each token; the words alone, no POS or chunk tags.

import { matchGazetteers } from './gazetteers/gazetteer-index.js'

/** Bumped whenever a feature template changes, so that an old model is refused rather than misread. */
export const FEATURE_VERSION = 1

const UPPER = /\p{Lu}/u
const LOWER = /\p{Ll}/u
const DIGIT = /\d/

/** `Xxxx`, `XX`, `dd-dd`: each character's class, runs longer than four cut to four. */
export function wordShape(word: string): string {
  let shape = ''
  let last = ''
  let run = 0
  for (const char of word) {
    const cls = UPPER.test(char) ? 'X' : LOWER.test(char) ? 'x' : DIGIT.test(char) ? 'd' : char
    run = cls === last ? run + 1 : 1
    last = cls
    if (run <= 4) shape += cls
  }
  return shape
}

/** The shape with every run collapsed to one character: `Xx`, `X`, `d-d`. */
export function shortShape(shape: string): string {
  let out = ''
  for (const char of shape) if (out[out.length - 1] !== char) out += char
  return out
}

/** How a word is capitalised: `init`, `caps`, `lower`, `mixed` (iPhone, McDonald) or `none`. */
export function capitalisation(word: string): string {
  const hasUpper = UPPER.test(word)
  const hasLower = LOWER.test(word)
  if (!hasUpper && !hasLower) return 'none'
  if (!hasUpper) return 'lower'
  if (!hasLower) return 'caps'
  const first = word[0] ?? ''
  if (UPPER.test(first) && !UPPER.test(word.slice(1))) return 'init'
  return 'mixed'
}

interface TokenInfo {
  word: string
  lower: string
  shape: string
  short: string
  cap: string
}

function tokenInfo(word: string): TokenInfo {
  const shape = wordShape(word)
  return { word, lower: word.toLowerCase(), shape, short: shortShape(shape), cap: capitalisation(word) }
}

const PAD_BEFORE: TokenInfo = { word: '<s>', lower: '<s>', shape: '<s>', short: '<s>', cap: 'pad' }
const PAD_AFTER: TokenInfo = { word: '</s>', lower: '</s>', shape: '</s>', short: '</s>', cap: 'pad' }

/**
 * Facts about a whole document that help tag one token: whether a capitalised word also
 * appears in lower case (then it is probably a common word capitalised by position), and
 * whether it appears capitalised in the middle of a sentence (then it is probably a name).
 */
interface DocumentInfo {
  seenLower: Set<string>
  seenCapitalisedInside: Set<string>
}

function isHeadline(infos: readonly TokenInfo[]): boolean {
  let letters = 0
  for (const info of infos) {
    if (info.cap === 'lower' || info.cap === 'init' || info.cap === 'mixed') return false
    if (info.cap === 'caps') letters++
  }
  return letters > 0
}

function documentInfo(sentences: readonly (readonly TokenInfo[])[]): DocumentInfo {
  const seenLower = new Set<string>()
  const seenCapitalisedInside = new Set<string>()
  for (const infos of sentences) {
    const headline = isHeadline(infos)
    for (let i = 0; i < infos.length; i++) {
      const info = infos[i] as TokenInfo
      if (info.cap === 'lower') seenLower.add(info.lower)
      else if (i > 0 && !headline && info.cap === 'init') seenCapitalisedInside.add(info.lower)
    }
  }
  return { seenLower, seenCapitalisedInside }
}

/** The feature strings of every token of every sentence of one document. */
export function documentFeatures(sentences: readonly (readonly string[])[]): string[][][] {
  const infos = sentences.map((words) => words.map(tokenInfo))
  const doc = documentInfo(infos)
  return infos.map((sentence) => sentenceFeatures(sentence, doc))
}

function sentenceFeatures(infos: readonly TokenInfo[], doc: DocumentInfo): string[][] {
  const words = infos.map((info) => info.word)
  const lowers = infos.map((info) => info.lower)
  const gazetteer = matchGazetteers(words, lowers)
  const headline = isHeadline(infos)
  const at = (i: number): TokenInfo => (i < 0 ? PAD_BEFORE : i >= infos.length ? PAD_AFTER : (infos[i] as TokenInfo))
  const listsAt = (i: number): string[] => (gazetteer[i] ?? []).map((label) => label.slice(0, label.indexOf(':')))

  const out: string[][] = []
  for (let i = 0; i < infos.length; i++) {
    const t = at(i)
    const p1 = at(i - 1)
    const p2 = at(i - 2)
    const n1 = at(i + 1)
    const n2 = at(i + 2)
    const w = t.word
    const f: string[] = [
      'b',
      'w=' + t.lower,
      'W=' + w,
      'sh=' + t.shape,
      'ss=' + t.short,
      'cap=' + t.cap,
      'w-1=' + p1.lower,
      'w-2=' + p2.lower,
      'w+1=' + n1.lower,
      'w+2=' + n2.lower,
      'ss-1=' + p1.short,
      'ss-2=' + p2.short,
      'ss+1=' + n1.short,
      'ss+2=' + n2.short,
      's3-1=' + p1.lower.slice(-3),
      's3+1=' + n1.lower.slice(-3),
      'w-1w=' + p1.lower + '|' + t.lower,
      'ww+1=' + t.lower + '|' + n1.lower,
      'ss3=' + p1.short + '|' + t.short + '|' + n1.short,
      'cap3=' + p1.cap + '|' + t.cap + '|' + n1.cap,
    ]
    const len = w.length
    for (let k = 1; k <= 4 && k <= len; k++) {
      f.push(`p${k}=` + t.lower.slice(0, k))
      f.push(`s${k}=` + t.lower.slice(len - k))
    }
    if (i === 0) f.push('start|cap=' + t.cap)
    if (headline) f.push('head|cap=' + t.cap)
    if (w.includes('-')) f.push('hyph')
    if (w.includes("'")) f.push('apos')
    if (DIGIT.test(w)) f.push('digit')
    if (len === 1) f.push('len1')
    if (t.cap !== 'lower' && t.cap !== 'none') {
      if (doc.seenLower.has(t.lower)) f.push('doc:lower')
      if (doc.seenCapitalisedInside.has(t.lower)) f.push('doc:capin')
    }
    for (const label of gazetteer[i] ?? []) f.push('gz=' + label)
    for (const list of listsAt(i - 1)) f.push('gz-1=' + list)
    for (const list of listsAt(i + 1)) f.push('gz+1=' + list)
    out.push(f)
  }
  return out
}
