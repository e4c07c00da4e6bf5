// What ingest produces: the body text plus metadata, each datum with where it came from.
import type { Span } from './span.js'

export type DatePrecision = 'day' | 'month' | 'year' | 'datetime'

export interface PublishedAt {
  /** ISO 8601 calendar date YYYY-MM-DD (or YYYY-MM, YYYY at coarser precision). */
  value: string
  /** The full timestamp when the source gave one, as written there. */
  datetime?: string
  precision: DatePrecision
  inferred: boolean
  /** Where the value came from, e.g. 'date-prefix', 'meta:article:published_time', 'json-ld'. */
  source: string
  /** For inferred dates: the latest possible value of the range that `value` starts. */
  latest?: string
  evidence?: string[]
}

export type BoilerplateKind = 'date-line' | 'caption' | 'credit' | 'promo' | 'byline'

export interface Boilerplate {
  span: Span
  kind: BoilerplateKind
}

export interface Dateline {
  span: Span
  places: string[]
}

export interface ArticleMeta {
  /** Where the article came from: a path, a URL, `path#item` for feeds, `path:line` for JSON Lines, `-` for stdin. */
  input: string
  outlet: string | null
  title: string | null
  url: string | null
  byline: string | null
  publishedAt: PublishedAt | null
  /** For each metadata field that was found, where it was found. */
  provenance: Record<string, string>
}

/** An article as a reader hands it over, before it has an id or a store. */
export interface IngestedArticle {
  text: string
  meta: ArticleMeta
  boilerplate: Boilerplate[]
  dateline: Dateline | null
}

export interface Article extends IngestedArticle {
  id: string
  sha256: string
  /** Hash of the normalised text: equal fingerprints are exact copies. */
  fingerprint: string
}
