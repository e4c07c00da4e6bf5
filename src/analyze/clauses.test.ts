import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { nounPhraseStartingAt, subjectAfter, subjectBefore, verbAfter, type Tok } from './clauses.js'
import { tokenize } from './tokens/tokens-analyzer.js'

function toks(sentence: string): Tok[] {
  return tokenize(sentence).map((t, index) => {
    const text = sentence.slice(t.start, t.end)
    return { start: t.start, end: t.end, text, lower: text.toLowerCase(), pos: t.pos, index, sentence: 0 }
  })
}
const surface = (ts: Tok[], r: readonly [number, number] | null) => (r ? ts.slice(r[0], r[1] + 1).map((t) => t.text).join(' ') : null)
const at = (ts: Tok[], word: string) => ts.findIndex((t) => t.text === word)

describe('clauses', () => {
  it('finds the subject of a verb across an inserted participial phrase', () => {
    const ts = toks('The dockers’ leader Ivan Petrov, writing after the talks, said the strike would go on.')
    assert.equal(surface(ts, subjectBefore(ts, at(ts, 'said'))), 'The dockers ’ leader Ivan Petrov')
  })

  it('finds the subject of a coordinated verb at the start of its clause', () => {
    const ts = toks('On Monday, Marta Lind spoke to the crowd and posted a video.')
    assert.equal(surface(ts, subjectBefore(ts, at(ts, 'posted'))), 'Marta Lind')
  })

  it('finds the subject after an inverted verb', () => {
    const ts = toks('“We are ready,” said the port authority chief.')
    assert.equal(surface(ts, subjectAfter(ts, at(ts, 'said'))), 'the port authority chief')
  })

  it('keeps coordinated names in one phrase and finds their verb after an apposition', () => {
    const ts = toks('Norway or Denmark, the two northern states, should be there.')
    const np = nounPhraseStartingAt(ts, 0)
    assert.equal(surface(ts, np), 'Norway or Denmark')
    assert.equal(ts[verbAfter(ts, np![1])]!.text, 'be')
  })
})
