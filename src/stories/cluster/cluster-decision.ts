// The record of one clustering decision: which story an article joined (or started) and why.

/** How well an article matches one candidate story. */
export interface StoryMatch {
  storyId: string
  /** The combined score that is compared with the threshold. */
  score: number
  /** Cosine of the article's TF-IDF vector and the story's centroid. */
  content: number
  /** Cosine of their IDF-weighted entity vectors; null when either names no person, organisation or place. */
  entities: number | null
  /** Share of the years the article writes that the story's articles write too (0…1); null when either writes none. */
  years: number | null
  /** Days between the article's publication and the story's date range, and the factor it applied; null when undated. */
  time: { gapDays: number; factor: number } | null
  /** The content words that contribute most to `content`. */
  sharedTerms: string[]
  /** Names of the people, organisations and places both mention, the weightiest first. */
  sharedEntities: string[]
}

export interface ClusterDecision {
  /** The clustering version and its tuned parameters, so that a later reader knows how this was decided. */
  version: string
  articleId: string
  storyId: string
  action: 'joined' | 'started'
  /** The score the best story needed (higher for small stories). */
  threshold: number
  /** The story joined; null when the article started a story. */
  match: StoryMatch | null
  /** The best other story: the second best when joined, the best (below the threshold) when started. */
  runnerUp: StoryMatch | null
  /** How many stories the inverted index offered as candidates. */
  candidates: number
}
