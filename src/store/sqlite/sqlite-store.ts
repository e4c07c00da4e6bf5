// The embedded store: one SQLite file in WAL mode (better-sqlite3), FTS5 for search. Each write is
// one transaction, so a run killed half-way leaves every article either fully stored or absent.
import Database from 'better-sqlite3'
import type { Article, PublishedAt } from '../../core/article.js'
import { ERROR_CODES, ParallaxError } from '../../core/errors.js'
import type { ClusterDecision } from '../../stories/cluster/cluster-decision.js'
import type { KeyFrequencies, StoryAssignment } from '../../stories/cluster/story-index.js'
import type { StoryProfile } from '../../stories/cluster/story-profile.js'
import type { ArticleSummary, CopyRecord, ListOptions, NewArticle, RelatedArticle, SearchHit, Store, StoredLayer, StoryMemberRecord, StoryRecord } from '../store.js'
import { SQLITE_MIGRATIONS } from './sqlite-migrations.js'

export interface SqliteStoreOptions {
  /** File path, or ':memory:' for a throw-away store. */
  path: string
}

const DEFAULT_LIMIT = 50

interface ArticleRow {
  seq: number
  id: string
  fingerprint: string
  sha256: string
  input: string
  outlet: string | null
  title: string | null
  url: string | null
  byline: string | null
  published_json: string | null
  text: string
  structure_json: string
  provenance_json: string
  ingested_at: string
}

interface CopyRow {
  id: string
  article_id: string
  kind: 'exact' | 'near'
  similarity: number
  input: string
  outlet: string | null
  title: string | null
  url: string | null
  published_json: string | null
  fingerprint: string
  ingested_at: string
}

export function openSqliteStore(options: SqliteStoreOptions): Store {
  let db: Database.Database
  try {
    db = new Database(options.path)
  } catch (error) {
    throw new ParallaxError(ERROR_CODES.STORE, options.path, `cannot open the database: ${(error as Error).message}`)
  }
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = NORMAL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  migrate(db, options.path)
  return new SqliteStore(db)
}

function migrate(db: Database.Database, path: string): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)')
  const applied = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[])
  const newest = Math.max(0, ...applied)
  const known = Math.max(...SQLITE_MIGRATIONS.map((m) => m.version))
  if (newest > known) {
    throw new ParallaxError(ERROR_CODES.STORE, path, `the database has schema version ${newest}, newer than this parallax knows (${known})`)
  }
  for (const migration of SQLITE_MIGRATIONS) {
    if (applied.has(migration.version)) continue
    db.transaction(() => {
      db.exec(migration.sql)
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        migration.version,
        migration.name,
        new Date().toISOString(),
      )
    }).immediate()
  }
}

const parseJson = <T>(json: string | null): T | null => (json === null ? null : (JSON.parse(json) as T))

function rowToArticle(row: ArticleRow): Article {
  const structure = JSON.parse(row.structure_json) as Pick<Article, 'boilerplate' | 'dateline'>
  return {
    id: row.id,
    sha256: row.sha256,
    fingerprint: row.fingerprint,
    text: row.text,
    boilerplate: structure.boilerplate,
    dateline: structure.dateline,
    meta: {
      input: row.input,
      outlet: row.outlet,
      title: row.title,
      url: row.url,
      byline: row.byline,
      publishedAt: parseJson<PublishedAt>(row.published_json),
      provenance: JSON.parse(row.provenance_json) as Record<string, string>,
    },
  }
}

/** An article as lists show it: its metadata and the first words of its body. */
function rowToListed(row: ArticleRow & { head: string }): Omit<ArticleSummary, 'copies'> {
  return {
    id: row.id,
    input: row.input,
    outlet: row.outlet,
    title: row.title,
    url: row.url,
    publishedAt: parseJson<PublishedAt>(row.published_json),
    ingestedAt: row.ingested_at,
    lead: leadOf(row.head, JSON.parse(row.structure_json) as Pick<Article, 'boilerplate' | 'dateline'>),
  }
}

