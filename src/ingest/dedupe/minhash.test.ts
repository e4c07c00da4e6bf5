import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { BANDS, bandKeys, NUM_HASHES, overlap, shingles, signature } from './minhash.js'

const sentence = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`)

describe('shingles', () => {
  it('makes one shingle per run of five consecutive words', () => {
    const set = shingles(['a', 'b', 'c', 'd', 'e', 'f', 'g'])
    assert.deepEqual([...set], ['a b c d e', 'b c d e f', 'c d e f g'])
  })

  it('makes a single shingle of a text shorter than five words', () => {
    assert.deepEqual([...shingles(['only', 'three', 'words'])], ['only three words'])
  })

  it('makes no shingle of no words', () => {
    assert.equal(shingles([]).size, 0)
  })
})

describe('signature', () => {
  it('has one value per hash function', () => {
    assert.equal(signature(shingles(sentence(40))).length, NUM_HASHES)
  })

  it('is the same for the same shingles on every run and in any order', () => {
    const set = shingles(sentence(40))
    const reversed = new Set([...set].reverse())
    assert.deepEqual(signature(set), signature(reversed))
    assert.deepEqual(signature(new Set(set)), signature(set))
  })

  it('is pinned: the hash family comes from a fixed seed, so stored band keys stay valid', () => {
    // if this changes, band keys already in a store no longer match newly computed ones
    const sig = signature(new Set(['the port of velnor was closed']))
    assert.deepEqual(sig.slice(0, 4), [201475526, 730123997, 1834670814, 2123273786])
    assert.deepEqual(bandKeys(sig).slice(0, 2), ['0:1958511341', '1:2886448758'])
  })

  it('differs for different shingles', () => {
    assert.notDeepEqual(signature(shingles(sentence(40))), signature(shingles(sentence(40).map((w) => `${w}x`))))
  })
})

describe('bandKeys', () => {
  it('gives 32 keys, one per band, each naming its band', () => {
    const keys = bandKeys(signature(shingles(sentence(40))))
    assert.equal(keys.length, BANDS)
    assert.equal(keys.length, 32)
    keys.forEach((key, band) => assert.ok(key.startsWith(`${band}:`), key))
  })

  it('gives equal keys for equal signatures', () => {
    assert.deepEqual(bandKeys(signature(shingles(sentence(40)))), bandKeys(signature(shingles(sentence(40)))))
  })

  it('shares at least one key between texts that differ in one word of fifty', () => {
    const a = sentence(50)
    const b = [...a]
    b[25] = 'changed'
    const keysA = bandKeys(signature(shingles(a)))
    const keysB = new Set(bandKeys(signature(shingles(b))))
    assert.ok(keysA.some((k) => keysB.has(k)))
  })
})

describe('overlap', () => {
  it('is complete for identical sets', () => {
    const set = shingles(sentence(20))
    assert.deepEqual(overlap(set, new Set(set)), { jaccard: 1, containment: 1, sizeRatio: 1 })
  })

  it('is zero for disjoint sets', () => {
    const o = overlap(new Set(['a']), new Set(['b']))
    assert.equal(o.jaccard, 0)
    assert.equal(o.containment, 0)
  })

  it('measures containment of the smaller set in the larger one, in either order', () => {
    const large = shingles(sentence(30))
    const small = new Set([...large].slice(0, 13))
    for (const o of [overlap(small, large), overlap(large, small)]) {
      assert.equal(o.containment, 1)
      assert.equal(o.sizeRatio, 13 / 26)
      assert.equal(o.jaccard, 13 / 26)
    }
  })

  it('counts two empty sets as equal but contained in nothing', () => {
    assert.deepEqual(overlap(new Set(), new Set()), { jaccard: 1, containment: 0, sizeRatio: 1 })
  })
})
