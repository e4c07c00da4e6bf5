// Who a speaker phrase names: an entity through the coreference and entities layers ("he", "the US
// president", "Ushakov"), or, for an unnamed speaker, its description ("a White House official").
import type { Span } from '../../core/span.js'
import { isDeterminer, type Tok } from '../clauses.js'
import { roleNoun } from '../coref/role-lexicon.js'
import type { QuoteContext } from './quote-context.js'

export interface Speaker {
  /** Canonical name of the entity, or the description of an unnamed speaker. */
  name: string
  /** Id of the entity annotation, or null for an unnamed or unresolved speaker. */
  entity: string | null
  /** The speaker phrase as written where the quote is attributed. */
  span: Span
  /** For a group or a person known only by affiliation ("Alfa Bank analysts"), the organisation or place. */
  affiliation?: { name: string; entity: string }
}

export interface Via {
  name: string
  entity: string | null
  span: Span
}

// Words after an organisation's name that still name the organisation ("Interfax news agency").
const ORG_KIND = /^(?:news|agency|newspaper|paper|daily|broadcaster|channel|network|outlet|website|magazine|group|company|firm|bank|ministry|office|government|administration|department|campaign|team|service|spokesperson|spokesman|spokeswoman)$/i

const withoutDeterminer = (ctx: QuoteContext, toks: readonly Tok[], first: number, last: number) => {
  let from = first
  while (from < last && (isDeterminer(toks[from]) || /^(?:but|and|so|yet)$/i.test(toks[from]!.text))) from++
  return ctx.text.slice(toks[from]!.start, toks[last]!.end)
}

/** The speaker a noun phrase [first, last] of a sentence refers to. */
export function resolveSpeaker(ctx: QuoteContext, sentence: number, first: number, last: number): Speaker {
  const toks = ctx.toks[sentence]!
  while (first < last && /^(?:but|and|so|yet|then)$/i.test(toks[first]!.text)) first++
  const span: Span = [toks[first]!.start, toks[last]!.end]
  const inside = <T extends { start: number; end: number }>(list: readonly T[]) => list.filter((r) => r.start >= span[0] && r.end <= span[1])
  const headEnd = toks[last]!.end

  // the head of the phrase is a coreference mention: a name, an honorific form, a role phrase or a pronoun
  const records = inside(ctx.coref).sort((a, b) => b.end - a.end)
  const head = records.find((r) => r.end === headEnd)
  if (head) {
    if (head.data.entity) {
      const entity = ctx.entityById.get(head.data.entity)
      if (entity) return { name: entity.data.name, entity: entity.id, span }
    }
    if (head.data.kind === 'role') return { name: head.data.description ?? withoutDeterminer(ctx, toks, first, last), entity: null, span }
    return { name: ctx.text.slice(head.start, head.end), entity: null, span }
  }

  // an entity whose name ends the phrase, or is followed only by words naming its kind ("Interfax news agency")
  const mentions = ctx.entities.flatMap((e) => e.data.mentions.filter((m) => m.span[0] >= span[0] && m.span[1] <= span[1]).map((m) => ({ entity: e, span: m.span })))
  mentions.sort((a, b) => b.span[1] - a.span[1])
  for (const m of mentions) {
    const rest = toks.filter((t) => t.start >= m.span[1] && t.end <= span[1])
    const restIsKind = rest.every((t) => ORG_KIND.test(t.text) && !roleNoun(t.text)?.plural)
    if (m.span[1] === headEnd || (m.entity.data.type === 'ORG' && restIsKind)) return { name: m.entity.data.name, entity: m.entity.id, span }
  }
  // "Alfa Bank analysts", "India’s external affairs ministry": unnamed, with the organisation or place they belong to
  const description = withoutDeterminer(ctx, toks, first, last)
  const owner = mentions.find((m) => ['ORG', 'GPE', 'NORP'].includes(m.entity.data.type))
  if (owner) return { name: description, entity: null, span, affiliation: { name: owner.entity.data.name, entity: owner.entity.id } }
  return { name: description, entity: null, span }
}

/** The intermediary a relay names ("Interfax news agency quoted him …"). */
export function resolveVia(ctx: QuoteContext, sentence: number, first: number, last: number): Via {
  const speaker = resolveSpeaker(ctx, sentence, first, last)
  if (speaker.entity === null && speaker.affiliation) return { name: speaker.affiliation.name, entity: speaker.affiliation.entity, span: speaker.span }
  return { name: speaker.name, entity: speaker.entity, span: speaker.span }
}
