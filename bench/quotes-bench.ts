// Coreference and quote finding speed on a ~2 MB generated corpus: the two steps timed alone, after
// sentences, tokens and entities have run (untimed), so their own cost is visible.
import { makeDoc, type Doc } from '../src/core/doc.js'
import { coref } from '../src/analyze/coref/coref-analyzer.js'
import { entities } from '../src/analyze/entities/entities-analyzer.js'
import { quotes } from '../src/analyze/quotes/quotes-analyzer.js'
import { sentences } from '../src/analyze/sentences/sentences-analyzer.js'
import { tokens } from '../src/analyze/tokens/tokens-analyzer.js'
import { generateBodies } from './generate-corpus.js'
import { makeArticle } from '../test/support/make-article.js'

export interface QuotesBench {
  megabytes: number
  articles: number
  tokens: number
  corefTokensPerSecond: number
  quotesTokensPerSecond: number
  corefMentions: number
  quotes: number
}

const seconds = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e9

export async function benchQuotes(targetBytes = 2 * 1024 * 1024): Promise<QuotesBench> {
  const steps = [sentences(), tokens(), entities()]
  const docs: Doc[] = []
  let bytes = 0
  for (const text of await generateBodies(targetBytes)) {
    bytes += Buffer.byteLength(text)
    let doc = makeDoc(makeArticle(text, { input: 'bench' }))
    for (const step of steps) doc = makeDoc(doc.article, { ...doc.layers, ...step.analyze(doc) })
    docs.push(doc)
  }
  const tokenCount = docs.reduce((n, d) => n + (d.layers.tokens?.length ?? 0), 0)

  const corefStep = coref()
  const corefStart = process.hrtime.bigint()
  const withCoref = docs.map((doc) => makeDoc(doc.article, { ...doc.layers, ...corefStep.analyze(doc) }))
  const corefSeconds = seconds(corefStart)

  const quotesStep = quotes()
  const quotesStart = process.hrtime.bigint()
  let found = 0
  for (const doc of withCoref) found += quotesStep.analyze(doc).quotes.length
  const quotesSeconds = seconds(quotesStart)

  return {
    megabytes: bytes / 1024 / 1024,
    articles: docs.length,
    tokens: tokenCount,
    corefTokensPerSecond: tokenCount / corefSeconds,
    quotesTokensPerSecond: tokenCount / quotesSeconds,
    corefMentions: withCoref.reduce((n, d) => n + (d.layers.coref?.length ?? 0), 0),
    quotes: found,
  }
}
