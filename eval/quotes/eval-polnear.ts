// Scores the quotes layer on PolNeAR attributions: content spans (token overlap ≥ 0.5) and whether the found
// speaker phrase overlaps the annotated source. PolNeAR also annotates beliefs, polls and other attributions
// that are not quotes, so recall here is a floor on what the layer covers.
import { makeDoc } from '../../src/core/doc.js'
import type { Span } from '../../src/core/span.js'
import { defaultPipeline } from '../../src/analyze/default-pipeline.js'
import type { Pipeline } from '../../src/analyze/pipeline.js'
import { prepareArticle } from '../../src/ingest/prepare-article.js'
import { readPlainText } from '../../src/ingest/readers/plain-text-reader.js'
import { readPolnearSplit, type PolnearArticle } from './polnear-reader.js'
import { matchSpans, prf, wordTokens, type Prf } from './quote-match.js'

export interface PolnearScore {
  split: string
  articles: number
  content: Prf
  /** Content matched and the found speaker phrase overlapping the gold source (no speaker when there is none). */
  contentAndSource: Prf
  /** Of matched contents with a gold source, the share whose found speaker phrase overlaps it. */
  sourceAccuracy: number
  /** Recall on the gold contents that open or close with a quote mark (roughly, direct quotes) and on the others. */
  recallQuoted: number
  recallOther: number
}

const overlaps = (a: Span, b: Span) => a[0] < b[1] && b[0] < a[1]
const QUOTE_MARK = /^[\s]*["“”‘’'«»]|["“”‘’'«»][\s.,]*$/

export function scorePolnear(split: string, articles: readonly PolnearArticle[], pipeline: Pipeline = defaultPipeline()): PolnearScore {
  let tp = 0
  let sourceTp = 0
  let found = 0
  let gold = 0
  let withSource = 0
  let sourceRight = 0
  const quoted = { gold: 0, tp: 0 }
  const other = { gold: 0, tp: 0 }
  for (const a of articles) {
    const { article } = prepareArticle(readPlainText(a.text, { input: a.name }))
    if (article.text !== a.text) throw new Error(`${a.name}: the reader changed the text, so offsets would not line up`)
    const quotes = pipeline.run(makeDoc(article)).layers.quotes ?? []
    const goldTokens = a.attributions.map((g) => wordTokens(a.text, g.content))
    const pairs = matchSpans(quotes.map((q) => wordTokens(a.text, [[q.start, q.end]])), goldTokens)
    found += quotes.length
    gold += a.attributions.length
    const matched = new Set(pairs.map(([, g]) => g))
    a.attributions.forEach((g, j) => {
      const text = g.content.map(([s, e]) => a.text.slice(s, e)).join(' ')
      const bucket = QUOTE_MARK.test(text) ? quoted : other
      bucket.gold++
      if (matched.has(j)) bucket.tp++
    })
    for (const [f, g] of pairs) {
      tp++
      const speaker = quotes[f]!.data.speaker
      const source = a.attributions[g]!.source
      let right: boolean
      if (source) {
        withSource++
        right = !!speaker && source.some((s) => overlaps(s, speaker.span))
        if (right) sourceRight++
      } else right = speaker === null
      if (right) sourceTp++
    }
  }
  return {
    split,
    articles: articles.length,
    content: prf(tp, found, gold),
    contentAndSource: prf(sourceTp, found, gold),
    sourceAccuracy: withSource === 0 ? 0 : sourceRight / withSource,
    recallQuoted: quoted.gold === 0 ? 0 : quoted.tp / quoted.gold,
    recallOther: other.gold === 0 ? 0 : other.tp / other.gold,
  }
}

export function evalPolnear(options: { dir: string; split?: string; limit?: number }): PolnearScore {
  const split = options.split ?? 'dev'
  const articles = readPolnearSplit(options.dir, split).slice(0, options.limit ?? Infinity)
  return scorePolnear(split, articles)
}

export function formatPolnearScore(score: PolnearScore): string {
  const pct = (x: number) => (100 * x).toFixed(1).padStart(5)
  const row = (label: string, p: Prf) => `${label.padEnd(18)} P ${pct(p.precision)}  R ${pct(p.recall)}  F1 ${pct(p.f1)}   (${p.tp} of ${p.gold} gold, ${p.found} found)`
  return [
    `PolNeAR ${score.split}: ${score.articles} articles`,
    row('content', score.content),
    row('content + source', score.contentAndSource),
    `source accuracy on matched contents: ${pct(score.sourceAccuracy)}`,
    `content recall: quoted ${pct(score.recallQuoted)}, other attributions ${pct(score.recallOther)}`,
  ].join('\n')
}
