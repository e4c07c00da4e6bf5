// Reported speech: "X said (that) …", "X argued …", "…, X said", "…, according to X", "X called it “…”",
// relays ("The Times reported that Trump told …", "Interfax quoted Doval as saying that …"); a report with
// quoted fragments is a mixed quote.
import type { Span } from '../../core/span.js'
import { isComma, isDeterminer, isPossessiveMark, isQuoteChar, nounPhraseStartingAt, subjectAfter, subjectBefore, verbAfter, type Tok, type TokRange } from '../clauses.js'
import { CUE_CHANNEL, cueVerb } from '../cue-lexicon.js'
import { isCueToken, relayObject } from './cue-clause.js'
import type { DirectResult } from './direct-quotes.js'
import type { FoundQuote } from './found-quote.js'
import { rangeSpan, type QuoteContext } from './quote-context.js'
import { resolveSpeaker, resolveVia, type Speaker, type Via } from './quote-speaker.js'

/** Fewer words than this are no report of speech ("said so"). */
const MIN_CONTENT_WORDS = 3
/** How far an addressee and its modifiers may run before "that" ("told European leaders during a call on Wednesday that"). */
const MAX_ADDRESSEE_TOKENS = 12
/** How far the verb of a reported clause may stand from its start, insertions included ("argued Britain or France, the two European nuclear powers, should"). */
const MAX_SUBJECT_TO_VERB = 16
// Words after a comma that open the reporter's own context, not the speaker's words: ", as the US threatens …"
const CONTEXT_OPENERS = new Set(['as', 'amid', 'while', 'whereas', 'however', 'according', 'citing', 'adding', 'saying', 'noting', 'which', 'where'])
const SUBORDINATORS = /^(?:after|before|when|whenever|since|if|although|though|while|because|once|until|unless)$/
const TIME_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|week|month|year|weekend|morning|afternoon|evening|night|earlier|later|recently|previously|again|also|repeatedly|publicly|privately|separately|last|this|next|on|late|early)$/

interface Clause {
  content: Span
  /** For a report around its cue, the parts before and after it. */
  parts?: Span[]
  speaker: Speaker
  via: Via | null
  cue: { text: string; span: Span }
  rule: string
  /** Cue tokens used, as "sentence:index". */
  cues: string[]
}

export function findIndirectQuotes(ctx: QuoteContext, direct: DirectResult, taken: readonly Span[] = []): FoundQuote[] {
  const claimed: Span[] = [...direct.statements.map((q) => q.outer), ...taken]
  const used = new Set(direct.usedCues)
  const isClaimed = (position: number) => claimed.some((s) => s[0] <= position && position < s[1])
  const out: FoundQuote[] = []

  ctx.toks.forEach((toks, sentence) => {
    for (let v = 0; v < toks.length; v++) {
      const t = toks[v]!
      if (used.has(`${sentence}:${v}`) || isClaimed(t.start)) continue
      let clause: Clause | null = null
      if (t.lower === 'according' && toks[v + 1]?.lower === 'to') clause = accordingTo(ctx, sentence, v)
      else if (isCueToken(t, ['naming'])) clause = naming(ctx, sentence, v)
      else if (isCueToken(t)) clause = contentAfter(ctx, sentence, v, 0) ?? contentBefore(ctx, sentence, v)
      if (!clause) continue
      if (words(ctx.text.slice(clause.content[0], clause.content[1])) < MIN_CONTENT_WORDS && !clause.rule.startsWith('naming')) continue
      for (const key of clause.cues) used.add(key)
      claimed.push(clause.content)
      const mixed = ctx.quoted.some((q) => q.outer[0] >= clause!.content[0] && q.outer[1] <= clause!.content[1])
      const quote: FoundQuote = { kind: mixed || clause.rule.startsWith('naming') ? 'mixed' : 'indirect', span: clause.content, speaker: clause.speaker, cue: clause.cue, via: clause.via, rule: clause.rule }
      if (clause.parts) quote.parts = clause.parts
      out.push(quote)
    }
  })
  return out
}

const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0

function cueSpan(ctx: QuoteContext, toks: readonly Tok[], first: number, last: number) {
  const span = rangeSpan(toks, first, last)
  return { text: ctx.text.slice(span[0], span[1]), span }
}

/** Skips time words, adverbs and a channel after the cue ("said on Wednesday in a statement"); returns the next index. */
function skipAdjuncts(ctx: QuoteContext, toks: readonly Tok[], i: number): number {
  for (;;) {
    const t = toks[i]
    if (!t) return i
    if (TIME_WORDS.test(t.lower) || (t.pos === 'ADV' && t.lower !== 'that') || (t.pos === 'PROPN' && TIME_WORDS.test(toks[i - 1]?.lower ?? ''))) {
      i++
      continue
    }
    const channel = CUE_CHANNEL.exec(ctx.text.slice(t.start, t.start + 60))
    if (channel && (t.pos === 'ADP')) {
      const end = t.start + channel[0].length
      while (toks[i] && toks[i]!.end <= end) i++
      continue
    }
    return i
  }
}

