// Grid search of the clustering threshold, margin and weights on the ECB+ train split (never on dev):
//   node --import tsx eval/clusters/tune-clusters.ts ../shared/datasets/news-clustering-ecbplus [train|dev]
// GRID='[{"threshold":0.2}, …]' tries given settings over the defaults; SHOW='{}' prints each story's gold
// make-up for one setting (WHY=1 adds every decision). The documents are analysed once through the engine
// (kept in a temporary database between runs), then clustered in memory for each setting, in file order and
// in three seeded shuffles; settings are ranked by the mean B³ F1 of the four.
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Annotation } from '../../src/core/annotation.js'
import { seededRandom } from '../../src/core/random.js'
import type { EntityData } from '../../src/analyze/entities/entities-analyzer.js'
import { openEngine } from '../../src/engine.js'
import { clusterArticle } from '../../src/stories/cluster/cluster-article.js'
import { articleFeatures, type ArticleFeatures } from '../../src/stories/cluster/cluster-features.js'
import { DEFAULT_CLUSTER_OPTIONS, type ClusterOptions } from '../../src/stories/cluster/cluster-options.js'
import { createMemoryStoryIndex } from '../../src/stories/cluster/memory-story-index.js'
import { scoreClusters, type ClusterScore } from './cluster-scorer.js'
import { ecbFile, readEcbDocs, type EcbSplit } from './ecb-reader.js'

const data = process.argv[2] ?? '../shared/datasets/news-clustering-ecbplus'
const split = process.argv[3] ?? 'train'
if (split !== 'train' && split !== 'dev') throw new Error(`split must be train or dev, not ${split}`)
const file = ecbFile(data, split as EcbSplit)
const docs = readEcbDocs(file)

// re-ingesting a cached database stores nothing new; it only reports which article each line became
const engine = openEngine({ db: join(tmpdir(), `parallax-tune-ecb-${split}.db`) })
const report = await engine.ingest([file])
const articleOf = new Map<string, string>() // doc id → stored article id (a copy's original)
for (const o of report.outcomes) {
  const line = Number(o.input.slice(o.input.lastIndexOf(':') + 1))
  const doc = docs.find((d) => d.line === line)
  if (doc && o.articleId) articleOf.set(doc.docId, o.articleId)
}
const features = new Map<string, ArticleFeatures>()
for (const id of new Set(articleOf.values())) {
  const article = (await engine.store.getArticle(id))!
  const layers = await engine.store.getLayers(id)
  features.set(id, articleFeatures(article, (layers.entities?.data ?? []) as Annotation<EntityData>[]))
}
await engine.close()
const gold = new Map(docs.filter((d) => articleOf.has(d.docId)).map((d) => [d.docId, d.cluster]))
const fileOrder = [...new Set(docs.flatMap((d) => (articleOf.has(d.docId) ? [articleOf.get(d.docId)!] : [])))]

function shuffle(seed: number): string[] {
  const rand = seededRandom(seed)
  const out = [...fileOrder]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}
const shuffles = [7, 11, 13].map(shuffle)

async function cluster(options: ClusterOptions, order: readonly string[]) {
  const index = createMemoryStoryIndex()
  for (const id of order) await clusterArticle(index, features.get(id)!, options)
  return index
}

async function run(options: ClusterOptions, order: readonly string[]): Promise<ClusterScore> {
  const storyOf = new Map<string, string>()
  for (const [story, members] of (await cluster(options, order)).stories()) for (const m of members) storyOf.set(m, story)
  return scoreClusters(gold, new Map([...gold.keys()].map((docId) => [docId, storyOf.get(articleOf.get(docId)!)!])))
}

const settings: Partial<ClusterOptions>[] = []
if (process.env.GRID) {
  const parsed = JSON.parse(process.env.GRID) as Partial<ClusterOptions> | Partial<ClusterOptions>[]
  settings.push(...(Array.isArray(parsed) ? parsed : [parsed]))
} else {
  for (const smallStoryMargin of [0.5, 0.75, 1])
    for (const threshold of [0.15, 0.175, 0.2, 0.225, 0.25])
      for (const entityWeight of [0.2, 0.3, 0.4])
        for (const yearWeight of [0.1, 0.15, 0.2]) settings.push({ threshold, smallStoryMargin, entityWeight, contentWeight: 1 - entityWeight, yearWeight })
}

const f = (x: number) => x.toFixed(3)
console.log(`${split}: ${gold.size} documents, ${features.size} stored articles`)
const ranked: [number, string][] = []
for (const s of settings) {
  const options = { ...DEFAULT_CLUSTER_OPTIONS, ...s }
  const inOrder = await run(options, fileOrder)
  const shuffled: ClusterScore[] = []
  for (const order of shuffles) shuffled.push(await run(options, order))
  const mean = (pick: (c: ClusterScore) => number) => shuffled.reduce((n, c) => n + pick(c), 0) / shuffled.length
  ranked.push([(inOrder.bcubed.f1 + 3 * mean((c) => c.bcubed.f1)) / 4, JSON.stringify(s)])
  if (settings.length <= 20) {
    console.log(
      `${JSON.stringify(s)}  file order: B³ F1 ${f(inOrder.bcubed.f1)} (P ${f(inOrder.bcubed.precision)} R ${f(inOrder.bcubed.recall)}, ${inOrder.predictedClusters} stories), pairwise F1 ${f(inOrder.pairwise.f1)}; ` +
        `3 shuffles: B³ F1 ${f(mean((c) => c.bcubed.f1))}, pairwise F1 ${f(mean((c) => c.pairwise.f1))}`,
    )
  }
}
if (settings.length > 20) for (const [score, s] of ranked.sort((x, y) => y[0] - x[0]).slice(0, 15)) console.log(score.toFixed(4), s)

if (process.env.SHOW) {
  const index = await cluster({ ...DEFAULT_CLUSTER_OPTIONS, ...(JSON.parse(process.env.SHOW) as Partial<ClusterOptions>) }, fileOrder)
  const docOf = new Map([...articleOf].map(([doc, article]) => [article, doc]))
  for (const [story, members] of index.stories()) {
    const labels = new Map<string, number>()
    for (const m of members) labels.set(gold.get(docOf.get(m)!)!, (labels.get(gold.get(docOf.get(m)!)!) ?? 0) + 1)
    console.log(story, [...labels].map(([label, n]) => `${label}×${n}`).join(' '))
  }
  if (process.env.WHY) for (const d of index.decisions()) console.log(docOf.get(d.articleId), d.action, JSON.stringify(d.match ?? d.runnerUp))
}
