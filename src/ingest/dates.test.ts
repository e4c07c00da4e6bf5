import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { parseDateValue } from './dates.js'

/** Runs `fn` with the process in another time zone; Node re-reads TZ when it is assigned. */
function inTimeZone<T>(zone: string, fn: () => T): T {
  const previous = process.env.TZ
  process.env.TZ = zone
  try {
    return fn()
  } finally {
    if (previous === undefined) delete process.env.TZ
    else process.env.TZ = previous
  }
}

describe('parseDateValue', () => {
  it('reads an ISO calendar date at day precision without a datetime', () => {
    assert.deepEqual(parseDateValue('2026-02-12'), { value: '2026-02-12', precision: 'day' })
  })

  it('keeps the date written in an ISO timestamp and the timestamp as written', () => {
    assert.deepEqual(parseDateValue('2025-08-07T01:30:00+03:00'), {
      value: '2025-08-07',
      precision: 'day',
      datetime: '2025-08-07T01:30:00+03:00',
    })
  })

  it('reads a year-month at month precision and a bare year at year precision', () => {
    assert.deepEqual(parseDateValue('2026-02'), { value: '2026-02', precision: 'month' })
    assert.deepEqual(parseDateValue('2026'), { value: '2026', precision: 'year' })
  })

  it('rejects impossible calendar dates', () => {
    assert.equal(parseDateValue('2026-02-30'), null)
    assert.equal(parseDateValue('2026-13'), null)
  })

  it('reads an RFC 822 feed date as the day written in it', () => {
    assert.deepEqual(parseDateValue('Mon, 09 Feb 2026 08:00:00 GMT'), {
      value: '2026-02-09',
      precision: 'day',
      datetime: 'Mon, 09 Feb 2026 08:00:00 GMT',
    })
  })

  it('keeps the written day of an RFC 822 date late in the evening in a named US zone', () => {
    assert.equal(parseDateValue('Mon, 09 Feb 2026 23:30:00 EST')?.value, '2026-02-09')
  })

  it('keeps the written day of an RFC 822 date with a numeric offset', () => {
    assert.equal(parseDateValue('Sun, 01 Mar 2026 00:10:00 +0100')?.value, '2026-03-01')
    assert.equal(parseDateValue('Sat, 28 Feb 2026 23:50:00 -0500')?.value, '2026-02-28')
  })

  it('expands a two-digit RFC 822 year into this century', () => {
    assert.equal(parseDateValue('Thu, 12 Feb 26 10:00:00 GMT')?.value, '2026-02-12')
  })

  it('reads dates written out in words, month first or day first', () => {
    assert.deepEqual(parseDateValue('February 12, 2026'), { value: '2026-02-12', precision: 'day' })
    assert.deepEqual(parseDateValue('12 February 2026'), { value: '2026-02-12', precision: 'day' })
    assert.deepEqual(parseDateValue('Thursday, 12th Feb. 2026'), { value: '2026-02-12', precision: 'day' })
    assert.equal(parseDateValue('Sept 3, 2025')?.value, '2025-09-03')
  })

  it('gives the same day for a date in words whatever the time zone of the machine', () => {
    for (const zone of ['UTC', 'Asia/Tokyo', 'America/Los_Angeles']) {
      assert.equal(inTimeZone(zone, () => parseDateValue('12 February 2026')?.value), '2026-02-12', zone)
      assert.equal(inTimeZone(zone, () => parseDateValue('Mon, 09 Feb 2026 23:30:00 EST')?.value), '2026-02-09', zone)
    }
  })

  it('refuses strings that are not recognisably dates', () => {
    for (const junk of ['1', 'yesterday', 'Thursday', 'Smarch 12, 2026', '']) assert.equal(parseDateValue(junk), null, junk)
  })
})