function rowToCopy(row: CopyRow): CopyRecord {
  return {
    id: row.id,
    articleId: row.article_id,
    kind: row.kind,
    similarity: row.similarity,
    input: row.input,
    outlet: row.outlet,
    title: row.title,
    url: row.url,
    publishedAt: parseJson<PublishedAt>(row.published_json),
    fingerprint: row.fingerprint,
    ingestedAt: row.ingested_at,
  }
}

/** Turns what a user types into a safe FTS5 query: words and "quoted phrases", all required. */
export function toFtsQuery(query: string): string {
  const terms: string[] = []
  for (const match of query.matchAll(/"([^"]+)"|(\S+)/g)) {
    const phrase = match[1]
    if (phrase !== undefined) {
      const words = phrase.match(/[\p{L}\p{N}]+/gu)
      if (words) terms.push(`"${words.join(' ')}"`)
      continue
    }
    const raw = match[2]!
    const prefix = raw.endsWith('*')
    const words = raw.match(/[\p{L}\p{N}]+/gu)
    if (words) terms.push(`"${words.join(' ')}"${prefix ? '*' : ''}`)
  }
  return terms.join(' ')
}

class SqliteStore implements Store {
  readonly capabilities = { fullTextSearch: true, concurrentWriters: false }
  private readonly statements

  constructor(private readonly db: Database.Database) {
    this.statements = {
      insertArticle: db.prepare(`INSERT INTO articles (id, fingerprint, sha256, input, outlet, title, url, byline, published_at,
          published_json, text, structure_json, provenance_json, ingested_at)
        VALUES (@id, @fingerprint, @sha256, @input, @outlet, @title, @url, @byline, @published_at, @published_json, @text,
          @structure_json, @provenance_json, @ingested_at)
        ON CONFLICT DO NOTHING`),
      insertFts: db.prepare('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)'),
      insertBand: db.prepare('INSERT OR IGNORE INTO minhash_bands (band_key, article_seq) VALUES (?, ?)'),
      insertLayer: db.prepare('INSERT OR REPLACE INTO layers (article_id, layer, source, data_json) VALUES (?, ?, ?, ?)'),
      insertCopy: db.prepare(`INSERT INTO copies (id, article_id, kind, similarity, input, outlet, title, url, published_json, fingerprint, ingested_at)
        VALUES (@id, @article_id, @kind, @similarity, @input, @outlet, @title, @url, @published_json, @fingerprint, @ingested_at)
        ON CONFLICT DO NOTHING`),
      articleById: db.prepare('SELECT * FROM articles WHERE id = ?'),
      insertName: db.prepare('INSERT OR IGNORE INTO entity_names (article_id, name_key, type) VALUES (?, ?, ?)'),
      undated: db.prepare('SELECT id FROM articles WHERE published_json IS NULL ORDER BY seq').pluck(),
      updatePublished: db.prepare('UPDATE articles SET published_at = ?, published_json = ? WHERE id = ?'),
      idByFingerprint: db.prepare('SELECT id FROM articles WHERE fingerprint = ?').pluck(),
      layers: db.prepare('SELECT layer, source, data_json FROM layers WHERE article_id = ? ORDER BY layer'),
      layerOfAll: db.prepare(`SELECT l.article_id, l.source, l.data_json FROM layers l JOIN articles a ON a.id = l.article_id
        WHERE l.layer = ? ORDER BY a.seq`),
      copies: db.prepare('SELECT * FROM copies WHERE article_id = ? ORDER BY ingested_at, id'),
      copyById: db.prepare('SELECT * FROM copies WHERE id = ?'),
      copyByFingerprintInput: db.prepare('SELECT * FROM copies WHERE fingerprint = ? AND input = ?'),
      list: db.prepare(`SELECT a.id, a.input, a.outlet, a.title, a.url, a.published_json, a.ingested_at, substr(a.text, 1, 400) AS head,
          a.structure_json, (SELECT count(*) FROM copies c WHERE c.article_id = a.id) AS copies
        FROM articles a ORDER BY a.seq LIMIT ? OFFSET ?`),
      counts: db.prepare('SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM copies) AS copies'),
      search: db.prepare(`SELECT a.id, a.title, a.outlet, snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet, bm25(articles_fts) AS score
        FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
        WHERE articles_fts MATCH ? ORDER BY score, a.seq LIMIT ? OFFSET ?`),
      ...storyStatements(db),
    }
  }

