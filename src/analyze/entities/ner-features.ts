// Turns a document's words into the feature strings of each token; the words alone, no POS or chunk tags.

import { matchGazetteers } from './gazetteers/gazetteer-index.js'

/** Bumped whenever a feature template changes, so that an old model is refused rather than misread. */
export const FEATURE_VERSION = 1

const UPPER = /\p{Lu}/u
const LOWER = /\p{Ll}/u
const DIGIT = /\d/
const NON_ASCII = /[^\x00-\x7f]/

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

/**
 * News text has curly quotes and real dashes where CoNLL's Reuters copy has ASCII (`'s`, `"`,
 * `--`); folding them keeps such tokens on the features the model was trained with.
 */
export function normaliseWord(word: string): string {
  if (!NON_ASCII.test(word)) return word
  if (word === '\u2014' || word === '\u2015') return '--'
  return word.replace(/[\u2018\u2019\u201B\u2032]/g, "'").replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"').replace(/[\u2010-\u2015\u2212]/g, '-')
}

function tokenInfo(raw: string): TokenInfo {
  const word = normaliseWord(raw)
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

/**
 * Called once per feature of a token. A feature is a template (`w`, `w-1`, `gz`) and a value;
 * its key in the model is `template=value`. Keeping the two apart lets the tagger look values
 * up per template, so that a word's string, hashed once, serves as `w`, `w-1` and `w+1`.
 */
export type FeatureVisitor = (sentence: number, token: number, template: string, value: string) => void

/** The key a feature has in the model. */
export function featureKey(template: string, value: string): string {
  return template + '=' + value
}

/** Visits every feature of every token of every sentence of one document. */
export function visitDocumentFeatures(sentences: readonly (readonly string[])[], visit: FeatureVisitor): void {
  const infos = sentences.map((words) => words.map(tokenInfo))
  const doc = documentInfo(infos)
  infos.forEach((sentence, s) => visitSentenceFeatures(sentence, doc, s, visit))
}

/** The feature keys of every token of every sentence of one document (for training and tests). */
export function documentFeatures(sentences: readonly (readonly string[])[]): string[][][] {
  const out: string[][][] = sentences.map((words) => words.map(() => []))
  visitDocumentFeatures(sentences, (s, i, template, value) => out[s]![i]!.push(featureKey(template, value)))
  return out
}

const PREFIX_TEMPLATES = ['p1', 'p2', 'p3', 'p4'] as const
const SUFFIX_TEMPLATES = ['s1', 's2', 's3', 's4'] as const

function visitSentenceFeatures(infos: readonly TokenInfo[], doc: DocumentInfo, s: number, visit: FeatureVisitor): void {
  const words = infos.map((info) => info.word)
  const lowers = infos.map((info) => info.lower)
  const gazetteer = matchGazetteers(words, lowers)
  const lists = gazetteer.map((labels) => labels.map((label) => label.slice(0, label.indexOf(':'))))
  const headline = isHeadline(infos)
  const at = (i: number): TokenInfo => (i < 0 ? PAD_BEFORE : i >= infos.length ? PAD_AFTER : (infos[i] as TokenInfo))
  // one emitter per sentence, not per token: closures are cheap but not free at 100k tokens/s
  let i = 0
  const f = (template: string, value: string): void => visit(s, i, template, value)

  for (i = 0; i < infos.length; i++) {
    const t = at(i)
    const p1 = at(i - 1)
    const p2 = at(i - 2)
    const n1 = at(i + 1)
    const n2 = at(i + 2)
    const w = t.word
    f('b', '')
    f('w', t.lower)
    f('W', w)
    f('sh', t.shape)
    f('ss', t.short)
    f('cap', t.cap)
    f('w-1', p1.lower)
    f('w-2', p2.lower)
    f('w+1', n1.lower)
    f('w+2', n2.lower)
    f('ss-1', p1.short)
    f('ss-2', p2.short)
    f('ss+1', n1.short)
    f('ss+2', n2.short)
    f('s3-1', p1.lower.slice(-3))
    f('s3+1', n1.lower.slice(-3))
    f('w-1w', p1.lower + '|' + t.lower)
    f('ww+1', t.lower + '|' + n1.lower)
    f('ss3', p1.short + '|' + t.short + '|' + n1.short)
    f('cap3', p1.cap + '|' + t.cap + '|' + n1.cap)
    const len = t.lower.length
    for (let k = 1; k <= 4 && k <= len; k++) {
      f(PREFIX_TEMPLATES[k - 1] as string, t.lower.slice(0, k))
      f(SUFFIX_TEMPLATES[k - 1] as string, t.lower.slice(len - k))
    }
    if (i === 0) f('start|cap', t.cap)
    if (headline) f('head|cap', t.cap)
    if (w.includes('-')) f('hyph', '')
    if (w.includes("'")) f('apos', '')
    if (DIGIT.test(w)) f('digit', '')
    if (w.length === 1) f('len1', '')
    if (t.cap !== 'lower' && t.cap !== 'none') {
      if (doc.seenLower.has(t.lower)) f('doc:lower', '')
      if (doc.seenCapitalisedInside.has(t.lower)) f('doc:capin', '')
    }
    for (const label of gazetteer[i] ?? []) f('gz', label)
    for (const list of lists[i - 1] ?? []) f('gz-1', list)
    for (const list of lists[i + 1] ?? []) f('gz+1', list)
  }
}
