// Clusters every stored article that has no story yet, in ingest order, one transaction per article, so
// that a run killed half-way is completed by the next one and no article is ever placed twice.
import type { ArticleFeatures } from './cluster-features.js'
import { clusterArticle } from './cluster-article.js'
import { DEFAULT_CLUSTER_OPTIONS, type ClusterOptions } from './cluster-options.js'
import type { StoryIndex } from './story-index.js'

export interface PendingSource extends StoryIndex {
  /** Ids of stored articles that belong to no story yet, in ingest order, at most `limit`. */
  unclusteredArticles(limit: number): Promise<string[]>
}

const BATCH = 200

/**
 * Another process clustering the same store may place this article, or change its best story, between our
 * reads and our write (the store then refuses the write): read again once before giving up.
 */
async function placeOnce(index: PendingSource, features: ArticleFeatures, options: ClusterOptions) {
  try {
    return await clusterArticle(index, features, options)
  } catch (error) {
    const placed = await index.storyOfArticle(features.articleId)
    if (placed) return { assigned: false, storyId: placed, decision: null }
    if (!(error instanceof Error)) throw error
    return clusterArticle(index, features, options)
  }
}

/** Returns how many articles were placed. `features` loads one stored article's features (null: gone). */
export async function clusterPending(
  index: PendingSource,
  features: (articleId: string) => Promise<ArticleFeatures | null>,
  options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
): Promise<number> {
  let placed = 0
  for (;;) {
    const ids = await index.unclusteredArticles(BATCH)
    if (ids.length === 0) return placed
    for (const id of ids) {
      const f = await features(id)
      if (!f) return placed // deleted under us: stop rather than loop on it
      if ((await placeOnce(index, f, options)).assigned) placed++
    }
  }
}