/**
 * True when a clause starts at token i: a noun phrase and, soon after, its verb — right after the phrase, or
 * a finite verb before any comma or relative word ("Obama’s new actions to more tightly regulate gun sales aren’t").
 */
function startsClause(toks: readonly Tok[], i: number): boolean {
  const first = toks[i]
  if (!first) return false
  // "if elected president he could …", "legalizing it could …": a subordinate clause or a gerund, then the verb
  if (/^(?:if|when|while|although|though|because|once|unless|after|before|despite|given)$/.test(first.lower) || (first.pos === 'VERB' && /ing$/.test(first.lower))) {
    for (let k = i + 1; k < toks.length && k - i <= MAX_SUBJECT_TO_VERB; k++) {
      if (toks[k]!.text === '.' || toks[k]!.text === ';' || isQuoteChar(toks[k])) return false
      if (toks[k]!.pos === 'AUX' && !/^(?:be|been|being|to)$/.test(toks[k]!.lower)) return true
    }
    return false
  }
  const np = nounPhraseStartingAt(toks, i, { allowPP: true })
  if (!np) return false
  const verb = verbAfter(toks, np[1])
  if (verb >= 0) return verb - i <= MAX_SUBJECT_TO_VERB
  for (let k = np[1] + 1; k < toks.length && k - i <= MAX_SUBJECT_TO_VERB; k++) {
    const t = toks[k]!
    if (isComma(t) || t.pos === 'SCONJ' || /^(?:that|which|who|whom|whose|once|if|when|until|:|;|\.)$/.test(t.lower)) return false
    if (isFiniteVerb(toks, k)) return true
  }
  return false
}

/** An auxiliary, or a verb in a past or third-person form not governed by "to". */
function isFiniteVerb(toks: readonly Tok[], k: number): boolean {
  const t = toks[k]!
  if (t.pos === 'AUX') return t.lower !== 'to' && !/^(?:be|been|being|have|having)$/.test(t.lower)
  if (t.pos !== 'VERB') return false
  let j = k - 1
  while (j >= 0 && toks[j]!.pos === 'ADV') j--
  if (toks[j]?.lower === 'to') return false
  // "New Delhi’s continued imports": a participle inside a noun phrase
  if (isPossessiveMark(toks[k - 1]) || isDeterminer(toks[k - 1])) return false
  return /(?:ed|s)$/.test(t.lower) && !/ss$/.test(t.lower)
}

/**
 * The end of reported content starting at token i: the sentence's end, or a comma opening the reporter's
 * context. When the cue stands in a fronted subordinate clause ("After Obama announced that …, U.S. forces
 * bombed …"), the content ends where the main clause starts.
 */
function contentEnd(ctx: QuoteContext, toks: readonly Tok[], i: number, subordinate = false): number {
  let end = toks.length - 1
  for (let k = i + 1; k < toks.length; k++) {
    const t = toks[k]!
    if (subordinate && isComma(t) && startsClause(toks, k + 1)) {
      end = k - 1
      break
    }
    if (isComma(t) && CONTEXT_OPENERS.has(toks[k + 1]?.lower ?? '') && toks[k + 1]?.lower !== 'which') {
      end = k - 1
      break
    }
    // "he respects Clinton and calls her “…”": a second cue verb starts a report of its own
    if ((t.lower === 'and' || t.lower === 'but') && isCueToken(toks[k + 1], ['speech', 'naming'])) {
      end = isComma(toks[k - 1]) ? k - 2 : k - 1
      break
    }
    if (t.text === ':' && isQuoteChar(toks[k + 1])) {
      end = k - 1
      break
    }
    if (t.text === ';') {
      end = k - 1
      break
    }
  }
  // a closing period is not content, unless a quote mark closes after it (“useful and constructive.”)
  while (end > i && /^[.!?,;:—–-]$/.test(toks[end]!.text)) end--
  return end
}

