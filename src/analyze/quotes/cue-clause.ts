// The attribution around a quote: the cue ("said", "quoted him as saying", "according to"), the speaker
// phrase and, for a relay, the intermediary. Reads the tokens after a closing quote mark ("…,” Ushakov said)
// or before an opening one (Zelensky posted on X: “…”).
import type { Span } from '../../core/span.js'
import { isComma, isQuoteChar, nounPhraseStartingAt, subjectAfter, subjectBefore, type Tok, type TokRange } from '../clauses.js'
import { CUE_CHANNEL, cueVerb } from '../cue-lexicon.js'
import { rangeSpan, type QuoteContext } from './quote-context.js'
import { resolveSpeaker, resolveVia, type Speaker, type Via } from './quote-speaker.js'

export interface Attribution {
  speaker: Speaker
  cue: { text: string; span: Span }
  via: Via | null
  sentence: number
  /** Token indices of the cue verb(s) in the sentence: they must not start another quote. */
  cueTokens: number[]
  /** Index of the last token of the attribution clause (cue, speaker and channel). */
  end: number
  rule: string
}

/** How far after a closing quote mark the cue verb may stand ("…,” Kremlin aide Yuri Ushakov said"). */
const MAX_SUBJECT_TOKENS = 12

export function isCueToken(t: Tok | undefined, classes: readonly string[] = ['speech', 'relay']): boolean {
  if (!t) return false
  const verb = cueVerb(t.text)
  if (!verb || !classes.includes(verb.cueClass)) return false
  // "the Washington Post", "Said Ahmed": a capitalised word inside a sentence is a name
  if (/^\p{Lu}/u.test(t.text) && t.index > 0) return false
  // "the announced tariffs", "a post": a determiner before the word makes it no verb
  return t.pos === 'VERB' || t.pos === 'AUX' || (t.pos !== 'NOUN' && t.pos !== 'ADJ' && t.pos !== 'DET')
}

/** "quoted him as saying", "cited Ushakov as saying": the object phrase and the index of "saying", or null. */
export function relayObject(toks: readonly Tok[], verb: number): { object: TokRange; saying: number } | null {
  const lemma = cueVerb(toks[verb]!.text)?.lemma
  if (lemma !== 'quote' && lemma !== 'cite') return null
  const object = nounPhraseStartingAt(toks, verb + 1)
  if (!object) return null
  let i = object[1] + 1
  if (toks[i]?.lower !== 'as') return null
  i++
  if (!toks[i] || !/^(?:saying|telling|writing|adding)$/.test(toks[i]!.lower)) return null
  return { object, saying: i }
}

/** Extends a cue over a channel that follows it ("said in a statement", "posted on his blog"). */
function channelEnd(ctx: QuoteContext, toks: readonly Tok[], last: number): number {
  const next = toks[last + 1]
  if (!next) return last
  const match = CUE_CHANNEL.exec(ctx.text.slice(next.start, next.start + 60))
  if (!match) return last
  const end = next.start + match[0].length
  let i = last + 1
  while (toks[i + 1] && toks[i + 1]!.end <= end) i++
  return i
}

function attribution(ctx: QuoteContext, sentence: number, verb: number, subject: TokRange, rule: string, verbLast = verb): Attribution {
  const toks = ctx.toks[sentence]!
  const relay = relayObject(toks, verb)
  if (relay) {
    const end = channelEnd(ctx, toks, relay.saying)
    return {
      speaker: resolveSpeaker(ctx, sentence, relay.object[0], relay.object[1]),
      via: resolveVia(ctx, sentence, subject[0], subject[1]),
      cue: cueOf(ctx, toks, verb, relay.saying),
      sentence,
      cueTokens: [verb, relay.saying],
      end: Math.max(end, subject[1]),
      rule: `${rule}-relay`,
    }
  }
  const cueEnd = channelEnd(ctx, toks, verbLast)
  return {
    speaker: resolveSpeaker(ctx, sentence, subject[0], subject[1]),
    via: null,
    cue: cueOf(ctx, toks, verb, cueEnd),
    sentence,
    cueTokens: [verb],
    end: Math.max(cueEnd, subject[1]),
    rule,
  }
}

function cueOf(ctx: QuoteContext, toks: readonly Tok[], first: number, last: number): { text: string; span: Span } {
  const span = rangeSpan(toks, first, last)
  return { text: ctx.text.slice(span[0], span[1]), span }
}

