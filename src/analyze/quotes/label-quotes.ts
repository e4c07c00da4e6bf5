// Speaker labels: a paragraph that opens with a short name and a colon ("PENCE: Well, look …" in a
// transcript, "Sanders: Clinton email story has moved" in a headline) gives that speaker's words.
import { isDeterminer, isPossessiveMark, isQuoteChar } from '../clauses.js'
import type { FoundQuote } from './found-quote.js'
import { rangeSpan, type QuoteContext } from './quote-context.js'
import { resolveSpeaker } from './quote-speaker.js'

/** A label is at most this many tokens before its colon. */
const MAX_LABEL_TOKENS = 5
/** Labels that head a section rather than name a speaker. */
const NOT_SPEAKERS = /^(?:update|updated|analysis|related|note|editor|watch|read|opinion|exclusive|breaking|photos?|video|live|correction|source|sources|credit|advertisement|see|q|a|question|answer|warning|caption|pictured|tags?|topics?|image|listen|subscribe)$/i

export function findLabelQuotes(ctx: QuoteContext): FoundQuote[] {
  const out: FoundQuote[] = []
  let previousParagraph = -1
  ctx.sentences.forEach((sentence, index) => {
    const paragraph = sentence.data.paragraph
    if (paragraph === previousParagraph) return
    previousParagraph = paragraph
    const toks = ctx.toks[index] ?? []
    const colon = toks.findIndex((t) => t.text === ':')
    if (colon < 1 || colon > MAX_LABEL_TOKENS) return
    const label = toks.slice(0, colon)
    if (!/^\p{Lu}/u.test(label[0]!.text) || NOT_SPEAKERS.test(label[0]!.text) || NOT_SPEAKERS.test(label[label.length - 1]!.text)) return
    if (!label.every((t) => t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || isDeterminer(t) || isPossessiveMark(t) || /^\p{Lu}/u.test(t.text))) return
    // "6:01 p.m.": a time, not a label
    if (label.some((t) => /^\d/.test(t.text))) return
    // a headline label names someone ("Sanders: …"); a transcript's is in capitals ("PENCE: …")
    const transcriptLabel = label.every((t) => t.text === t.text.toUpperCase())
    const named = ctx.entities.some((e) => ['PERSON', 'ORG'].includes(e.data.type) && e.data.mentions.some((m) => m.span[0] >= label[0]!.start && m.span[1] <= label[label.length - 1]!.end))
    if (!transcriptLabel && !named) return
    // the rest of the paragraph is the content
    let last = index
    while (ctx.sentences[last + 1]?.data.paragraph === paragraph) last++
    const start = toks[colon + 1]
    const end = ctx.sentences[last]!.end
    if (!start || start.start >= end) return
    const content: [number, number] = [start.start, end]
    const text = ctx.text.slice(content[0], content[1])
    if ((text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < 3) return
    // quote marks around the whole content are not part of it
    const inner = isQuoteChar(start) && ctx.quoted.some((q) => q.outer[0] === start.start && q.outer[1] >= end - 1) ? ctx.quoted.find((q) => q.outer[0] === start.start)!.inner : content
    const transcript = transcriptLabel
    const fragments = ctx.quoted.some((q) => q.outer[0] >= inner[0] && q.outer[1] <= inner[1])
    const cue = rangeSpan(toks, colon, colon)
    out.push({
      kind: transcript || inner !== content ? 'direct' : fragments ? 'mixed' : 'indirect',
      span: inner,
      speaker: resolveSpeaker(ctx, index, 0, colon - 1),
      cue: { text: ':', span: cue },
      via: null,
      rule: transcript ? 'label-transcript' : 'label-headline',
    })
  })
  return out
}
