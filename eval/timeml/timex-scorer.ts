// TempEval-3 timex scores: strict and relaxed extent P/R/F1, type and value accuracy on relaxed
// matches, value F1 = relaxed F1 × value accuracy; counts are micro-averaged over documents.

export interface ScoredTimex {
  start: number
  end: number
  type: string
  value: string
}

export interface Prf {
  precision: number
  recall: number
  f1: number
}

export interface TimexCounts {
  gold: number
  system: number
  strict: number
  relaxed: number
  /** Relaxed matches with the same value / type. */
  value: number
  type: number
}

export interface TimexScore {
  strict: Prf
  relaxed: Prf
  value: { f1: number; accuracy: number }
  type: { f1: number; accuracy: number }
  typeAccuracy: number
  counts: TimexCounts
}

export const emptyCounts = (): TimexCounts => ({ gold: 0, system: 0, strict: 0, relaxed: 0, value: 0, type: 0 })

/** Matches one document's system timexes to gold ones; each is used at most once. */
export function countDocument(gold: readonly ScoredTimex[], system: readonly ScoredTimex[], into: TimexCounts = emptyCounts()): TimexCounts {
  into.gold += gold.length
  into.system += system.length
  // strict: identical extents
  const strictUsed = new Set<number>()
  for (const g of gold) {
    const i = system.findIndex((s, k) => !strictUsed.has(k) && s.start === g.start && s.end === g.end)
    if (i >= 0) {
      strictUsed.add(i)
      into.strict++
    }
  }
  // relaxed: any overlap; an exact match is preferred, then the largest overlap
  const used = new Set<number>()
  for (const g of gold) {
    let best = -1
    let bestOverlap = 0
    system.forEach((s, k) => {
      if (used.has(k)) return
      const overlap = Math.min(s.end, g.end) - Math.max(s.start, g.start)
      if (overlap > bestOverlap) {
        best = k
        bestOverlap = overlap
      }
    })
    if (best < 0) continue
    used.add(best)
    into.relaxed++
    const s = system[best]!
    if (s.value === g.value) into.value++
    if (s.type === g.type) into.type++
  }
  return into
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b)

function prf(matches: number, system: number, gold: number): Prf {
  const precision = ratio(matches, system)
  const recall = ratio(matches, gold)
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) }
}

export function scoreCounts(counts: TimexCounts): TimexScore {
  const relaxed = prf(counts.relaxed, counts.system, counts.gold)
  const valueAccuracy = ratio(counts.value, counts.relaxed)
  const typeAccuracy = ratio(counts.type, counts.relaxed)
  return {
    strict: prf(counts.strict, counts.system, counts.gold),
    relaxed,
    value: { f1: relaxed.f1 * valueAccuracy, accuracy: valueAccuracy },
    type: { f1: relaxed.f1 * typeAccuracy, accuracy: typeAccuracy },
    typeAccuracy,
    counts,
  }
}
