// Entity recognition speed on a ~5 MB generated corpus: parallax's recognizer against compromise's
// people()/places()/organizations() on the same text in the same run, plus the model's load time.
import nlp from 'compromise'
import { makeDoc } from '../src/core/doc.js'
import { loadNerModel } from '../src/analyze/entities/index.js'
import { entities } from '../src/analyze/entities/entities-analyzer.js'
import { sentences } from '../src/analyze/sentences/sentences-analyzer.js'
import { tokens } from '../src/analyze/tokens/tokens-analyzer.js'
import { generateBodies } from './generate-corpus.js'
import { makeArticle } from '../test/support/make-article.js'

export interface EntitiesBench {
  megabytes: number
  tokens: number
  loadMs: number
  parallaxTokensPerSecond: number
  parallaxTaggerOnlyTokensPerSecond: number
  compromiseTokensPerSecond: number
  parallaxEntities: number
  compromiseEntities: number
}

const seconds = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e9

export async function benchEntities(targetBytes = 5 * 1024 * 1024): Promise<EntitiesBench> {
  const texts = await generateBodies(targetBytes)
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0)

  const loadStart = process.hrtime.bigint()
  const model = loadNerModel()
  const loadMs = seconds(loadStart) * 1000

  // segmentation first, outside the timed entity step, so both the full and the tagger-only rates are known
  const sentenceStep = sentences()
  const tokenStep = tokens()
  const entityStep = entities({ model })
  const segStart = process.hrtime.bigint()
  const docs = texts.map((text) => {
    const doc = makeDoc(makeArticle(text, { input: 'bench' }))
    const withSentences = { ...doc.layers, ...sentenceStep.analyze(doc) }
    return makeDoc(doc.article, { ...withSentences, ...tokenStep.analyze(makeDoc(doc.article, withSentences)) })
  })
  const segSeconds = seconds(segStart)
  const tokenCount = docs.reduce((n, d) => n + (d.layers.tokens?.length ?? 0), 0)

  const tagStart = process.hrtime.bigint()
  let parallaxEntities = 0
  for (const doc of docs) parallaxEntities += entityStep.analyze(doc).entities.reduce((n, e) => n + e.data.mentions.length, 0)
  const tagSeconds = seconds(tagStart)

  const compromiseStart = process.hrtime.bigint()
  let compromiseEntities = 0
  for (const text of texts) {
    const doc = nlp(text)
    compromiseEntities += doc.people().length + doc.places().length + doc.organizations().length
  }
  const compromiseSeconds = seconds(compromiseStart)

  return {
    megabytes: bytes / 1024 / 1024,
    tokens: tokenCount,
    loadMs,
    parallaxTokensPerSecond: tokenCount / (segSeconds + tagSeconds),
    parallaxTaggerOnlyTokensPerSecond: tokenCount / tagSeconds,
    compromiseTokensPerSecond: tokenCount / compromiseSeconds,
    parallaxEntities,
    compromiseEntities,
  }
}
