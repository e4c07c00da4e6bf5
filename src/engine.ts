// The one library API: every interface (CLI, HTTP, web) calls these functions and nothing else.
import type { Article } from './core/article.js'
import { makeDoc } from './core/doc.js'
import { ERROR_CODES, ParallaxError, asParallaxError } from './core/errors.js'
import { contentId } from './core/hash.js'
import type { Layers } from './core/layers.js'
import { defaultPipeline } from './analyze/default-pipeline.js'
import type { Pipeline } from './analyze/pipeline.js'
import { overlap } from './ingest/dedupe/minhash.js'
import { isNearDuplicate } from './ingest/dedupe/near-duplicate.js'
import { isUrl, type FetchOptions } from './ingest/fetch-url.js'
import { prepareArticle, shinglesOf } from './ingest/prepare-article.js'
import { expandInputs, readInputs, readSupplied, type Format, type ReadResult, type SuppliedInput } from './ingest/read-inputs.js'
import { toArticleMeta, type SuppliedMeta } from './ingest/supplied-meta.js'
import type { EntityData } from './analyze/entities/entities-analyzer.js'
import type { QuoteData } from './analyze/quotes/quotes-analyzer.js'
import type { Annotation } from './core/annotation.js'
import { resolveEntities, type CanonicalEntity } from './stories/entities/resolve-entities.js'
import { timexes as timexAnalyzer, type TimexData } from './analyze/time/timexes-analyzer.js'
import { inferPublishedAt, type DatedSibling } from './stories/dates/infer-published.js'
import { compareStory, type StoryComparison } from './stories/compare/compare-story.js'
import { buildBrief, type Brief } from './stories/brief/brief.js'
import type { StoryArticle } from './stories/story-article.js'
import { articleFeatures } from './stories/cluster/cluster-features.js'
import { clusterPending } from './stories/cluster/cluster-pending.js'
import type { ClusterDecision } from './stories/cluster/cluster-decision.js'
import { summariseStory, type StorySummary } from './stories/cluster/story-summary.js'
import type { SentenceData } from './analyze/sentences/sentences-analyzer.js'
import { openSqliteStore } from './store/sqlite/sqlite-store.js'
import type { ArticleSummary, CopyRecord, ListOptions, SearchHit, Store, StoredLayer, StoryMemberRecord } from './store/store.js'
import { toAnalysisArticle, type AnalysisArticle, type AnalysisDocument } from './analysis-document.js'

export type { AnalysisArticle, AnalysisDocument } from './analysis-document.js'
export type { ArticleSummary, CopyRecord, SearchHit } from './store/store.js'
export type { CanonicalEntity } from './stories/entities/resolve-entities.js'
export type { StorySummary } from './stories/cluster/story-summary.js'
export type { ClusterDecision, StoryMatch } from './stories/cluster/cluster-decision.js'
export type { StoryComparison } from './stories/compare/compare-story.js'
export type { Brief } from './stories/brief/brief.js'
export { renderHtml, renderMarkdown } from './stories/brief/render-brief.js'

export interface Comparison {
  articles: StoryArticle[]
  comparison: StoryComparison
  brief: Brief
}
export type { SuppliedMeta } from './ingest/supplied-meta.js'
export { isPublicAddress } from './ingest/public-address.js'

export const DEFAULT_DB = 'parallax.db'

// Two reports count as covering the same events for date inference when at least a quarter of their
// named people, organisations and places are shared (the two seed reports share about 0.4; reports
// of different events by the same outlet rarely pass 0.1). Story clustering will replace this.
const SIBLING_MIN_OVERLAP = 0.25
const SIBLING_TYPES = ['PERSON', 'ORG', 'GPE']
const MAX_SIBLINGS = 5

/** A story's title: its first titled article's title, else the first sentence of its first article. */
function storyTitle(articles: readonly StoryArticle[]): string {
  const titled = articles.find((a) => a.title)
  if (titled) return titled.title!
  const first = articles[0]?.sentences[0]
  if (!first) return 'Untitled story'
  const sentence = articles[0]!.text.slice(first.start, first.end)
  return sentence.length > 100 ? `${sentence.slice(0, 99)}…` : sentence
}


