// A story as clustering remembers it: a capped centroid of its articles' TF-IDF vectors, its entities,
// its date range and the keys it is posted under in the inverted index.
import { contentId } from '../../core/hash.js'
import type { ClusterOptions } from './cluster-options.js'

/** A sparse vector as [key, weight] pairs, heaviest first, ties in key order. */
export type WeightList = [string, number][]

export interface StoryProfile {
  id: string
  firstArticleId: string
  /** Articles in the story. */
  size: number
  /** Sum of the articles' unit TF-IDF vectors, cut to the heaviest words. */
  terms: WeightList
  /** Sum of the articles' unit entity vectors, cut to the heaviest. */
  entities: WeightList
  /** Years written in its articles → how many of them write it, the most written first. */
  years: WeightList
  /** Earliest and latest publication day of its dated articles (days since the epoch); null when none is dated. */
  days: readonly [number, number] | null
  /** Index keys ('t:word', 'e:entity') the story is posted under. */
  postings: string[]
}

/** The id of the story an article starts: derived from the article's id, so the same inputs give the same stories. */
export function storyIdFor(articleId: string): string {
  return `story:${contentId(`story\u0000${articleId}`)}`
}

const MAX_PROFILE_YEARS = 20

export const byWeight = (a: [string, number], b: [string, number]) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)

// six decimals keep the stored profile small and read back exactly as it was computed
const round6 = (x: number) => Math.round(x * 1e6) / 1e6

function addVectors(sum: WeightList, add: ReadonlyMap<string, number>, keep: number): WeightList {
  const merged = new Map(sum)
  for (const [key, weight] of add) merged.set(key, (merged.get(key) ?? 0) + weight)
  return [...merged].sort(byWeight).slice(0, keep).map(([key, weight]) => [key, round6(weight)])
}

function unionDays(a: readonly [number, number] | null, b: readonly [number, number] | null): readonly [number, number] | null {
  if (!a) return b
  if (!b) return a
  return [Math.min(a[0], b[0]), Math.max(a[1], b[1])]
}

/** The profile after adding an article's unit vectors (a new story's profile when `profile` is null). */
export function addToProfile(
  profile: StoryProfile | null,
  article: {
    id: string
    terms: ReadonlyMap<string, number>
    entities: ReadonlyMap<string, number>
    days: readonly [number, number] | null
    years: ReadonlySet<number>
  },
  options: Pick<ClusterOptions, 'profileTerms' | 'profileEntities' | 'postingTerms' | 'postingEntities'>,
): StoryProfile {
  const terms = addVectors(profile?.terms ?? [], article.terms, options.profileTerms)
  const entities = addVectors(profile?.entities ?? [], article.entities, options.profileEntities)
  return {
    id: profile?.id ?? storyIdFor(article.id),
    firstArticleId: profile?.firstArticleId ?? article.id,
    size: (profile?.size ?? 0) + 1,
    terms,
    entities,
    years: addVectors(profile?.years ?? [], new Map([...article.years].map((y) => [String(y), 1])), MAX_PROFILE_YEARS),
    days: unionDays(profile?.days ?? null, article.days),
    postings: [
      ...terms.slice(0, options.postingTerms).map(([t]) => `t:${t}`),
      ...entities.slice(0, options.postingEntities).map(([e]) => `e:${e}`),
    ],
  }
}
