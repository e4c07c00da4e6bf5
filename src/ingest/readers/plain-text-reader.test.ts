import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import type { IngestedArticle } from '../../core/article.js'
import { isParallaxError } from '../../core/errors.js'
import { isValidSpan } from '../../core/span.js'
import { sharedPath, skipUnlessShared } from '../../../test/support/shared-data.js'
import { readPlainText } from './plain-text-reader.js'

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/ingest/${name}`, import.meta.url), 'utf8')
const read = (text: string, input = 'inline.txt') => readPlainText(text, { input })

/** Each boilerplate span as [kind, surface]; fails unless every span satisfies 0 <= start <= end <= length. */
function boilerplateOf(article: IngestedArticle): [string, string][] {
  for (const b of article.boilerplate) assert.ok(isValidSpan(b.span, article.text.length), `bad span ${b.span} (${b.kind})`)
  return article.boilerplate.map((b) => [b.kind, article.text.slice(b.span[0], b.span[1])])
}

function datelineOf(article: IngestedArticle): string | null {
  if (!article.dateline) return null
  assert.ok(isValidSpan(article.dateline.span, article.text.length), `bad dateline span ${article.dateline.span}`)
  return article.text.slice(article.dateline.span[0], article.dateline.span[1])
}

describe('readPlainText: date prefix', () => {
  it('reads a `date YYYY-MM-DD` prefix as a stated publication date', () => {
    const article = read(fixture('caption-same-line.txt'))
    assert.deepEqual(article.meta.publishedAt, { value: '2026-02-11', precision: 'day', inferred: false, source: 'date-prefix' })
    assert.equal(article.meta.provenance.publishedAt, 'date-prefix')
  })

  it('marks the date prefix as a date-line span', () => {
    const article = read(fixture('caption-same-line.txt'))
    assert.deepEqual(boilerplateOf(article)[0], ['date-line', 'date 2026-02-11'])
  })

  it('starts the date-line span at the word date when the prefix is capitalised and indented', () => {
    const article = read(' Date 2025-08-07 The harbour reopened on Monday after repairs.\nBoats returned on Tuesday.')
    assert.deepEqual(boilerplateOf(article)[0], ['date-line', 'Date 2025-08-07'])
    assert.equal(article.boilerplate[0]!.span[0], 1)
  })

  it('ignores a date prefix that is not a calendar date', () => {
    const article = read('date 2025-13-40 The harbour reopened on Monday after repairs.\nBoats returned on Tuesday.')
    assert.equal(article.meta.publishedAt, null)
    assert.deepEqual(boilerplateOf(article), [])
  })
})

describe('readPlainText: captions and credits', () => {
  it('keeps a caption and its credit on the same line as one caption span', () => {
    const article = read(fixture('caption-same-line.txt'))
    assert.deepEqual(boilerplateOf(article), [
      ['date-line', 'date 2026-02-11'],
      ['caption', 'A ferry leaves the outer harbour at Aldport in heavy swell. Picture: NORTHWIRE/JONAS HELLQVIST'],
    ])
  })

  it('keeps the caption and its credit on the next line as boilerplate', () => {
    const article = read(fixture('caption-next-line.txt'))
    assert.deepEqual(boilerplateOf(article), [
      ['caption', 'Volunteers sort donated blankets at the community hall in Hessby on Monday.'],
      ['credit', '(Photo: Mira Tan/Northwire)'],
    ])
  })

  it('recognises an `Image:` credit on the line after the caption', () => {
    const article = read('A ferry at dawn in Aldport on Monday\nImage: Lena Park/Echo\nThe ferry returned to service on Monday.\nPassengers cheered.')
    assert.deepEqual(boilerplateOf(article), [
      ['caption', 'A ferry at dawn in Aldport on Monday'],
      ['credit', 'Image: Lena Park/Echo'],
    ])
  })

  it('recognises a `Credit:` line after the caption', () => {
    const article = read('A ferry at dawn in Aldport on Monday.\nCredit: Lena Park\nThe ferry returned to service on Monday.\nPassengers cheered.')
    assert.deepEqual(boilerplateOf(article), [
      ['caption', 'A ferry at dawn in Aldport on Monday.'],
      ['credit', 'Credit: Lena Park'],
    ])
  })

  it('finds a caption and credit after a date prefix on the first line', () => {
    const article = read('date 2026-04-14 Rescue workers wade through the square.\n(Photo: Lena Marsh/CPA)\nTwelve people were killed, officials said on Tuesday.\nThe search goes on.')
    assert.deepEqual(boilerplateOf(article), [
      ['date-line', 'date 2026-04-14'],
      ['caption', 'Rescue workers wade through the square.'],
      ['credit', '(Photo: Lena Marsh/CPA)'],
    ])
  })

  it('does not take a byline just above a bare credit for the caption', () => {
    const article = read('By Jane Okoro\n(Photo: Lena Park/Echo)\nThe ferry returned to service on Monday.\nPassengers cheered.')
    assert.deepEqual(boilerplateOf(article), [
      ['byline', 'By Jane Okoro'],
      ['credit', '(Photo: Lena Park/Echo)'],
    ])
  })

  it('leaves a body sentence that mentions Getty Images in the body', () => {
    const article = read('Getty Images said on Monday that it would cut 200 jobs.\nThe company employs 1,700 people.')
    assert.deepEqual(boilerplateOf(article), [])
  })

  it('leaves a body sentence about an AP/NORC poll in the body', () => {
    const article = read('An AP/NORC poll found that most voters backed the plan.\nThe survey was taken in May.')
    assert.deepEqual(boilerplateOf(article), [])
  })
})

describe('readPlainText: promos, bylines and date lines', () => {
  it('marks a `Read more:` line as promo', () => {
    const article = read('The harbour reopened on Monday.\nRead more: Harbour history in pictures\nBoats returned on Tuesday.')
    assert.deepEqual(boilerplateOf(article), [['promo', 'Read more: Harbour history in pictures']])
  })

  it('marks a `Watch:` line as promo', () => {
    const article = read('The harbour reopened on Monday.\nWatch: the first boat comes in\nBoats returned on Tuesday.')
    assert.deepEqual(boilerplateOf(article), [['promo', 'Watch: the first boat comes in']])
  })

  it('keeps a body sentence that starts with the word Related', () => {
    const article = read('The harbour reopened on Monday.\nRelated charges against the contractor were dropped.\nBoats returned on Tuesday.')
    assert.deepEqual(boilerplateOf(article), [])
  })

  it('marks a `By …` line as byline and reads the name from it', () => {
    const article = read('Harbour reopens after repairs\nBy Jane Okoro, Transport Correspondent\nThe harbour reopened on Monday after six weeks of repairs.\nBoats returned on Tuesday.')
    assert.deepEqual(boilerplateOf(article), [['byline', 'By Jane Okoro, Transport Correspondent']])
    assert.equal(article.meta.byline, 'Jane Okoro')
    assert.equal(article.meta.provenance.byline, 'byline-line')
  })

  it('does not take a sentence that starts with `By Tuesday` for a byline', () => {
    const article = read('Harbour reopens after repairs\nBy Tuesday evening 38 boats were back.\nThe harbour reopened on Monday.')
    assert.deepEqual(boilerplateOf(article), [])
    assert.equal(article.meta.byline, null)
  })

  it('marks a line that is only a date as date-line and reads the date from it', () => {
    const article = read('Harbour reopens after repairs\n9 February 2026\nThe harbour reopened on Monday after six weeks of repairs.\nBoats returned on Tuesday.')
    assert.deepEqual(boilerplateOf(article), [['date-line', '9 February 2026']])
    assert.deepEqual(article.meta.publishedAt, { value: '2026-02-09', precision: 'day', inferred: false, source: 'date-line' })
  })

  it('keeps a date prefix as the publication date over a later date line', () => {
    const article = read('date 2026-02-10 Harbour reopens after repairs\n9 February 2026\nThe harbour reopened on Monday after repairs.\nBoats returned.')
    assert.equal(article.meta.publishedAt?.value, '2026-02-10')
  })
})

describe('readPlainText: datelines', () => {
  it('reads a `Moscow/Kyiv — ` dateline and its two places', () => {
    const article = read('Moscow/Kyiv — The talks ended without agreement, officials said on Thursday.\nMore talks are planned.')
    assert.equal(datelineOf(article), 'Moscow/Kyiv — ')
    assert.deepEqual(article.dateline?.places, ['Moscow', 'Kyiv'])
  })

  it('reads a `GENEVA (Agency) - ` dateline and names the place in title case', () => {
    const article = read('GENEVA (Parallax Wire) - Delegates met on Monday to discuss the plan.\nThey agreed on little.')
    assert.equal(datelineOf(article), 'GENEVA (Parallax Wire) - ')
    assert.deepEqual(article.dateline?.places, ['Geneva'])
  })

  it('reads a `LONDON, Aug 7 (Reuters) -` dateline with its date', () => {
    const article = read('LONDON, Aug 7 (Reuters) - Shares fell sharply on Thursday after the report.\nTraders were nervous.')
    assert.equal(datelineOf(article), 'LONDON, Aug 7 (Reuters) - ')
    assert.deepEqual(article.dateline?.places, ['London'])
  })

  it('names a capitalised place of several words in title case', () => {
    const article = read('NEW YORK (Reuters) - Shares fell sharply on Thursday after the report.\nTraders were nervous.')
    assert.deepEqual(article.dateline?.places, ['New York'])
  })

  it('reads a dateline whose place starts with a letter outside ASCII', () => {
    const article = read('Łódź — The city council voted on Tuesday to close the old tram depot.\nWork starts in May.')
    assert.equal(datelineOf(article), 'Łódź — ')
    assert.deepEqual(article.dateline?.places, ['Łódź'])
  })

  it('reads the dateline of the fixture with a caption and credit above it', () => {
    const article = read(fixture('caption-next-line.txt'))
    assert.equal(datelineOf(article), 'HESSBY (Northwire) - ')
    assert.deepEqual(article.dateline?.places, ['Hessby'])
  })

  it('reads the em-dash dateline after a same-line caption', () => {
    const article = read(fixture('caption-same-line.txt'))
    assert.equal(datelineOf(article), 'Aldport/Vell — ')
    assert.deepEqual(article.dateline?.places, ['Aldport', 'Vell'])
  })

  it('does not take a name followed by an aside between dashes for a dateline', () => {
    const article = read('Smith — the mayor since 2019 — said the budget was balanced.\nCouncillors disagreed.')
    assert.equal(article.dateline, null)
  })

  it('does not take a full name followed by a capitalised aside between dashes for a dateline', () => {
    const article = read('Jane Smith — Mayor since 2019 — said the budget was balanced.\nCouncillors disagreed.')
    assert.equal(article.dateline, null)
  })

  it('does not take a name, a title and a date for a dateline', () => {
    const article = read('Imogen Sharpe, Banking Editor — May 20, 2026\nThe society said on Tuesday that the code had been removed.')
    assert.equal(article.dateline, null)
  })

  it('looks for a dateline only at the start of the body', () => {
    const article = read('The harbour reopened on Monday.\nBoats returned on Tuesday.\nFishermen were pleased.\nAldport — Officials said the repairs cost £2m in all.')
    assert.equal(article.dateline, null)
  })
})

describe('readPlainText: headline', () => {
  it('takes a first line without a full stop as the title', () => {
    const article = read(fixture('headline.txt'))
    assert.equal(article.meta.title, 'Bramwell Foods to shut Dunmore plant as U.S. tariffs bite')
    assert.equal(article.meta.provenance.title, 'first-line')
  })

  it('does not take a first line that ends a sentence as the title', () => {
    const article = read('The harbour reopened on Monday.\nBoats returned on Tuesday.')
    assert.equal(article.meta.title, null)
  })

  it('does not take a dateline paragraph as the title', () => {
    const article = read('GENEVA (Parallax Wire) - Delegates met on Monday to discuss the plan\nThey agreed on little.')
    assert.equal(article.meta.title, null)
  })

  it('takes a headline with a dash in it as the title', () => {
    const article = read('Floods — twelve dead as army joins search\nTwelve people died in the floods, officials said.\nThe search goes on.')
    assert.equal(article.meta.title, 'Floods — twelve dead as army joins search')
  })

  it('does not take the only line of a one-line text as its title', () => {
    assert.equal(read('Harbour reopens after repairs').meta.title, null)
  })
})

describe('readPlainText: the text itself', () => {
  it('returns the input text unchanged, with curly quotes, em dashes and an emoji', () => {
    for (const name of ['caption-same-line.txt', 'caption-next-line.txt', 'headline.txt']) {
      const raw = fixture(name)
      assert.equal(read(raw, name).text, raw, name)
    }
    const raw = fixture('headline.txt')
    assert.ok(raw.includes('—') && raw.includes('“') && /\p{Extended_Pictographic}/u.test(raw))
  })

  it('drops only a leading byte order mark', () => {
    const body = 'date 2025-08-07 The harbour reopened on Monday.\nBoats returned on Tuesday.'
    const article = read(`\uFEFF${body}`)
    assert.equal(article.text, body)
    assert.deepEqual(boilerplateOf(article), [['date-line', 'date 2025-08-07']])
  })

  it('keeps every span inside the text and on its surface with CRLF line ends', () => {
    const raw = 'A ferry at dawn in Aldport on Monday\r\n(Photo: Lena Park/Echo)\r\nAldport — The ferry returned to service on Monday, the operator said.\r\nRead more: Ferry timetable\r\n'
    const article = read(raw)
    assert.equal(article.text, raw)
    assert.deepEqual(boilerplateOf(article), [
      ['caption', 'A ferry at dawn in Aldport on Monday'],
      ['credit', '(Photo: Lena Park/Echo)'],
      ['promo', 'Read more: Ferry timetable'],
    ])
    assert.equal(datelineOf(article), 'Aldport — ')
  })

  it('counts spans in UTF-16 code units after an emoji', () => {
    const article = read('Fans 🎉 cheer the team home\n(Photo: Ana Ruiz)\nThe team returned on Sunday.\nThousands came out.')
    assert.deepEqual(boilerplateOf(article), [
      ['caption', 'Fans 🎉 cheer the team home'],
      ['credit', '(Photo: Ana Ruiz)'],
    ])
    assert.equal(article.boilerplate[1]!.span[0], 'Fans 🎉 cheer the team home\n'.length)
  })
})

describe('readPlainText: metadata and errors', () => {
  it('lets metadata from outside the text win and merges the provenance', () => {
    const article = readPlainText(fixture('caption-same-line.txt'), {
      input: 'feed.xml#1',
      meta: {
        outlet: 'Northwire',
        publishedAt: { value: '2026-02-12', precision: 'day', inferred: false, source: 'feed:item:date' },
        provenance: { outlet: 'feed:title', publishedAt: 'feed:item:date' },
      },
    })
    assert.equal(article.meta.input, 'feed.xml#1')
    assert.equal(article.meta.outlet, 'Northwire')
    assert.equal(article.meta.publishedAt?.value, '2026-02-12')
    assert.deepEqual(article.meta.provenance, { outlet: 'feed:title', publishedAt: 'feed:item:date' })
  })

  it('refuses a text with nothing but whitespace as PARALLAX_ERR_EMPTY naming the input', () => {
    assert.throws(
      () => read(' \n\t\n', 'blank.txt'),
      (error) => isParallaxError(error) && error.code === 'PARALLAX_ERR_EMPTY' && error.message.includes('blank.txt'),
    )
  })

  it('refuses text with NUL characters as PARALLAX_ERR_UNSUPPORTED', () => {
    assert.throws(() => read('abc\u0000def'), (error) => isParallaxError(error) && error.code === 'PARALLAX_ERR_UNSUPPORTED')
  })
})

describe('readPlainText: the seed articles in ../shared (skipped when absent)', () => {
  interface SeedGold {
    articles: Record<string, { publishedAt: string | null; boilerplate: string[]; dateline: string | null }>
  }
  const skip = skipUnlessShared('seeds/gold.json')
  const seeds = () => {
    const gold = JSON.parse(readFileSync(sharedPath('seeds/gold.json'), 'utf8')) as SeedGold
    return Object.entries(gold.articles).map(([id, expected]) => {
      const name = readdirSync(sharedPath('seeds/')).find((f) => f.startsWith(id) && f.endsWith('.txt'))!
      const raw = readFileSync(sharedPath(`seeds/${name}`), 'utf8')
      return { name, raw, expected, article: read(raw, name) }
    })
  }

  it('finds the gold publication date, boilerplate and dateline of each seed', { skip }, () => {
    for (const { name, raw, expected, article } of seeds()) {
      assert.equal(article.text, raw, name)
      assert.equal(article.meta.publishedAt?.value ?? null, expected.publishedAt, name)
      const surfaces = boilerplateOf(article).filter(([kind]) => kind !== 'date-line').map(([, surface]) => surface)
      assert.deepEqual(surfaces, expected.boilerplate, name)
      assert.equal(article.dateline?.places.join('/') ?? null, expected.dateline, name)
    }
  })
})
