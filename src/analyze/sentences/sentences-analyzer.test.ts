import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { makeDoc } from '../../core/doc.js'
import { makeArticle, spansAreValid } from '../../../test/support/make-article.js'
import { sentences } from './sentences-analyzer.js'

const split = (text: string, extra: Parameters<typeof makeArticle>[1] = {}) => {
  const article = makeArticle(text, extra)
  const layer = sentences().analyze(makeDoc(article)).sentences
  assert.ok(spansAreValid(text, layer), 'every span lies inside the text')
  return layer.map((s) => text.slice(s.start, s.end))
}

describe('sentences', () => {
  it('does not split after British honorifics without a dot', () => {
    assert.deepEqual(split('Mr Okafor met Dr Lind and Sir Alan Marsh. They spoke for an hour.'), [
      'Mr Okafor met Dr Lind and Sir Alan Marsh.',
      'They spoke for an hour.',
    ])
  })

  it('does not split after abbreviations with a dot, initials or U.S.', () => {
    assert.deepEqual(split('Mr. Hale and J. R. Tolland flew to the U.S. on Jan. 5 with Dr. Ames of St. Louis. Talks began at 3 p.m. on Monday.'), [
      'Mr. Hale and J. R. Tolland flew to the U.S. on Jan. 5 with Dr. Ames of St. Louis.',
      'Talks began at 3 p.m. on Monday.',
    ])
  })

  it('keeps a quote closed by a cue in one sentence', () => {
    assert.deepEqual(split('“We will not give up on the harbour,” he said. The union agreed.'), [
      '“We will not give up on the harbour,” he said.',
      'The union agreed.',
    ])
  })

  it('ends a sentence at a closing curly quote after a full stop', () => {
    assert.deepEqual(split('She called it “a disgrace.” Nobody replied.'), ['She called it “a disgrace.”', 'Nobody replied.'])
  })

  it('treats a headline without a full stop as its own sentence', () => {
    assert.deepEqual(split('Dockers walk out in Velnor\nThe strike began at dawn. Ships waited offshore.'), [
      'Dockers walk out in Velnor',
      'The strike began at dawn.',
      'Ships waited offshore.',
    ])
  })

  it('never joins two paragraphs', () => {
    const out = split('The vote was close\nMembers backed the plan — narrowly.')
    assert.deepEqual(out, ['The vote was close', 'Members backed the plan — narrowly.'])
  })

  it('keeps numbers with % and currency, possessives and hyphenated names inside one sentence', () => {
    assert.deepEqual(split('Okafor’s Marlow-Okafor plan costs $3.5bn, up 45% on 2025. Critics disagree 🙂.'), [
      'Okafor’s Marlow-Okafor plan costs $3.5bn, up 45% on 2025.',
      'Critics disagree 🙂.',
    ])
  })

  it('skips boilerplate and the dateline', () => {
    const text = 'Cranes at dawn. Picture: REUTERS/ANNA KOVAC\nVelnor — The port reopened. Trade resumed.'
    const out = split(text, {
      boilerplate: [{ span: [0, 43], kind: 'caption' }],
      dateline: { span: [44, 53], places: ['Velnor'] },
    })
    assert.deepEqual(out, ['The port reopened.', 'Trade resumed.'])
  })

  it('records the paragraph each sentence belongs to', () => {
    const article = makeArticle('One. Two.\nThree.')
    const layer = sentences().analyze(makeDoc(article)).sentences
    assert.deepEqual(layer.map((s) => s.data.paragraph), [0, 0, 1])
  })
})
