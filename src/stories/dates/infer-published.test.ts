import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { makeDoc } from '../../core/doc.js'
import { createPipeline } from '../../analyze/pipeline.js'
import { sentences } from '../../analyze/sentences/sentences-analyzer.js'
import { tokens } from '../../analyze/tokens/tokens-analyzer.js'
import { timexes } from '../../analyze/time/timexes-analyzer.js'
import { makeArticle } from '../../../test/support/make-article.js'
import { countsToEvents, eventDays, inferPublishedAt, type DatedSibling } from './infer-published.js'

const segment = createPipeline([sentences(), tokens()])

function timexesAt(text: string, day: string | null) {
  const doc = segment.run(makeDoc(makeArticle(text)))
  return timexes({ anchor: day }).analyze(doc).timexes
}

function sibling(id: string, publishedAt: string, text: string): DatedSibling {
  return { id, publishedAt, text, timexes: timexesAt(text, publishedAt) }
}

const undated = (text: string) => ({ text, timexesAt: (day: string) => timexesAt(text, day) })

describe('counting to an event', () => {
  it('reads "N days before/after" an event as an offset from its day', () => {
    assert.deepEqual(countsToEvents('The vote came two days before a deadline set by the council.').map((c) => [c.days, c.noun]), [[-2, 'deadline']])
    assert.deepEqual(countsToEvents('Talks resumed a week after the summit in Aldport.').map((c) => [c.days, c.noun]), [[7, 'summit']])
    assert.deepEqual(countsToEvents('Crowds gathered the day before the referendum.').map((c) => [c.days, c.noun]), [[-1, 'referendum']])
  })

  it('ignores day counts that are not tied to an event', () => {
    assert.deepEqual(countsToEvents('The strike lasted two days before ending quietly.'), [])
  })

  it('finds the day of an event named next to a date', () => {
    const text = 'The union rejected the offer on Monday and set a Friday deadline for a new one.'
    assert.deepEqual([...eventDays(text, timexesAt(text, '2026-03-10'))], [['deadline', '2026-03-13']])
  })
})

describe('inferring a publication date', () => {
  const dated = sibling(
    'wire',
    '2026-03-10',
    'Dockers at Port Velnor walked out on Monday, the union said on Tuesday. Its leader Marta Ilvesson set a Friday deadline for a new offer.',
  )

  it('gives nothing without a dated report of the same events', () => {
    assert.equal(inferPublishedAt(undated('Dockers walked out on Monday.'), []), null)
  })

  it('narrows the window around the dated reports to the day an event count implies', () => {
    const published = inferPublishedAt(undated('The port stayed shut three days before the deadline, and ships queued.'), [dated])
    assert.equal(published?.value, '2026-03-10')
    assert.equal(published?.latest, undefined)
    assert.equal(published?.inferred, true)
    assert.ok(published?.evidence?.some((e) => /three days before the deadline/.test(e)))
  })

  it('keeps a range when nothing in the text narrows it', () => {
    const published = inferPublishedAt(undated('Dockers stayed out and ships queued offshore.'), [dated])
    assert.equal(published?.value, '2026-03-09')
    assert.equal(published?.latest, '2026-03-11')
  })

  it('prefers days on which the article’s own dates agree with the dated report', () => {
    // "on Tuesday" is the report's Tuesday (2026-03-10) only if the article was written on or after it
    const published = inferPublishedAt(undated('The union confirmed the walkout on Tuesday, it said.'), [dated])
    assert.equal(published?.value, '2026-03-10')
    assert.equal(published?.latest, '2026-03-11')
  })
})
