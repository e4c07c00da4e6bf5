// Makes one document's entity tags agree with each other: a name tagged once is tagged the same wherever it recurs.

import { bioSpans, spansToBio, type TagSpan } from './bio-tags.js'

export interface ConsistencyOptions {
  /** Tag untagged capitalised recurrences of a name tagged elsewhere in the document. */
  fill?: boolean
  /** Give every occurrence of a name the type most of its occurrences got. */
  relabel?: boolean
  /** Tag a lone capitalised token as PER when it is the last word of a person named in the document ("Smith" after "John Smith"). */
  surnames?: boolean
}

const DEFAULTS: Required<ConsistencyOptions> = { fill: true, relabel: true, surnames: true }
const UPPER_START = /^\p{Lu}/u
const HAS_LETTER = /\p{L}/u

/** A token counts as capitalised if it has letters and starts with a capital ("McDonald", "U.S.", "AP"). */
function capitalised(word: string): boolean {
  return !HAS_LETTER.test(word) || UPPER_START.test(word)
}

function majorityType(counts: Map<string, number>): string | null {
  let best: string | null = null
  let bestCount = 0
  let tie = false
  for (const [type, count] of counts) {
    if (count > bestCount) {
      best = type
      bestCount = count
      tie = false
    } else if (count === bestCount) tie = true
  }
  return tie ? null : best
}

/** Returns new tags; `tags[s][i]` is the BIO tag of word i of sentence s. */
export function enforceConsistency(
  sentences: readonly (readonly string[])[],
  tags: readonly (readonly string[])[],
  options: ConsistencyOptions = {},
): string[][] {
  const { fill, relabel, surnames } = { ...DEFAULTS, ...options }
  const spans: TagSpan[][] = tags.map((sentenceTags) => bioSpans(sentenceTags))
  const keyOf = (s: number, span: TagSpan): string => sentences[s]!.slice(span.start, span.end).join(' ')

  const typesByName = new Map<string, Map<string, number>>()
  spans.forEach((sentenceSpans, s) => {
    for (const span of sentenceSpans) {
      const key = keyOf(s, span)
      const counts = typesByName.get(key) ?? new Map<string, number>()
      counts.set(span.type, (counts.get(span.type) ?? 0) + 1)
      typesByName.set(key, counts)
    }
  })
  const typeOf = new Map<string, string>()
  for (const [name, counts] of typesByName) {
    const type = majorityType(counts)
    if (type) typeOf.set(name, type)
  }

  if (relabel) {
    spans.forEach((sentenceSpans, s) => {
      for (const span of sentenceSpans) span.type = typeOf.get(keyOf(s, span)) ?? span.type
    })
  }

  if (fill || surnames) {
    const names = new Map<string, { words: string[]; type: string }>()
    if (fill) for (const [name, type] of typeOf) names.set(name, { words: name.split(' '), type })
    if (surnames) {
      for (const [name, type] of typeOf) {
        const words = name.split(' ')
        const last = words[words.length - 1] as string
        if (type === 'PER' && words.length > 1 && !names.has(last)) names.set(last, { words: [last], type })
      }
    }
    // longest names first, so that "New York Times" is placed before "New York" can claim its words
    const ordered = [...names.values()].sort((a, b) => b.words.length - a.words.length)
    sentences.forEach((words, s) => {
      const taken = new Uint8Array(words.length)
      for (const span of spans[s]!) taken.fill(1, span.start, span.end)
      for (const name of ordered) {
        const n = name.words.length
        for (let i = 0; i + n <= words.length; i++) {
          let matches = true
          for (let k = 0; k < n && matches; k++) {
            if (taken[i + k] || words[i + k] !== name.words[k] || !capitalised(words[i + k] as string)) matches = false
          }
          if (!matches) continue
          spans[s]!.push({ type: name.type, start: i, end: i + n })
          taken.fill(1, i, i + n)
        }
      }
      spans[s]!.sort((a, b) => a.start - b.start)
    })
  }

  return spans.map((sentenceSpans, s) => spansToBio(sentenceSpans, sentences[s]!.length))
}
