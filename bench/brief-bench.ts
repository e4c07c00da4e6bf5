// Brief generation time for a 20-article story: alignment, facts, conflicts, quotes, timeline and the
// cited brief in Markdown and HTML, over articles already analysed and stored.
import { openEngine, renderHtml, renderMarkdown } from '../src/engine.js'
import { demoSentences, generateArticle } from './generate-corpus.js'

export interface BriefBench {
  articles: number
  sentences: number
  medianMs: number
  facts: number
  corroborated: number
}

export async function benchBrief(size = 20, runs = 5): Promise<BriefBench> {
  const pool = await demoSentences()
  const engine = openEngine({ db: ':memory:' })
  try {
    // articles drawn from one pool of sentences share many of them: many alignments, a hard case
    const report = await engine.ingestContent(
      Array.from({ length: size }, (_, i) => ({ content: generateArticle(pool, i), format: 'text' as const, input: `story-${i}.txt` })),
    )
    const ids = report.outcomes.flatMap((o) => (o.articleId ? [o.articleId] : []))
    const times: number[] = []
    let last
    for (let r = 0; r < runs; r++) {
      const started = process.hrtime.bigint()
      last = await engine.compare(ids)
      renderMarkdown(last.brief)
      renderHtml(last.brief)
      times.push(Number(process.hrtime.bigint() - started) / 1e6)
    }
    times.sort((a, b) => a - b)
    return {
      articles: ids.length,
      sentences: last!.articles.reduce((n, a) => n + a.sentences.length, 0),
      medianMs: times[Math.floor(times.length / 2)]!,
      facts: last!.comparison.facts.length,
      corroborated: last!.comparison.facts.filter((f) => f.status === 'corroborated').length,
    }
  } finally {
    await engine.close()
  }
}
