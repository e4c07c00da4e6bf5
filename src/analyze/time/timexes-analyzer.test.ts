import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { makeAnnotation } from '../../core/annotation.js'
import type { Article } from '../../core/article.js'
import { makeDoc } from '../../core/doc.js'
import { makeArticle, spansAreValid } from '../../../test/support/make-article.js'
import type { SentenceData } from '../sentences/sentences-analyzer.js'
import { timexes, type TimexData } from './timexes-analyzer.js'

/** An invented article, one sentence per line, published on `date` (Thursday 2026-03-12 by default). */
function article(text: string, date: string | null = '2026-03-12'): Article {
  const base = makeArticle(text)
  return { ...base, meta: { ...base.meta, publishedAt: date ? { value: date, precision: 'day', inferred: false, source: 'test' } : null } }
}

function run(text: string, date: string | null = '2026-03-12') {
  const a = article(text, date)
  let start = 0
  const sentences = text.split('\n').map((line, paragraph) => {
    const s = makeAnnotation<SentenceData>('sentences', 'test', start, start + line.length, { paragraph })
    start += line.length + 1
    return s
  })
  const layer = timexes().analyze(makeDoc(a, { sentences, tokens: [] })).timexes
  assert.ok(spansAreValid(text, layer), 'every span lies inside the text')
  return layer.map((t) => ({ text: text.slice(t.start, t.end), ...t.data }))
}

/** The one timex whose text is `surface`. */
function only(text: string, surface: string, date?: string | null): TimexData & { text: string } {
  const found = run(text, date).filter((t) => t.text === surface)
  assert.equal(found.length, 1, `expected one timex "${surface}" in: ${JSON.stringify(run(text, date))}`)
  return found[0]!
}

describe('timexes: weekdays by the tense of the governing verb', () => {
  it('resolves a weekday after a past-tense verb to the one before the publication date', () => {
    const t = only('The harbour authority said on Wednesday that the cranes were idle.', 'on Wednesday')
    assert.deepEqual([t.type, t.value, t.anchor, t.anchored], ['DATE', '2026-03-11', 'publication', true])
  })

  it('resolves a weekday after a future-tense verb to the one after the publication date', () => {
    assert.equal(only('The two ministers will meet on Friday in Velnor.', 'on Friday').value, '2026-03-13')
  })

  it('resolves the same weekday both ways depending on the tense', () => {
    assert.equal(only('The ferry operator cancelled its crossings on Monday.', 'on Monday').value, '2026-03-09')
    assert.equal(only('The ferry operator will cancel its crossings on Monday.', 'on Monday').value, '2026-03-16')
  })

  it('takes the publication day itself for its own weekday in the past tense', () => {
    assert.equal(only('Dockers walked out on Thursday, the union said.', 'on Thursday').value, '2026-03-12')
  })

  it('reads "from Friday" as the Friday ahead', () => {
    assert.equal(only('New port fees apply to every ship from Friday if no deal is struck.', 'Friday').value, '2026-03-13')
  })

  it('reads a weekday deadline as the one ahead', () => {
    assert.equal(only('Nobody knew what the council would do once its Friday deadline expired.', 'Friday').value, '2026-03-13')
    assert.equal(only('The union has a Friday deadline to answer the offer.', 'Friday').value, '2026-03-13')
  })

  it('reads "last Tuesday" and "next Tuesday" without looking at the tense', () => {
    assert.equal(only('The strike began last Tuesday.', 'last Tuesday').value, '2026-03-10')
    assert.equal(only('The strike began next Tuesday.', 'next Tuesday').value, '2026-03-17')
  })
})

describe('timexes: weeks, months and years relative to the publication date', () => {
  it('gives "next week" and "last week" as ISO weeks', () => {
    assert.equal(only('The mayor could visit the yard next week.', 'next week').value, '2026-W12')
    assert.equal(only('The mayor visited the yard last week.', 'last week').value, '2026-W10')
  })

  it('crosses the year boundary into ISO week 53 and week 1', () => {
    // 2026 has 53 ISO weeks: Thursday 2026-12-31 is in 2026-W53 and Monday 2027-01-04 opens 2027-W01
    assert.equal(only('Talks resume next week.', 'next week', '2026-12-31').value, '2027-W01')
    assert.equal(only('Talks stalled last week.', 'last week', '2027-01-04').value, '2026-W53')
    assert.equal(only('Talks stalled this week.', 'this week', '2026-12-31').value, '2026-W53')
  })

  it('resolves "in May" backwards in the past tense and forwards in the future tense', () => {
    assert.equal(only('The smelter closed in May after the fire.', 'May').value, '2025-05')
    assert.equal(only('The smelter will reopen in May after repairs.', 'May').value, '2026-05')
  })

  it('resolves "by the end of the year" to the publication year', () => {
    const t = only('The bridge should be finished by the end of the year.', 'the end of the year')
    assert.deepEqual([t.value, t.mod], ['2026', 'END'])
  })

  it('resolves yesterday, tomorrow, last month, next year and a year ago', () => {
    const found = run('Yesterday the board met; tomorrow it votes. Sales fell last month and may recover next year, as they did a year ago.')
    assert.deepEqual(found.map((t) => [t.text, t.value]), [
      ['Yesterday', '2026-03-11'], ['tomorrow', '2026-03-13'], ['last month', '2026-02'], ['next year', '2027'], ['a year ago', '2025'],
    ])
  })

  it('picks the year of a date without one on the side the tense says', () => {
    assert.equal(only('The shipyard reopened on October 3 after a long strike.', 'October 3').value, '2025-10-03')
    assert.equal(only('The new line opens on April 20.', 'April 20').value, '2026-04-20')
  })
})

