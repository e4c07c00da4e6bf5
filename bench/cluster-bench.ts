// Story clustering cost per article as the store grows: generated articles go one by one into a SQLite
// store (written untimed, as ingest would), and each is clustered through the store's inverted index
// (timed). The entities layer is synthetic (capitalised names found by a pattern, not the recognizer,
// which would make 100k articles take an hour); words, dates and the clustering code are the product's.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { makeAnnotation, type Annotation } from '../src/core/annotation.js'
import type { EntityData } from '../src/analyze/entities/entities-analyzer.js'
import { readPlainText } from '../src/ingest/readers/plain-text-reader.js'
import { makeSourceText } from '../src/core/source-text.js'
import type { Article } from '../src/core/article.js'
import { clusterArticle } from '../src/stories/cluster/cluster-article.js'
import { articleFeatures } from '../src/stories/cluster/cluster-features.js'
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js'
import { demoSentences, generateArticle } from './generate-corpus.js'

export interface ClusterBenchRow {
  /** Articles in the store when the window ended. */
  articles: number
  /** Mean clustering time per article over the last `window` articles before that size. */
  msPerArticle: number
  window: number
  stories: number
}

/** Capitalised word runs as PERSON/ORG/GPE entities, the way a recognizer's output looks to clustering. */
function syntheticEntities(article: Article): Annotation<EntityData>[] {
  const seen = new Map<string, number>()
  for (const m of article.text.matchAll(/(?<![.!?]\s|^)\b\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)*/gmu)) seen.set(m[0], (seen.get(m[0]) ?? 0) + 1)
  const types = ['PERSON', 'ORG', 'GPE'] as const
  return [...seen].map(([name, count], i) =>
    makeAnnotation('entities', 'bench', 0, 0, { name, type: types[name.length % 3]!, descriptors: [], mentions: Array.from({ length: count }, () => ({ span: [0, 0] as const, text: name })) }),
  ).filter((_, i) => i < 40)
}

export async function benchClustering(sizes: readonly number[], window = 1000): Promise<ClusterBenchRow[]> {
  const pool = await demoSentences()
  const dir = mkdtempSync(join(tmpdir(), 'parallax-cluster-bench-'))
  const store = openSqliteStore({ path: join(dir, 'bench.db') })
  const rows: ClusterBenchRow[] = []
  const targets = [...sizes].sort((a, b) => a - b)
  try {
    let timed = 0
    let inWindow = 0
    for (let i = 0; i < targets[targets.length - 1]!; i++) {
      const ingested = readPlainText(generateArticle(pool, i), { input: `bench-${i}.txt` })
      const source = makeSourceText(ingested.text)
      const article: Article = { ...ingested, id: source.id, sha256: source.sha256, fingerprint: source.sha256 }
      await store.putArticle({ article, bands: [], layers: {} })
      const features = articleFeatures(article, syntheticEntities(article))
      const next = targets.find((t) => t > i)!
      const started = process.hrtime.bigint()
      await clusterArticle(store, features)
      if (i >= next - window) {
        timed += Number(process.hrtime.bigint() - started) / 1e6
        inWindow++
      }
      if (i + 1 === next) {
        rows.push({ articles: next, msPerArticle: timed / inWindow, window: inWindow, stories: await store.countStories() })
        timed = 0
        inWindow = 0
      }
    }
  } finally {
    await store.close()
    rmSync(dir, { recursive: true, force: true })
  }
  return rows
}