export interface EngineOptions {
  /** SQLite file, or ':memory:' for a store that lives only as long as the engine. */
  db?: string
  pipeline?: Pipeline
  fetch?: FetchOptions
  stdin?: () => Promise<Buffer>
}

export type IngestStatus = 'stored' | 'duplicate' | 'exists' | 'failed'

export interface IngestOutcome {
  input: string
  status: IngestStatus
  articleId?: string
  duplicateOf?: { articleId: string; kind: 'exact' | 'near'; similarity: number }
  error?: ParallaxError
}

export interface IngestReport {
  outcomes: IngestOutcome[]
  stored: number
  duplicates: number
  unchanged: number
  failed: number
}

/** An ingest report as plain JSON (errors as code and reason), for the CLI's --json and the HTTP API. */
export function reportToJson(report: IngestReport) {
  return {
    stored: report.stored,
    duplicates: report.duplicates,
    unchanged: report.unchanged,
    failed: report.failed,
    outcomes: report.outcomes.map((o) => ({
      input: o.input,
      status: o.status,
      articleId: o.articleId ?? null,
      duplicateOf: o.duplicateOf ?? null,
      error: o.error ? { code: o.error.code, reason: o.error.reason } : null,
    })),
  }
}

export interface IngestOptions {
  /** Called after each input unit (a file, a URL, stdin) with how many are done of how many. */
  onProgress?: (done: number, total: number) => void
  onOutcome?: (outcome: IngestOutcome) => void
  /** Fetch options for this call, over the engine's: e.g. an `allowAddress` guard for URLs a remote user gives. */
  fetch?: FetchOptions
}

/**
 * An article handed over in memory: its content (text, HTML, JSON Lines or a feed; bytes are read as a
 * file named `input` would be) or an http(s) URL to fetch. `meta` wins over what the content says.
 */
export type ContentItem =
  | { content: string | Uint8Array; format?: Format; input?: string; meta?: SuppliedMeta }
  | { url: string; input?: string; meta?: SuppliedMeta }

export interface ArticleView {
  article: AnalysisArticle
  copies: CopyRecord[]
}

export type ShowResult = { kind: 'article'; view: ArticleView } | { kind: 'copy'; copy: CopyRecord; view: ArticleView }

export interface Engine {
  readonly store: Store
  readonly pipeline: Pipeline
  ingest(inputs: readonly string[], options?: IngestOptions): Promise<IngestReport>
  /**
   * Ingests articles handed over in memory, through the same readers, dedupe and store as `ingest`.
   * Throws a PARALLAX_ERR_USAGE error whose input names the field (`url`, `publishedAt`) when an item's
   * URL or metadata is wrong, before anything is stored.
   */
  ingestContent(items: readonly ContentItem[], options?: IngestOptions): Promise<IngestReport>
  analyze(inputs: readonly string[], options?: IngestOptions): Promise<AnalysisDocument & { report: IngestReport }>
  list(options?: ListOptions): Promise<ArticleSummary[]>
  count(): Promise<{ articles: number; copies: number }>
  show(id: string): Promise<ShowResult>
  search(query: string, options?: ListOptions): Promise<SearchHit[]>
  /** Compares stored articles as one story: facts, conflicts, quotes, voices, wording, timeline, and a cited brief. */
  compare(articleIds: readonly string[], options?: { title?: string }): Promise<Comparison>
  /** A story with its comparison across outlets and its cited brief. */
  storyReport(id: string): Promise<Comparison & { story: StoryDetail }>
  /** Stories, the most recently updated first. */
  stories(options?: ListOptions): Promise<StorySummary[]>
  /** One story by id (`story:…`, or the part after the colon), with its articles and the decision for each. */
  story(id: string): Promise<StoryDetail>
  /** Rebuilds every story from scratch, clustering the stored articles in ingest order. */
  recluster(): Promise<{ articles: number; stories: number }>
  /** Canonical entities across all stored articles, most widely reported first. */
  entities(options?: { type?: string }): Promise<CanonicalEntity[]>
  /** One canonical entity by id, name or alias (case-insensitive). */
  entity(nameOrId: string): Promise<CanonicalEntity>
  /** Stored quotes in ingest order; with `speaker`, only those of that speaker (name, alias or surname). */
  quotes(options?: { speaker?: string }): Promise<StoredQuote[]>
  close(): Promise<void>
}

