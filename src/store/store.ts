// The persistence interface every backend implements (SQLite now, PostgreSQL later), with capability
// flags; the engine talks only to this.
import type { Article, PublishedAt } from '../core/article.js'
import type { ClusterDecision } from '../stories/cluster/cluster-decision.js'
import type { StoryIndex } from '../stories/cluster/story-index.js'

export interface StoreCapabilities {
  /** Ranked full-text search over titles and bodies. */
  fullTextSearch: boolean
  /** Several processes may write at once. */
  concurrentWriters: boolean
}

export interface StoredLayer {
  /** `analyzer@version` that produced it. */
  source: string
  data: unknown
}

export interface ArticleSummary {
  id: string
  input: string
  outlet: string | null
  title: string | null
  url: string | null
  publishedAt: PublishedAt | null
  ingestedAt: string
  /** First words of the body, for lists of articles that have no title. */
  lead: string
  copies: number
}

export interface CopyRecord {
  /** Derived from the copy's normalised text and its input. */
  id: string
  articleId: string
  kind: 'exact' | 'near'
  /** Share of the copy's shingles found in the article (1 for exact copies). */
  similarity: number
  input: string
  outlet: string | null
  title: string | null
  url: string | null
  publishedAt: PublishedAt | null
  fingerprint: string
  ingestedAt: string
}

export interface SearchHit {
  id: string
  title: string | null
  outlet: string | null
  snippet: string
  score: number
}

export interface NewArticle {
  article: Article
  /** LSH band keys of the article's MinHash signature. */
  bands: string[]
  layers: Record<string, StoredLayer>
  /** The named entities of the article (canonical name, type), indexed to find related reports. */
  names?: { name: string; type: string }[]
}

export interface RelatedArticle {
  articleId: string
  /** Names (of the given types) the two articles share, and how many each has. */
  shared: number
  theirs: number
  mine: number
}

export interface ListOptions {
  limit?: number
  offset?: number
}

/** A member of a story as lists show it: the article's metadata and the copies linked to it. */
export interface StoryMemberRecord extends Omit<ArticleSummary, 'copies'> {
  copies: Pick<CopyRecord, 'id' | 'kind' | 'input' | 'outlet' | 'title' | 'url' | 'publishedAt'>[]
}

export interface StoryRecord {
  id: string
  /** Its articles in the order they joined it (ingest order). */
  articles: StoryMemberRecord[]
  createdAt: string
  /** When it last gained an article. */
  updatedAt: string
}

/** The store also keeps stories: it is the inverted index that incremental clustering reads and writes. */
export interface Store extends StoryIndex {
  readonly capabilities: StoreCapabilities
  /** Writes the article, its band keys and its layers in one transaction; false if its fingerprint was already stored. */
  putArticle(entry: NewArticle): Promise<boolean>
  /** Stored articles naming at least one of the same entities (of the given types) as `articleId`, most shared first. */
  relatedByNames(articleId: string, types: readonly string[]): Promise<RelatedArticle[]>
  /** Ids of stored articles that have no publication date at all (neither given nor inferred), in ingest order. */
  undatedArticleIds(): Promise<string[]>
  /** Replaces a stored article's publication date and layers in one transaction (the text never changes). */
  updateAnalysis(articleId: string, publishedAt: PublishedAt | null, layers: Record<string, StoredLayer>): Promise<void>
  /** Records a copy of a stored article; false if the same copy (text and input) was recorded before. */
  putCopy(copy: CopyRecord): Promise<boolean>
  getArticle(id: string): Promise<Article | null>
  getArticleIdByFingerprint(fingerprint: string): Promise<string | null>
  /** Ids of stored articles sharing at least one band key, oldest first. */
  candidatesByBands(bands: readonly string[]): Promise<string[]>
  getLayers(articleId: string): Promise<Record<string, StoredLayer>>
  /** One layer of every stored article, in ingest order. */
  listLayer(layer: string): Promise<{ articleId: string; layer: StoredLayer }[]>
  getCopies(articleId: string): Promise<CopyRecord[]>
  getCopy(id: string): Promise<CopyRecord | null>
  findCopy(fingerprint: string, input: string): Promise<CopyRecord | null>
  listArticles(options?: ListOptions): Promise<ArticleSummary[]>
  countArticles(): Promise<{ articles: number; copies: number }>
  search(query: string, options?: ListOptions): Promise<SearchHit[]>
  /** Ids of stored articles that belong to no story yet, in ingest order, at most `limit`. */
  unclusteredArticles(limit: number): Promise<string[]>
  /** Stories, the most recently updated first. */
  listStories(options?: ListOptions): Promise<StoryRecord[]>
  countStories(): Promise<number>
  /** One story with the decision that placed each of its articles, in the same order. */
  getStory(id: string): Promise<(StoryRecord & { decisions: ClusterDecision[] }) | null>
  /** Article id → story id, for the given articles that belong to one. */
  storiesOfArticles(articleIds: readonly string[]): Promise<Map<string, string>>
  /** Removes every story, decision, posting and key frequency in one transaction; articles stay. */
  clearStories(): Promise<void>
  close(): Promise<void>
}
