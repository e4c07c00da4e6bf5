// Half-open [start, end) spans in UTF-16 code units: text.slice(start, end) is the surface string.

export type Span = readonly [start: number, end: number]

export function isValidSpan(span: Span, textLength: number): boolean {
  const [start, end] = span
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= textLength
}

export function spanText(text: string, span: Span): string {
  return text.slice(span[0], span[1])
}

export function spansOverlap(a: Span, b: Span): boolean {
  return a[0] < b[1] && b[0] < a[1]
}

/** Shrinks a span so that it neither starts nor ends with whitespace. */
export function trimSpan(text: string, span: Span): Span {
  let [start, end] = span
  while (start < end && /\s/.test(text[start]!)) start++
  while (end > start && /\s/.test(text[end - 1]!)) end--
  return [start, end]
}
