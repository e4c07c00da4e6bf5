// The JSON contract of DESIGN.md: what `analyze --json` prints and other tools read.
import type { Article, ArticleMeta, Boilerplate, Dateline } from './core/article.js'
import type { Layers } from './core/layers.js'
import type { Span } from './core/span.js'

export interface AnalysisArticle extends ArticleMeta {
  id: string
  text: string
  boilerplate: Boilerplate[]
  dateline: Dateline | null
  sentences: { span: Span }[]
  entities: AnalysisEntity[]
  timexes: AnalysisTimex[]
  /** Coreference: each name, surname, honorific form, role phrase and pronoun with the entity it refers to (null: unresolved). */
  coref: AnalysisCoref[]
  /** Direct, indirect and mixed quotes with their speakers, cues and intermediaries. */
  quotes: AnalysisQuote[]
}

export interface AnalysisQuote {
  kind: 'direct' | 'indirect' | 'mixed'
  /** The quoted or reported content. */
  span: Span
  text: string
  /** `entity` is the id of an entity in `entities`; null with `name` the description for an unnamed speaker. */
  speaker: { name: string; entity: string | null; span: Span; affiliation?: { name: string; entity: string } } | null
  cue: { text: string; span: Span } | null
  via: { name: string; span: Span } | null
}

export interface AnalysisCoref {
  span: Span
  text: string
  /** Id of an entity in `entities`, or null when the article does not say who is meant. */
  entity: string | null
  kind: 'name' | 'surname' | 'honorific' | 'role' | 'pronoun'
}

/** A time expression with its TIMEX3 type and value (resolved against the publication date). */
export interface AnalysisTimex {
  span: Span
  text: string
  type: string
  value: string
}

export interface AnalysisEntity {
  /** Within the article; the same name and type give the same id in every article. */
  id: string
  name: string
  type: string
  descriptors: string[]
  /** Where each descriptor was found. */
  descriptorMentions: { span: Span; text: string }[]
  mentions: { span: Span; text: string }[]
}

export interface AnalysisDocument {
  articles: AnalysisArticle[]
  /** Inputs that were copies of an article above (or of one stored earlier). */
  duplicates: { input: string; duplicateOf: string; kind: 'exact' | 'near'; similarity: number }[]
  stories: AnalysisStory[]
}

export function toAnalysisArticle(article: Article, layers: Layers): AnalysisArticle {
  return {
    id: article.id,
    input: article.meta.input,
    outlet: article.meta.outlet,
    title: article.meta.title,
    url: article.meta.url,
    byline: article.meta.byline,
    publishedAt: article.meta.publishedAt,
    provenance: article.meta.provenance,
    text: article.text,
    boilerplate: article.boilerplate,
    dateline: article.dateline,
    sentences: (layers.sentences ?? []).map((s) => ({ span: [s.start, s.end] as const })),
    entities: (layers.entities ?? []).map((e) => ({
      id: e.id,
      name: e.data.name,
      type: e.data.type,
      descriptors: e.data.descriptors.map((d) => d.text),
      descriptorMentions: e.data.descriptors,
      mentions: e.data.mentions,
    })),
    timexes: (layers.timexes ?? []).map((t) => ({
      span: [t.start, t.end] as const,
      text: article.text.slice(t.start, t.end),
      type: t.data.type,
      value: t.data.value,
    })),
    coref: (layers.coref ?? []).map((c) => ({
      span: [c.start, c.end] as const,
      text: article.text.slice(c.start, c.end),
      entity: c.data.entity,
      kind: c.data.kind,
    })),
    quotes: (layers.quotes ?? []).map((q) => ({
      kind: q.data.kind,
      span: [q.start, q.end] as const,
      text: q.data.text,
      speaker: q.data.speaker && { name: q.data.speaker.name, entity: q.data.speaker.entity, span: q.data.speaker.span, ...(q.data.speaker.affiliation ? { affiliation: q.data.speaker.affiliation } : {}) },
      cue: q.data.cue,
      via: q.data.via && { name: q.data.via.name, span: q.data.via.span },
    })),
  }
}

/** A story of the analysed articles, with its cross-outlet comparison in the contract's terms. */
export interface AnalysisStory {
  id: string
  title: string
  articles: string[]
  facts: { text: string; status: 'corroborated' | 'single'; sources: { article: string; span: Span }[] }[]
  conflicts: { subject: string; unit: string; sources: { article: string; span: Span; value: number }[] }[]
  quotes: { speaker: string; variants: { article: string; span: Span; text: string }[] }[]
}
