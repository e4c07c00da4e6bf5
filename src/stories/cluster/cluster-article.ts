// Incremental story clustering: an article joins the best matching story or starts one. Candidates come
// from the inverted index (a few capped posting lists), never from a scan of all stories, so the work per
// article does not grow with the store.
import type { ArticleFeatures } from './cluster-features.js'
import type { ClusterDecision, StoryMatch } from './cluster-decision.js'
import { CLUSTER_VERSION, DEFAULT_CLUSTER_OPTIONS, type ClusterOptions } from './cluster-options.js'
import { idf, roundedMatch, scoreStory, unitVector, type ArticleVectors } from './cluster-score.js'
import type { StoryIndex } from './story-index.js'
import { addToProfile, byWeight, storyIdFor } from './story-profile.js'

export interface ClusterOutcome {
  /** false when the article already belonged to a story (its story id is then in `storyId`). */
  assigned: boolean
  storyId: string
  decision: ClusterDecision | null
}

/** The article's keys in the index: 't:word' for content words, 'e:entity' for entities. */
export function articleKeys(features: ArticleFeatures): string[] {
  return [...[...features.terms.keys()].map((t) => `t:${t}`), ...[...features.entities.keys()].map((e) => `e:${e}`)]
}

/** Ranks candidate stories by the summed weight of the article's keys they are posted under. */
function rankCandidates(postings: Map<string, string[]>, keyWeight: (key: string) => number, limit: number): string[] {
  const hits = new Map<string, number>()
  for (const [key, stories] of postings) for (const id of stories) hits.set(id, (hits.get(id) ?? 0) + keyWeight(key))
  return [...hits].sort(byWeight).slice(0, limit).map(([id]) => id)
}

/**
 * The score needed to join a story of `size` articles. One article's vector matches another by chance
 * more easily than it matches a centroid averaged over several reports, so a small story asks for more.
 */
export function joinThreshold(size: number, options: Pick<ClusterOptions, 'threshold' | 'smallStoryMargin'>): number {
  return options.threshold * (1 + options.smallStoryMargin / Math.max(1, size))
}

/** Picks the best match (ties: the smaller story id) and the runner-up. */
function bestTwo(matches: StoryMatch[]): [StoryMatch | null, StoryMatch | null] {
  const sorted = [...matches].sort((a, b) => b.score - a.score || (a.storyId < b.storyId ? -1 : 1))
  return [sorted[0] ?? null, sorted[1] ?? null]
}

export async function clusterArticle(index: StoryIndex, features: ArticleFeatures, options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS): Promise<ClusterOutcome> {
  const existing = await index.storyOfArticle(features.articleId)
  if (existing) return { assigned: false, storyId: existing, decision: null }

  const keys = articleKeys(features)
  const { documents, frequencies } = await index.keyFrequencies(keys)
  // the article counts itself, so a word no earlier article had gets the highest weight, not infinity
  const idfOf = (prefix: string) => (key: string) => idf(documents + 1, (frequencies.get(prefix + key) ?? 0) + 1)
  const vectors: ArticleVectors = {
    terms: unitVector(features.terms, idfOf('t:')),
    entities: unitVector(features.entities, idfOf('e:')),
    entityNames: features.entityNames,
    days: features.days,
    years: features.years,
  }

  const queryKeys = [
    ...[...vectors.terms].sort(byWeight).slice(0, options.queryTerms).map(([t]) => `t:${t}`),
    ...[...vectors.entities].sort(byWeight).slice(0, options.queryEntities).map(([e]) => `e:${e}`),
  ]
  const postings = await index.storiesByKeys(queryKeys, options.postingsPerKey)
  const keyWeight = (key: string) => (key.startsWith('t:') ? vectors.terms.get(key.slice(2)) : vectors.entities.get(key.slice(2))) ?? 0
  const candidates = rankCandidates(postings, keyWeight, options.maxCandidates)
  const profiles = await index.storyProfiles(candidates)
  const matches = profiles.map((profile) => scoreStory(vectors, profile, options))
  const [best, second] = bestTwo(matches)

  const bestProfile = best ? profiles.find((p) => p.id === best.storyId)! : null
  const threshold = bestProfile ? joinThreshold(bestProfile.size, options) : options.threshold
  const joins = best !== null && best.score >= threshold
  const previous = joins ? bestProfile : null
  const profile = addToProfile(previous, { id: features.articleId, terms: vectors.terms, entities: vectors.entities, days: features.days, years: features.years }, options)
  const decision: ClusterDecision = {
    version: CLUSTER_VERSION,
    articleId: features.articleId,
    storyId: joins ? best.storyId : storyIdFor(features.articleId),
    action: joins ? 'joined' : 'started',
    threshold: Math.round(threshold * 10000) / 10000,
    match: joins ? roundedMatch(best) : null,
    runnerUp: joins ? (second && roundedMatch(second)) : (best && roundedMatch(best)),
    candidates: candidates.length,
  }
  const assigned = await index.assignStory({ articleId: features.articleId, decision, profile, previousPostings: previous?.postings ?? [], keys })
  if (!assigned) return { assigned: false, storyId: (await index.storyOfArticle(features.articleId)) ?? decision.storyId, decision: null }
  return { assigned: true, storyId: decision.storyId, decision }
}
