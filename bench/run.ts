// `npm run bench`: runs every benchmark and prints one table each (figures go into the README).
// PARALLAX_BENCH=ingest,entities,quotes,clusters,brief picks benchmarks; PARALLAX_BENCH_SIZES=1000,10000 sets ingest sizes;
// PARALLAX_BENCH_CLUSTER_SIZES=10000,100000 sets the store sizes at which clustering is timed.
import { benchBrief } from './brief-bench.js'
import { benchClustering } from './cluster-bench.js'
import { benchEntities } from './entities-bench.js'
import { benchIngest } from './ingest-bench.js'
import { benchQuotes } from './quotes-bench.js'

const only = new Set((process.env.PARALLAX_BENCH ?? 'ingest,entities,quotes,clusters,brief').split(','))

if (only.has('ingest')) {
  const sizes = (process.env.PARALLAX_BENCH_SIZES ?? '1000,10000').split(',').map(Number)
  console.log('## ingest (read, dedupe, sentences + tokens + entities, SQLite write)\n')
  console.log('| articles | seconds | articles/s | stored | duplicates |')
  console.log('|---:|---:|---:|---:|---:|')
  const rows = await benchIngest(sizes)
  for (const r of rows) {
    console.log(`| ${r.articles} | ${r.seconds.toFixed(1)} | ${r.articlesPerSecond.toFixed(0)} | ${r.stored} | ${r.duplicates} |`)
  }
  if (rows.length > 1) {
    const first = rows[0]!
    const last = rows[rows.length - 1]!
    console.log(`\nthroughput at ${last.articles} / at ${first.articles}: ${(last.articlesPerSecond / first.articlesPerSecond).toFixed(2)}\n`)
  }
}

if (only.has('entities')) {
  const r = await benchEntities()
  console.log(`## entity recognition (${r.megabytes.toFixed(1)} MB, ${r.tokens} tokens)\n`)
  console.log('| recognizer | tokens/s | entity mentions |')
  console.log('|---|---:|---:|')
  console.log(`| parallax: sentences + tokens + entities | ${r.parallaxTokensPerSecond.toFixed(0)} | ${r.parallaxEntities} |`)
  console.log(`| parallax: entities step alone | ${r.parallaxTaggerOnlyTokensPerSecond.toFixed(0)} | |`)
  console.log(`| compromise people/places/organizations | ${r.compromiseTokensPerSecond.toFixed(0)} | ${r.compromiseEntities} |`)
  console.log(`\nparallax (full) / compromise speed: ${(r.parallaxTokensPerSecond / r.compromiseTokensPerSecond).toFixed(2)}`)
  console.log(`model load: ${r.loadMs.toFixed(0)} ms`)
}

if (only.has('quotes')) {
  const r = await benchQuotes()
  console.log(`## coreference and quotes (${r.megabytes.toFixed(1)} MB, ${r.articles} articles, ${r.tokens} tokens; each step alone)\n`)
  console.log('| step | tokens/s | records |')
  console.log('|---|---:|---:|')
  console.log(`| coref | ${r.corefTokensPerSecond.toFixed(0)} | ${r.corefMentions} |`)
  console.log(`| quotes | ${r.quotesTokensPerSecond.toFixed(0)} | ${r.quotes} |`)
}

if (only.has('clusters')) {
  const sizes = (process.env.PARALLAX_BENCH_CLUSTER_SIZES ?? '10000,100000').split(',').map(Number)
  console.log('## story clustering per article (SQLite store; generated articles, synthetic entities, no analysis pipeline)\n')
  console.log('| articles in the store | ms per article (last 1,000) | stories |')
  console.log('|---:|---:|---:|')
  const rows = await benchClustering(sizes)
  for (const r of rows) console.log(`| ${r.articles} | ${r.msPerArticle.toFixed(2)} | ${r.stories} |`)
  if (rows.length > 1) {
    const first = rows[0]!
    const last = rows[rows.length - 1]!
    console.log(`\ncost per article at ${last.articles} / at ${first.articles}: ${(last.msPerArticle / first.msPerArticle).toFixed(2)}`)
  }
}

if (only.has('brief')) {
  const r = await benchBrief()
  console.log(`## brief generation (a ${r.articles}-article story, ${r.sentences} sentences)\n`)
  console.log('| articles | sentences | facts | corroborated | median ms (compare + Markdown + HTML) |')
  console.log('|---:|---:|---:|---:|---:|')
  console.log(`| ${r.articles} | ${r.sentences} | ${r.facts} | ${r.corroborated} | ${r.medianMs.toFixed(0)} |`)
}
