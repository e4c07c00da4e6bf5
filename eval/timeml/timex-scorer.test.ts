import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { countDocument, emptyCounts, scoreCounts } from './timex-scorer.js'

const t = (start: number, end: number, value: string, type = 'DATE') => ({ start, end, type, value })

describe('TempEval-3 timex scoring', () => {
  it('counts strict matches on identical extents and relaxed matches on any overlap', () => {
    const counts = countDocument(
      [t(0, 6, '2026-03-13'), t(10, 20, 'P2M', 'DURATION'), t(30, 35, '2026')],
      [t(0, 6, '2026-03-13'), t(8, 20, 'P3M', 'DURATION'), t(40, 45, 'PRESENT_REF')],
    )
    assert.deepEqual(counts, { gold: 3, system: 3, strict: 1, relaxed: 2, value: 1, type: 2 })
  })

  it('multiplies relaxed F1 by value accuracy to give value F1', () => {
    const counts = countDocument([t(0, 6, 'a'), t(10, 20, 'b'), t(30, 35, 'c'), t(50, 55, 'd')], [t(0, 6, 'a'), t(12, 14, 'x'), t(30, 35, 'c')], emptyCounts())
    const score = scoreCounts(counts)
    assert.equal(score.relaxed.precision, 1)
    assert.equal(score.relaxed.recall, 0.75)
    assert.ok(Math.abs(score.relaxed.f1 - 6 / 7) < 1e-12)
    assert.ok(Math.abs(score.value.accuracy - 2 / 3) < 1e-12)
    assert.ok(Math.abs(score.value.f1 - (6 / 7) * (2 / 3)) < 1e-12)
  })

  it('matches each system timex to one gold timex only', () => {
    const counts = countDocument([t(0, 5, 'a'), t(6, 10, 'b')], [t(0, 10, 'a')])
    assert.equal(counts.relaxed, 1)
  })

  it('scores nothing as zero rather than dividing by zero', () => {
    const score = scoreCounts(emptyCounts())
    assert.deepEqual([score.relaxed.f1, score.value.f1, score.typeAccuracy], [0, 0, 0])
  })
})
