import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { contentId, sha256 } from '../core/hash.js'
import { BANDS } from './dedupe/minhash.js'
import { prepareArticle, shinglesOf } from './prepare-article.js'
import { readPlainText } from './readers/plain-text-reader.js'

const read = (raw: string, input = 'inline.txt') => readPlainText(raw, { input })
const demo = (name: string) => readFileSync(new URL(`../../demo/corpus/${name}`, import.meta.url), 'utf8')

const BODY = [
  'VELNOR (Northwire) - Thousands of dockworkers walked off the job at Port Velnor on Monday, halting container traffic.',
  '“We will not hand this port over to machines,” the union’s general secretary told reporters — outside the main gate.',
  'The strike is due to last 48 hours.',
].join('\n')

describe('prepareArticle', () => {
  it('derives the id and sha256 from the text', () => {
    const ingested = read(BODY)
    const { article } = prepareArticle(ingested)
    assert.equal(article.id, contentId(BODY))
    assert.equal(article.sha256, sha256(BODY))
    assert.equal(article.text, BODY)
  })

  it('gives the same ids and fingerprints on every run', () => {
    assert.deepEqual(prepareArticle(read(BODY)), prepareArticle(read(BODY)))
  })

  it('gives identical bodies with different captions and date prefixes equal fingerprints', () => {
    const a = prepareArticle(read(`date 2026-03-10 Idle cranes at the Nordhaven terminal. Picture: NORTHWIRE/ELSA BRANDT\n${BODY}`))
    const b = prepareArticle(read(`date 2026-03-11 Dockers picket the gate on Tuesday.\n(Photo: Jonas Vik/The Coastal Ledger)\n${BODY}`))
    assert.notEqual(a.article.id, b.article.id)
    assert.equal(a.article.fingerprint, b.article.fingerprint)
  })

  it('gives bodies that differ only in quotes, dashes, case and spacing equal fingerprints', () => {
    const plain = BODY.replace(/[“”]/g, '"').replace(/’/g, "'").replace(' — ', ' - ').replace('Thousands', 'THOUSANDS').replace(/ /g, '  ')
    assert.equal(prepareArticle(read(plain)).article.fingerprint, prepareArticle(read(BODY)).article.fingerprint)
  })

  it('gives different bodies different fingerprints', () => {
    const changed = BODY.replace('48 hours', '72 hours')
    assert.notEqual(prepareArticle(read(changed)).article.fingerprint, prepareArticle(read(BODY)).article.fingerprint)
  })

  it('hands over the body shingles and 32 band keys', () => {
    const prepared = prepareArticle(read(BODY))
    assert.deepEqual(prepared.shingles, shinglesOf(read(BODY)))
    assert.equal(prepared.bands.length, BANDS)
    assert.equal(prepared.bands.length, 32)
  })

  it('leaves the caption out of the shingles', () => {
    const prepared = prepareArticle(read(`Idle cranes at the Nordhaven terminal. Picture: NORTHWIRE/ELSA BRANDT\n${BODY}`))
    assert.ok(![...prepared.shingles].some((s) => s.includes('cranes')))
  })

  it('makes the syndicated demo pair share band keys', () => {
    const original = prepareArticle(read(demo('port-strike-northwire.txt')))
    const copy = prepareArticle(read(demo('port-strike-velnor-evening-star.txt')))
    assert.ok(original.bands.some((key) => copy.bands.includes(key)))
  })
})
