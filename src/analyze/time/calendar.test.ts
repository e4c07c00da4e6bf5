import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { addDays, addMonths, formatDay, formatWeek, fromDays, isoWeek, isoWeekday, parseYmd, toDays } from './calendar.js'

const d = (value: string) => parseYmd(value)!

describe('calendar', () => {
  it('round-trips days since the epoch', () => {
    for (const value of ['1970-01-01', '1989-10-26', '2000-02-29', '2026-03-12', '2100-12-31']) {
      assert.equal(formatDay(fromDays(toDays(d(value)))), value)
    }
  })

  it('knows the ISO weekday', () => {
    assert.equal(isoWeekday(d('2026-03-12')), 4) // a Thursday
    assert.equal(isoWeekday(d('2026-03-15')), 7)
  })

  it('puts the days around New Year in the ISO week of their Thursday', () => {
    assert.deepEqual(isoWeek(d('2026-01-01')), { year: 2026, week: 1 })
    assert.deepEqual(isoWeek(d('2025-12-29')), { year: 2026, week: 1 }) // a Monday that belongs to next year
    assert.deepEqual(isoWeek(d('2027-01-01')), { year: 2026, week: 53 }) // a Friday that belongs to last year
    assert.deepEqual(isoWeek(d('2027-01-04')), { year: 2027, week: 1 })
    assert.equal(formatWeek(d('2025-08-07')), '2025-W32')
  })

  it('adds days and months across month ends and leap years', () => {
    assert.equal(formatDay(addDays(d('2024-02-28'), 1)), '2024-02-29')
    assert.equal(formatDay(addMonths(d('2026-01-31'), 1)), '2026-02-28')
    assert.equal(formatDay(addMonths(d('2026-03-12'), -3)), '2025-12-12')
  })

  it('refuses what is not a calendar date', () => {
    assert.equal(parseYmd('2026-02-30'), null)
    assert.equal(parseYmd('March 12'), null)
    assert.deepEqual(parseYmd('1998-02-13T14:26:00'), { year: 1998, month: 2, day: 13 })
  })
})
