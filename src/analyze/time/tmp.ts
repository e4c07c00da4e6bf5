import { makeDoc } from '../../core/doc.js'
import { makeArticle } from '../../../test/support/make-article.js'
import { createPipeline } from '../pipeline.js'
import { sentences } from '../sentences/sentences-analyzer.js'
import { tokens } from '../tokens/tokens-analyzer.js'
import { timexes } from './timexes-analyzer.js'
const p = createPipeline([sentences(), tokens(), timexes()])
const text = process.argv[2]!
const base = makeArticle(text)
const a = { ...base, meta: { ...base.meta, publishedAt: { value: '2026-03-12', precision: 'day' as const, inferred: false, source: 't' } } }
for (const t of p.run(makeDoc(a)).layers.timexes ?? []) console.log(JSON.stringify(text.slice(t.start, t.end)), t.data.type, t.data.value, t.data.rule)
