// BIO tag helpers shared by the tagger, its document-level post-pass and the CoNLL scorer.

/** A typed run of tokens; `end` is exclusive, so the last token is the one at `end - 1`. */
export interface TagSpan {
  type: string
  start: number
  end: number
}

/** Splits `B-PER` into its prefix and type; `O` has no type. */
export function splitTag(tag: string): { prefix: 'B' | 'I' | 'O'; type: string } {
  if (tag === 'O' || tag.length < 2) return { prefix: 'O', type: '' }
  const prefix = tag[0] === 'B' ? 'B' : tag[0] === 'I' ? 'I' : 'O'
  return { prefix, type: tag.slice(2) }
}

/**
 * Reads spans from BIO (or IOB1) tags the way conlleval does: an `I-X` that does not continue
 * an `X` chunk starts a new one, so ill-formed sequences are scored rather than rejected.
 */
export function bioSpans(tags: readonly string[]): TagSpan[] {
  const spans: TagSpan[] = []
  let current: TagSpan | null = null
  for (let i = 0; i < tags.length; i++) {
    const { prefix, type } = splitTag(tags[i] ?? 'O')
    const continues = prefix === 'I' && current !== null && current.type === type
    if (continues) continue
    if (current) {
      current.end = i
      spans.push(current)
      current = null
    }
    if (prefix !== 'O') current = { type, start: i, end: i + 1 }
  }
  if (current) {
    current.end = tags.length
    spans.push(current)
  }
  return spans
}

/** Writes spans back as BIO tags over `length` tokens; later spans overwrite earlier ones. */
export function spansToBio(spans: readonly TagSpan[], length: number): string[] {
  const tags = new Array<string>(length).fill('O')
  for (const span of spans) {
    for (let i = span.start; i < span.end; i++) tags[i] = (i === span.start ? 'B-' : 'I-') + span.type
  }
  return tags
}

/**
 * Converts IOB1 (CoNLL-2003's scheme: `I-` everywhere, `B-` only between two adjacent entities
 * of one type) to BIO, where every entity starts with `B-`.
 */
export function iob1ToBio(tags: readonly string[]): string[] {
  return spansToBio(bioSpans(tags), tags.length)
}