  async putArticle({ article, bands, layers, names = [] }: NewArticle): Promise<boolean> {
    const s = this.statements
    return this.db
      .transaction(() => {
        const result = s.insertArticle.run({
          id: article.id,
          fingerprint: article.fingerprint,
          sha256: article.sha256,
          input: article.meta.input,
          outlet: article.meta.outlet,
          title: article.meta.title,
          url: article.meta.url,
          byline: article.meta.byline,
          published_at: article.meta.publishedAt?.value ?? null,
          published_json: article.meta.publishedAt ? JSON.stringify(article.meta.publishedAt) : null,
          text: article.text,
          structure_json: JSON.stringify({ boilerplate: article.boilerplate, dateline: article.dateline }),
          provenance_json: JSON.stringify(article.meta.provenance),
          ingested_at: new Date().toISOString(),
        })
        if (result.changes === 0) return false
        const seq = Number(result.lastInsertRowid)
        s.insertFts.run(seq, article.meta.title ?? '', article.text)
        for (const band of bands) s.insertBand.run(band, seq)
        for (const [layer, stored] of Object.entries(layers)) {
          s.insertLayer.run(article.id, layer, stored.source, JSON.stringify(stored.data))
        }
        for (const { name, type } of names) s.insertName.run(article.id, name.toLowerCase(), type)
        return true
      })
      .immediate()
  }

  async relatedByNames(articleId: string, types: readonly string[]): Promise<RelatedArticle[]> {
    if (types.length === 0) return []
    const t = types.map(() => '?').join(',')
    const rows = this.db
      .prepare(
        `WITH mine AS (SELECT DISTINCT name_key FROM entity_names WHERE article_id = ? AND type IN (${t}))
         SELECT e.article_id AS articleId, count(DISTINCT e.name_key) AS shared,
           (SELECT count(DISTINCT x.name_key) FROM entity_names x WHERE x.article_id = e.article_id AND x.type IN (${t})) AS theirs,
           (SELECT count(*) FROM mine) AS mine
         FROM entity_names e JOIN mine ON mine.name_key = e.name_key
         WHERE e.article_id <> ? AND e.type IN (${t})
         GROUP BY e.article_id ORDER BY shared DESC, e.article_id`,
      )
      .all(articleId, ...types, ...types, articleId, ...types) as RelatedArticle[]
    return rows
  }

  async undatedArticleIds(): Promise<string[]> {
    return this.statements.undated.all() as string[]
  }

  async updateAnalysis(articleId: string, publishedAt: PublishedAt | null, layers: Record<string, StoredLayer>): Promise<void> {
    const s = this.statements
    this.db
      .transaction(() => {
        const result = s.updatePublished.run(publishedAt?.value ?? null, publishedAt ? JSON.stringify(publishedAt) : null, articleId)
        if (result.changes === 0) throw new ParallaxError(ERROR_CODES.NOT_FOUND, articleId, 'no stored article with this id')
        for (const [layer, stored] of Object.entries(layers)) s.insertLayer.run(articleId, layer, stored.source, JSON.stringify(stored.data))
      })
      .immediate()
  }

  async putCopy(copy: CopyRecord): Promise<boolean> {
    const result = this.statements.insertCopy.run({
      id: copy.id,
      article_id: copy.articleId,
      kind: copy.kind,
      similarity: copy.similarity,
      input: copy.input,
      outlet: copy.outlet,
      title: copy.title,
      url: copy.url,
      published_json: copy.publishedAt ? JSON.stringify(copy.publishedAt) : null,
      fingerprint: copy.fingerprint,
      ingested_at: copy.ingestedAt,
    })
    return result.changes > 0
  }

