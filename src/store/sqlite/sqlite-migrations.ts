// Versioned schema of the SQLite store; a migration runs once, in its own transaction.

export interface Migration {
  version: number
  name: string
  sql: string
}

export const SQLITE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, copies, layers, minhash bands, full-text index',
    sql: `
      CREATE TABLE articles (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        fingerprint TEXT NOT NULL UNIQUE,
        sha256 TEXT NOT NULL,
        input TEXT NOT NULL,
        outlet TEXT,
        title TEXT,
        url TEXT,
        byline TEXT,
        published_at TEXT,
        published_json TEXT,
        text TEXT NOT NULL,
        structure_json TEXT NOT NULL,
        provenance_json TEXT NOT NULL,
        ingested_at TEXT NOT NULL
      );
      CREATE INDEX articles_published ON articles(published_at);

      CREATE TABLE copies (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id),
        kind TEXT NOT NULL CHECK (kind IN ('exact', 'near')),
        similarity REAL NOT NULL,
        input TEXT NOT NULL,
        outlet TEXT,
        title TEXT,
        url TEXT,
        published_json TEXT,
        fingerprint TEXT NOT NULL,
        ingested_at TEXT NOT NULL
      );
      CREATE INDEX copies_article ON copies(article_id);
      CREATE UNIQUE INDEX copies_fingerprint_input ON copies(fingerprint, input);

      CREATE TABLE layers (
        article_id TEXT NOT NULL REFERENCES articles(id),
        layer TEXT NOT NULL,
        source TEXT NOT NULL,
        data_json TEXT NOT NULL,
        PRIMARY KEY (article_id, layer)
      );

      CREATE TABLE minhash_bands (
        band_key TEXT NOT NULL,
        article_seq INTEGER NOT NULL REFERENCES articles(seq),
        PRIMARY KEY (band_key, article_seq)
      ) WITHOUT ROWID;

      CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, tokenize = 'unicode61 remove_diacritics 2');
    `,
  },
  {
    version: 2,
    name: 'stories: members with their decisions, profiles, postings and key frequencies',
    sql: `
      CREATE TABLE stories (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        first_article_id TEXT NOT NULL REFERENCES articles(id),
        size INTEGER NOT NULL,
        profile_json TEXT NOT NULL,
        clock INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX stories_recent ON stories(clock DESC);

      CREATE TABLE story_articles (
        article_id TEXT PRIMARY KEY REFERENCES articles(id),
        article_seq INTEGER NOT NULL UNIQUE,
        story_id TEXT NOT NULL REFERENCES stories(id),
        decision_json TEXT NOT NULL,
        assigned_at TEXT NOT NULL
      );
      CREATE INDEX story_articles_story ON story_articles(story_id, article_seq);

      CREATE TABLE story_postings (
        key TEXT NOT NULL,
        story_seq INTEGER NOT NULL REFERENCES stories(seq),
        clock INTEGER NOT NULL,
        PRIMARY KEY (key, story_seq)
      ) WITHOUT ROWID;
      CREATE INDEX story_postings_recent ON story_postings(key, clock DESC);

      CREATE TABLE cluster_frequencies (
        key TEXT PRIMARY KEY,
        df INTEGER NOT NULL
      ) WITHOUT ROWID;

      CREATE TABLE cluster_state (
        name TEXT PRIMARY KEY,
        value INTEGER NOT NULL
      );
    `,
  },
  {
    version: 3,
    name: 'named entities per article, for finding reports that name the same people, organisations and places',
    // the backfill reads the entities layer of articles stored before this table existed
    sql: `
      CREATE TABLE entity_names (
        article_id TEXT NOT NULL REFERENCES articles(id),
        name_key TEXT NOT NULL,
        type TEXT NOT NULL,
        PRIMARY KEY (name_key, type, article_id)
      ) WITHOUT ROWID;
      CREATE INDEX entity_names_article ON entity_names(article_id);
      INSERT OR IGNORE INTO entity_names (article_id, name_key, type)
        SELECT l.article_id, lower(json_extract(e.value, '$.data.name')), json_extract(e.value, '$.data.type')
        FROM layers l, json_each(l.data_json) e
        WHERE l.layer = 'entities' AND json_extract(e.value, '$.data.name') IS NOT NULL;
    `,
  },
]
