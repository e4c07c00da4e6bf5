// `npm run bench`: runs every benchmark and prints one table each (figures go into the README).
import { benchIngest } from './ingest-bench.js'

const sizes = (process.env.PARALLAX_BENCH_SIZES ?? '1000,10000').split(',').map(Number)

console.log('## ingest (read, dedupe, sentences + tokens, SQLite write)\n')
console.log('| articles | seconds | articles/s | stored | duplicates |')
console.log('|---:|---:|---:|---:|---:|')
const rows = await benchIngest(sizes)
for (const r of rows) {
  console.log(`| ${r.articles} | ${r.seconds.toFixed(1)} | ${r.articlesPerSecond.toFixed(0)} | ${r.stored} | ${r.duplicates} |`)
}
if (rows.length > 1) {
  const first = rows[0]!
  const last = rows[rows.length - 1]!
  console.log(`\nthroughput at ${last.articles} / at ${first.articles}: ${(last.articlesPerSecond / first.articlesPerSecond).toFixed(2)}`)
}