/** "X said (that) CONTENT", "X told Y that CONTENT", "X quoted Y as saying (that) CONTENT", "X reported that Y told …". */
function contentAfter(ctx: QuoteContext, sentence: number, v: number, depth: number): Clause | null {
  const toks = ctx.toks[sentence]!
  const verb = cueVerb(toks[v]!.text)!
  // "Having said that, …", "That said, …": no report
  if (/^(?:having|that)$/.test(toks[v - 1]?.lower ?? '') && isComma(toks[v + 1])) return null
  const relay = relayObject(toks, v)
  const subject = participleSubject(toks, v) ?? subjectBefore(toks, v)
  if (!subject && !relay) return null
  let i = relay ? relay.saying + 1 : v + 1
  i = skipAdjuncts(ctx, toks, i)
  if (verb.addressee && !relay) {
    // "told European leaders during a call on Wednesday that …": the addressee, then "that"
    let j = i
    while (j < toks.length && j - i < MAX_ADDRESSEE_TOKENS && toks[j]!.lower !== 'that' && toks[j]!.pos !== 'VERB' && !isQuoteChar(toks[j]) && toks[j]!.text !== '.') j++
    if (toks[j]?.lower === 'that' && j > i) i = j
    else {
      // "told the crowd she will …": the addressee, then a clause without "that"
      const addressee = nounPhraseStartingAt(toks, i)
      if (!addressee) return null
      const next = skipAdjuncts(ctx, toks, addressee[1] + 1)
      if (!startsClause(toks, next)) return null
      i = next
    }
  }
  let hasThat = false
  if (toks[i]?.lower === 'that' && toks[i]!.pos !== 'DET') {
    hasThat = true
    i++
  } else if (toks[i]?.lower === 'that' && startsClause(toks, i + 1)) {
    hasThat = true
    i++
  }
  if (!toks[i] || isQuoteChar(toks[i]) && ctx.quoted.some((q) => q.outer[0] === toks[i]!.start && q.outer[1] >= toks[toks.length - 1]!.start)) return null
  // "asked whether he would …", "asked how ties would fare"
  const question = verb.lemma === 'ask' && /^(?:whether|if|how|what|why|when|who|where|which)$/.test(toks[i]!.lower)
  if (!hasThat && !question && !startsClause(toks, i) && !(isQuoteChar(toks[i]) && startsClause(toks, i + 1))) return null
  const opener = relay ? v : (subject?.[0] ?? v)
  const subordinate = toks.slice(0, opener).some((t, k) => SUBORDINATORS.test(t.lower) && !toks.slice(k, opener).some(isComma))
  const end = contentEnd(ctx, toks, i, subordinate)
  if (end < i) return null
  const content = rangeSpan(toks, i, end)
  const cues = [`${sentence}:${v}`, ...(relay ? [`${sentence}:${relay.saying}`] : [])]
  const cue = cueSpan(ctx, toks, v, relay ? relay.saying : v)

  // a relay of a report: "The New York Times reported that Trump told European leaders … that …"
  if (verb.cueClass === 'relay' && !relay && depth === 0 && subject) {
    for (let w = i + 1; w <= end && w <= i + MAX_SUBJECT_TO_VERB; w++) {
      if (!isCueToken(toks[w]) || cueVerb(toks[w]!.text)!.cueClass !== 'speech') continue
      const inner = subjectBefore(toks, w)
      if (!inner || inner[0] !== i) continue
      const nested = contentAfter(ctx, sentence, w, depth + 1)
      if (nested) return { ...nested, via: resolveVia(ctx, sentence, subject[0], subject[1]), cues: [...cues, ...nested.cues], rule: 'indirect-relayed-report' }
    }
  }
  if (relay) {
    return { content, speaker: resolveSpeaker(ctx, sentence, relay.object[0], relay.object[1]), via: subject ? resolveVia(ctx, sentence, subject[0], subject[1]) : null, cue, cues, rule: 'indirect-quoted-as-saying' }
  }
  return { content, speaker: resolveSpeaker(ctx, sentence, subject![0], subject![1]), via: null, cue, cues, rule: hasThat ? 'indirect-that' : 'indirect-after' }
}

/** ", saying …", ", adding that …": the subject of a participle is the main clause's subject. */
function participleSubject(toks: readonly Tok[], v: number): TokRange | null {
  if (!/ing$/.test(toks[v]!.lower) || !isComma(toks[v - 1])) return null
  for (let k = v - 2; k >= 0; k--) {
    if (toks[k]!.pos === 'VERB' || (toks[k]!.pos === 'AUX' && toks[k + 1]?.pos !== 'VERB')) {
      let verb = k
      while (verb > 0 && toks[verb - 1]!.pos === 'AUX') verb--
      return subjectBefore(toks, verb)
    }
  }
  return null
}