/** The attribution that follows a closing quote mark at `after` in the same sentence, if any. */
export function attributionAfter(ctx: QuoteContext, after: number): Attribution | null {
  let sentence = ctx.sentenceOf(Math.max(0, after - 1))
  let toks = ctx.toks[sentence] ?? []
  let i = toks.findIndex((t) => t.start >= after)
  if (i < 0 || toks.slice(i).every((t) => t.pos === 'PUNCT')) {
    // the quote ended its sentence for the splitter: "…,” said Ushakov" may be the next one — but a quote
    // closed by a full stop ended its sentence, and the next one is the narrator's
    const next = sentence + 1
    if (!ctx.toks[next] || ctx.paragraphOf(next) !== ctx.paragraphOf(sentence)) return null
    const closing = ctx.text.slice(Math.max(0, after - 3), after)
    const nextToks = ctx.toks[next]!
    if (/[.!?…]['"’”»]+$/.test(closing) && !/^\p{Ll}/u.test(nextToks[0]?.text ?? '')) return null
    sentence = next
    toks = nextToks
    i = 0
    if (isQuoteChar(toks[0])) return null
  }
  while (toks[i] && (isComma(toks[i]) || toks[i]!.text === '—' || toks[i]!.text === '–')) i++
  const first = toks[i]
  if (!first) return null
  // "according to Interfax"
  if (first.lower === 'according' && toks[i + 1]?.lower === 'to') {
    const np = nounPhraseStartingAt(toks, i + 2)
    if (!np) return null
    const cue = cueOf(ctx, toks, i, i + 1)
    return { speaker: resolveSpeaker(ctx, sentence, np[0], np[1]), via: null, cue, sentence, cueTokens: [i, i + 1], end: np[1], rule: 'direct-according-to' }
  }
  // inverted: "said Kremlin aide Yuri Ushakov", "says a Kremlin aide"
  if (isCueToken(first) && !cueVerb(first.text)!.addressee) {
    const subject = subjectAfter(toks, i)
    if (subject) return attribution(ctx, sentence, i, subject, 'direct-inverted')
  }
  // "Ushakov said", "Interfax news agency quoted him as saying", "he posted on his blog"
  for (let v = i + 1; v < toks.length && v <= i + MAX_SUBJECT_TOKENS; v++) {
    if (!isCueToken(toks[v])) continue
    const subject = subjectBefore(toks, v)
    if (subject && subject[0] === i) return attribution(ctx, sentence, v, subject, 'direct-after')
    if (isQuoteChar(toks[v])) break
  }
  return null
}

/** The attribution before an opening quote mark at `at` ("Zelensky posted on X: “…", "she said, “…"). */
export function attributionBefore(ctx: QuoteContext, at: number): Attribution | null {
  let sentence = ctx.sentenceOf(at)
  let toks = ctx.toks[sentence] ?? []
  let end = toks.findIndex((t) => t.start >= at) - 1
  if (end === -2) end = toks.length - 1
  if (end < 0) {
    // the quote opens its sentence: the previous one may end with the cue and a colon ("He added:")
    const previous = sentence - 1
    const prevToks = ctx.toks[previous]
    if (!prevToks || prevToks[prevToks.length - 1]?.text !== ':') return null
    sentence = previous
    toks = prevToks
    end = toks.length - 1
  }
  const mark = toks[end]
  if (!mark || (mark.text !== ':' && !isComma(mark))) return null
  // the cue verb stands at most a channel away from the colon: "said in a statement:"
  for (let v = end - 1; v >= 0 && v >= end - 8; v--) {
    const t = toks[v]!
    if (isQuoteChar(t)) return null
    if (t.lower === 'saying' && toks[v - 1]?.lower === 'as') continue
    if (!isCueToken(t)) {
      if (t.pos === 'VERB') return null
      continue
    }
    // "Interfax quoted Ushakov as saying:"
    const subject = subjectBefore(toks, v)
    const relay = relayObject(toks, v)
    if (relay && subject) return attribution(ctx, sentence, v, subject, 'direct-before')
    if (!subject) {
      const inverted = subjectAfter(toks, v)
      if (inverted && inverted[1] < end) return attribution(ctx, sentence, v, inverted, 'direct-before-inverted')
      return null
    }
    return attribution(ctx, sentence, v, subject, 'direct-before')
  }
  return null
}