  async getArticle(id: string): Promise<Article | null> {
    const row = this.statements.articleById.get(id) as ArticleRow | undefined
    return row ? rowToArticle(row) : null
  }

  async getArticleIdByFingerprint(fingerprint: string): Promise<string | null> {
    return (this.statements.idByFingerprint.get(fingerprint) as string | undefined) ?? null
  }

  async candidatesByBands(bands: readonly string[]): Promise<string[]> {
    if (bands.length === 0) return []
    const placeholders = bands.map(() => '?').join(',')
    return this.db
      .prepare(`SELECT a.id FROM articles a WHERE a.seq IN (SELECT DISTINCT article_seq FROM minhash_bands WHERE band_key IN (${placeholders})) ORDER BY a.seq`)
      .pluck()
      .all(...bands) as string[]
  }

  async getLayers(articleId: string): Promise<Record<string, StoredLayer>> {
    const rows = this.statements.layers.all(articleId) as { layer: string; source: string; data_json: string }[]
    return Object.fromEntries(rows.map((r) => [r.layer, { source: r.source, data: JSON.parse(r.data_json) }]))
  }

  async listLayer(layer: string): Promise<{ articleId: string; layer: StoredLayer }[]> {
    const rows = this.statements.layerOfAll.all(layer) as { article_id: string; source: string; data_json: string }[]
    return rows.map((r) => ({ articleId: r.article_id, layer: { source: r.source, data: JSON.parse(r.data_json) } }))
  }

  async getCopies(articleId: string): Promise<CopyRecord[]> {
    return (this.statements.copies.all(articleId) as CopyRow[]).map(rowToCopy)
  }

  async getCopy(id: string): Promise<CopyRecord | null> {
    const row = this.statements.copyById.get(id) as CopyRow | undefined
    return row ? rowToCopy(row) : null
  }

  async findCopy(fingerprint: string, input: string): Promise<CopyRecord | null> {
    const row = this.statements.copyByFingerprintInput.get(fingerprint, input) as CopyRow | undefined
    return row ? rowToCopy(row) : null
  }

  async listArticles(options: ListOptions = {}): Promise<ArticleSummary[]> {
    const rows = this.statements.list.all(options.limit ?? DEFAULT_LIMIT, options.offset ?? 0) as (ArticleRow & {
      head: string
      copies: number
    })[]
    return rows.map((row) => ({ ...rowToListed(row), copies: row.copies }))
  }

  async countArticles(): Promise<{ articles: number; copies: number }> {
    return this.statements.counts.get() as { articles: number; copies: number }
  }

  async search(query: string, options: ListOptions = {}): Promise<SearchHit[]> {
    const fts = toFtsQuery(query)
    if (!fts) throw new ParallaxError(ERROR_CODES.USAGE, query, 'the search query has no words')
    return this.statements.search.all(fts, options.limit ?? DEFAULT_LIMIT, options.offset ?? 0) as SearchHit[]
  }

  // Stories: clustering runs in ingest order, so the unclustered articles are those after the last clustered one.
  async unclusteredArticles(limit: number): Promise<string[]> {
    return this.statements.unclustered.all(limit) as string[]
  }

  async keyFrequencies(keys: readonly string[]): Promise<KeyFrequencies> {
    const s = this.statements
    return this.db.transaction(() => {
      const frequencies = new Map<string, number>()
      for (const key of keys) {
        const df = s.keyFrequency.get(key) as number | undefined
        if (df !== undefined) frequencies.set(key, df)
      }
      return { documents: (s.stateValue.get('documents') as number | undefined) ?? 0, frequencies }
    })()
  }

