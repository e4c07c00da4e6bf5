// Direct quotes: words between quote marks that are a statement of their own (not a scare-quoted phrase),
// attributed by a cue after, before or between their parts, or continuing the previous speaker's quote.
import type { Span } from '../../core/span.js'
import { isQuoteChar } from '../clauses.js'
import type { QuotedSpan } from '../quote-marks.js'
import { attributionAfter, attributionBefore, isCueToken, type Attribution } from './cue-clause.js'
import type { FoundQuote } from './found-quote.js'
import type { QuoteContext } from './quote-context.js'

/** Fewer words than this between the marks make a phrase ("dignified peace"), not a statement. */
const MIN_STATEMENT_WORDS = 3

const words = (text: string) => text.match(/[\p{L}\p{N}]+(?:[’'][\p{L}]+)*/gu)?.length ?? 0

/** True when the quoted words stand as a statement: they open a sentence, or follow a colon or a cue and a comma. */
export function isStatementQuote(ctx: QuoteContext, q: QuotedSpan): boolean {
  const inner = ctx.text.slice(q.inner[0], q.inner[1])
  if (words(inner) < MIN_STATEMENT_WORDS) return false
  const sentence = ctx.sentences[ctx.sentenceOf(q.outer[0])]
  const before = ctx.text.slice(sentence && sentence.start <= q.outer[0] ? sentence.start : q.outer[0], q.outer[0]).trimEnd()
  // at the start of a sentence (or after one the splitter did not end: "… Okafor said. ‘The offer …’")
  if (before === '' || /^[—–-]$/.test(before) || /[.!?]$/.test(before)) return true
  if (/:$/.test(before)) return true
  if (/,$/.test(before)) {
    const toks = ctx.toks[ctx.sentenceOf(q.outer[0])] ?? []
    const comma = toks.findIndex((t) => t.start >= q.outer[0]) - 1
    for (let i = comma - 1; i >= 0 && i >= comma - 8; i--) {
      if (isCueToken(toks[i])) return true
      if (isQuoteChar(toks[i])) break
    }
  }
  return false
}

/** A subhead in quote marks ("‘Peace at last’") has no closing punctuation; a continued quote does. */
const endsLikeSpeech = (text: string) => /[.!?,;:…—–-]['"’”]?$/.test(text.trimEnd())

export interface DirectResult {
  quotes: FoundQuote[]
  /** "sentence:token" keys of cue verbs used by direct quotes. */
  usedCues: Set<string>
  /** Quoted spans that are statements (taken by direct quotes or left unattributed). */
  statements: QuotedSpan[]
}

export function findDirectQuotes(ctx: QuoteContext): DirectResult {
  const statements = ctx.quoted.filter((q) => isStatementQuote(ctx, q))
  const usedCues = new Set<string>()
  const quotes: FoundQuote[] = []
  const consumed = new Set<QuotedSpan>()
  const attributionOf = new Map<QuotedSpan, Attribution | null>()
  const attribute = (q: QuotedSpan) => {
    if (!attributionOf.has(q)) attributionOf.set(q, (q.closed ? attributionAfter(ctx, q.outer[1]) : null) ?? attributionBefore(ctx, q.outer[0]))
    return attributionOf.get(q)!
  }

  statements.forEach((q, index) => {
    if (consumed.has(q)) return
    let found = attribute(q)
    let rule = found?.rule ?? ''
    let parts: Span[] | undefined
    let span: Span = q.inner
    if (found) {
      // a split quote: “We will not,” she said, “accept this.”
      const next = statements[index + 1]
      const cueEnd = ctx.toks[found.sentence]![found.end]!.end
      if (next && /^\s*,\s*$/.test(ctx.text.slice(cueEnd, next.outer[0])) && next.paragraph === q.paragraph) {
        consumed.add(next)
        parts = [q.inner, next.inner]
        span = [q.inner[0], next.inner[1]]
        rule = `${rule}-split`
      }
    } else {
      // a long quote over several paragraphs: the cue comes with a later part
      const next = statements[index + 1]
      if (!q.closed && next && next.paragraph === q.paragraph + 1 && ctx.text.slice(q.outer[1], next.outer[0]).trim() === '') {
        const later = attribute(next)
        if (later) {
          found = { ...later, cueTokens: [] }
          rule = 'direct-continued-before-cue'
        }
      }
    }
    for (const t of found?.cueTokens ?? []) usedCues.add(`${found!.sentence}:${t}`)
    const quote: FoundQuote = { kind: 'direct', span, speaker: found?.speaker ?? null, cue: found?.cue ?? null, via: found?.via ?? null, rule: found ? rule : 'direct-unattributed' }
    if (parts) quote.parts = parts
    quotes.push(quote)
  })
  return { quotes, usedCues, statements }
}

/**
 * Gives an unattributed direct quote the speaker of the quote before it (direct or reported) when it follows
 * that quote in its paragraph or opens the next paragraph: the previous speaker goes on. An unattributed
 * quote that ends without punctuation is a subhead, not speech, and is dropped.
 */
export function attachContinuations(ctx: QuoteContext, sorted: readonly FoundQuote[]): FoundQuote[] {
  const out: FoundQuote[] = []
  let previous: FoundQuote | null = null
  for (const quote of sorted) {
    if (quote.rule === 'direct-unattributed') {
      const text = ctx.text.slice(quote.span[0], quote.span[1])
      if (!endsLikeSpeech(text)) continue
      if (previous && continues(ctx, previous, quote.span)) {
        const continued: FoundQuote = { ...quote, speaker: previous.speaker, via: previous.via, rule: 'direct-continuation' }
        out.push(continued)
        previous = continued
        continue
      }
    }
    out.push(quote)
    if (quote.speaker) previous = quote
  }
  return out
}

function continues(ctx: QuoteContext, previous: FoundQuote, span: Span): boolean {
  const prevSentence = ctx.sentenceOf(previous.span[1] - 1)
  const thisSentence = ctx.sentenceOf(span[0])
  const prevParagraph = ctx.paragraphOf(prevSentence)
  const thisParagraph = ctx.paragraphOf(thisSentence)
  if (thisParagraph === prevParagraph) return thisSentence - prevSentence <= 2
  // the next paragraph must open with the quote mark
  const first = ctx.sentences.findIndex((s) => s.data.paragraph === thisParagraph)
  return thisParagraph === prevParagraph + 1 && ctx.sentences[first]!.start === span[0] - 1
}
