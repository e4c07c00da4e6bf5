import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { StoryPage } from './api.js'
import { baseMarks, selectionAt, selectionMarks } from './story-selection.js'

const A = 'Harbour workers said 12 were hurt. “We stay out,” Holt said.'
const B = 'Union says 15 were hurt at the harbour. “We stay out,” said Holt.'
const span = (text: string, part: string): [number, number] => [text.indexOf(part), text.indexOf(part) + part.length]

function makePage(): StoryPage {
  const fact = { id: 'f1', text: 'Harbour workers said 12 were hurt.', status: 'corroborated' as const, outlets: ['A Post', 'B Times'], sources: [{ article: 'a', label: 'A Post', span: span(A, 'Harbour workers said 12 were hurt.') }, { article: 'b', label: 'B Times', span: span(B, 'Union says 15 were hurt at the harbour.') }] }
  const quote = { speaker: 'Holt', outlets: ['A Post', 'B Times'], variants: [{ article: 'a', label: 'A Post', span: span(A, 'We stay out,'), text: 'We stay out,', kind: 'direct', via: null }, { article: 'b', label: 'B Times', span: span(B, 'We stay out,'), text: 'We stay out,', kind: 'direct', via: null }] }
  const conflict = {
    subject: 'hurt', unit: '', reason: 'casualty count' as const,
    sources: [{ article: 'a', label: 'A Post', span: fact.sources[0]!.span, valueSpan: span(A, '12'), value: 12, unit: '', text: fact.text }, { article: 'b', label: 'B Times', span: fact.sources[1]!.span, valueSpan: span(B, '15'), value: 15, unit: '', text: 'Union says 15 were hurt at the harbour.' }],
  }
  const article = (id: string, label: string, text: string) => ({ id, label, outlet: label, title: null, publishedAt: null, text, boilerplate: [], copiedBy: [] })
  return {
    story: {} as StoryPage['story'],
    articles: [article('a', 'A Post', A), article('b', 'B Times', B)],
    comparison: { outlets: ['A Post', 'B Times'], facts: [fact], conflicts: [conflict], coverage: { outlets: [], facts: [], matrix: [] }, onlyIn: {}, quotes: [quote], voices: [], loadedWording: [], timeline: [], alignments: [] },
    brief: { title: '', sources: [], sections: [] },
  }
}

describe('story selection', () => {
  const page = makePage()

  it('picks the conflicting value, then the quote, then the fact at a character', () => {
    assert.equal(selectionAt(page, 'a', A.indexOf('12'))?.key, 'conflict:0')
    assert.equal(selectionAt(page, 'b', B.indexOf('stay'))?.key, 'quote:0')
    assert.equal(selectionAt(page, 'b', B.indexOf('harbour'))?.key, 'fact:f1')
    assert.equal(selectionAt(page, 'a', A.indexOf('Holt said')), null)
  })

  it('highlights a selection in each article at the spans that article carries', () => {
    const quote = selectionAt(page, 'a', A.indexOf('stay'))
    for (const [id, text] of [['a', A], ['b', B]] as const) {
      assert.deepEqual(selectionMarks(quote, id).map((m) => text.slice(m.start, m.end)), ['We stay out,'])
    }
    assert.deepEqual(selectionMarks(null, 'a'), [])
  })

  it('marks facts by status, quotes and conflicting values in every article', () => {
    const marks = baseMarks(page)
    assert.deepEqual(marks.get('b')!.map((m) => [m.cls, B.slice(m.start, m.end)]), [
      ['fact corroborated', 'Union says 15 were hurt at the harbour.'],
      ['quote', 'We stay out,'],
      ['conflict', '15'],
    ])
  })
})
