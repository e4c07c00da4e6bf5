// How a found quote is matched to a gold one: by the share of word tokens their spans have in common.
import type { Span } from '../../src/core/span.js'

/** A found quote and a gold one match when they share at least this share of the longer one's word tokens. */
export const MIN_OVERLAP = 0.5

/** Start offsets of the word tokens (letters and digits) inside the spans. */
export function wordTokens(text: string, spans: readonly Span[]): Set<number> {
  const out = new Set<number>()
  for (const [start, end] of spans) {
    for (const m of text.slice(start, end).matchAll(/[\p{L}\p{N}]+/gu)) out.add(start + m.index)
  }
  return out
}

/**
 * Token overlap of two spans: shared word tokens over the word tokens of the longer one, so that a match
 * needs half of each side (a one-word quote inside a long one does not match it).
 */
export function tokenOverlap(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 || b.size === 0) return 0
  let shared = 0
  for (const t of a) if (b.has(t)) shared++
  return shared / Math.max(a.size, b.size)
}

/** One-to-one pairs (found index, gold index) with overlap ≥ MIN_OVERLAP, best overlaps first. */
export function matchSpans(found: readonly Set<number>[], gold: readonly Set<number>[]): [number, number][] {
  const candidates: { f: number; g: number; o: number }[] = []
  found.forEach((f, i) => gold.forEach((g, j) => {
    const o = tokenOverlap(f, g)
    if (o >= MIN_OVERLAP) candidates.push({ f: i, g: j, o })
  }))
  candidates.sort((x, y) => y.o - x.o || x.f - y.f || x.g - y.g)
  const usedF = new Set<number>()
  const usedG = new Set<number>()
  const pairs: [number, number][] = []
  for (const c of candidates) {
    if (usedF.has(c.f) || usedG.has(c.g)) continue
    usedF.add(c.f)
    usedG.add(c.g)
    pairs.push([c.f, c.g])
  }
  return pairs
}

export interface Prf {
  precision: number
  recall: number
  f1: number
  tp: number
  found: number
  gold: number
}

export function prf(tp: number, found: number, gold: number): Prf {
  const precision = found === 0 ? 0 : tp / found
  const recall = gold === 0 ? 0 : tp / gold
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1, tp, found, gold }
}

/** Names compared case-blind, with straight apostrophes and without a leading article. */
export function normName(name: string): string {
  return name.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase().replace(/^(?:the|a|an) /, '')
}