/** One article of a story with the decision that placed it there (why it is in the story). */
export interface StoryMember extends StoryMemberRecord {
  decision: ClusterDecision | null
}

/** A story with its articles' metadata, their syndicated copies and the clustering decisions. */
export interface StoryDetail extends StorySummary {
  members: StoryMember[]
}

/** A quote from the store, with the article it was found in. */
export interface StoredQuote {
  articleId: string
  kind: QuoteData['kind']
  span: readonly [number, number]
  text: string
  speaker: QuoteData['speaker']
  cue: QuoteData['cue']
  via: QuoteData['via']
}

export function openEngine(options: EngineOptions = {}): Engine {
  const store = openSqliteStore({ path: options.db ?? process.env.PARALLAX_DB ?? DEFAULT_DB })
  const pipeline = options.pipeline ?? defaultPipeline()

  const analyzeArticle = (article: Article): Record<string, StoredLayer> => {
    const { layers } = pipeline.run(makeDoc(article))
    return Object.fromEntries(
      Object.entries(layers).map(([layer, data]) => [layer, { source: pipeline.versions[layer] ?? 'unknown', data }]),
    )
  }

  /** Stores one read article, or links it to the stored article it copies. */
  const ingestOne = async (read: ReadResult & { article: NonNullable<ReadResult['article']> }): Promise<IngestOutcome> => {
    const { article, shingles, bands } = prepareArticle(read.article)
    const input = read.input
    const copyOf = async (articleId: string, kind: 'exact' | 'near', similarity: number): Promise<IngestOutcome> => {
      const existing = await store.getArticle(articleId)
      if (existing?.meta.input === input && kind === 'exact') return { input, status: 'exists', articleId }
      const copy: CopyRecord = {
        id: contentId(`${article.fingerprint}\u0000${input}`),
        articleId,
        kind,
        similarity,
        input,
        outlet: article.meta.outlet,
        title: article.meta.title,
        url: article.meta.url,
        publishedAt: article.meta.publishedAt,
        fingerprint: article.fingerprint,
        ingestedAt: new Date().toISOString(),
      }
      const added = await store.putCopy(copy)
      return { input, status: added ? 'duplicate' : 'exists', articleId, duplicateOf: { articleId, kind, similarity } }
    }

    const exact = await store.getArticleIdByFingerprint(article.fingerprint)
    if (exact) return copyOf(exact, 'exact', 1)
    for (const candidateId of await store.candidatesByBands(bands)) {
      const candidate = await store.getArticle(candidateId)
      if (!candidate) continue
      const o = overlap(shingles, shinglesOf(candidate))
      if (isNearDuplicate(o)) return copyOf(candidateId, 'near', Math.round(o.containment * 1000) / 1000)
    }
    const layers = analyzeArticle(article)
    const names = ((layers.entities?.data ?? []) as Annotation<EntityData>[]).map((e) => ({ name: e.data.name, type: e.data.type }))
    const added = await store.putArticle({ article, bands, layers, names })
    // a concurrent writer may have stored the same text between our lookup and our write
    return { input, status: added ? 'stored' : 'exists', articleId: added ? article.id : ((await store.getArticleIdByFingerprint(article.fingerprint)) ?? article.id) }
  }

  /**
   * Gives stored articles without a publication date one inferred from dated reports of the same events,
   * then re-resolves their time expressions against it. Tried for the undated articles a run stored and
   * for those related to anything it stored: a dated report arriving later (or the rest of a run that was
   * killed) dates them, and a run costs in proportion to what it stored, not to the store. "The same
   * events" means sharing many named people, organisations and places (dating runs before story
   * clustering, which uses the dates).
   */
  const inferDates = async (storedIds: readonly string[]): Promise<void> => {
    if (storedIds.length === 0) return
    const undatedIds = new Set(await store.undatedArticleIds())
    const candidates = new Set(storedIds.filter((id) => undatedIds.has(id)))
    for (const id of storedIds) {
      for (const r of await store.relatedByNames(id, SIBLING_TYPES)) if (undatedIds.has(r.articleId)) candidates.add(r.articleId)
    }
    const undated: Article[] = []
    for (const id of [...undatedIds].filter((id) => candidates.has(id))) {
      const article = await store.getArticle(id)
      if (article) undated.push(article)
    }
    if (undated.length === 0) return
    for (const article of undated) {
      const related = (await store.relatedByNames(article.id, SIBLING_TYPES))
        .map((r) => ({ id: r.articleId, overlap: r.shared / (r.mine + r.theirs - r.shared) }))
        .filter((r) => r.overlap >= SIBLING_MIN_OVERLAP)
        .sort((a, b) => b.overlap - a.overlap || a.id.localeCompare(b.id))
      const siblings: DatedSibling[] = []
      for (const { id } of related) {
        if (siblings.length >= MAX_SIBLINGS) break
        const other = await store.getArticle(id)
        if (!other?.meta.publishedAt || other.meta.publishedAt.inferred || other.meta.publishedAt.precision !== 'day') continue
        const layers = await store.getLayers(id)
        siblings.push({ id, publishedAt: other.meta.publishedAt.value, text: other.text, timexes: (layers.timexes?.data ?? []) as Annotation<TimexData>[] })
      }
      if (siblings.length === 0) continue
      const stored = await store.getLayers(article.id)
      const layers = Object.fromEntries(Object.entries(stored).map(([k, v]) => [k, v.data])) as Layers
      const inferred = inferPublishedAt(
        { text: article.text, timexesAt: (day) => timexAnalyzer({ anchor: day }).analyze(makeDoc(article, layers)).timexes },
        siblings,
      )
      if (!inferred) continue
      const dated: Article = { ...article, meta: { ...article.meta, publishedAt: inferred } }
      await store.updateAnalysis(article.id, inferred, analyzeArticle(dated))
    }
  }

  /** Reads each unit, stores or links what it holds, then dates the undated articles it stored. */
  const ingestUnits = async <U>(units: readonly U[], readUnit: (unit: U) => AsyncIterable<ReadResult>, opts: IngestOptions): Promise<IngestReport> => {
    const outcomes: IngestOutcome[] = []
    const record = (outcome: IngestOutcome) => {
      outcomes.push(outcome)
      opts.onOutcome?.(outcome)
    }
    let done = 0
    opts.onProgress?.(0, units.length)
    for (const unit of units) {
      for await (const read of readUnit(unit)) {
        if (read.error) {
          record({ input: read.input, status: 'failed', error: read.error })
          continue
        }
        try {
          record(await ingestOne(read))
        } catch (error) {
          record({ input: read.input, status: 'failed', error: asParallaxError(error, read.input, ERROR_CODES.STORE) })
        }
      }
      opts.onProgress?.(++done, units.length)
    }
    await inferDates(outcomes.flatMap((o) => (o.status === 'stored' && o.articleId ? [o.articleId] : [])))
    await clusterStories() // after dating, so inferred dates count; also completes a run that was killed
    const countOf = (status: IngestStatus) => outcomes.filter((o) => o.status === status).length
    return { outcomes, stored: countOf('stored'), duplicates: countOf('duplicate'), unchanged: countOf('exists'), failed: countOf('failed') }
  }

  const readOptions = (opts: IngestOptions) => ({ fetch: { ...options.fetch, ...opts.fetch }, stdin: options.stdin })

  const ingest = async (inputs: readonly string[], opts: IngestOptions = {}): Promise<IngestReport> =>
    ingestUnits(await expandInputs(inputs), (unit) => readInputs([unit], readOptions(opts)), opts)

  const ingestContent = async (items: readonly ContentItem[], opts: IngestOptions = {}): Promise<IngestReport> => {
    // every item is checked before any is stored, so that a wrong field leaves the store as it was
    const supplied: SuppliedInput[] = items.map((item) => {
      const meta = toArticleMeta(item.meta ?? {})
      if ('url' in item) {
        if (!isUrl(item.url)) throw new ParallaxError(ERROR_CODES.USAGE, 'url', `not an http(s) URL: ${JSON.stringify(item.url)}`)
        return { url: item.url, input: item.input ?? item.url, meta }
      }
      // the sender's URL or outlet names an input that has none, so the same text from two outlets is a copy
      const input = item.input ?? meta.url ?? (meta.outlet ? `content:${meta.outlet}` : 'content')
      return { content: item.content, format: item.format, input, meta }
    })
    return ingestUnits(supplied, (item) => readSupplied([item], readOptions(opts)), opts)
  }

  const currentLayers = async (article: Article): Promise<Layers> => {
    let stored = await store.getLayers(article.id)
    const missing = pipeline.analyzers.some((a) => a.assigns.some((layer) => stored[layer]?.source !== a.id))
    if (missing) stored = analyzeArticle(article) // stored by an older pipeline: analyse again for display
    return Object.fromEntries(Object.entries(stored).map(([k, v]) => [k, v.data])) as Layers
  }

  const view = async (article: Article): Promise<ArticleView> => ({
    article: toAnalysisArticle(article, await currentLayers(article)),
    copies: await store.getCopies(article.id),
  })

  const storyArticle = async (id: string): Promise<StoryArticle> => {
    const article = await store.getArticle(id)
    if (!article) throw new ParallaxError(ERROR_CODES.NOT_FOUND, id, 'no article with this id')
    const layers = await currentLayers(article)
    const copies = await store.getCopies(id)
    const labelOf = (outlet: string | null, input: string) => outlet ?? input.split(/[\\/]/).pop() ?? input
    return {
      id,
      label: labelOf(article.meta.outlet, article.meta.input),
      outlet: article.meta.outlet,
      title: article.meta.title,
      publishedAt: article.meta.publishedAt,
      text: article.text,
      boilerplate: article.boilerplate,
      sentences: layers.sentences ?? [],
      tokens: layers.tokens ?? [],
      entities: layers.entities ?? [],
      quotes: layers.quotes ?? [],
      timexes: layers.timexes ?? [],
      copiedBy: copies.map((c) => labelOf(c.outlet, c.input)),
    }
  }

  /** Places every article that has no story yet, in ingest order (src/stories/cluster/). */
  const clusterStories = () =>
    clusterPending(store, async (id) => {
      const article = await store.getArticle(id)
      if (!article) return null
      const layers = await store.getLayers(id)
      return articleFeatures(article, (layers.entities?.data ?? []) as Annotation<EntityData>[])
    })

  const firstSentence = async (articleId: string): Promise<string | null> => {
    const article = await store.getArticle(articleId)
    if (!article) return null
    const first = ((await store.getLayers(articleId)).sentences?.data as Annotation<SentenceData>[] | undefined)?.[0]
    return first ? article.text.slice(first.start, first.end) : null
  }

  const storyDetail = async (id: string): Promise<StoryDetail> => {
    const record = (await store.getStory(id)) ?? (id.startsWith('story:') ? null : await store.getStory(`story:${id}`))
    if (!record) throw new ParallaxError(ERROR_CODES.NOT_FOUND, id, 'no story with this id')
    const decisions = new Map(record.decisions.map((d) => [d.articleId, d]))
    const summary = await summariseStory(record, firstSentence)
    return { ...summary, members: record.articles.map((m) => ({ ...m, decision: decisions.get(m.id) ?? null })) }
  }

  const compareArticles = async (articleIds: readonly string[], title?: string): Promise<Comparison> => {
    const articles: StoryArticle[] = []
    for (const id of articleIds) articles.push(await storyArticle(id))
    const comparison = compareStory(articles)
    return { articles, comparison, brief: buildBrief(title ?? storyTitle(articles), articles, comparison) }
  }

  // Resolved on demand from the stored entity layers: one pass over the store per call.
  const canonicalEntities = async (): Promise<CanonicalEntity[]> => {
    const rows = await store.listLayer('entities')
    return resolveEntities(
      rows.flatMap(({ articleId, layer }) =>
        (layer.data as Annotation<EntityData>[]).map((e) => ({
          articleId,
          name: e.data.name,
          type: e.data.type,
          descriptors: e.data.descriptors.map((d) => d.text),
          mentions: e.data.mentions.map((m) => m.text),
        })),
      ),
    )
  }

  return {
    store,
    pipeline,
    ingest,
    ingestContent,
    async analyze(inputs, opts) {
      const report = await ingest(inputs, opts)
      const ids = [...new Set(report.outcomes.flatMap((o) => (o.articleId ? [o.articleId] : [])))]
      const articles: AnalysisArticle[] = []
      for (const id of ids) {
        const article = await store.getArticle(id)
        if (article) articles.push((await view(article)).article)
      }
      const duplicates = report.outcomes
        .filter((o) => o.duplicateOf)
        .map((o) => ({ input: o.input, duplicateOf: o.duplicateOf!.articleId, kind: o.duplicateOf!.kind, similarity: o.duplicateOf!.similarity }))
      const storyOf = await store.storiesOfArticles(ids)
      const stories: AnalysisDocument['stories'] = []
      for (const storyId of new Set(ids.flatMap((id) => (storyOf.has(id) ? [storyOf.get(id)!] : [])))) {
        const story = await storyDetail(storyId)
        const { comparison } = await compareArticles(story.articles, story.title)
        stories.push({
          id: story.id,
          title: story.title,
          articles: story.articles,
          facts: comparison.facts.map((f) => ({ text: f.text, status: f.status, sources: f.sources.map(({ article, span }) => ({ article, span })) })),
          conflicts: comparison.conflicts.map((c) => ({
            subject: c.subject,
            unit: c.unit,
            sources: c.sources.map(({ article, span, value }) => ({ article, span, value })),
          })),
          quotes: comparison.quotes.map((q) => ({ speaker: q.speaker, variants: q.variants.map(({ article, span, text }) => ({ article, span, text })) })),
        })
      }
      return { articles, duplicates, stories, report }
    },
    list: (opts) => store.listArticles(opts),
    count: () => store.countArticles(),
    async show(id) {
      const article = await store.getArticle(id)
      if (article) return { kind: 'article', view: await view(article) }
      const copy = await store.getCopy(id)
      if (copy) {
        const original = await store.getArticle(copy.articleId)
        if (original) return { kind: 'copy', copy, view: await view(original) }
      }
      throw new ParallaxError(ERROR_CODES.NOT_FOUND, id, 'no article or copy with this id')
    },
    search: (query, opts) => store.search(query, opts),
    async stories(opts) {
      const records = await store.listStories(opts)
      const out: StorySummary[] = []
      for (const record of records) out.push(await summariseStory(record, firstSentence))
      return out
    },
    story: storyDetail,
    async recluster() {
      await store.clearStories()
      const articles = await clusterStories()
      return { articles, stories: await store.countStories() }
    },
    compare: (articleIds, opts = {}) => compareArticles(articleIds, opts.title),
    async storyReport(id) {
      const story = await storyDetail(id)
      return { story, ...(await compareArticles(story.articles, story.title)) }
    },
    entities: async (opts = {}) => {
      const all = await canonicalEntities()
      return opts.type ? all.filter((e) => e.type === opts.type!.toUpperCase()) : all
    },
    async entity(nameOrId) {
      const wanted = nameOrId.toLowerCase()
      const all = await canonicalEntities()
      const found =
        all.find((e) => e.id === nameOrId) ??
        all.find((e) => e.name.toLowerCase() === wanted) ??
        all.find((e) => e.aliases.some((a) => a.toLowerCase() === wanted))
      if (!found) throw new ParallaxError(ERROR_CODES.NOT_FOUND, nameOrId, 'no entity with this id, name or alias')
      return found
    },
    async quotes(opts = {}) {
      const rows = await store.listLayer('quotes')
      const all: StoredQuote[] = rows.flatMap(({ articleId, layer }) =>
        (layer.data as Annotation<QuoteData>[]).map((q) => ({ articleId, kind: q.data.kind, span: [q.start, q.end] as const, text: q.data.text, speaker: q.data.speaker, cue: q.data.cue, via: q.data.via })),
      )
      if (!opts.speaker) return all
      // the speaker as written, or any alias of the canonical entity it names ("Ushakov" finds "Yuri Ushakov")
      const wanted = opts.speaker.toLowerCase()
      const canonical = (await canonicalEntities()).find((e) => e.name.toLowerCase() === wanted || e.aliases.some((a) => a.toLowerCase() === wanted))
      const names = new Set([wanted, ...(canonical ? [canonical.name, ...canonical.aliases].map((n) => n.toLowerCase()) : [])])
      return all.filter((q) => {
        const name = q.speaker?.name.toLowerCase()
        return name !== undefined && (names.has(name) || names.has(name.split(' ').pop()!))
      })
    },
    close: () => store.close(),
  }
}
