// Builds articles by hand for unit tests, without readers or a store.
import type { Article, Boilerplate, Dateline } from '../../src/core/article.js'
import { makeSourceText } from '../../src/core/source-text.js'

export function makeArticle(text: string, extra: { boilerplate?: Boilerplate[]; dateline?: Dateline | null; input?: string } = {}): Article {
  const source = makeSourceText(text)
  return {
    id: source.id,
    sha256: source.sha256,
    fingerprint: source.sha256,
    text,
    boilerplate: extra.boilerplate ?? [],
    dateline: extra.dateline ?? null,
    meta: { input: extra.input ?? 'test', outlet: null, title: null, url: null, byline: null, publishedAt: null, provenance: {} },
  }
}

/** Asserts the standoff invariant for every record: a valid span whose slice is a string. */
export function spansAreValid(text: string, records: { start: number; end: number }[]): boolean {
  return records.every((r) => Number.isInteger(r.start) && Number.isInteger(r.end) && r.start >= 0 && r.start <= r.end && r.end <= text.length)
}

