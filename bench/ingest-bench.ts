// Ingest throughput: articles per second into a fresh SQLite store, for generated corpora of growing size.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openEngine } from '../src/engine.js'
import { writeCorpus } from './generate-corpus.js'

export interface IngestBenchRow {
  articles: number
  seconds: number
  articlesPerSecond: number
  stored: number
  duplicates: number
}

export async function benchIngest(sizes: readonly number[]): Promise<IngestBenchRow[]> {
  const rows: IngestBenchRow[] = []
  for (const size of sizes) {
    const dir = mkdtempSync(join(tmpdir(), `parallax-bench-${size}-`))
    try {
      await writeCorpus(join(dir, 'corpus'), size)
      const engine = openEngine({ db: join(dir, 'bench.db') })
      const started = process.hrtime.bigint()
      const report = await engine.ingest([join(dir, 'corpus')])
      const seconds = Number(process.hrtime.bigint() - started) / 1e9
      await engine.close()
      rows.push({ articles: size, seconds, articlesPerSecond: size / seconds, stored: report.stored, duplicates: report.duplicates })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
  return rows
}
