// MinHash signatures over word shingles, banded for locality-sensitive lookup. Written here because
// the npm `minhash` package throws on LSH queries when a band is missing (DEPENDENCIES.md) and the
// algorithm is a few lines.
import { createHash } from 'node:crypto'

export const SHINGLE_SIZE = 5
export const NUM_HASHES = 128
// 32 bands of 4 rows: a pair with Jaccard 0.5 becomes a candidate with p ≈ 0.87, at 0.6 with p ≈ 0.99,
// at 0.2 with p ≈ 0.05; candidates are then verified exactly, so bands only need to be generous.
export const BANDS = 32
export const ROWS = NUM_HASHES / BANDS

const MERSENNE = 2_147_483_647 // 2^31 - 1, a prime: the modulus of the universal hash family

/** Deterministic hash coefficients derived from a fixed seed, so signatures are stable across runs. */
const COEFFICIENTS: readonly [number, number][] = Array.from({ length: NUM_HASHES }, (_, i) => {
  const digest = createHash('sha256').update(`parallax-minhash-${i}`).digest()
  return [(digest.readUInt32BE(0) % (MERSENNE - 1)) + 1, digest.readUInt32BE(4) % MERSENNE]
})

/** 32-bit FNV-1a of a string. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** (a * x + b) mod 2^31-1 without overflowing doubles: split x into 16-bit halves. */
function universal(a: number, b: number, x: number): number {
  const high = Math.floor(x / 65536)
  const low = x % 65536
  const partial = ((a * high) % MERSENNE) * 65536
  return ((partial % MERSENNE) + a * low + b) % MERSENNE
}

export function shingles(words: readonly string[], size = SHINGLE_SIZE): Set<string> {
  const out = new Set<string>()
  if (words.length === 0) return out
  if (words.length < size) {
    out.add(words.join(' '))
    return out
  }
  for (let i = 0; i + size <= words.length; i++) out.add(words.slice(i, i + size).join(' '))
  return out
}

export function signature(shingleSet: ReadonlySet<string>): number[] {
  const mins = new Array<number>(NUM_HASHES).fill(MERSENNE)
  for (const shingle of shingleSet) {
    const x = fnv1a(shingle)
    for (let i = 0; i < NUM_HASHES; i++) {
      const [a, b] = COEFFICIENTS[i]!
      const h = universal(a, b, x)
      if (h < mins[i]!) mins[i] = h
    }
  }
  return mins
}

/** One key per band; two signatures sharing any key are candidate near-duplicates. */
export function bandKeys(sig: readonly number[]): string[] {
  const keys: string[] = []
  for (let band = 0; band < BANDS; band++) {
    const rows = sig.slice(band * ROWS, (band + 1) * ROWS)
    keys.push(`${band}:${fnv1a(rows.join(','))}`)
  }
  return keys
}

export interface Overlap {
  jaccard: number
  /** Share of the smaller set found in the larger: 1 when one text is a trimmed version of the other. */
  containment: number
  sizeRatio: number
}

export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): Overlap {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let shared = 0
  for (const s of small) if (large.has(s)) shared++
  const union = a.size + b.size - shared
  return {
    jaccard: union === 0 ? 1 : shared / union,
    containment: small.size === 0 ? 0 : shared / small.size,
    sizeRatio: large.size === 0 ? 1 : small.size / large.size,
  }
}
