// The BIO tag set the entity model predicts and the tag transitions BIO allows.

import { splitTag } from './bio-tags.js'

/** CoNLL-2003's entity types, the ones the model is trained on. */
export const CONLL_ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const

export const NER_TAGS: readonly string[] = ['O', ...CONLL_ENTITY_TYPES.flatMap((type) => [`B-${type}`, `I-${type}`])]

/** `I-X` may only follow `B-X` or `I-X`, including at the start of a sentence (where nothing precedes). */
export function transitionAllowed(from: string | null, to: string): boolean {
  const next = splitTag(to)
  if (next.prefix !== 'I') return true
  if (from === null) return false
  const previous = splitTag(from)
  return previous.prefix !== 'O' && previous.type === next.type
}