  async storiesByKeys(keys: readonly string[], limit: number): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>()
    for (const key of keys) if (!out.has(key)) out.set(key, this.statements.storiesByKey.all(key, limit) as string[])
    for (const [key, ids] of out) if (ids.length === 0) out.delete(key)
    return out
  }

  async storyProfiles(ids: readonly string[]): Promise<StoryProfile[]> {
    return ids.flatMap((id) => {
      const json = this.statements.storyProfile.get(id) as string | undefined
      return json === undefined ? [] : [JSON.parse(json) as StoryProfile]
    })
  }

  async storyOfArticle(articleId: string): Promise<string | null> {
    return (this.statements.storyOfArticle.get(articleId) as string | undefined) ?? null
  }

  async assignStory({ articleId, decision, profile, previousPostings, keys }: StoryAssignment): Promise<boolean> {
    const s = this.statements
    return this.db
      .transaction(() => {
        if (s.storyOfArticle.get(articleId) !== undefined) return false
        const articleSeq = s.articleSeq.get(articleId) as number | undefined
        if (articleSeq === undefined) throw new ParallaxError(ERROR_CODES.NOT_FOUND, articleId, 'no stored article with this id')
        const storedSize = s.storySize.get(profile.id) as number | undefined
        // the profile was read outside this transaction: refuse to overwrite what another writer added since
        if ((storedSize ?? 0) !== profile.size - 1) {
          throw new ParallaxError(ERROR_CODES.STORE, profile.id, `the story changed while ${articleId} was being clustered; run again`)
        }
        const clock = ((s.stateValue.get('documents') as number | undefined) ?? 0) + 1
        const now = new Date().toISOString()
        s.upsertStory.run({ id: profile.id, first: profile.firstArticleId, size: profile.size, profile: JSON.stringify(profile), clock, now })
        const storySeq = s.storySeq.get(profile.id) as number
        for (const key of previousPostings) s.deletePosting.run(key, storySeq)
        for (const key of profile.postings) s.upsertPosting.run(key, storySeq, clock)
        s.insertMember.run(articleId, articleSeq, profile.id, JSON.stringify(decision), now)
        s.countKeys.run(JSON.stringify([...new Set(keys)]))
        s.setState.run('documents', clock)
        return true
      })
      .immediate()
  }

  async listStories(options: ListOptions = {}): Promise<StoryRecord[]> {
    const rows = this.statements.listStories.all(options.limit ?? DEFAULT_LIMIT, options.offset ?? 0) as StoryRow[]
    return rows.map((row) => this.storyRecord(row))
  }

  async countStories(): Promise<number> {
    return this.statements.countStories.get() as number
  }

  async getStory(id: string): Promise<(StoryRecord & { decisions: ClusterDecision[] }) | null> {
    const row = this.statements.storyById.get(id) as StoryRow | undefined
    if (!row) return null
    const decisions = (this.statements.storyDecisions.all(id) as string[]).map((json) => JSON.parse(json) as ClusterDecision)
    return { ...this.storyRecord(row), decisions }
  }

  async storiesOfArticles(articleIds: readonly string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>()
    for (const id of articleIds) {
      const story = this.statements.storyOfArticle.get(id) as string | undefined
      if (story !== undefined) out.set(id, story)
    }
    return out
  }

  async clearStories(): Promise<void> {
    this.db
      .transaction(() => {
        this.db.exec('DELETE FROM story_postings; DELETE FROM story_articles; DELETE FROM stories; DELETE FROM cluster_frequencies; DELETE FROM cluster_state;')
      })
      .immediate()
  }

  private storyRecord(row: StoryRow): StoryRecord {
    const members = this.statements.storyMembers.all(row.id) as (ArticleRow & { head: string })[]
    return {
      id: row.id,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      articles: members.map(
        (m): StoryMemberRecord => ({
          ...rowToListed(m),
          copies: (this.statements.copies.all(m.id) as CopyRow[]).map((c) => {
            const { id, kind, input, outlet, title, url, publishedAt } = rowToCopy(c)
            return { id, kind, input, outlet, title, url, publishedAt }
          }),
        }),
      ),
    }
  }

  async close(): Promise<void> {
    this.db.close()
  }
}

interface StoryRow {
  id: string
  created_at: string
  updated_at: string
}

