// The `coref` layer: chains within an article linking a full name, its surname, honorific forms ("Mr Okafor"),
// role phrases ("the Russian leader") and pronouns to the entity they refer to. One record per mention;
// a role phrase or pronoun that the article gives no evidence for stays unresolved (entity null).
import type { Annotation } from '../../core/annotation.js'
import { makeAnnotation } from '../../core/annotation.js'
import type { Span } from '../../core/span.js'
import { defineAnalyzer } from '../analyzer.js'
import { sentenceTokens } from '../clauses.js'
import type { EntityData } from '../entities/entities-analyzer.js'
import { findQuotedSpans } from '../quote-marks.js'
import type { SentenceData } from '../sentences/sentences-analyzer.js'
import type { TokenData } from '../tokens/tokens-analyzer.js'
import { entityMentions, pronouns, rolePhrases, type CorefKind } from './coref-mentions.js'
import { resolveMentions } from './coref-resolve.js'

export type { CorefKind } from './coref-mentions.js'

export interface CorefData {
  /** Id of the entity annotation the mention refers to, or null when the article does not say. */
  entity: string | null
  kind: CorefKind
  /** The rule that resolved (or declined to resolve) the mention, e.g. 'role-evidence', 'pronoun-speaker'. */
  rule: string
  /** For a role phrase, the phrase without its determiner ("White House official"). */
  description?: string
  /** For "they" standing for coordinated names ("Russia and India … they"), the entities of the group. */
  members?: string[]
  /** Subject of a speech verb ("he said", "said the minister"). */
  speaker?: boolean
}

declare module '../../core/layers.js' {
  interface LayerMap {
    coref: Annotation<CorefData>[]
  }
}

export function findCoref(
  text: string,
  sentenceLayer: readonly Annotation<SentenceData>[],
  tokenLayer: readonly Annotation<TokenData>[],
  entityLayer: readonly Annotation<EntityData>[],
): Annotation<CorefData>[] {
  const sentences = sentenceTokens(text, tokenLayer, entityLayer.flatMap((e) => e.data.mentions.map((m) => m.span)))
  const paragraphs = paragraphSpans(sentenceLayer)
  const quotes = findQuotedSpans(text, paragraphs).filter((q) => q.depth === 0)
  const quoted = (position: number) => quotes.some((q) => q.inner[0] <= position && position < q.inner[1])
  const sentenceOf = (position: number) => {
    const index = sentenceLayer.findIndex((s) => s.start <= position && position < s.end)
    return index < 0 ? 0 : index
  }
  const paragraphOf = (sentence: number) => sentenceLayer[sentence]?.data.paragraph ?? 0
  // sentences wholly inside a quote are the speaker's, not the narrator's: they do not count as distance
  const narrative: number[] = []
  sentenceLayer.forEach((s, i) => {
    const inside = quotes.some((q) => q.outer[0] <= s.start && s.end <= q.outer[1] + 1)
    narrative[i] = (narrative[i - 1] ?? 0) + (inside && i > 0 ? 0 : 1)
  })
  const distance = (from: number, to: number) => (narrative[to] ?? to) - (narrative[from] ?? from)

  const entityForms = entityMentions(sentences, entityLayer, sentenceOf, quoted)
  const taken = entityForms.filter((m) => m.entity!.data.type === 'PERSON')
  const roles = rolePhrases(text, sentences, quoted).filter((r) => !taken.some((m) => m.span[0] < r.span[1] && r.span[0] < m.span[1] && m.span[1] >= r.span[1]))
  const mentions = [...entityForms, ...roles, ...pronouns(sentences, quoted)]

  return resolveMentions(text, mentions, entityLayer, paragraphOf, distance)
    .filter((r) => r.mention.entity ? r.mention.entity.data.type === 'PERSON' || r.mention.entity.data.type === 'ORG' : true)
    .map((r) => {
      const data: CorefData = { entity: r.entity, kind: r.mention.kind, rule: r.rule }
      if (r.mention.role) data.description = r.mention.role.description
      if (r.members) data.members = r.members
      if (r.mention.speaker) data.speaker = true
      return makeAnnotation('coref', 'coref@1', r.mention.span[0], r.mention.span[1], data, r.rule)
    })
}

/** Each paragraph's span, from its first sentence's start to its last sentence's end. */
export function paragraphSpans(sentenceLayer: readonly Annotation<SentenceData>[]): Span[] {
  const spans: [number, number][] = []
  for (const s of sentenceLayer) {
    const p = s.data.paragraph
    const span = spans[p]
    if (span) span[1] = Math.max(span[1], s.end)
    else spans[p] = [s.start, s.end]
  }
  return spans.filter(Boolean)
}

export const coref = () =>
  defineAnalyzer({
    name: 'coref',
    version: '1',
    requires: ['sentences', 'tokens', 'entities'],
    assigns: ['coref'],
    analyze: (doc) => ({
      coref: findCoref(doc.article.text, doc.layers.sentences ?? [], doc.layers.tokens ?? [], doc.layers.entities ?? []),
    }),
  })