/** "CONTENT, X said (on Thursday)", "CONTENT,” says a Kremlin aide after …". */
function contentBefore(ctx: QuoteContext, sentence: number, v: number): Clause | null {
  const toks = ctx.toks[sentence]!
  let subject: TokRange | null = null
  let comma: number
  // a participle ("…, citing threats") reports no speech of its own here
  if (/ing$/.test(toks[v]!.lower)) return null
  const before = isQuoteChar(toks[v - 1]) ? v - 2 : v - 1
  // "…, told reporters" has no inverted subject: what follows "told" is the addressee
  if (isComma(toks[before]) && !cueVerb(toks[v]!.text)!.addressee && (subject = subjectAfter(toks, v)) && verbAfter(toks, subject[1]) < 0) {
    comma = before
  } else {
    subject = subjectBefore(toks, v)
    if (!subject) return null
    const at = isQuoteChar(toks[subject[0] - 1]) ? subject[0] - 2 : subject[0] - 1
    if (!isComma(toks[at])) return null
    comma = at
  }
  // after the cue only adjuncts may follow: "said on Thursday, in what …", "says a Kremlin aide after …"
  const after = skipAdjuncts(ctx, toks, Math.max(v, subject[1]) + 1)
  if (toks[after] && toks[after]!.lower === 'that') return null
  let first = 0
  while (first < comma && (isQuoteChar(toks[first]) && !ctx.quoted.some((q) => q.outer[0] === toks[first]!.start) || /^(?:but|and|so|yet)$/i.test(toks[first]!.text))) first++
  // the content keeps a closing quote mark that follows its comma: in “coming days,”
  let last = comma - 1
  if (isQuoteChar(toks[comma + 1]) && comma + 1 < v) last = comma + 1
  if (last <= first) return null
  if (!toks.slice(first, comma).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return null
  // the whole content in quote marks is a direct quote, not a report
  if (isQuoteChar(toks[first]) && ctx.quoted.some((q) => q.outer[0] === toks[first]!.start && q.outer[1] >= toks[last]!.end)) return null
  // "Unless countries act, experts say, the world will …": a cue inside the sentence; the report runs on after it
  if (SUBORDINATORS.test(toks[first]!.lower) && isComma(toks[after]) && toks[after + 1] && !CONTEXT_OPENERS.has(toks[after + 1]!.lower)) {
    const end = contentEnd(ctx, toks, after + 1)
    if (end > after + 1) {
      const parts = [rangeSpan(toks, first, last), rangeSpan(toks, after + 1, end)]
      return { content: [parts[0]![0], parts[1]![1]], parts, speaker: resolveSpeaker(ctx, sentence, subject[0], subject[1]), via: null, cue: cueSpan(ctx, toks, v, v), cues: [`${sentence}:${v}`], rule: 'indirect-around-cue' }
    }
  }
  return {
    content: rangeSpan(toks, first, last),
    speaker: resolveSpeaker(ctx, sentence, subject[0], subject[1]),
    via: null,
    cue: cueSpan(ctx, toks, v, v),
    cues: [`${sentence}:${v}`],
    rule: 'indirect-before-cue',
  }
}

/** "X called the attacks “disgusting”", "X described it as having achieved “great progress”": the quoted words. */
function naming(ctx: QuoteContext, sentence: number, v: number): Clause | null {
  const toks = ctx.toks[sentence]!
  if (/^(?:for|on|off|up|in|out)$/.test(toks[v + 1]?.lower ?? '')) return null // "called for", "called on"
  const subject = subjectBefore(toks, v)
  if (!subject) return null
  const limit = toks[Math.min(toks.length - 1, v + 10)]!.end
  const fragment = ctx.quoted.find((q) => q.outer[0] > toks[v]!.end && q.outer[0] < limit)
  if (!fragment) return null
  // nothing but the object and "as …" between the verb and the quoted words
  const between = toks.filter((t) => t.start > toks[v]!.end && t.end <= fragment.outer[0])
  if (between.length > 8 || between.some((t) => isComma(t) || t.text === '.' || t.text === ';' || isCueToken(t))) return null
  return {
    content: fragment.outer,
    speaker: resolveSpeaker(ctx, sentence, subject[0], subject[1]),
    via: null,
    cue: cueSpan(ctx, toks, v, v),
    cues: [`${sentence}:${v}`],
    rule: 'naming-fragment',
  }
}

/** "According to X, CONTENT." and "CONTENT, according to X." */
function accordingTo(ctx: QuoteContext, sentence: number, v: number): Clause | null {
  const toks = ctx.toks[sentence]!
  const np = nounPhraseStartingAt(toks, v + 2)
  if (!np) return null
  const speaker = resolveSpeaker(ctx, sentence, np[0], np[1])
  const cue = cueSpan(ctx, toks, v, v + 1)
  const cues = [`${sentence}:${v}`]
  if (v === 0 && isComma(toks[np[1] + 1])) {
    const end = contentEnd(ctx, toks, np[1] + 2)
    if (end <= np[1] + 2) return null
    return { content: rangeSpan(toks, np[1] + 2, end), speaker, via: null, cue, cues, rule: 'indirect-according-to' }
  }
  if (isComma(toks[v - 1]) && v > 2) {
    let first = 0
    while (first < v && /^(?:but|and|so|yet)$/i.test(toks[first]!.text)) first++
    if (!toks.slice(first, v - 1).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return null
    return { content: rangeSpan(toks, first, v - 2), speaker, via: null, cue, cues, rule: 'indirect-according-to' }
  }
  return null
}