describe('timexes: references, durations, sets and clock times', () => {
  it('gives "in the coming days" FUTURE_REF, "in recent years" PAST_REF and "now" PRESENT_REF', () => {
    assert.deepEqual(
      run('The envoys will meet in the coming days. Trade has grown in recent years and is now at a record.').map((t) => [t.text, t.value]),
      [['in the coming days', 'FUTURE_REF'], ['in recent years', 'PAST_REF'], ['now', 'PRESENT_REF']],
    )
  })

  it('gives durations TIMEX3 period values', () => {
    const found = run('The index hit its highest level in two months after a two-week slide and nearly 18 months of decline.')
    assert.deepEqual(found.map((t) => [t.text, t.type, t.value]), [
      ['two months', 'DURATION', 'P2M'], ['two-week', 'DURATION', 'P2W'], ['nearly 18 months', 'DURATION', 'P18M'],
    ])
    assert.equal(found[2]!.mod, 'APPROX')
  })

  it('writes fractions in the next smaller unit', () => {
    assert.equal(only('The hearing lasted an hour and a half.', 'an hour and a half').value, 'PT1H30M')
  })

  it('finds sets', () => {
    assert.deepEqual(run('The ferry sails every Monday and the bulletin comes out daily.').map((t) => [t.text, t.type, t.value]), [
      ['every Monday', 'SET', 'XXXX-WXX-1'], ['daily', 'SET', 'P1D'],
    ])
  })

  it('puts a clock time on the weekday it names', () => {
    const t = only('Polls will open at 9 a.m. Friday.', '9 a.m. Friday')
    assert.deepEqual([t.type, t.value], ['TIME', '2026-03-13T09:00'])
  })

  it('keeps absolute dates without an anchor', () => {
    const t = only('The treaty was signed on 4 June 1990 and took effect in February 1991.', '4 June 1990')
    assert.deepEqual([t.value, t.anchor], ['1990-06-04', 'none'])
    assert.equal(only('The treaty was signed on 4 June 1990 and took effect in February 1991.', 'February 1991').value, '1991-02')
  })

  it('gives "since 2021" its preposition and the year', () => {
    assert.equal(only('It is the first such summit since 2021.', 'since 2021').value, '2021')
  })
})

describe('timexes: what is not a date', () => {
  it('finds nothing in numbers, scores and names that are not dates', () => {
    const text = [
      'The account number 2882015 was frozen.',
      'The home side won 3-1 after extra time.',
      'G7 leaders discussed COVID-19 vaccines.',
      'Prices may fall, Theresa May warned.',
      'Resolution 1441 passed with 1,999 votes.',
    ].join('\n')
    assert.deepEqual(run(text), [])
  })

  it('does not read an age as a duration', () => {
    assert.deepEqual(run('A 52-year-old welder and a man aged 30 years old were hurt.'), [])
  })
})

describe('timexes: without a publication date', () => {
  it('keeps relative expressions with an unresolved value and anchored=false', () => {
    const found = run('The council said on Wednesday it would decide next week.', null)
    assert.deepEqual(found.map((t) => [t.text, t.type, t.value, t.anchored, t.anchor]), [
      ['on Wednesday', 'DATE', 'XXXX-WXX-3', false, 'none'],
      ['next week', 'DATE', 'XXXX-WXX', false, 'none'],
    ])
  })

  it('still resolves what needs no anchor', () => {
    const found = run('The envoys will meet in the coming days, as they did in June 2021.', null)
    assert.deepEqual(found.map((t) => [t.text, t.value, t.anchored]), [['in the coming days', 'FUTURE_REF', true], ['June 2021', '2021-06', true]])
  })
})

describe('timexes: spans', () => {
  it('keeps 0 <= start <= end <= length and slices to the expected surface around curly quotes, dashes and emoji', () => {
    const text = '“We decide on Friday,” she said — 🙂 the vote is in two weeks’ time.\nThe café reopened on Monday 🙂.'
    const found = run(text)
    assert.deepEqual(found.map((t) => t.text), ['on Friday', 'two weeks', 'on Monday'])
    const raw = timexes().analyze(makeDoc(article(text), {
      sentences: [makeAnnotation<SentenceData>('sentences', 'test', 0, text.length, { paragraph: 0 })], tokens: [],
    })).timexes
    for (const t of raw) {
      assert.ok(0 <= t.start && t.start <= t.end && t.end <= text.length)
      assert.equal(t.source, 'timexes@1')
      assert.equal(t.ruleId, t.data.rule)
    }
  })
})
