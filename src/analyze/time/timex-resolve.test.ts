import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseYmd } from './calendar.js'
import type { Meaning } from './timex-meaning.js'
import { holidayDate, resolveMeaning, type Direction } from './timex-resolve.js'

const anchor = { date: parseYmd('2026-03-12')!, precision: 'day' as const } // a Thursday
const value = (meaning: Meaning, direction: Direction = 'unknown') => resolveMeaning(meaning, { anchor, direction }).value

describe('resolveMeaning', () => {
  it('resolves a bare weekday by the direction of the verb', () => {
    const friday: Meaning = { kind: 'weekday', weekday: 5, shift: null }
    assert.equal(value(friday, 'past'), '2026-03-06')
    assert.equal(value(friday, 'future'), '2026-03-13')
    assert.equal(value(friday, 'present'), '2026-03-13')
  })

  it('resolves "last" and "next" weekdays strictly before and after the publication day', () => {
    assert.equal(value({ kind: 'weekday', weekday: 4, shift: -1 }), '2026-03-05')
    assert.equal(value({ kind: 'weekday', weekday: 4, shift: 1 }), '2026-03-19')
  })

  it('counts calendar units from the publication date', () => {
    assert.equal(value({ kind: 'relative', unit: 'week', offset: 1 }), '2026-W12')
    assert.equal(value({ kind: 'relative', unit: 'month', offset: -3 }), '2025-12')
    assert.equal(value({ kind: 'relative', unit: 'quarter', offset: -1 }), '2025-Q4')
    assert.equal(value({ kind: 'relative', unit: 'day', offset: -1, part: 'NI' }), '2026-03-11TNI')
    assert.equal(value({ kind: 'relative', unit: 'decade', offset: 0 }), '202')
  })

  it('takes last February to be the one of the year before when the month just ended would be "last month"', () => {
    assert.equal(value({ kind: 'date', month: 2, year: {}, shift: -1 }), '2025-02')
    assert.equal(value({ kind: 'date', month: 1, year: {}, shift: -1 }), '2026-01')
    assert.equal(value({ kind: 'date', month: 10, year: {}, shift: -1 }), '2025-10')
  })

  it('reports quarters once they are over unless the verb looks ahead', () => {
    assert.equal(value({ kind: 'quarter', quarter: 4, year: {} }, 'past'), '2025-Q4')
    assert.equal(value({ kind: 'quarter', quarter: 2, year: {} }, 'future'), '2026-Q2')
  })

  it('keeps X placeholders without a publication date', () => {
    const none = (meaning: Meaning) => resolveMeaning(meaning, { anchor: null, direction: 'past' })
    assert.deepEqual(none({ kind: 'weekday', weekday: 3, shift: null }), { value: 'XXXX-WXX-3', anchored: false, relative: true })
    assert.equal(none({ kind: 'date', month: 8, day: 28, year: {} }).value, 'XXXX-08-28')
    assert.equal(none({ kind: 'relative', unit: 'year', offset: -1 }).value, 'XXXX')
    assert.deepEqual(none({ kind: 'fixed', value: 'P2M' }), { value: 'P2M', anchored: true, relative: false })
  })

  it('resolves only what a coarse publication date allows', () => {
    const year = { date: parseYmd('2026-01-01')!, precision: 'year' as const }
    assert.equal(resolveMeaning({ kind: 'relative', unit: 'year', offset: -1 }, { anchor: year, direction: 'past' }).value, '2025')
    assert.equal(resolveMeaning({ kind: 'relative', unit: 'day', offset: -1 }, { anchor: year, direction: 'past' }).value, 'XXXX-XX-XX')
  })

  it('computes holidays that move', () => {
    assert.deepEqual(holidayDate('thanksgiving', 2025), { year: 2025, month: 11, day: 27 })
    assert.deepEqual(holidayDate('easter', 2026), { year: 2026, month: 4, day: 5 })
    assert.deepEqual(holidayDate('election day', 2026), { year: 2026, month: 11, day: 3 })
  })
})
