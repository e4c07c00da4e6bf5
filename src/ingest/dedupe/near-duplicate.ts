// When a text counts as a copy of another: exact (same normalised body) or near (a syndicated version
// with another first line, a trimmed ending or a changed headline).
import type { Overlap } from './minhash.js'

// Tuned on the demo corpus's syndicated pair and on the two seed reports of one event (which must
// NOT be copies: they share two quotes, about 6% of their shingles). A copy with its last paragraph
// or first line changed keeps containment above 0.9; independent reports stay below 0.2.
export const NEAR_DUPLICATE_CONTAINMENT = 0.8
// A much longer text that contains a shorter one is an update or a round-up, not a copy.
export const NEAR_DUPLICATE_MIN_SIZE_RATIO = 0.5

export function isNearDuplicate(o: Overlap): boolean {
  return o.containment >= NEAR_DUPLICATE_CONTAINMENT && o.sizeRatio >= NEAR_DUPLICATE_MIN_SIZE_RATIO
}