function storyStatements(db: Database.Database) {
  return {
    unclustered: db
      .prepare(`SELECT a.id FROM articles a
        WHERE a.seq > coalesce((SELECT max(article_seq) FROM story_articles), 0)
          AND NOT EXISTS (SELECT 1 FROM story_articles s WHERE s.article_id = a.id)
        ORDER BY a.seq LIMIT ?`)
      .pluck(),
    keyFrequency: db.prepare('SELECT df FROM cluster_frequencies WHERE key = ?').pluck(),
    // one statement for all of an article's keys: SQLite loops over the JSON array itself
    countKeys: db.prepare('INSERT INTO cluster_frequencies (key, df) SELECT value, 1 FROM json_each(?) WHERE true ON CONFLICT (key) DO UPDATE SET df = df + 1'),
    stateValue: db.prepare('SELECT value FROM cluster_state WHERE name = ?').pluck(),
    setState: db.prepare('INSERT INTO cluster_state (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value'),
    storiesByKey: db
      .prepare('SELECT s.id FROM story_postings p JOIN stories s ON s.seq = p.story_seq WHERE p.key = ? ORDER BY p.clock DESC, p.story_seq LIMIT ?')
      .pluck(),
    storyProfile: db.prepare('SELECT profile_json FROM stories WHERE id = ?').pluck(),
    storySize: db.prepare('SELECT size FROM stories WHERE id = ?').pluck(),
    storySeq: db.prepare('SELECT seq FROM stories WHERE id = ?').pluck(),
    storyOfArticle: db.prepare('SELECT story_id FROM story_articles WHERE article_id = ?').pluck(),
    articleSeq: db.prepare('SELECT seq FROM articles WHERE id = ?').pluck(),
    upsertStory: db.prepare(`INSERT INTO stories (id, first_article_id, size, profile_json, clock, created_at, updated_at)
        VALUES (@id, @first, @size, @profile, @clock, @now, @now)
        ON CONFLICT (id) DO UPDATE SET size = excluded.size, profile_json = excluded.profile_json, clock = excluded.clock, updated_at = excluded.updated_at`),
    deletePosting: db.prepare('DELETE FROM story_postings WHERE key = ? AND story_seq = ?'),
    upsertPosting: db.prepare('INSERT INTO story_postings (key, story_seq, clock) VALUES (?, ?, ?) ON CONFLICT (key, story_seq) DO UPDATE SET clock = excluded.clock'),
    insertMember: db.prepare('INSERT INTO story_articles (article_id, article_seq, story_id, decision_json, assigned_at) VALUES (?, ?, ?, ?, ?)'),
    listStories: db.prepare('SELECT id, created_at, updated_at FROM stories ORDER BY clock DESC, id LIMIT ? OFFSET ?'),
    countStories: db.prepare('SELECT count(*) FROM stories').pluck(),
    storyById: db.prepare('SELECT id, created_at, updated_at FROM stories WHERE id = ?'),
    storyMembers: db.prepare(`SELECT a.id, a.input, a.outlet, a.title, a.url, a.published_json, a.ingested_at, a.structure_json,
          substr(a.text, 1, 400) AS head
        FROM story_articles s JOIN articles a ON a.id = s.article_id WHERE s.story_id = ? ORDER BY s.article_seq`),
    storyDecisions: db.prepare('SELECT decision_json FROM story_articles WHERE story_id = ? ORDER BY article_seq').pluck(),
  }
}

/** The first words of the body, skipping boilerplate that sits at the top (date line, caption). */
function leadOf(head: string, structure: Pick<Article, 'boilerplate' | 'dateline'>): string {
  let from = 0
  for (const b of [...structure.boilerplate, ...(structure.dateline ? [{ span: structure.dateline.span }] : [])].sort(
    (x, y) => x.span[0] - y.span[0],
  )) {
    if (b.span[0] <= from + 2) from = Math.max(from, b.span[1])
  }
  return head.slice(from).replace(/\s+/g, ' ').trim().slice(0, 120)
}
