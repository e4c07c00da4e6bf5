// The comparable form of an article body: boilerplate and dateline out, case, quotes, dashes and
// whitespace unified, so that copies differing only in typography or captions compare equal.
import type { IngestedArticle } from '../../core/article.js'
import type { Span } from '../../core/span.js'

export function bodySpans(article: IngestedArticle): Span[] {
  const excluded = article.boilerplate.map((b) => b.span)
  if (article.dateline) excluded.push(article.dateline.span)
  excluded.sort((a, b) => a[0] - b[0])
  const spans: Span[] = []
  let cursor = 0
  for (const [start, end] of excluded) {
    if (start > cursor) spans.push([cursor, start])
    cursor = Math.max(cursor, end)
  }
  if (cursor < article.text.length) spans.push([cursor, article.text.length])
  return spans
}

export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    // a hyphen inside a word stays one; a dash between words separates them however it is spaced
    // ('Moscow—Kyiv', 'Moscow – Kyiv' and 'Moscow - Kyiv' compare equal)
    .replace(/[‐‑]/g, '-')
    .replace(/\s*[‒–—―]\s*|\s+-\s+|\s*--\s*/g, ' - ')
    .replace(/\s+/g, ' ')
    .trim()
}

export function normalisedBody(article: IngestedArticle): string {
  return normaliseText(bodySpans(article).map(([s, e]) => article.text.slice(s, e)).join('\n'))
}

/** Words of the normalised body, punctuation dropped: the units that shingles are made of. */
export function words(normalised: string): string[] {
  return normalised.match(/[\p{L}\p{N}]+(?:['.-][\p{L}\p{N}]+)*/gu) ?? []
}
