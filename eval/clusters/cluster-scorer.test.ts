import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { scoreClusters } from './cluster-scorer.js'

const labels = (pairs: Record<string, string>) => new Map(Object.entries(pairs))
const close = (actual: number, expected: number) => assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} ≠ ${expected}`)

describe('cluster scorer', () => {
  it('gives 1 everywhere when the clustering equals the gold one, whatever the labels', () => {
    const s = scoreClusters(labels({ a: 'x', b: 'x', c: 'y' }), labels({ a: '1', b: '1', c: '2' }))
    assert.deepEqual([s.bcubed.precision, s.bcubed.recall, s.bcubed.f1, s.pairwise.precision, s.pairwise.recall, s.pairwise.f1], [1, 1, 1, 1, 1, 1])
    assert.deepEqual([s.goldClusters, s.predictedClusters, s.items], [2, 2, 3])
  })

  it('scores all singletons: B³ precision 1, recall 1/size; no pair predicted, so pairwise recall 0', () => {
    const s = scoreClusters(labels({ a: 'x', b: 'x', c: 'x', d: 'y' }), labels({ a: '1', b: '2', c: '3', d: '4' }))
    close(s.bcubed.precision, 1)
    close(s.bcubed.recall, (1 / 3 + 1 / 3 + 1 / 3 + 1) / 4)
    close(s.pairwise.precision, 1)
    close(s.pairwise.recall, 0)
    close(s.pairwise.f1, 0)
  })

  it('scores one merged cluster: B³ recall 1 and precision the mean share of the item’s own gold cluster', () => {
    const s = scoreClusters(labels({ a: 'x', b: 'x', c: 'y', d: 'y' }), labels({ a: '1', b: '1', c: '1', d: '1' }))
    close(s.bcubed.precision, 0.5)
    close(s.bcubed.recall, 1)
    close(s.bcubed.f1, 2 / 3)
    // 6 predicted pairs, 2 of them gold
    close(s.pairwise.precision, 2 / 6)
    close(s.pairwise.recall, 1)
  })

  it('scores a mixed clustering by hand', () => {
    // gold {a,b,c} {d,e}; predicted {a,b} {c,d,e}
    const s = scoreClusters(labels({ a: 'x', b: 'x', c: 'x', d: 'y', e: 'y' }), labels({ a: '1', b: '1', c: '2', d: '2', e: '2' }))
    close(s.bcubed.precision, (1 + 1 + 1 / 3 + 2 / 3 + 2 / 3) / 5)
    close(s.bcubed.recall, (2 / 3 + 2 / 3 + 1 / 3 + 1 + 1) / 5)
    // predicted pairs: ab, cd, ce, de (4); correct: ab, de (2); gold pairs: ab, ac, bc, de (4)
    close(s.pairwise.precision, 0.5)
    close(s.pairwise.recall, 0.5)
    close(s.pairwise.f1, 0.5)
  })

  it('refuses clusterings that label different items', () => {
    assert.throws(() => scoreClusters(labels({ a: 'x', b: 'x' }), labels({ a: '1' })), /missing from predicted: b/)
  })
})
