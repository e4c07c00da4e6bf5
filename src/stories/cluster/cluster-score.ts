// How well an article matches a story: TF-IDF cosine with the story's centroid, IDF-weighted entity
// cosine, and a penalty for distance in time; pure functions over vectors.
import type { StoryMatch } from './cluster-decision.js'
import type { ClusterOptions } from './cluster-options.js'
import type { StoryProfile, WeightList } from './story-profile.js'

/** Smoothed inverse document frequency; `documents` and `df` include the article being clustered. */
export function idf(documents: number, df: number): number {
  return Math.log((1 + documents) / (1 + df)) + 1
}

/** A unit vector of sublinear counts times IDF. */
export function unitVector(counts: ReadonlyMap<string, number>, idfOf: (key: string) => number): Map<string, number> {
  const out = new Map<string, number>()
  let norm = 0
  for (const [key, count] of counts) {
    const w = (1 + Math.log(count)) * idfOf(key)
    out.set(key, w)
    norm += w * w
  }
  norm = Math.sqrt(norm)
  if (norm > 0) for (const [key, w] of out) out.set(key, w / norm)
  return out
}

interface Overlap {
  cosine: number
  /** Shared keys by their contribution to the cosine, largest first. */
  shared: string[]
}

/** Cosine of a unit vector with a story's (unnormalised) summed vector. */
export function cosineWith(unit: ReadonlyMap<string, number>, sum: WeightList): Overlap {
  let dot = 0
  let norm = 0
  const contributions: [string, number][] = []
  for (const [key, w] of sum) {
    norm += w * w
    const a = unit.get(key)
    if (a !== undefined) {
      dot += a * w
      contributions.push([key, a * w])
    }
  }
  if (norm === 0) return { cosine: 0, shared: [] }
  contributions.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
  return { cosine: dot / Math.sqrt(norm), shared: contributions.map(([k]) => k) }
}

/** Days between two day ranges (0 when they overlap); null when either is unknown. */
export function gapDays(a: readonly [number, number] | null, b: readonly [number, number] | null): number | null {
  if (!a || !b) return null
  return Math.max(0, b[0] - a[1], a[0] - b[1])
}

export function timeFactor(gap: number, options: Pick<ClusterOptions, 'timeWindowDays' | 'timeDecayDays'>): number {
  return gap <= options.timeWindowDays ? 1 : Math.exp(-(gap - options.timeWindowDays) / options.timeDecayDays)
}

export interface ArticleVectors {
  terms: ReadonlyMap<string, number>
  entities: ReadonlyMap<string, number>
  entityNames: ReadonlyMap<string, string>
  days: readonly [number, number] | null
  years: ReadonlySet<number>
}

/**
 * Share of the article's years that the story's articles write too (0…1); null when either writes no
 * year. Only a reward: a year written in passing ("since 2019") says little against a story.
 */
export function yearAgreement(years: ReadonlySet<number>, story: WeightList): number | null {
  if (years.size === 0 || story.length === 0) return null
  let shared = 0
  for (const [year] of story) if (years.has(Number(year))) shared++
  return shared / years.size
}

const round = (x: number) => Math.round(x * 10000) / 10000

export function scoreStory(article: ArticleVectors, story: StoryProfile, options: ClusterOptions): StoryMatch {
  const content = cosineWith(article.terms, story.terms)
  const hasEntities = article.entities.size > 0 && story.entities.length > 0
  const entities = hasEntities ? cosineWith(article.entities, story.entities) : null
  const base = entities
    ? (options.contentWeight * content.cosine + options.entityWeight * entities.cosine) / (options.contentWeight + options.entityWeight)
    : content.cosine
  const years = yearAgreement(article.years, story.years)
  const gap = gapDays(article.days, story.days)
  const factor = gap === null ? 1 : timeFactor(gap, options)
  const names = [...new Set((entities?.shared ?? []).map((key) => article.entityNames.get(key) ?? key.replace(/^[A-Z]+[:~]/, '')))]
  return {
    storyId: story.id,
    score: (base + options.yearWeight * (years ?? 0)) * factor,
    content: content.cosine,
    entities: entities ? entities.cosine : null,
    years,
    time: gap === null ? null : { gapDays: gap, factor: round(factor) },
    sharedTerms: content.shared.slice(0, 8),
    sharedEntities: names.slice(0, 8),
  }
}

/** The match as recorded in a decision: figures rounded to four places. */
export function roundedMatch(match: StoryMatch): StoryMatch {
  return { ...match, score: round(match.score), content: round(match.content), entities: match.entities === null ? null : round(match.entities), years: match.years === null ? null : round(match.years) }
}
