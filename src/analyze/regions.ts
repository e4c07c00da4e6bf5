// The parts of an article that analysis reads: the text minus boilerplate and dateline, cut into paragraphs.
import type { Article } from '../core/article.js'
import type { Span } from '../core/span.js'
import { trimSpan } from '../core/span.js'

/** Paragraph spans (trimmed, non-empty) outside boilerplate and the dateline, in text order. */
export function analysableParagraphs(article: Article): Span[] {
  const excluded: Span[] = article.boilerplate.map((b) => b.span)
  if (article.dateline) excluded.push(article.dateline.span)
  excluded.sort((a, b) => a[0] - b[0])

  const text = article.text
  const paragraphs: Span[] = []
  const lineBreak = /\r?\n|\r|\u2029/g
  let start = 0
  const pushRegion = (from: number, to: number) => {
    // cut the paragraph around excluded spans
    let cursor = from
    for (const [exStart, exEnd] of excluded) {
      if (exEnd <= cursor || exStart >= to) continue
      if (exStart > cursor) pushTrimmed(cursor, exStart)
      cursor = Math.max(cursor, exEnd)
    }
    if (cursor < to) pushTrimmed(cursor, to)
  }
  const pushTrimmed = (from: number, to: number) => {
    const span = trimSpan(text, [from, to])
    if (span[1] > span[0]) paragraphs.push(span)
  }
  for (const match of text.matchAll(lineBreak)) {
    pushRegion(start, match.index)
    start = match.index + match[0].length
  }
  pushRegion(start, text.length)
  return paragraphs
}
