// `parallax eval clusters`: ingests an ECB+ split through the engine (the product path: readers, dedupe,
// analysis, incremental story clustering in file order) into a throw-away store and scores its stories
// against the gold event clusters.
import { openEngine } from '../../src/engine.js'
import { scoreClusters, type ClusterScore } from './cluster-scorer.js'
import { ecbFile, readEcbDocs, type EcbSplit } from './ecb-reader.js'

export interface ClusterEvalResult extends ClusterScore {
  split: EcbSplit
  file: string
  /** Documents stored as articles; the others were linked to one as syndicated copies (or failed). */
  storedArticles: number
  copies: number
  failed: number
}

export async function evalClusters(options: { data: string; split?: EcbSplit }): Promise<ClusterEvalResult> {
  const split = options.split ?? 'dev'
  const file = ecbFile(options.data, split)
  const docs = readEcbDocs(file)
  const engine = openEngine({ db: ':memory:' })
  try {
    const report = await engine.ingest([file])
    const articleOfLine = new Map<number, string>()
    for (const o of report.outcomes) {
      const line = Number(o.input.slice(o.input.lastIndexOf(':') + 1))
      if (o.articleId) articleOfLine.set(line, o.articleId)
    }
    const storyOf = new Map<string, string>()
    for (const story of await engine.stories({ limit: docs.length + 1 })) for (const id of story.articles) storyOf.set(id, story.id)
    const gold = new Map(docs.map((d) => [d.docId, d.cluster]))
    // a document that failed to ingest is a cluster of its own
    const predicted = new Map(docs.map((d) => [d.docId, storyOf.get(articleOfLine.get(d.line) ?? '') ?? `failed:${d.docId}`]))
    return { split, file, storedArticles: report.stored, copies: report.duplicates, failed: report.failed, ...scoreClusters(gold, predicted) }
  } finally {
    await engine.close()
  }
}
