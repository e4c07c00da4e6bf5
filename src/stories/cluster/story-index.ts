// What incremental clustering needs from a persistent index (the Store implements it; so does the
// in-memory index for evaluations and benchmarks): frequencies, postings and story profiles.
import type { ClusterDecision } from './cluster-decision.js'
import type { StoryProfile } from './story-profile.js'

/** Keys are 't:<term>' for content words and 'e:<entity key>' for entities. */
export interface StoryAssignment {
  articleId: string
  decision: ClusterDecision
  /** The story's profile with the article added (a new story's first profile). */
  profile: StoryProfile
  /** The keys the story was posted under before; the profile's `postings` replace them. */
  previousPostings: readonly string[]
  /** Every key of the article, each counted once in the document frequencies. */
  keys: readonly string[]
}

export interface KeyFrequencies {
  /** Articles clustered so far. */
  documents: number
  /** For each key asked about, in how many of them it occurs (absent: none). */
  frequencies: Map<string, number>
}

export interface StoryIndex {
  keyFrequencies(keys: readonly string[]): Promise<KeyFrequencies>
  /** For each key, the ids of the stories posted under it, most recently updated first, at most `limit`. */
  storiesByKeys(keys: readonly string[], limit: number): Promise<Map<string, string[]>>
  /** The profiles of the given stories (unknown ids are left out). */
  storyProfiles(ids: readonly string[]): Promise<StoryProfile[]>
  /** The story an article was assigned to, or null. */
  storyOfArticle(articleId: string): Promise<string | null>
  /**
   * Records the decision, the story's new profile and postings, and the article's keys in one
   * transaction; false (and nothing written) when the article already belongs to a story.
   */
  assignStory(assignment: StoryAssignment): Promise<boolean>
}
