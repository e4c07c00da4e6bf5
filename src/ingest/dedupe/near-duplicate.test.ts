import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { readHtml } from '../readers/html-reader.js'
import { readPlainText } from '../readers/plain-text-reader.js'
import { shinglesOf } from '../prepare-article.js'
import { overlap } from './minhash.js'
import { isNearDuplicate, NEAR_DUPLICATE_CONTAINMENT, NEAR_DUPLICATE_MIN_SIZE_RATIO } from './near-duplicate.js'

const demo = (name: string) => readFileSync(new URL(`../../../demo/corpus/${name}`, import.meta.url), 'utf8')
const text = (raw: string, input = 'inline.txt') => readPlainText(raw, { input })

// Invented wire report, six paragraphs.
const WIRE = [
  'date 2026-06-02 Lifeboat crews bring a fishing boat into Aldport harbour. Picture: NORTHWIRE/ANNA VOSS',
  'ALDPORT (Northwire) - Lifeboat crews rescued five fishermen from a trawler that lost power in a storm off the Vell skerries on Monday night, the coastguard said.',
  'The trawler, the Morning Star, had been drifting towards the rocks for about an hour when the first lifeboat reached it shortly after 11 p.m.',
  '“The sea was as bad as I have seen it in twenty years,” said the lifeboat’s coxswain, Ruth Ambler. “They did everything right by staying with the boat.”',
  'All five men were taken to hospital in Aldport as a precaution and were released on Tuesday morning, a hospital spokesman said.',
  'The coastguard said the trawler would be towed back to harbour once the weather eased, probably on Wednesday.',
  'It was the third rescue off the skerries this year. The harbour board is due to discuss a new warning light at its meeting next month.',
].join('\n')

describe('isNearDuplicate', () => {
  it('accepts a copy with another first line and its last paragraph trimmed', () => {
    const lines = WIRE.split('\n')
    const copy = ['Five fishermen rescued off the Vell skerries', ...lines.slice(1, -1)].join('\n')
    const o = overlap(shinglesOf(text(WIRE)), shinglesOf(text(copy)))
    assert.ok(isNearDuplicate(o), JSON.stringify(o))
  })

  it('accepts the syndicated pair of the demo corpus', () => {
    const original = text(demo('port-strike-northwire.txt'), 'port-strike-northwire.txt')
    const copy = text(demo('port-strike-velnor-evening-star.txt'), 'port-strike-velnor-evening-star.txt')
    const o = overlap(shinglesOf(original), shinglesOf(copy))
    assert.ok(isNearDuplicate(o), JSON.stringify(o))
  })

  it('rejects two outlets’ own reports of the same event', () => {
    const wire = text(demo('port-strike-northwire.txt'), 'port-strike-northwire.txt')
    const ledger = readHtml(demo('port-strike-coastal-ledger.html'), { input: 'port-strike-coastal-ledger.html' })
    const o = overlap(shinglesOf(wire), shinglesOf(ledger))
    assert.ok(!isNearDuplicate(o), JSON.stringify(o))
    assert.ok(o.containment < 0.2, JSON.stringify(o))
  })

  it('rejects an invented second report of the rescue that shares a quote', () => {
    const other = [
      'Storm rescue: five saved as trawler drifts towards rocks',
      'Five men owe their lives to the Aldport lifeboat after their trawler broke down in heavy seas late on Monday.',
      'Coxswain Ruth Ambler, who led the rescue, said: “The sea was as bad as I have seen it in twenty years.”',
      'The men, all from Vell, spent the night in hospital. Relatives gathered on the quay to meet them on Tuesday.',
      'Islanders have campaigned for years for a warning light on the skerries, where two boats have been lost since 2019.',
    ].join('\n')
    const o = overlap(shinglesOf(text(WIRE)), shinglesOf(text(other)))
    assert.ok(!isNearDuplicate(o), JSON.stringify(o))
  })

  it('rejects a much longer text that merely contains a short one', () => {
    assert.equal(isNearDuplicate({ jaccard: 0.3, containment: 1, sizeRatio: 0.3 }), false)
  })

  it('sits exactly on its thresholds', () => {
    assert.equal(isNearDuplicate({ jaccard: 0.5, containment: NEAR_DUPLICATE_CONTAINMENT, sizeRatio: NEAR_DUPLICATE_MIN_SIZE_RATIO }), true)
    assert.equal(isNearDuplicate({ jaccard: 0.5, containment: NEAR_DUPLICATE_CONTAINMENT - 0.01, sizeRatio: 1 }), false)
  })
})
