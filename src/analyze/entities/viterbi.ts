// Finds the best-scoring tag sequence of a sentence under first-order tag transitions.

/**
 * `emissions` holds `length × tagCount` scores (token-major); `transitions` holds
 * `(tagCount + 1) × tagCount` scores, where row `tagCount` is the transition from the sentence
 * start. Forbidden transitions carry `-Infinity`. Returns tag indices; ties go to the lower index.
 */
export function viterbi(
  emissions: Float64Array,
  length: number,
  tagCount: number,
  transitions: Float64Array | Float32Array,
  allowed: Uint8Array,
  out: Int32Array = new Int32Array(length),
): Int32Array {
  if (length === 0) return out
  const T = tagCount
  const score = new Float64Array(length * T)
  const back = new Int32Array(length * T)
  for (let t = 0; t < T; t++) {
    const start = T * T + t
    score[t] = allowed[start] ? (emissions[t] as number) + (transitions[start] as number) : -Infinity
  }
  for (let i = 1; i < length; i++) {
    const row = i * T
    const previousRow = row - T
    for (let t = 0; t < T; t++) {
      let best = -Infinity
      let arg = 0
      for (let p = 0; p < T; p++) {
        const k = p * T + t
        if (!allowed[k]) continue
        const candidate = (score[previousRow + p] as number) + (transitions[k] as number)
        if (candidate > best) {
          best = candidate
          arg = p
        }
      }
      score[row + t] = best + (emissions[row + t] as number)
      back[row + t] = arg
    }
  }
  let best = -Infinity
  let arg = 0
  const last = (length - 1) * T
  for (let t = 0; t < T; t++) {
    if ((score[last + t] as number) > best) {
      best = score[last + t] as number
      arg = t
    }
  }
  out[length - 1] = arg
  for (let i = length - 1; i > 0; i--) {
    arg = back[i * T + arg] as number
    out[i - 1] = arg
  }
  return out
}
