import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { runsOf } from './text-marks.js'

const TEXT = 'Ushakov said: “We begin now.” 🙂 Talks — soon.'

describe('runsOf', () => {
  it('covers the whole text with one plain run when there are no marks', () => {
    assert.deepEqual(runsOf(TEXT.length, []), [{ start: 0, end: TEXT.length, classes: [], titles: [] }])
  })

  it('cuts a highlight at exactly its [start, end) characters', () => {
    const start = TEXT.indexOf('We')
    const end = TEXT.indexOf('.”') + 1
    const runs = runsOf(TEXT.length, [{ start, end, cls: 'hl' }])
    assert.deepEqual(runs.map((r) => [TEXT.slice(r.start, r.end), r.classes]), [['Ushakov said: “', []], ['We begin now.', ['hl']], ['” 🙂 Talks — soon.', []]])
  })

  it('nests a quote inside a fact sentence as three runs, the middle one carrying both', () => {
    const runs = runsOf(TEXT.length, [{ start: 0, end: 29, cls: 'fact' }, { start: 15, end: 28, cls: 'quote' }])
    assert.deepEqual(runs.map((r) => [r.start, r.end, r.classes]), [[0, 15, ['fact']], [15, 28, ['fact', 'quote']], [28, 29, ['fact']], [29, TEXT.length, []]])
  })

  it('merges neighbouring runs with the same marks and lists a class once', () => {
    const runs = runsOf(10, [{ start: 0, end: 5, cls: 'a' }, { start: 5, end: 10, cls: 'a' }, { start: 2, end: 4, cls: 'a' }])
    assert.deepEqual(runs, [{ start: 0, end: 10, classes: ['a'], titles: [] }])
  })

  it('clamps marks to the text and ignores empty ones', () => {
    const runs = runsOf(5, [{ start: -3, end: 2, cls: 'a', title: 'x' }, { start: 3, end: 3, cls: 'b' }, { start: 4, end: 99, cls: 'c' }])
    assert.deepEqual(runs.map((r) => [r.start, r.end, r.classes, r.titles]), [[0, 2, ['a'], ['x']], [2, 4, [], []], [4, 5, ['c'], []]])
  })

  it('keeps an emoji whole when marks fall around it', () => {
    const at = TEXT.indexOf('🙂')
    const runs = runsOf(TEXT.length, [{ start: at, end: at + 2, cls: 'e' }])
    assert.equal(runs.map((r) => TEXT.slice(r.start, r.end)).find((_, i) => runs[i]!.classes.includes('e')), '🙂')
  })
})
